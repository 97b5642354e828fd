"""File > Library…: every document opened, with its language, when it was last read,
how far the reader got and how many notes it has. A document opens where it was left;
one whose file moved can be located again; one can be taken out, with or without its
notes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import filefilters
from desktop.localtime import local_time
from desktop.storeadapter import Changes, StoreAdapter
from desktop.translations import problem_text
from glossary.documents.loading import DocumentError
from glossary.notes.library import LibraryEntry, RelocateError
from glossary.notes.store import StoreError

ModelIndex = QModelIndex | QPersistentModelIndex
TITLE, LANGUAGE, OPENED, PROGRESS, NOTES = range(5)


class LibraryModel(QAbstractTableModel):
    HEADERS = ("Title", "Language", "Last opened", "Read", "Notes")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[LibraryEntry] = []

    def set_entries(self, entries: list[LibraryEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            shown = (
                self.tr("Title"),
                self.tr("Language"),
                self.tr("Last opened"),
                self.tr("Read"),
                self.tr("Notes"),
            )
            return shown[section] if 0 <= section < len(shown) else None
        return None

    def _language_name(self, code: str) -> str:
        """Indonesian or English by name; another language by its code ("fr")."""
        names = {"id": self.tr("Indonesian"), "en": self.tr("English")}
        return names.get(code, code)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                said = self.tr("file missing")
                missing = f"  ({said})" if entry.missing else ""
                return f"{entry.title or Path(entry.path or '').name}{missing}"
            if column == LANGUAGE:
                return self._language_name(entry.language)
            if column == OPENED:
                return local_time(entry.opened_at, "yyyy-MM-dd HH:mm")  # (sorts as text)
            if column == PROGRESS:
                return f"{round(entry.progress * 100)}%"
            if column == NOTES:
                return str(entry.notes)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.path or ""
        if role == Qt.ItemDataRole.ForegroundRole and entry.missing:
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class LibraryDialog(QDialog):
    """The library.

    Signals:
        document_chosen(object): open this Document (read from its file).
    """

    document_chosen = Signal(object)

    def __init__(
        self, notes: StoreAdapter, current: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("libraryDialog")
        self.setAccessibleName(self.tr("Library"))
        self.setWindowTitle(self.tr("Library"))
        self.notes = notes
        self.library = notes.library
        self.current = current
        self.model = LibraryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("libraryTable")
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setStyleSheet("QTableView::item { padding: 2px 8px; }")  # not cramped
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        self.problem = QLabel(self)
        self.problem.setObjectName("libraryProblem")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("libraryOpenButton")
        self.open_button.setDefault(True)
        self.locate_button = QPushButton(self.tr("&Locate…"), self)
        self.locate_button.setObjectName("libraryLocateButton")
        self.locate_button.setToolTip(self.tr("Find the file of a document that was moved"))
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.remove_button.setObjectName("libraryRemoveButton")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("libraryCloseButton")
        for button, name in (
            (self.open_button, "Open the document"),
            (self.locate_button, "Locate the file"),
            (self.remove_button, "Remove from the library"),
            (self.close_button, "Close the library"),
        ):
            button.setAccessibleName(self.tr(name))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.locate_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.resize(720, 420)
        self.open_button.clicked.connect(self.on_open_button_clicked)
        self.locate_button.clicked.connect(self.on_locate_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.table.activated.connect(self.on_open_button_clicked)
        notes.changed.connect(self.on_notes_changed)
        self.refresh()

    @Slot(object)
    def on_notes_changed(self, changes: Changes) -> None:
        if changes.library:
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        try:
            self.model.set_entries(self.library.entries())
        except StoreError as exc:
            self.show_problem(problem_text(exc))
            return
        wanted = selected.id if selected else self.current
        for row, entry in enumerate(self.model.entries):
            if entry.id == wanted:
                self.table.selectRow(row)
                break
        else:
            if self.model.entries:
                self.table.selectRow(0)

    def selected(self) -> LibraryEntry | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.entries[index.row()]

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    @Slot()
    def on_open_button_clicked(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        try:
            document = self.library.open(entry)
        except DocumentError as exc:
            self.show_problem(problem_text(exc))
            return
        self.document_chosen.emit(document)
        self.accept()

    @classmethod
    def ask_location(cls, parent: QWidget, entry: LibraryEntry) -> Path | None:
        """The file the reader says is the document now; None when cancelled."""
        folder = str(Path(entry.path).parent) if entry.path else ""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("LibraryDialog", "Locate “%1”").replace("%1", entry.title),
            folder,
            filefilters.documents(),
        )
        return Path(name) if name else None

    @Slot()
    def on_locate_button_clicked(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        path = self.ask_location(self, entry)
        if path is None:
            return
        try:
            self.notes.relocate_document(entry.id, path)
        except (RelocateError, StoreError) as exc:
            self.show_problem(problem_text(exc))
            return
        self.problem.hide()

    @classmethod
    def ask_keep_notes(cls, parent: QWidget, entry: LibraryEntry) -> bool | None:
        """Whether to keep the document's notes (True), delete them (False) or not
        remove it at all (None)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("LibraryDialog", "Remove from the Library"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            QCoreApplication.translate("LibraryDialog", "Remove “%1” from the library?").replace(
                "%1", entry.title
            )
            + "\n"
            + QCoreApplication.translate(
                "LibraryDialog", "It has %n highlight(s) and note(s).", "", entry.notes
            )
        )
        keep = box.addButton(
            QCoreApplication.translate("LibraryDialog", "Remove, Keep Notes"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        delete = box.addButton(
            QCoreApplication.translate("LibraryDialog", "Remove with Notes"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is keep:
            return True
        if box.clickedButton() is delete:
            return False
        return None

    @Slot()
    def on_remove_button_clicked(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if entry.id == self.current:
            self.show_problem(self.tr("This document is open; open another one first."))
            return
        keep = self.ask_keep_notes(self, entry)
        if keep is None:
            return
        try:
            self.notes.remove_document(entry.id, keep_notes=keep)
        except StoreError as exc:
            self.show_problem(problem_text(exc))
