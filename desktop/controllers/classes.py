"""A class that reads together, in the window: the teacher's notes on the open document
(the layer of a class the reader follows) underlined in their own style beside the
reader's own highlights, shown or hidden from View > Show Class Notes; File > Class >
Hand In This Document; and, for a teacher, File > Class > Hand-ins…, listing what
each student handed in and exporting it together (CSV, handout).

Setting a class up (publishing, subscribing) is the command line's (``glossary-reader
class publish|subscribe``); the classes are refreshed with each sync. The work is the
domain's (:mod:`glossary.sync.classes`): what reaches a server runs in a worker on a
connection of its own.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from desktop import settings as keys
from desktop.feedback import Feedback
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.storeadapter import Changes, StoreAdapter
from desktop.translations import problem_text
from desktop.workers import Jobs

if TYPE_CHECKING:
    from desktop.dialogs.handins import HandInsDialog
    from glossary.sync.classes import ClassInfo, HandIn


AFTER_PAINT_MS = 300


def hand_in_now(notes_path: Path, class_id: str, sha: str) -> str:
    """Hand in the notes on ``sha`` to ``class_id`` (off the UI thread)."""
    from glossary.notes.store import on_own_connection
    from glossary.sync.classes import hand_in

    return on_own_connection(notes_path, lambda store: hand_in(store, class_id, sha))


def read_hand_ins(notes_path: Path, class_id: str) -> tuple[list[HandIn], list[str]]:
    """The hand-ins of ``class_id``, and what could not be read (off the UI thread)."""
    from glossary.messages import Problem
    from glossary.notes.store import on_own_connection
    from glossary.sync.classes import hand_ins

    problems: list[Problem] = []
    found = on_own_connection(
        notes_path, lambda store: hand_ins(store, class_id, problems=problems)
    )
    return found, [str(p) for p in problems]


class ClassController(QObject):
    """Shows a followed class's layer on the open document, hands in, lists hand-ins."""

    def __init__(
        self,
        session: DocumentSession,
        notes: StoreAdapter,
        settings: Settings,
        reader: ReaderView,
        feedback: Feedback,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.notes = notes
        self.settings = settings
        self.reader = reader
        self.feedback = feedback
        self.dialog_parent = parent
        self.jobs = Jobs(self, report=feedback.failure)
        self.dialog: HandInsDialog | None = None
        self.shown = settings.get(keys.SHOW_CLASS_NOTES)
        # Nothing of classes is loaded before the first paint (start-up is a budget):
        # the layer of the document opened at start comes a moment after.
        self._started = False
        self._closed = False
        self._begin = QTimer(self)
        self._begin.setSingleShot(True)
        self._begin.setInterval(AFTER_PAINT_MS)
        self._begin.timeout.connect(self.begin)
        reader.painted.connect(self._begin.start)
        session.opened.connect(self.reload)
        notes.changed.connect(self.on_notes_changed)

    def close(self) -> None:
        """The window closes: nothing more is read or sent."""
        self._begin.stop()
        self._started = False
        self._closed = True
        self.jobs.cancel("hand-in")
        self.jobs.cancel("hand-ins")

    @Slot()
    def begin(self) -> None:
        if not self._started and not self._closed:
            self._started = True
            with contextlib.suppress(RuntimeError):  # (already disconnected)
                self.reader.painted.disconnect(self._begin.start)
            self.reload()

    # -- the layer ---------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        """Underline the layer of the classes followed on the open document (if shown)."""
        if not self._started:
            return
        document = self.session.document
        found = []
        if self.shown and document is not None:
            from glossary.notes.errors import StoreError

            try:
                notes = self.notes.class_notes(document.sha256)
            except StoreError as exc:
                self.feedback.failure(exc)
                notes = []
            found = [
                (
                    note.start,
                    note.end,
                    f"{note.teacher}: {note.note}" if note.note else note.teacher,
                )
                for note in notes
                if 0 <= note.start < note.end <= len(document.text)
            ]
        self.reader.set_class_notes(found)

    @Slot(object)
    def on_notes_changed(self, changes: Changes) -> None:
        if changes.merged:  # a sync brought the classes' files in too
            self.reload()

    @Slot(bool)
    def show_layer(self, shown: bool) -> None:
        """View > Show Class Notes."""
        self.shown = shown
        self.settings.set(keys.SHOW_CLASS_NOTES, shown)
        self.reload()
        if shown and not self.reader.class_notes() and self.session.document is not None:
            self.feedback.status(self.tr("No class you follow has notes on this document."), 5000)

    # -- a student hands in ------------------------------------------------------------------

    def _choose(self, infos: list[ClassInfo], title: str) -> ClassInfo | None:
        if len(infos) == 1:
            return infos[0]
        names = [f"{info.class_id} ({info.teacher})" for info in infos]
        chosen = self.ask_class(self.dialog_parent, title, names)
        return None if chosen is None else infos[chosen]

    @classmethod
    def ask_class(cls, parent: QWidget, title: str, names: list[str]) -> int | None:
        """Which of the classes ``names`` (an index); None when cancelled. Tests replace
        this."""
        label = QCoreApplication.translate("ClassController", "Class:")
        chosen, ok = QInputDialog.getItem(parent, title, label, names, 0, False)
        return names.index(chosen) if ok and chosen in names else None

    @Slot()
    def hand_in(self) -> None:
        """File > Class > Hand In This Document: the reader's notes on it go to the
        class's hand-in folder (replacing what was handed in before)."""
        document = self.session.document
        followed = self.notes.class_subscriptions()
        if not followed:
            self.feedback.status(
                self.tr(
                    "You follow no class: subscribe with "
                    "“glossary-reader class subscribe” (see the README)."
                ),
                8000,
            )
            return
        if document is None:
            self.feedback.status(self.tr("Open a document to hand in its notes."), 5000)
            return
        info = self._choose(followed, self.tr("Hand In This Document"))
        if info is None:
            return
        path, sha = self.notes.path, document.sha256
        self.feedback.status(self.tr("Handing in…"))
        self.jobs.run(
            lambda: hand_in_now(path, info.class_id, sha),
            lambda _where: self.feedback.status(
                self.tr("Your notes on this document were handed in to %1 (%2).")
                .replace("%1", info.class_id)
                .replace("%2", info.teacher),
                8000,
            ),
            self._failed,
            key="hand-in",
        )

    def _failed(self, exc: Exception) -> None:
        from glossary.messages import Problem

        self.feedback.problem(problem_text(exc) if isinstance(exc, Problem) else str(exc))

    # -- a teacher's hand-ins ----------------------------------------------------------------

    @Slot()
    def show_hand_ins(self) -> None:
        """File > Class > Hand-ins…: what the students of a class published here handed in."""
        published = self.notes.class_publications()
        if not published:
            self.feedback.status(
                self.tr(
                    "You publish no class: publish one with "
                    "“glossary-reader class publish” (see the README)."
                ),
                8000,
            )
            return
        info = self._choose(published, self.tr("Hand-ins"))
        if info is None:
            return
        from desktop.dialogs.handins import HandInsDialog

        if self.dialog is None:
            self.dialog = HandInsDialog(self.dialog_parent)
            self.dialog.refresh_requested.connect(self.load_hand_ins)
            self.dialog.export_requested.connect(self.export_hand_ins)
        self.dialog.show_class(info.class_id, info.teacher)
        self.dialog.show()
        self.dialog.raise_()
        self.load_hand_ins(info.class_id)

    @Slot(str)
    def load_hand_ins(self, class_id: str) -> None:
        assert self.dialog is not None
        dialog = self.dialog
        dialog.set_busy(True)
        path = self.notes.path

        def shown(result: tuple[list[HandIn], list[str]]) -> None:
            dialog.set_busy(False)
            dialog.show_hand_ins(*result)

        def failed(exc: Exception) -> None:
            from glossary.messages import Problem

            dialog.set_busy(False)
            dialog.show_message(problem_text(exc) if isinstance(exc, Problem) else str(exc))

        self.jobs.run(lambda: read_hand_ins(path, class_id), shown, failed, key="hand-ins")

    @Slot(str)
    def export_hand_ins(self, kind: str) -> None:
        """Export the hand-ins listed as a spreadsheet (``kind`` "csv") or a handout
        ("md" or "html")."""
        assert self.dialog is not None
        dialog = self.dialog
        listed = dialog.hand_ins()
        if not listed:
            return
        folder = self.settings.get(keys.EXPORT_FOLDER)
        target = self.ask_export_path(dialog, folder, dialog.class_id, kind)
        if target is None:
            return
        from glossary.export.handins import write_csv, write_handout

        try:
            if kind == "csv":
                written = write_csv(listed, target)
            else:
                written = write_handout(listed, dialog.class_id, target)
        except OSError as exc:
            dialog.show_message(
                self.tr("Could not write %1: %2")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc))
            )
            return
        self.settings.set(keys.EXPORT_FOLDER, str(written.parent))
        dialog.show_message(self.tr("Exported to %1.").replace("%1", str(written)))

    @classmethod
    def ask_export_path(cls, parent: QWidget, folder: str, class_id: str, kind: str) -> Path | None:
        """Where to export the hand-ins; None when cancelled. Tests replace this."""
        filters = {
            "csv": QCoreApplication.translate("ClassController", "Spreadsheet (*.csv)"),
            "md": QCoreApplication.translate("ClassController", "Markdown handout (*.md)"),
            "html": QCoreApplication.translate("ClassController", "Web page handout (*.html)"),
        }
        suggested = Path(folder or Path.home()) / f"{class_id}-hand-ins.{kind}"
        chosen, _selected = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ClassController", "Export Hand-ins"),
            str(suggested),
            filters[kind],
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == f".{kind}" else path.with_suffix(f".{kind}")
