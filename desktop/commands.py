"""Undoable changes to highlights (``QUndoStack`` commands over the store adapter)."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from desktop.storeadapter import StoreAdapter


class AddHighlight(QUndoCommand):
    """Highlight a passage; undo moves it to the Trash, redo brings it back."""

    def __init__(
        self, notes: StoreAdapter, document_id: int, text: str, start: int, end: int, colour: int
    ) -> None:
        super().__init__("Highlight")
        self._notes = notes
        self._args = (document_id, text, start, end, colour)
        self.highlight_id: int | None = None

    def redo(self) -> None:
        if self.highlight_id is None:
            self.highlight_id = self._notes.add(*self._args).id
        else:
            self._notes.restore(self.highlight_id)

    def undo(self) -> None:
        assert self.highlight_id is not None
        self._notes.delete(self.highlight_id)


class Recolour(QUndoCommand):
    def __init__(self, notes: StoreAdapter, highlight_id: int, colour: int) -> None:
        super().__init__("Change Highlight Colour")
        self._notes = notes
        self._id = highlight_id
        self._new = colour
        self._old = notes.store.highlight(highlight_id).colour

    def redo(self) -> None:
        self._notes.set_colour(self._id, self._new)

    def undo(self) -> None:
        self._notes.set_colour(self._id, self._old)


class EditNote(QUndoCommand):
    """Change a note; consecutive edits of the same note merge into one undo step."""

    ID = 1

    def __init__(self, notes: StoreAdapter, highlight_id: int, note: str) -> None:
        super().__init__("Edit Note")
        self._notes = notes
        self._id = highlight_id
        self._new = note
        self._old = notes.store.highlight(highlight_id).note

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditNote) or other._id != self._id:
            return False
        self._new = other._new
        return True

    def redo(self) -> None:
        self._notes.set_note(self._id, self._new)

    def undo(self) -> None:
        self._notes.set_note(self._id, self._old)


class DeleteHighlight(QUndoCommand):
    """Move a highlight to the Trash; undo restores it."""

    def __init__(self, notes: StoreAdapter, highlight_id: int) -> None:
        super().__init__("Delete Highlight")
        self._notes = notes
        self._id = highlight_id

    def redo(self) -> None:
        self._notes.delete(self._id)

    def undo(self) -> None:
        self._notes.restore(self._id)
