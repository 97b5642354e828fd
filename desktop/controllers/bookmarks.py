"""Bookmarks: Ctrl+B adds one at the reading place (the top of the view) or removes the
one in the paragraph there; they are listed with the notes in the Notes tab, where
activating one goes to it and Delete removes it. Every change goes through the store
adapter and is undoable; the Notes tab reloads when the adapter says the open
document's bookmarks changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from desktop.commands import AddBookmark, DeleteBookmark
from desktop.feedback import Feedback
from desktop.panels.notes import NotesPanel
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.storeadapter import Changes, StoreAdapter
from desktop.translations import problem_text
from glossary.notes.bookmarks import Bookmark
from glossary.notes.store import StoreError


class BookmarksController(QObject):
    """Adds, removes, lists and follows bookmarks.

    Signals:
        state_changed(bool): whether the reading place is bookmarked (the action's text
            says Add or Remove), told when asked (:meth:`refresh_state`) or after a change.
    """

    state_changed = Signal(bool)

    def __init__(
        self,
        session: DocumentSession,
        notes: StoreAdapter | None,
        undo_stack: QUndoStack,
        reader: ReaderView,
        notes_panel: NotesPanel,
        feedback: Feedback,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.notes = notes
        self.undo_stack = undo_stack
        self.reader = reader
        self.notes_panel = notes_panel
        self.feedback = feedback
        if notes is not None:
            notes.changed.connect(self.on_notes_changed)

    def here(self) -> list[Bookmark]:
        """The bookmarks in the paragraph at the top of the view."""
        ready = self.session.writable()
        marked = self.session.marked
        if ready is None or marked is None:
            return []
        notes, document_id = ready
        offset = self.reader.top_offset()
        block = marked.document.block_at(offset)
        start, end = (block.start, block.end + 1) if block is not None else (offset, offset + 1)
        try:
            return notes.bookmarks.within(document_id, start, end)
        except StoreError as exc:
            self.feedback.problem(problem_text(exc))
            return []

    @Slot()
    def toggle(self) -> None:
        """Bookmark the reading place, or remove the bookmark in the paragraph there."""
        ready = self.session.writable()
        marked = self.session.marked
        if ready is None or marked is None:
            self.feedback.status(self.tr("Bookmarks are not available."))
            return
        notes, document_id = ready
        existing = self.here()
        try:
            if existing:
                for bookmark in existing:
                    self._delete(bookmark.id)
                self.feedback.status(self.tr("Bookmark removed."), 3000)
            else:
                added = notes.add_bookmark(marked.document, document_id, self.reader.top_offset())
                self.undo_stack.push(AddBookmark(notes, self.feedback.problem, added.id))
                self.notes_panel.select_bookmark(added.id)
                self.feedback.status(self.tr("Bookmark added."), 3000)
        except StoreError as exc:
            self.feedback.problem(problem_text(exc))
        self.refresh_state()

    def _delete(self, bookmark_id: int) -> None:
        assert self.notes is not None
        self.notes.delete_bookmark(bookmark_id)
        self.undo_stack.push(DeleteBookmark(self.notes, self.feedback.problem, bookmark_id))

    @Slot()
    def refresh_state(self) -> None:
        self.state_changed.emit(bool(self.here()))

    # -- the Notes tab ----------------------------------------------------------------------

    @Slot()
    def on_document_shown(self) -> None:
        self.show_bookmarks()

    def on_notes_changed(self, changes: Changes) -> None:
        if changes.of_bookmarks(self.session.document_id):
            self.show_bookmarks()

    def show_bookmarks(self) -> None:
        ready = self.session.writable()
        if ready is None:
            self.notes_panel.show_bookmarks([])
            return
        notes, document_id = ready
        try:
            self.notes_panel.show_bookmarks(notes.bookmarks.of_document(document_id))
        except StoreError as exc:
            self.feedback.problem(problem_text(exc))

    @Slot(int)
    def on_bookmark_activated(self, bookmark_id: int) -> None:
        if self.notes is None:
            return
        try:
            bookmark = self.notes.bookmarks.get(bookmark_id)
        except (StoreError, KeyError):
            return
        if bookmark.document_id == self.session.document_id:
            self.reader.scroll_to_offset(bookmark.position)
            self.reader.setFocus()

    @Slot(int)
    def on_bookmark_delete_requested(self, bookmark_id: int) -> None:
        if self.notes is None:
            return
        try:
            self._delete(bookmark_id)
        except (StoreError, KeyError) as exc:
            if isinstance(exc, StoreError):
                self.feedback.problem(problem_text(exc))
            return
        self.feedback.status(self.tr("Bookmark removed."), 3000)

    @Slot()
    def close(self) -> None:
        """The window closes: nothing writes later."""
        if self.notes is not None:
            self.notes.changed.disconnect(self.on_notes_changed)
        self.notes = None
