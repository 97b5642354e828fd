"""Highlights and notes: highlighting the selection (Ctrl+1 … Ctrl+5), recolouring,
deleting, writing a note, the Notes tab (its list, its search of every document's
notes), the colour labels and the Trash.

Every write goes through the store adapter and is pushed on the undo stack once it
committed; the reader's highlights and the Notes tab reload when the adapter says the
open document's highlights (or the labels) changed. A note that cannot be saved is
kept in a text file, never lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.commands import AddHighlight, DeleteHighlight, EditNote, Recolour, RestoreHighlight
from desktop.feedback import Feedback
from desktop.panels.notes import NotesPanel
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.storeadapter import Changes, StoreAdapter
from desktop.translations import problem_text, shown_labels
from glossary.atomic import write_text_atomic
from glossary.notes.highlights import Highlight
from glossary.notes.store import StoreError
from glossary.words.boundaries import passage

if TYPE_CHECKING:  # the dialogs load when first asked for
    from desktop.dialogs.trash import TrashDialog

UNSAVED_NOTES = "unsaved-notes"  # the data folder's folder of notes that could not be saved


class HighlightsController(QObject):
    """Makes and changes highlights and notes, and shows them."""

    def __init__(
        self,
        session: DocumentSession,
        notes: StoreAdapter | None,
        undo_stack: QUndoStack,
        reader: ReaderView,
        notes_panel: NotesPanel,
        tabs: QTabWidget,
        feedback: Feedback,
        data_folder: Path,
        open_file: Callable[[Path], bool],
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.session = session
        self.notes = notes
        self.undo_stack = undo_stack
        self.reader = reader
        self.notes_panel = notes_panel
        self.tabs = tabs
        self.feedback = feedback
        self.data_folder = data_folder
        self.open_file = open_file
        self.dialog_parent = dialog_parent
        self.trash_dialog: TrashDialog | None = None
        if notes is not None:
            notes.changed.connect(self.on_notes_changed)

    # -- highlighting -----------------------------------------------------------------------

    def highlight_selection(self, colour: int) -> None:
        """Highlight the selection in ``colour`` (recolour the highlight selected)."""
        ready = self.session.writable()
        if ready is None or self.session.marked is None:
            self.feedback.status(self.tr("Notes are not available."))
            return
        notes, document_id = ready
        start, end = passage(self.session.marked.text, *self.reader.selection_range())
        existing = self.reader.highlight_at(start)
        if existing is not None and (existing.start, existing.end) == (start, end):
            end = start  # the selection is that highlight (it was clicked): recolour it
        try:
            if end > start:
                added = notes.add(document_id, self.session.marked.text, start, end, colour)
                self.undo_stack.push(AddHighlight(notes, self.feedback.problem, added.id))
                self._leave_cursor_in(added)
                self.notes_panel.select(added.id, reveal=True)  # the current one now
            elif existing is not None:
                notes.set_colour(existing.id, colour)
                self.undo_stack.push(
                    Recolour(notes, self.feedback.problem, existing.id, existing.colour, colour)
                )
                self.notes_panel.select(existing.id, reveal=True)
            else:
                self.feedback.status(self.tr("Select a passage to highlight."))
        except StoreError as exc:
            self.feedback.problem(problem_text(exc))

    @Slot()
    def write_note(self) -> None:
        """Write the note of the highlight at the cursor; a selection is highlighted
        first (in the first colour)."""
        ready = self.session.writable()
        if ready is None or self.session.marked is None:
            return
        notes, document_id = ready
        start, end = passage(self.session.marked.text, *self.reader.selection_range())
        target = self.current_highlight()
        if end > start and (target is None or (target.start, target.end) != (start, end)):
            try:
                added = notes.add(document_id, self.session.marked.text, start, end, 1)
            except StoreError as exc:
                self.feedback.problem(problem_text(exc))
                return
            self.undo_stack.push(AddHighlight(notes, self.feedback.problem, added.id))
            self._leave_cursor_in(added)
            highlight_id = added.id
        elif target is not None:
            highlight_id = target.id
        else:
            self.feedback.status(self.tr("Select a passage to write a note."))
            return
        self.tabs.setCurrentWidget(self.notes_panel)
        self.notes_panel.select(highlight_id, reveal=True)
        self.notes_panel.editor.setFocus()

    def _leave_cursor_in(self, added: Highlight) -> None:
        """The selection gone, the cursor (the caret, with caret browsing) at the end of
        the new highlight: Ctrl+Alt+N and Delete act on it, whatever the selection
        held beyond it (a space, the rest of a word)."""
        self.reader.setTextCursor(self.reader.cursor_for(added.end))

    def current_highlight(self) -> Highlight | None:
        """What Add Note and Delete Highlight act on: the highlight at the cursor, else
        the current one (the last made, clicked or chosen in the Notes tab) while the
        cursor is still at it or the focus is out of the text."""
        start, end = self.reader.selection_range()
        at = self.reader.highlight_at(start)
        if at is not None:
            return at
        current = self.notes_panel.current_highlight()
        if current is None or current.document_id != self.session.document_id:
            return None
        if current.orphaned:
            return current if not self.reader.hasFocus() else None
        if self.reader.hasFocus() and not (current.start <= start and end <= current.end):
            return None  # the reader moved on in the text: nothing to act on there
        return current

    @Slot()
    def delete_highlight(self) -> None:
        if self.notes is None:
            return
        existing = self.current_highlight()
        if existing is None:
            self.feedback.status(self.tr("Put the cursor in a highlight first."))
            return
        self.delete_highlight_id(existing.id)

    @Slot(int)
    def delete_highlight_id(self, highlight_id: int) -> None:
        """Move the highlight ``highlight_id`` to the Trash (undoable)."""
        if self.notes is None:
            return
        try:
            self.notes.delete(highlight_id)
        except (StoreError, KeyError) as exc:
            if isinstance(exc, StoreError):
                self.feedback.problem(problem_text(exc))
            return
        self.undo_stack.push(DeleteHighlight(self.notes, self.feedback.problem, highlight_id))

    # -- notes ------------------------------------------------------------------------------

    @Slot(int, str, int)
    def on_note_edited(self, highlight_id: int, note: str, session: int) -> None:
        if self.notes is None:
            self._rescue_note(highlight_id, note, self.tr("the notes database is closed"))
            return
        try:
            old = self.notes.highlights.get(highlight_id).note
            saved = self.notes.set_note(highlight_id, note)
        except (StoreError, KeyError) as exc:
            self._rescue_note(highlight_id, note, problem_text(exc))
            return
        self.undo_stack.push(
            EditNote(self.notes, self.feedback.problem, highlight_id, old, note, session)
        )
        self.notes_panel.note_saved(saved)

    def _rescue_note(self, highlight_id: int, note: str, why: str) -> None:
        """A note that could not be saved goes to a text file, never nowhere."""
        folder = self.data_folder / UNSAVED_NOTES
        target = folder / f"note-{highlight_id}-{datetime.now(UTC):%Y%m%dT%H%M%S%f}.txt"
        try:
            write_text_atomic(target, note)
        except OSError as exc:
            self.feedback.problem(
                self.tr("A note could not be saved (%1) nor kept in a file (%2).")
                .replace("%1", why)
                .replace("%2", problem_text(exc))
            )
            return
        self.feedback.problem(
            self.tr("A note could not be saved (%1). Its text is kept in %2.")
            .replace("%1", why)
            .replace("%2", str(target))
        )

    @Slot()
    def flush(self) -> None:
        """Save the note being typed (before another document opens, before an export,
        when the window closes)."""
        self.notes_panel.flush()

    @Slot()
    def close(self) -> None:
        """The window closes: the note being typed is saved, and nothing writes later."""
        self.flush()
        if self.notes is not None:
            self.notes.changed.disconnect(self.on_notes_changed)
        self.notes = None  # late signals (focus leaving the editor) find no store

    # -- showing them ------------------------------------------------------------------------

    @Slot()
    def on_document_shown(self) -> None:
        if self.session.writable() is not None:
            self._show_labels()
            self.show_highlights()

    def on_notes_changed(self, changes: Changes) -> None:
        if changes.labels:
            self._show_labels()
        if changes.labels or changes.of_document(self.session.document_id):
            self.show_highlights()
        if changes.highlights:
            query = self.notes_panel.search_field.text()
            if query.strip():
                self.search(query)  # results show notes as stored
        if changes.trash or changes.documents:
            self._refresh_trash()

    def _show_labels(self) -> None:
        if self.notes is None:
            return
        try:
            self.notes_panel.set_labels(shown_labels(self.notes.labels.all()))
        except StoreError as exc:
            self.feedback.problem(problem_text(exc))

    def show_highlights(self) -> None:
        """The open document's highlights, in the text and in the Notes tab, with the
        glossary terms each covers."""
        ready = self.session.writable()
        marked = self.session.marked
        if ready is None or marked is None:
            return
        notes, document_id = ready
        try:
            highlights = notes.highlights.of_document(document_id)
        except StoreError as exc:
            self.feedback.problem(problem_text(exc))
            return
        self.reader.set_highlights(highlights)
        language = self.session.language
        described: dict[str, tuple[str, str]] = {}  # entry id -> headword, short definition

        def describe(entry_id: str) -> tuple[str, str]:
            if entry_id not in described:
                e = self.session.entry(entry_id)
                described[entry_id] = (e.headword(language), e.short_definition(language, 90))
            return described[entry_id]

        terms: dict[int, list[tuple[str, str]]] = {}
        for h in highlights:
            entry_ids = marked.entries_in(h.start, h.end)
            if entry_ids and not h.orphaned:
                terms[h.id] = [describe(entry_id) for entry_id in entry_ids]
        self.notes_panel.show_highlights(marked.document, highlights, terms)

    @Slot(int)
    def on_highlight_activated(self, highlight_id: int) -> None:
        if self.notes is None:
            return
        highlight = self.notes.highlights.get(highlight_id)
        if highlight.orphaned:
            self.feedback.status(
                self.tr("This passage is no longer in the text; the note is kept."), 5000
            )
            return
        self.reader.show_range(highlight.start, highlight.end)

    # -- the search of every document's notes ----------------------------------------------------

    @Slot(str)
    def search(self, text: str) -> None:
        if self.notes is None:
            return
        try:
            titles = self.notes.documents.titles()
            results = self.notes.highlights.search(text)
        except StoreError as exc:
            self.feedback.problem(problem_text(exc))
            return
        self.notes_panel.show_search_results([(h, titles.get(h.document_id, "")) for h in results])

    @Slot(int)
    def on_search_result_activated(self, highlight_id: int) -> None:
        if self.notes is None:
            return
        highlight = self.notes.highlights.get(highlight_id)
        if highlight.document_id != self.session.document_id:
            record = self.notes.documents.get(highlight.document_id)
            if record is None or not record.path or not self.open_file(Path(record.path)):
                self.feedback.status(self.tr("The document of this note cannot be found."), 5000)
                return
            highlight = self.notes.highlights.get(highlight_id)  # may have been re-anchored
        if not highlight.orphaned:
            self.reader.show_range(highlight.start, highlight.end)

    # -- colour labels and the Trash ------------------------------------------------------------

    @Slot()
    def edit_labels(self) -> None:
        if self.notes is None:
            return
        from desktop.dialogs.labels import LabelsDialog  # loaded when first asked for

        labels = LabelsDialog.ask(self.notes.labels.all(), self.dialog_parent)
        if labels is not None:
            self.apply_labels(labels)

    def apply_labels(self, labels: dict[int, str]) -> None:
        """Rename the colours: ``labels`` maps colour to label ("" for the default)."""
        if self.notes is None:
            return
        try:
            self.notes.set_colour_labels(labels)
        except StoreError as exc:
            self.feedback.problem(problem_text(exc))

    @Slot()
    def show_trash(self) -> None:
        if self.notes is None:
            return
        if self.trash_dialog is None:
            from desktop.dialogs.trash import TrashDialog

            self.trash_dialog = TrashDialog(self.dialog_parent)
            self.trash_dialog.restore_requested.connect(self.on_trash_restore_requested)
        self._refresh_trash()
        self.trash_dialog.show()
        self.trash_dialog.raise_()

    def _refresh_trash(self) -> None:
        if self.notes is None or self.trash_dialog is None:
            return
        try:
            trash, titles = self.notes.highlights.trash(), self.notes.documents.titles()
        except StoreError as exc:
            self.feedback.problem(problem_text(exc))
            return
        self.trash_dialog.show_trash(trash, titles)

    @Slot(int)
    def on_trash_restore_requested(self, highlight_id: int) -> None:
        if self.notes is None:
            return
        try:
            self.notes.restore(highlight_id)
        except StoreError as exc:
            self.feedback.problem(problem_text(exc))
            return
        # Undoable like the delete it takes back: the stack and the notes agree.
        self.undo_stack.push(RestoreHighlight(self.notes, self.feedback.problem, highlight_id))
