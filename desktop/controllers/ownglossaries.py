"""The reader's own glossaries: Add Term (Ctrl+T), Edit Term (an own entry, or a copy
of a bundled one), Delete Term, and the Glossaries dialog. Each write goes through the
store adapter (whose change set makes the session mark the text again) and is undoable:
an entry saved with a category it brings is one step."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.commands import DeleteEntry, SaveEntry
from desktop.feedback import Feedback
from desktop.panels.glossary import GlossaryPanel
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.storeadapter import StoreAdapter
from desktop.translations import problem_text
from glossary.documents.reading import sentence_around
from glossary.messages import Message
from glossary.model import Category, Entry
from glossary.notes.store import StoreError
from glossary.terms.own import BUNDLED, EntryProblems, own_key


def own_id(key: str) -> int | None:
    """The id of the own glossary a combined key names ("own-3"), None for the bundled."""
    return int(key.removeprefix("own-")) if key.startswith("own-") else None


class OwnGlossariesController(QObject):
    """Adds, edits and deletes the entries of the reader's own glossaries."""

    def __init__(
        self,
        session: DocumentSession,
        notes: StoreAdapter | None,
        settings: Settings,
        undo_stack: QUndoStack,
        reader: ReaderView,
        panel: GlossaryPanel,
        feedback: Feedback,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.session = session
        self.notes = notes
        self.settings = settings
        self.undo_stack = undo_stack
        self.reader = reader
        self.panel = panel
        self.feedback = feedback
        self.dialog_parent = dialog_parent
        self.glossaries_dialog: QWidget | None = None

    def _ensure_own_glossary(self, notes: StoreAdapter) -> tuple[int | None, bool]:
        """An own glossary to write into: one the document uses, else the first, else a
        new "My glossary" (then True: it was made now)."""
        existing = notes.glossaries.all()
        document_id = self.session.document_id
        if document_id is not None:
            # One the open document uses, so that the new term is marked at once.
            on = [g for g in existing if notes.glossaries.is_active(document_id, own_key(g.id))]
            existing = on or existing
        if existing:
            return existing[0].id, False
        try:
            return notes.create_glossary(self.tr("My glossary")), True
        except (StoreError, EntryProblems) as exc:
            self.feedback.problem(problem_text(exc))
            return None, False

    def _edit(
        self,
        notes: StoreAdapter,
        entry: Entry | None,
        glossary_id: int | None,
        replacing: str | None,
        offered: Category | None = None,
        made: bool = False,
    ) -> None:
        """Edit ``entry`` in the editor and save it, undoably. ``offered``: a category
        to offer that the glossary does not have yet (a bundled entry's); ``made``: the
        glossary was made for this entry, and goes again if the editor is cancelled."""
        from desktop.dialogs.entryeditor import EntryEditor

        own = notes.glossaries

        def categories(target: int) -> dict[str, Category]:
            found = dict(own.categories(target))
            if offered is not None:
                found.setdefault(offered.id, offered)
            return found

        def check(
            target: int, edited: Entry, old: str | None
        ) -> list[tuple[str, str, str | Message]]:
            problems = own.check(target, edited, old)
            if offered is not None and edited.category == offered.id:
                problems = [p for p in problems if p[1] != "category"]
            return problems

        edited = EntryEditor.ask(
            own.all(), categories, check, entry, glossary_id, replacing, self.dialog_parent
        )
        if edited is None:
            if made and glossary_id is not None and not own.entries(glossary_id):
                notes.delete_glossary(glossary_id)  # nothing was added to it
            return
        if (
            offered is not None
            and edited.entry.category == offered.id
            and offered.id not in own.categories(edited.glossary_id)
        ):
            edited = edited._replace(new_category=offered)
        old = None
        if replacing is not None:
            old = next((e for e in own.entries(edited.glossary_id) if e.id == replacing), None)
        try:
            # The category it brings is added with it, in one transaction and one step.
            notes.save_entry(edited.glossary_id, edited.entry, replacing, edited.new_category)
        except (StoreError, EntryProblems) as exc:
            self.feedback.problem(problem_text(exc))
            return
        self.undo_stack.push(
            SaveEntry(
                notes,
                self.feedback.problem,
                edited.glossary_id,
                old,
                edited.entry,
                edited.new_category,
            )
        )
        self.panel.show_entry(f"{own_key(edited.glossary_id)}:{edited.entry.id}")

    @Slot()
    def add_term(self) -> None:
        """Define the selected words in an own glossary (prefilled with their sentence)."""
        marked = self.session.marked
        if self.notes is None or marked is None:
            self.feedback.problem(self.tr("Own glossaries need the notes database, which is off."))
            return
        glossary_id, made = self._ensure_own_glossary(self.notes)
        if glossary_id is None:
            return
        start, end = self.reader.selection_range()
        prefill = None
        if end > start:
            words = " ".join(marked.text[start:end].split())
            before, match, after = sentence_around(marked.document, start, end)
            sentence = " ".join((before + match + after).split())
            prefill = Entry(
                id="",
                category="general",
                term_en="",
                term_id=words,
                aliases_en=(),
                aliases_id=(),
                definition_en="",
                definition_id="",
                usage_en="",
                usage_id=sentence,
                related=(),
            )
        self._edit(self.notes, prefill, glossary_id, None, made=made)

    @Slot()
    def edit_term(self) -> None:
        """Edit the entry shown: an own one in place; a bundled one as a copy in an own
        glossary (the bundled entry stays as it is)."""
        entry = self.panel.entry_view.entry
        if self.notes is None or entry is None:
            self.feedback.status(self.tr("Open an entry in the glossary first."))
            return
        origin = self.session.glossary.origin(entry.id)
        key = origin.key if origin is not None else BUNDLED
        glossary_id = own_id(key)
        if glossary_id is not None and origin is not None:
            own_entry = next(
                (e for e in self.notes.glossaries.entries(glossary_id) if e.id == origin.entry_id),
                None,
            )
            self._edit(self.notes, own_entry, glossary_id, origin.entry_id)
            return
        target, made = self._ensure_own_glossary(self.notes)
        if target is None:
            return
        category = self.session.glossary.category(entry.category)
        copy = entry._replace(category=category.id, related=())
        self._edit(self.notes, copy, target, None, offered=category, made=made)

    @Slot()
    def delete_term(self) -> None:
        entry = self.panel.entry_view.entry
        origin = self.session.glossary.origin(entry.id) if entry is not None else None
        glossary_id = own_id(origin.key) if origin is not None else None
        if self.notes is None or origin is None or glossary_id is None:
            self.feedback.status(self.tr("Only terms of your own glossaries can be deleted."))
            return
        try:
            removal = self.notes.glossaries.snapshot(glossary_id, origin.entry_id)
            self.notes.delete_entry(glossary_id, origin.entry_id)
        except (StoreError, KeyError) as exc:
            self.feedback.problem(problem_text(exc))
            return
        self.undo_stack.push(DeleteEntry(self.notes, self.feedback.problem, glossary_id, removal))

    @Slot()
    def show_glossaries(self) -> None:
        """Glossary > Glossaries…: which are on for the document; make, import, export."""
        if self.notes is None:
            self.feedback.problem(self.tr("Own glossaries need the notes database, which is off."))
            return
        from desktop.dialogs.glossaries import GlossariesDialog

        dialog = GlossariesDialog(
            self.notes,
            self.session.bundled,
            self.session.document_id,
            self.settings,
            self.dialog_parent,
        )
        self.glossaries_dialog = dialog
        dialog.open()
