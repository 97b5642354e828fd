"""The Vocabulary tab: the words kept, filtered by status, document and a search; their
glosses edited in place; deleting one (undoable); review of the words due (Ctrl+R);
and exporting the words listed as CSV or an Anki deck. Words fall due as time passes:
the counts are read again every minute."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QTabWidget, QWidget

from desktop import filefilters
from desktop import settings as keys
from desktop.commands import ChangeWord, DeleteWord
from desktop.feedback import Feedback
from desktop.panels.vocabulary import VocabularyPanel
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.storeadapter import Changes, StoreAdapter
from desktop.translations import problem_text
from desktop.workers import Jobs
from glossary.notes.store import StoreError

DUE_EVERY_MS = 60_000


class VocabularyController(QObject):
    """Shows the kept words and acts on them."""

    def __init__(
        self,
        session: DocumentSession,
        notes: StoreAdapter,
        settings: Settings,
        undo_stack: QUndoStack,
        panel: VocabularyPanel,
        tabs: QTabWidget,
        feedback: Feedback,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.session = session
        self.notes = notes
        self.settings = settings
        self.undo_stack = undo_stack
        self.panel = panel
        self.tabs = tabs
        self.feedback = feedback
        self.dialog_parent = dialog_parent
        self.jobs = Jobs(self, report=feedback.failure)
        self.review_dialog: QWidget | None = None
        self.due_timer = QTimer(self)
        self.due_timer.setInterval(DUE_EVERY_MS)
        self.due_timer.timeout.connect(self.show_due_counts)
        self.due_timer.start()
        notes.changed.connect(self.on_notes_changed)

    @Slot()
    def on_document_shown(self) -> None:
        self.panel.set_document(self.session.document_id)
        self.reload()

    def on_notes_changed(self, changes: Changes) -> None:
        if changes.vocabulary:
            self.reload()

    def reload(self) -> None:
        try:
            vocabulary = self.notes.vocabulary
            self.panel.set_items(vocabulary.items(), vocabulary.due_counts())
        except StoreError as exc:
            self.feedback.problem(problem_text(exc))

    @Slot()
    def show_due_counts(self) -> None:
        try:
            self.panel.set_due_counts(self.notes.vocabulary.due_counts())
        except StoreError as exc:
            self.feedback.problem(problem_text(exc))

    @Slot()
    def show_panel(self) -> None:
        """Ctrl+Shift+V: the Vocabulary tab, its search field ready."""
        self.tabs.setCurrentWidget(self.panel)
        self.panel.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot(int, str)
    def on_gloss_edited(self, item_id: int, gloss: str) -> None:
        try:
            before = self.notes.vocabulary.item(item_id)
            after = self.notes.set_word_gloss(item_id, gloss)
        except (StoreError, KeyError) as exc:
            self.feedback.problem(problem_text(exc))
            return
        self.undo_stack.push(ChangeWord(self.notes, self.feedback.problem, before, after))

    @Slot(int)
    def delete_word(self, item_id: int) -> None:
        try:
            before = self.notes.vocabulary.item(item_id)
            self.notes.delete_word(item_id)
        except (StoreError, KeyError) as exc:
            self.feedback.problem(problem_text(exc))
            return
        self.undo_stack.push(DeleteWord(self.notes, self.feedback.problem, before))
        self.feedback.status(
            self.tr("Deleted “%1” (Ctrl+Z brings it back).").replace("%1", before.headword), 5000
        )

    @Slot()
    def review(self) -> None:
        """Ctrl+R: review the words that are due."""
        from desktop.dialogs.review import ReviewDialog

        dialog = ReviewDialog(self.notes, self.dialog_parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.review_dialog = dialog
        dialog.open()

    def close(self) -> None:
        """The window closes: so does the review."""
        self.due_timer.stop()
        if self.review_dialog is not None:
            with contextlib.suppress(RuntimeError):  # already deleted on close
                self.review_dialog.close()

    # -- export -------------------------------------------------------------------------------

    @classmethod
    def ask_path(cls, parent: QWidget, folder: str) -> Path | None:
        """Where to export the vocabulary; None when cancelled. Tests replace this."""
        chosen, selected = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("VocabularyController", "Export Vocabulary"),
            str(
                Path(folder or Path.home())
                / QCoreApplication.translate("VocabularyController", "vocabulary.csv")
            ),
            filefilters.vocabulary_exports(),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".csv", ".apkg"):
            path = path.with_suffix(".apkg" if "apkg" in selected else ".csv")
        return path

    @Slot()
    def export(self) -> None:
        """Words > Export Vocabulary…: the words the tab lists, as CSV or an Anki deck."""
        path = self.ask_path(self.dialog_parent, self.settings.get(keys.EXPORT_FOLDER))
        if path is None:
            return
        self.settings.set(keys.EXPORT_FOLDER, str(path.parent))
        # The words the Vocabulary tab lists: its status, document and search apply.
        items = self.panel.visible_items()
        if not items:
            self.feedback.status(
                self.tr("No words are listed in the Vocabulary tab: nothing to export."), 6000
            )
            return
        try:
            titles = {d.id: d.title for d in self.notes.documents.all()}
        except StoreError as exc:
            self.feedback.problem(problem_text(exc))
            return

        def write() -> Path:
            from glossary.export.vocabulary import write

            return write(items, path.suffix.lower().lstrip("."), path, titles)

        self.jobs.run(write, self.on_exported)  # a failure is shown in the message bar

    def on_exported(self, path: Path) -> None:
        self.feedback.status(self.tr("Exported to %1").replace("%1", str(path)), 8000)
