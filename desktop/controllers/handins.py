"""Handing in and the hand-ins, in the window (loaded when first used): File > Class >
Hand In This Document sends the reader's notes on the open document to a class they
follow; a teacher's File > Class > Hand-ins… lists what each student of a class they
publish handed in, and exports it together (a spreadsheet, a Markdown handout, a web
page). What reaches a server runs in a worker, on a connection of its own to the notes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from desktop import settings as keys
from desktop.feedback import Feedback
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.storeadapter import StoreAdapter
from desktop.translations import problem_text
from desktop.workers import Jobs

if TYPE_CHECKING:
    from desktop.dialogs.handins import HandInsDialog
    from glossary.sync.classes import ClassInfo, HandIn


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


class HandInsController(QObject):
    """Hands the open document's notes in; lists and exports a class's hand-ins."""

    def __init__(
        self,
        session: DocumentSession,
        notes: StoreAdapter,
        settings: Settings,
        feedback: Feedback,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.notes = notes
        self.settings = settings
        self.feedback = feedback
        self.dialog_parent = parent
        self.jobs = Jobs(self, report=feedback.failure)
        self.dialog: HandInsDialog | None = None

    def close(self) -> None:
        self.jobs.cancel("hand-in")
        self.jobs.cancel("hand-ins")

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
        label = QCoreApplication.translate("HandInsController", "Class:")
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
            "csv": QCoreApplication.translate("HandInsController", "Spreadsheet (*.csv)"),
            "md": QCoreApplication.translate("HandInsController", "Markdown handout (*.md)"),
            "html": QCoreApplication.translate("HandInsController", "Web page handout (*.html)"),
        }
        suggested = Path(folder or Path.home()) / f"{class_id}-hand-ins.{kind}"
        chosen, _selected = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("HandInsController", "Export Hand-ins"),
            str(suggested),
            filters[kind],
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == f".{kind}" else path.with_suffix(f".{kind}")
