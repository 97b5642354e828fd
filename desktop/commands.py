"""Undoable changes to highlights and own glossaries (``QUndoStack`` commands over the
store adapter).

The window writes first and pushes a command only once the write committed, so a
failed write never sits on the undo stack. A command's first ``redo`` (which
``QUndoStack.push`` calls) therefore does nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.storeadapter import StoreAdapter
from glossary.model import Entry
from glossary.notes.store import StoreError
from glossary.terms.own import EntryProblems, Removal
from glossary.words.vocabulary import RESTORABLE, VocabularyItem


class _Done(QUndoCommand):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # the window already made this change
            return
        self.apply()

    def apply(self) -> None:
        raise NotImplementedError


class AddHighlight(_Done):
    """A new highlight; undo moves it to the Trash, redo brings it back."""

    def __init__(self, notes: StoreAdapter, highlight_id: int) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Highlight"))
        self._notes = notes
        self.highlight_id = highlight_id

    def apply(self) -> None:
        self._notes.restore(self.highlight_id)

    def undo(self) -> None:
        self._notes.delete(self.highlight_id)


class Recolour(_Done):
    def __init__(self, notes: StoreAdapter, highlight_id: int, old: int, new: int) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Change Highlight Colour"))
        self._notes = notes
        self._id = highlight_id
        self._old = old
        self._new = new

    def apply(self) -> None:
        self._notes.set_colour(self._id, self._new)

    def undo(self) -> None:
        self._notes.set_colour(self._id, self._old)


class EditNote(_Done):
    """A note changed; edits of one note in one editing session merge into one step."""

    ID = 1

    def __init__(
        self, notes: StoreAdapter, highlight_id: int, old: str, new: str, session: int
    ) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Edit Note"))
        self._notes = notes
        self._id = highlight_id
        self._old = old
        self._new = new
        self._session = session

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditNote) or (other._id, other._session) != (
            self._id,
            self._session,
        ):
            return False
        self._new = other._new
        return True

    def apply(self) -> None:
        self._notes.set_note(self._id, self._new)

    def undo(self) -> None:
        self._notes.set_note(self._id, self._old)


class DeleteHighlight(_Done):
    """A highlight moved to the Trash; undo restores it."""

    def __init__(self, notes: StoreAdapter, highlight_id: int) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Delete Highlight"))
        self._notes = notes
        self._id = highlight_id

    def apply(self) -> None:
        self._notes.delete(self._id)

    def undo(self) -> None:
        self._notes.restore(self._id)


class _GlossaryChange(_Done):
    """A change to an own glossary. The glossary may have been deleted since (from the
    Glossaries dialog): then undo and redo have nothing left to act on, and the
    command becomes obsolete instead of failing."""

    def _safely(self, change: Callable[[], object]) -> None:
        try:
            change()
        except (KeyError, StoreError, EntryProblems):
            self.setObsolete(True)


class SaveEntry(_GlossaryChange):
    """An entry of an own glossary added (``old`` None) or changed; undo restores it."""

    def __init__(
        self, notes: StoreAdapter, glossary_id: int, old: Entry | None, new: Entry
    ) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Add Term")
            if old is None
            else QCoreApplication.translate("Commands", "Edit Term")
        )
        self._notes = notes
        self._glossary = glossary_id
        self._old = old
        self._new = new

    def apply(self) -> None:
        replacing = self._old.id if self._old is not None else None
        self._safely(lambda: self._notes.save_entry(self._glossary, self._new, replacing))

    def undo(self) -> None:
        old = self._old
        if old is None:
            self._safely(lambda: self._notes.delete_entry(self._glossary, self._new.id))
        else:
            self._safely(lambda: self._notes.save_entry(self._glossary, old, self._new.id))


class DeleteEntry(_GlossaryChange):
    """A deleted entry; undo puts it back in its place, with the links to it."""

    def __init__(self, notes: StoreAdapter, glossary_id: int, removal: Removal) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Delete Term"))
        self._notes = notes
        self._glossary = glossary_id
        self._removal = removal

    def apply(self) -> None:
        self._safely(lambda: self._notes.delete_entry(self._glossary, self._removal.entry.id))

    def undo(self) -> None:
        self._safely(lambda: self._notes.restore_entry(self._glossary, self._removal))


class _WordChange(_Done):
    """Undo and redo of a vocabulary change; a failure leaves the step unusable."""

    def __init__(self, text: str, notes: StoreAdapter, before: VocabularyItem) -> None:
        super().__init__(text)
        self.notes = notes
        self.before = before

    def _safely(self, change: Callable[[], object]) -> None:
        try:
            change()
        except (StoreError, KeyError):
            self.setObsolete(True)


class DeleteWord(_WordChange):
    """A word taken out of the vocabulary; undo brings it back with its reviews."""

    def __init__(self, notes: StoreAdapter, before: VocabularyItem) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Delete “%1”").replace("%1", before.headword),
            notes,
            before,
        )

    def apply(self) -> None:
        self._safely(lambda: self.notes.delete_word(self.before.id))

    def undo(self) -> None:
        self._safely(lambda: self.notes.restore_word(self.before.id))


class ChangeWord(_WordChange):
    """A word kept, or its status or gloss changed; undo puts back what this step
    changed, as it stood (a word kept for the first time is deleted again; one kept
    again after a delete is deleted again with its old details), redo puts it back as
    changed. A review or "Known" given since is left alone unless it touched the same
    field."""

    def __init__(
        self, notes: StoreAdapter, before: VocabularyItem | None, after: VocabularyItem
    ) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Change “%1”").replace("%1", after.headword),
            notes,
            after,
        )
        self.old = before
        self.after = after
        self.fields = (
            [f for f in RESTORABLE if getattr(before, f) != getattr(after, f)] if before else []
        )

    def apply(self) -> None:
        if self.old is None:
            self._safely(lambda: self.notes.restore_word(self.after.id))
        else:
            self._safely(lambda: self.notes.put_word_back(self.after, self.fields))

    def undo(self) -> None:
        if self.old is None:
            self._safely(lambda: self.notes.delete_word(self.after.id))
        else:
            old = self.old
            self._safely(lambda: self.notes.put_word_back(old, self.fields))
