"""The main window's commands on the reader's own glossaries (a mixin of
:class:`MainWindow`): Add Term, Edit Term (an own entry, or a copy of a bundled one),
Delete Term, and the Glossaries dialog. Writes go through the store adapter, whose
``glossaries_changed`` makes the window mark the text again; each is undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot

from desktop.commands import DeleteEntry, SaveEntry
from desktop.translations import problem_text
from glossary.messages import Message
from glossary.model import Category, Entry
from glossary.notes.store import StoreError
from glossary.terms.own import BUNDLED, EntryProblems

if TYPE_CHECKING:
    from desktop.mainwindow import MainWindow

    _Base = MainWindow
else:
    _Base = object


class GlossaryActions(_Base):
    """Slots of the window that edit the reader's own glossaries."""

    def _own_id(self, key: str) -> int | None:
        return int(key.removeprefix("own-")) if key.startswith("own-") else None

    def _ensure_own_glossary(self) -> tuple[int | None, bool]:
        """An own glossary to write into: one the document uses, else the first, else a
        new "My glossary" (then True: it was made now)."""
        assert self.notes is not None
        existing = self.notes.glossaries.all()
        if self.document_id is not None:
            # One the open document uses, so that the new term is marked at once.
            on = [
                g
                for g in existing
                if self.notes.glossaries.is_active(self.document_id, f"own-{g.id}")
            ]
            existing = on or existing
        if existing:
            return existing[0].id, False
        try:
            return self.notes.create_glossary(self.tr("My glossary")), True
        except (StoreError, EntryProblems) as exc:
            self.show_problem(problem_text(exc))
            return None, False

    def _edit(
        self,
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

        assert self.notes is not None
        own = self.notes.glossaries

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

        edited = EntryEditor.ask(own.all(), categories, check, entry, glossary_id, replacing, self)
        if edited is None:
            if made and glossary_id is not None and not own.entries(glossary_id):
                self.notes.delete_glossary(glossary_id)  # nothing was added to it
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
            if edited.new_category is not None:
                own.add_category(edited.glossary_id, edited.new_category)
            self.notes.save_entry(edited.glossary_id, edited.entry, replacing)
        except (StoreError, EntryProblems) as exc:
            self.show_problem(problem_text(exc))
            return
        self.undo_stack.push(SaveEntry(self.notes, edited.glossary_id, old, edited.entry))
        self.panel.show_entry(self._combined_id(edited.glossary_id, edited.entry.id))

    def _combined_id(self, glossary_id: int, entry_id: str) -> str:
        return f"own-{glossary_id}:{entry_id}"

    @Slot()
    def on_add_term_action_triggered(self) -> None:
        if self.notes is None or self.marked is None:
            self.show_problem(self.tr("Own glossaries need the notes database, which is off."))
            return
        glossary_id, made = self._ensure_own_glossary()
        if glossary_id is None:
            return
        start, end = self.reader.selection_range()
        prefill = None
        if end > start:
            from glossary.documents.reading import sentence_around

            words = " ".join(self.marked.text[start:end].split())
            before, match, after = sentence_around(self.marked.document, start, end)
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
        self._edit(prefill, glossary_id, None, made=made)

    @Slot()
    def on_edit_term_action_triggered(self) -> None:
        entry = self.panel.entry_view.entry
        if self.notes is None or entry is None:
            self.statusBar().showMessage(self.tr("Open an entry in the glossary first."), 4000)
            return
        origin = self.glossary.origin(entry.id)
        key = origin.key if origin is not None else BUNDLED
        glossary_id = self._own_id(key)
        if glossary_id is not None and origin is not None:
            own_entry = next(
                (e for e in self.notes.glossaries.entries(glossary_id) if e.id == origin.entry_id),
                None,
            )
            self._edit(own_entry, glossary_id, origin.entry_id)
            return
        # A bundled entry: it stays as it is; the copy in an own glossary is edited.
        target, made = self._ensure_own_glossary()
        if target is None:
            return
        category = self.glossary.category(entry.category)
        copy = entry._replace(category=category.id, related=())
        self._edit(copy, target, None, offered=category, made=made)

    @Slot()
    def on_delete_term_action_triggered(self) -> None:
        entry = self.panel.entry_view.entry
        origin = self.glossary.origin(entry.id) if entry is not None else None
        glossary_id = self._own_id(origin.key) if origin is not None else None
        if self.notes is None or origin is None or glossary_id is None:
            self.statusBar().showMessage(
                self.tr("Only terms of your own glossaries can be deleted."), 4000
            )
            return
        try:
            removal = self.notes.glossaries.snapshot(glossary_id, origin.entry_id)
            self.notes.delete_entry(glossary_id, origin.entry_id)
        except (StoreError, KeyError) as exc:
            self.show_problem(problem_text(exc))
            return
        self.undo_stack.push(DeleteEntry(self.notes, glossary_id, removal))

    @Slot()
    def on_glossaries_action_triggered(self) -> None:
        from desktop.dialogs.glossaries import GlossariesDialog

        if self.notes is None:
            self.show_problem(self.tr("Own glossaries need the notes database, which is off."))
            return
        dialog = GlossariesDialog(self.notes, self.bundled, self.document_id, self.settings, self)
        self.glossaries_dialog = dialog
        dialog.open()
