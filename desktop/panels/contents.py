"""The Contents tab of the side panel: the document's outline (a book's own table of
contents, else its headings), with the section being read marked as the reader
scrolls; a click or Enter goes to a section."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from glossary.model import OutlineEntry

StartRole = Qt.ItemDataRole.UserRole + 1  # the offset where the section starts
LevelRole = Qt.ItemDataRole.UserRole + 2
INDENT = "    "  # a level deeper


class ContentsModel(QAbstractListModel):
    """The lines of an outline, indented by level."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[OutlineEntry] = []
        self._starts: list[int] = []
        self._top = 1

    def set_outline(self, outline: Sequence[OutlineEntry]) -> None:
        self.beginResetModel()
        self._entries = list(outline)
        self._starts = [entry.start for entry in self._entries]
        # Indented from the outline's own top level (an article's headings may start at 2).
        self._top = min((max(1, entry.level) for entry in self._entries), default=1)
        self.endResetModel()

    def row_at(self, offset: int) -> int:
        """The row of the section ``offset`` lies in (-1: before the first)."""
        return bisect_right(self._starts, offset) - 1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return INDENT * (max(1, entry.level) - self._top) + entry.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.title
        if role == StartRole:
            return entry.start
        if role == LevelRole:
            return entry.level
        return None


class ContentsPanel(QWidget):
    """Lists the outline; the section being read is the current row.

    Signals:
        entry_chosen(int): go to this offset of the document (a click or Enter).
    """

    entry_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contentsPanel")
        self.setAccessibleName(self.tr("Contents"))
        self.model = ContentsModel(self)
        self.list = QListView(self)
        self.list.setObjectName("contentsList")
        self.list.setAccessibleName(self.tr("Chapters and headings"))
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.empty_label = QLabel(self.tr("This document has no chapters or headings."), self)
        self.empty_label.setObjectName("contentsEmpty")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        self.list.clicked.connect(self.on_list_activated)
        self.list.activated.connect(self.on_list_activated)
        self.set_outline([])

    def set_outline(self, outline: Sequence[OutlineEntry]) -> None:
        self.model.set_outline(outline)
        self.list.setVisible(bool(outline))
        self.empty_label.setVisible(not outline)

    def set_place(self, offset: int) -> None:
        """The reader is at ``offset``: its section becomes the current row, shown."""
        row = self.model.row_at(offset)
        if row < 0:
            self.list.selectionModel().clearSelection()
            return
        index = self.model.index(row)
        if index != self.list.currentIndex():
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.list.scrollTo(index)

    def current_title(self) -> str:
        """The title of the section marked as being read ("" if none)."""
        index = self.list.currentIndex()
        return str(index.data(Qt.ItemDataRole.ToolTipRole)) if index.isValid() else ""

    def focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot(QModelIndex)
    def on_list_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.entry_chosen.emit(int(index.data(StartRole)))
