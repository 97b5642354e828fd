"""File > Sync Settings… (and Preferences > Sync…): where the notes sync to, how the
last sync went, and Sync Now. A folder that a file-sync program keeps in step on
every device (Syncthing, Nextcloud's or Dropbox's client) or a USB stick."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.localtime import local_time

if TYPE_CHECKING:
    from glossary.sync.setup import SyncStatus


class SyncDialog(QDialog):
    """Shows the sync status and sets up a folder.

    Signals:
        folder_chosen(str): sync through this folder.
        sync_requested(): sync now.
    """

    folder_chosen = Signal(str)
    sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncDialog")
        self.setAccessibleName(self.tr("Sync settings"))
        self.setWindowTitle(self.tr("Sync"))
        self.intro = self._label(
            "syncIntro",
            self.tr(
                "Your highlights, notes, labels, bookmarks, reading places and kept words "
                "on every computer you read on, through a folder that a sync program "
                "(Syncthing, Nextcloud, Dropbox…) keeps the same on each, or a USB stick. "
                "Choose the same folder on each computer."
            ),
        )
        self.status = self._label("syncStatusText", "")
        self.status.setAccessibleName(self.tr("Sync status"))
        self.error = self._label("syncError", "")
        self.error.setAccessibleName(self.tr("Sync problem"))
        self.error.hide()
        self.folder = QLineEdit(self)
        self.folder.setObjectName("syncFolder")
        self.folder.setAccessibleName(self.tr("Sync folder"))
        self.folder.setPlaceholderText(self.tr("A folder shared by your computers"))
        self.choose = QPushButton(self.tr("&Choose…"), self)
        self.choose.setObjectName("syncChooseFolder")
        self.choose.setAccessibleName(self.tr("Choose the sync folder"))
        self.use = QPushButton(self.tr("&Use This Folder"), self)
        self.use.setObjectName("syncUseFolder")
        self.use.setAccessibleName(self.tr("Sync through this folder"))
        self.sync_now = QPushButton(self.tr("Sync &Now"), self)
        self.sync_now.setObjectName("syncNow")
        self.sync_now.setAccessibleName(self.tr("Sync now"))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        row.addWidget(self.use)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.sync_now, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        buttons.rejected.connect(self.reject)
        self.choose.clicked.connect(self.on_choose_clicked)
        self.use.clicked.connect(self.on_use_clicked)
        self.sync_now.clicked.connect(self.sync_requested)
        self.folder.returnPressed.connect(self.on_use_clicked)

    def _label(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # paths and server messages, as text
        label.setWordWrap(True)
        return label

    def show_status(self, status: SyncStatus) -> None:
        """How sync stands: where to, the last sync, what waits, its problems."""
        config = status.config
        self.sync_now.setEnabled(config is not None)
        if config is None:
            self.status.setText(self.tr("Sync is not set up."))
            return
        if not self.folder.text():
            self.folder.setText(config.location)
        lines = [
            self.tr("Syncing through %1.").replace("%1", config.location),
            self.tr("Last sync: %1.").replace(
                "%1", local_time(status.last_sync) if status.last_sync else self.tr("never")
            ),
            self.tr("Changes waiting to be sent: %1.").replace("%1", str(status.pending)),
        ]
        lines += [self.tr("Problem: %1").replace("%1", p) for p in status.last_problems]
        self.status.setText("\n".join(lines))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    @Slot()
    def on_choose_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Sync Folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    @Slot()
    def on_use_clicked(self) -> None:
        text = self.folder.text().strip()
        if text:
            self.folder_chosen.emit(text)
