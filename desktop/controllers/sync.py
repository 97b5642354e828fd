"""Sync in the window: at start, shortly after a change, every few minutes and on demand
(File > Sync Now), off the UI thread; the last sync's time, or why it could not, in
the status bar. Offline is normal: the changes wait, and the label says so quietly.

The work is the domain's (:mod:`glossary.sync`): a worker opens its own connection to
the notes database (SQLite in WAL mode lets the window write meanwhile), syncs once,
and closes it. Once it has merged changes from another device, every view of the
notes is told to read them again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTime, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from desktop.feedback import Feedback
from desktop.storeadapter import Changes, StoreAdapter
from desktop.translations import problem_text
from desktop.workers import Jobs

if TYPE_CHECKING:
    from desktop.dialogs.sync import SyncChoice, SyncDialog
    from desktop.panels.notes import NotesPanel
    from glossary.sync.engine import SyncReport
    from glossary.sync.setup import SetUp

START_DELAY_MS = 3_000  # after the window is up: start-up is a budget
AFTER_CHANGE_MS = 20_000  # a change is sent this long after the last one
EVERY_MS = 5 * 60_000  # and the others' looked for this often
SYNC = "sync"  # the job's key


def sync_once(
    notes_path: Path, password: str | None = None, passphrase: str | None = None
) -> SyncReport | None:
    """One sync, off the UI thread (see glossary.sync.setup.sync_once)."""
    from glossary.sync.setup import sync_once as once

    return once(notes_path, password, passphrase)


def set_up(notes_path: Path, choice: SyncChoice) -> SetUp:
    """Sync the notes at ``notes_path`` as ``choice`` says (off the UI thread)."""
    from glossary.sync.setup import set_up as setup

    return setup(
        notes_path,
        choice.kind,
        choice.location,
        choice.user,
        choice.password,
        choice.passphrase or None,
    )


def test_connection(choice: SyncChoice) -> int:
    """How many libraries the WebDAV server holds there (a Problem if it cannot be used)."""
    from glossary.sync.setup import test_webdav

    return len(test_webdav(choice.location, choice.user, choice.password))


class SyncController(QObject):
    """Syncs the notes in the background and says how it went.

    Signals:
        synced(): a sync ended (well or not): a dialog showing the status reads it again.
    """

    synced = Signal()

    def __init__(
        self,
        notes: StoreAdapter,
        feedback: Feedback,
        label: QLabel,
        notes_panel: NotesPanel,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.notes = notes
        self.feedback = feedback
        self.label = label
        self.notes_panel = notes_panel
        self._shown = -1  # the highlight whose note the Notes tab shows
        self.dialog_parent = parent
        self.jobs = Jobs(self, report=feedback.failure)
        self._again = False  # asked for while one was running
        self._asked = False  # File > Sync Now: say the outcome in the status bar
        self.configured = False
        self.dialog: SyncDialog | None = None
        # Given in Sync Settings where no keyring keeps them: until the app closes.
        self._password: str | None = None
        self._passphrase: str | None = None
        self._after_change = QTimer(self)
        self._after_change.setSingleShot(True)
        self._after_change.setInterval(AFTER_CHANGE_MS)
        self._after_change.timeout.connect(self.sync_now)
        self._begin = QTimer(self)  # (owned: it dies with the window, unlike a single shot)
        self._begin.setSingleShot(True)
        self._begin.setInterval(START_DELAY_MS)
        self._begin.timeout.connect(self.begin)
        self._every = QTimer(self)
        self._every.setInterval(EVERY_MS)
        self._every.timeout.connect(self.sync_now)
        notes.changed.connect(self.on_notes_changed)
        notes_panel.highlight_selected.connect(self.on_highlight_selected)
        notes_panel.conflicts_dismissed.connect(self.on_conflicts_dismissed)
        label.hide()

    def start(self) -> None:
        """The window is up: in a moment (nothing of sync is loaded before the first
        paint), sync if it is set up, then every few minutes."""
        self._begin.start()

    @Slot()
    def begin(self) -> None:
        """Sync now if it is set up, and every few minutes from now on."""
        self.configured = self.notes.sync_configured()
        self.label.setVisible(self.configured)
        if self.configured:
            self._every.start()
            self.on_highlight_selected(self._shown)  # its texts from elsewhere, if any
            self.sync_now()

    def close(self) -> None:
        self._begin.stop()
        self._after_change.stop()
        self._every.stop()
        self.jobs.cancel(SYNC)

    @Slot(object)
    def on_notes_changed(self, changes: Changes) -> None:
        if self.configured and not changes.merged:
            self._after_change.start()  # again: sent once the reader pauses
        if changes.highlights:
            self.on_highlight_selected(self._shown)

    # -- a note's texts from other devices ------------------------------------------------------

    @Slot(int)
    def on_highlight_selected(self, highlight_id: int) -> None:
        """Show the note's texts that lost to an edit made at the same time elsewhere."""
        from glossary.notes.errors import StoreError

        self._shown = highlight_id
        texts: list[str] = []
        # (Not synced: no texts from elsewhere, and the engine is not loaded to say so.)
        if highlight_id >= 0 and self.configured:
            try:
                texts = self.notes.conflicts(self.notes.highlights.get(highlight_id).uuid)
            except (StoreError, KeyError, LookupError):
                texts = []
        self.notes_panel.conflict_bar.show_conflicts(texts)

    @Slot(int)
    def on_conflicts_dismissed(self, highlight_id: int) -> None:
        from glossary.notes.errors import StoreError

        try:
            self.notes.dismiss_conflicts(self.notes.highlights.get(highlight_id).uuid)
        except StoreError as exc:
            self.feedback.failure(exc)
            return
        self.on_highlight_selected(highlight_id)
        if self.configured:
            self._after_change.start()

    @Slot()
    def ask(self) -> None:
        """File > Sync Now."""
        if not self.notes.sync_configured():
            self.feedback.status(
                self.tr("Sync is not set up: choose where in File > Sync Settings…"), 6000
            )
            return
        self._asked = True
        if not self.configured:
            self.begin()  # set up since the window opened
        else:
            self.sync_now()

    @Slot()
    def sync_now(self) -> None:
        if self.jobs.running(SYNC):
            self._again = True
            return
        self._after_change.stop()
        self.label.setText(self.tr("Syncing…"))
        path, password, passphrase = self.notes.path, self._password, self._passphrase
        self.jobs.run(
            lambda: sync_once(path, password, passphrase),
            self.on_synced,
            self.on_failed,
            key=SYNC,
        )

    def on_synced(self, report: SyncReport | None) -> None:
        if report is None:
            self.label.hide()
            self.configured = False
        else:
            time = QTime.currentTime().toString("HH:mm")
            if report.problems:
                self.label.setText(self.tr("Synced %1, with problems").replace("%1", time))
                self.label.setToolTip("\n".join(problem_text(p) for p in report.problems))
            else:
                self.label.setText(self.tr("Synced %1").replace("%1", time))
                self.label.setToolTip(
                    self.tr("Sent %1 changes, received %2.")
                    .replace("%1", str(report.sent))
                    .replace("%2", str(report.received))
                )
            if report.received or report.classes_read:
                self.notes.announce_merged()
            if self._asked:
                self.feedback.status(self.label.toolTip(), 6000)
        self._asked = False
        self.synced.emit()
        self._next()

    def on_failed(self, exc: Exception) -> None:
        from glossary.messages import Problem

        said = problem_text(exc) if isinstance(exc, Problem) else str(exc)
        # Offline is normal: the label says it quietly; asked for, the status bar too.
        self.label.setText(self.tr("Not synced: changes wait"))
        self.label.setToolTip(said)
        if self._asked:
            self.feedback.problem(said)
        self._asked = False
        self.synced.emit()
        self._next()

    @Slot()
    def show_settings(self) -> None:
        """File > Sync Settings…: the status, and a folder to sync through."""
        from desktop.dialogs.sync import SyncDialog

        if self.dialog is None:
            dialog = SyncDialog(self.dialog_parent)
            dialog.setup_requested.connect(self.on_setup_requested)
            dialog.test_requested.connect(self.on_test_requested)
            dialog.sync_requested.connect(self.ask)
            self.synced.connect(self._refresh_dialog)
            self.dialog = dialog
        self._refresh_dialog()
        self.dialog.show()
        self.dialog.raise_()

    def _refresh_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.show_status(self.notes.sync_status())

    @Slot(object)
    def on_setup_requested(self, choice: SyncChoice) -> None:
        """Sync Settings' Use These Settings: set up (off the UI thread), then sync."""
        assert self.dialog is not None
        self.dialog.set_busy(True)
        path = self.notes.path
        self.jobs.run(
            lambda: set_up(path, choice),
            lambda done: self._set_up(choice, done),
            self._not_set_up,
            key="setup",
        )

    def _set_up(self, choice: SyncChoice, done: SetUp) -> None:
        assert self.dialog is not None
        self.dialog.set_busy(False)
        said = [self.tr("Notes sync through %1 from now on.").replace("%1", done.location)]
        self._password = None if done.password_kept else choice.password
        self._passphrase = None if done.passphrase_kept else (choice.passphrase or None)
        if not done.password_kept or not done.passphrase_kept:
            said.append(
                self.tr(
                    "This computer has no system keyring: the password and passphrase are "
                    "kept only until the app closes; give them here again next time."
                )
            )
        self.dialog.show_message(" ".join(said))
        self._refresh_dialog()
        self._asked = True
        self.begin()

    def _not_set_up(self, exc: Exception) -> None:
        from glossary.messages import Problem

        if self.dialog is not None:
            self.dialog.set_busy(False)
            self.dialog.show_message(problem_text(exc) if isinstance(exc, Problem) else str(exc))

    @Slot(object)
    def on_test_requested(self, choice: SyncChoice) -> None:
        """Sync Settings' Test Connection: ask the server, keep nothing."""
        assert self.dialog is not None
        if choice.kind != "webdav":
            return
        self.dialog.set_busy(True)
        self.jobs.run(lambda: test_connection(choice), self._tested, self._not_set_up, key="test")

    def _tested(self, libraries: int) -> None:
        assert self.dialog is not None
        self.dialog.set_busy(False)
        self.dialog.show_message(
            self.tr(
                "The server answers: it holds %n library(ies) of Glossary Reader.", "", libraries
            )
        )

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.sync_now()
