"""The Trash: deleted highlights, kept 30 days, from which they can be restored."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.localtime import local_time
from glossary.notes.highlights import Highlight


class TrashDialog(QDialog):
    """Lists what is in the Trash.

    Signals:
        restore_requested(int): bring this highlight (id) back.
    """

    restore_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setAccessibleName(self.tr("Trash"))
        self.setWindowTitle(self.tr("Trash (kept for 30 days)"))
        self.resize(520, 380)
        self.list = QListWidget(self)
        self.list.setObjectName("trashList")
        self.list.setAccessibleName(self.tr("Deleted highlights"))
        self.list.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.on_restore_button_clicked)
        self.list.itemActivated.connect(self.on_restore_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def show_trash(self, highlights: list[Highlight], titles: dict[int, str]) -> None:
        self.list.clear()
        for h in highlights:
            quote = " ".join(h.exact.split())
            deleted = self.tr("deleted %1").replace("%1", local_time(h.deleted))
            lines = [f"“{quote}”", f"{titles.get(h.document_id, '')} · {deleted}"]
            if h.note:
                lines.append(h.note)
            item = QListWidgetItem("\n".join(lines))  # plain text: an item never parses HTML
            item.setData(Qt.ItemDataRole.UserRole, h.id)
            self.list.addItem(item)
        self.restore_button.setEnabled(bool(highlights))
        if highlights:
            self.list.setCurrentRow(0)

    @Slot()
    def on_restore_button_clicked(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.restore_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
