"""Undoable changes to highlights, bookmarks, own glossaries and the vocabulary: ``QUndoStack``
commands over the store adapter, all on one base class with one failure policy.

A controller writes first and pushes a command only once the write committed, so a
failed write never sits on the undo stack; a command's first ``redo`` (which
``QUndoStack.push`` calls) therefore does nothing.

When undo or redo cannot write (the disk is full, the database is locked, the entry
was deleted meanwhile), the command becomes obsolete: Qt takes it off the stack, so the
stack never claims a state the database does not have, and ``report`` tells the reader
why.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.storeadapter import StoreAdapter
from desktop.translations import problem_text
from glossary.model import Category, Entry
from glossary.notes.store import StoreError
from glossary.terms.own import EntryProblems, Removal
from glossary.words.vocabulary import RESTORABLE, VocabularyItem

Report = Callable[[str], None]
# What the environment or a change made meanwhile can do to a write; anything else
# is a bug, and raises.
FAILURES = (StoreError, KeyError, EntryProblems)


class StoreCommand(QUndoCommand):
    """A change already made through the adapter; undo and redo write through it.

    Subclasses give ``apply`` (make the change again) and ``revert`` (take it back).
    """

    def __init__(self, text: str, notes: StoreAdapter, report: Report) -> None:
        super().__init__(text)
        self.notes = notes
        self._report = report
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # the controller already made this change
            return
        self._attempt(self.apply, QCoreApplication.translate("Commands", "Redo"))

    def undo(self) -> None:
        self._attempt(self.revert, QCoreApplication.translate("Commands", "Undo"))

    def _attempt(self, change: Callable[[], object], verb: str) -> None:
        try:
            change()
        except FAILURES as exc:
            self.setObsolete(True)  # Qt takes it off the stack
            why = problem_text(exc) if not isinstance(exc, KeyError) else ""
            self._report(
                QCoreApplication.translate("Commands", "%1 of “%2” failed: %3")
                .replace("%1", verb)
                .replace("%2", self.text())
                .replace(
                    "%3",
                    why or QCoreApplication.translate("Commands", "what it changed is gone"),
                )
            )

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class AddHighlight(StoreCommand):
    """A new highlight; undo moves it to the Trash, redo brings it back."""

    def __init__(self, notes: StoreAdapter, report: Report, highlight_id: int) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Highlight"), notes, report)
        self.highlight_id = highlight_id

    def apply(self) -> None:
        self.notes.restore(self.highlight_id)

    def revert(self) -> None:
        self.notes.delete(self.highlight_id)


class Recolour(StoreCommand):
    def __init__(
        self, notes: StoreAdapter, report: Report, highlight_id: int, old: int, new: int
    ) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Change Highlight Colour"), notes, report
        )
        self._id = highlight_id
        self._old = old
        self._new = new

    def apply(self) -> None:
        self.notes.set_colour(self._id, self._new)

    def revert(self) -> None:
        self.notes.set_colour(self._id, self._old)


class EditNote(StoreCommand):
    """A note changed; edits of one note in one editing session merge into one step."""

    ID = 1

    def __init__(
        self,
        notes: StoreAdapter,
        report: Report,
        highlight_id: int,
        old: str,
        new: str,
        session: int,
    ) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Edit Note"), notes, report)
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
        self.notes.set_note(self._id, self._new)

    def revert(self) -> None:
        self.notes.set_note(self._id, self._old)


class DeleteHighlight(StoreCommand):
    """A highlight moved to the Trash; undo restores it."""

    def __init__(self, notes: StoreAdapter, report: Report, highlight_id: int) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Delete Highlight"), notes, report)
        self._id = highlight_id

    def apply(self) -> None:
        self.notes.delete(self._id)

    def revert(self) -> None:
        self.notes.restore(self._id)


class RestoreHighlight(StoreCommand):
    """A highlight brought back from the Trash; undo puts it back there."""

    def __init__(self, notes: StoreAdapter, report: Report, highlight_id: int) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Restore Highlight"), notes, report)
        self._id = highlight_id

    def apply(self) -> None:
        self.notes.restore(self._id)

    def revert(self) -> None:
        self.notes.delete(self._id)


class AddBookmark(StoreCommand):
    """A new bookmark; undo takes it away, redo brings it back."""

    def __init__(self, notes: StoreAdapter, report: Report, bookmark_id: int) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add Bookmark"), notes, report)
        self._id = bookmark_id

    def apply(self) -> None:
        self.notes.restore_bookmark(self._id)

    def revert(self) -> None:
        self.notes.delete_bookmark(self._id)


class DeleteBookmark(StoreCommand):
    """A bookmark taken away; undo brings it back."""

    def __init__(self, notes: StoreAdapter, report: Report, bookmark_id: int) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Remove Bookmark"), notes, report)
        self._id = bookmark_id

    def apply(self) -> None:
        self.notes.delete_bookmark(self._id)

    def revert(self) -> None:
        self.notes.restore_bookmark(self._id)


class SaveEntry(StoreCommand):
    """An entry of an own glossary added (``old`` None) or changed, with the category
    it brought (``new_category``); undo puts back the entry as it was and takes the
    category out again."""

    def __init__(
        self,
        notes: StoreAdapter,
        report: Report,
        glossary_id: int,
        old: Entry | None,
        new: Entry,
        new_category: Category | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Add Term")
            if old is None
            else QCoreApplication.translate("Commands", "Edit Term"),
            notes,
            report,
        )
        self._glossary = glossary_id
        self._old = old
        self._new = new
        self._category = new_category

    def apply(self) -> None:
        replacing = self._old.id if self._old is not None else None
        self.notes.save_entry(self._glossary, self._new, replacing, self._category)

    def revert(self) -> None:
        if self._old is None:
            self.notes.delete_entry(self._glossary, self._new.id)
        else:
            self.notes.save_entry(self._glossary, self._old, self._new.id)
        if self._category is not None:
            # An entry added since may use the category: then it stays.
            with contextlib.suppress(KeyError):
                self.notes.remove_category(self._glossary, self._category.id)


class DeleteEntry(StoreCommand):
    """A deleted entry; undo puts it back in its place, with the links to it."""

    def __init__(
        self, notes: StoreAdapter, report: Report, glossary_id: int, removal: Removal
    ) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Delete Term"), notes, report)
        self._glossary = glossary_id
        self._removal = removal

    def apply(self) -> None:
        self.notes.delete_entry(self._glossary, self._removal.entry.id)

    def revert(self) -> None:
        self.notes.restore_entry(self._glossary, self._removal)


class DeleteWord(StoreCommand):
    """A word taken out of the vocabulary; undo brings it back with its reviews."""

    def __init__(self, notes: StoreAdapter, report: Report, before: VocabularyItem) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Delete “%1”").replace("%1", before.headword),
            notes,
            report,
        )
        self.before = before

    def apply(self) -> None:
        self.notes.delete_word(self.before.id)

    def revert(self) -> None:
        self.notes.restore_word(self.before.id)


class ChangeWord(StoreCommand):
    """A word kept, or its status or gloss changed; undo puts back what this step
    changed, as it stood (a word kept for the first time is deleted again; one kept
    again after a delete is deleted again with its old details), redo puts it back as
    changed. A review or "Known" given since is left alone unless it touched the same
    field."""

    def __init__(
        self,
        notes: StoreAdapter,
        report: Report,
        before: VocabularyItem | None,
        after: VocabularyItem,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Change “%1”").replace("%1", after.headword),
            notes,
            report,
        )
        self.old = before
        self.after = after
        self.fields = (
            [f for f in RESTORABLE if getattr(before, f) != getattr(after, f)] if before else []
        )

    def apply(self) -> None:
        if self.old is None:
            self.notes.restore_word(self.after.id)
        else:
            self.notes.put_word_back(self.after, self.fields)

    def revert(self) -> None:
        if self.old is None:
            self.notes.delete_word(self.after.id)
        else:
            self.notes.put_word_back(self.old, self.fields)
