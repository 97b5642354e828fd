"""Go > Contents…: the outline of the document (a book's table of contents, or the
headings), to jump to a chapter or section."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from glossary.model import OutlineEntry


class ContentsDialog(QDialog):
    """Lists the outline, indented by level, with the section being read selected.

    Signals:
        entry_chosen(int): go to this offset of the document.
    """

    entry_chosen = Signal(int)

    def __init__(
        self, outline: Sequence[OutlineEntry], current: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contentsDialog")
        self.setAccessibleName(self.tr("Contents"))
        self.setWindowTitle(self.tr("Contents"))
        self.list = QListWidget(self)
        self.list.setObjectName("contentsList")
        self.list.setAccessibleName(self.tr("Chapters and headings"))
        for entry in outline:
            item = QListWidgetItem("    " * (max(1, entry.level) - 1) + entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry.start)
            item.setToolTip(entry.title)
            self.list.addItem(item)
        starts = [entry.start for entry in outline]
        here = bisect_right(starts, current) - 1
        if self.list.count():
            self.list.setCurrentRow(max(0, here))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Close, self
        )
        buttons.setObjectName("contentsButtons")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(420, 480)
        buttons.accepted.connect(self.on_accepted)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(self.on_accepted)

    @Slot()
    def on_accepted(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.entry_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        self.accept()
