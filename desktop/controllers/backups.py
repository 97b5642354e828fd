"""Backups of the notes while they change: after every 50 writes, every 30 minutes when
anything was written since the last one, and when the window closes (see
``glossary.notes.backups``), so that a crash late in a long session loses little."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Slot

from desktop.feedback import Feedback
from desktop.storeadapter import StoreAdapter
from desktop.translations import problem_text
from glossary.notes.store import StoreError

BACKUP_INTERVAL_MS = 30 * 60 * 1000
BACKUP_EVERY_WRITES = 50


class BackupController(QObject):
    """Takes a backup of the notes now and then."""

    def __init__(
        self, notes: StoreAdapter, feedback: Feedback, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.notes: StoreAdapter | None = notes
        self.feedback = feedback
        self._writes_backed_up = 0
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_INTERVAL_MS)
        self.timer.timeout.connect(self.back_up)
        self.timer.start()
        notes.changed.connect(self.on_notes_changed)

    @Slot(object)
    def on_notes_changed(self, _changes: object) -> None:
        """A write: a backup once enough of them have piled up since the last one."""
        if (
            self.notes is not None
            and self.notes.writes - self._writes_backed_up >= BACKUP_EVERY_WRITES
        ):
            self.back_up()

    @Slot()
    def back_up(self) -> None:
        """Back the notes up when something changed since the last backup."""
        if self.notes is None or self.notes.writes == self._writes_backed_up:
            return
        try:
            self.notes.take_backup()
        except (OSError, StoreError) as exc:
            self.feedback.status(
                self.tr("Backup failed: %1").replace("%1", problem_text(exc)), 8000
            )
            return
        self._writes_backed_up = self.notes.writes

    def close(self) -> None:
        """The window closes: a last backup, and the notes are closed."""
        self.timer.stop()
        if self.notes is not None:
            self.back_up()
            self.notes.close()  # every write is already committed
            self.notes = None
