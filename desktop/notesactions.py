"""The main window's highlight and note commands (a mixin of :class:`MainWindow`).

Highlighting, notes, the notes panel's requests, spelling, colour labels, the Trash
and backups: everything that writes to the notes store goes through here. The
window owns the widgets and wires the signals; these methods are its slots.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction

from desktop import settings as keys
from desktop.commands import AddHighlight, DeleteHighlight, EditNote, Recolour
from desktop.translations import problem_text, shown_labels
from glossary.atomic import write_text_atomic
from glossary.documents.loading import bundled_article_path
from glossary.notes.backups import take_backup
from glossary.notes.colours import ColourLabels
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import StoreError
from glossary.notes.userwords import UserWords
from glossary.words.spelling import NoteSpeller

if TYPE_CHECKING:
    from desktop.mainwindow import MainWindow

    _Base = MainWindow
else:
    _Base = object


class NotesActions(_Base):
    """Slots of the window that act on highlights and notes."""

    def highlight_selection(self, colour: int) -> None:
        """Highlight the selection in ``colour`` (recolour the highlight selected)."""
        if self.notes is None or self.document_id is None or self.marked is None:
            self.statusBar().showMessage(self.tr("Notes are not available."), 4000)
            return
        start, end = self.reader.selection_range()
        existing = self.reader.highlight_at(start)
        if existing is not None and (existing.start, existing.end) == (start, end):
            end = start  # the selection is that highlight (it was clicked): recolour it
        try:
            if end > start:
                added = self.notes.add(self.document_id, self.marked.text, start, end, colour)
                self.undo_stack.push(AddHighlight(self.notes, added.id))
                self.reader.clear_selection()
            elif existing is not None:
                self.notes.set_colour(existing.id, colour)
                self.undo_stack.push(Recolour(self.notes, existing.id, existing.colour, colour))
            else:
                self.statusBar().showMessage(self.tr("Select a passage to highlight."), 4000)
        except StoreError as exc:
            self.show_problem(problem_text(exc))

    @Slot()
    def on_note_action_triggered(self) -> None:
        """Write the note of the highlight at the cursor; a selection is highlighted first
        (in the first colour)."""
        if self.notes is None or self.document_id is None or self.marked is None:
            return
        start, end = self.reader.selection_range()
        target = self.reader.highlight_at(start)
        if end > start and (target is None or (target.start, target.end) != (start, end)):
            try:
                added = self.notes.add(self.document_id, self.marked.text, start, end, 1)
            except StoreError as exc:
                self.show_problem(problem_text(exc))
                return
            self.undo_stack.push(AddHighlight(self.notes, added.id))
            self.reader.clear_selection()
            highlight_id = added.id
        elif target is not None:
            highlight_id = target.id
        else:
            self.statusBar().showMessage(self.tr("Select a passage to write a note."), 4000)
            return
        self.tabs.setCurrentWidget(self.notes_panel)
        self.notes_panel.select(highlight_id)
        self.notes_panel.editor.setFocus()

    @Slot()
    def on_delete_highlight_action_triggered(self) -> None:
        if self.notes is None:
            return
        start, _end = self.reader.selection_range()
        existing = self.reader.highlight_at(start)
        if existing is None:
            self.statusBar().showMessage(self.tr("Put the cursor in a highlight first."), 4000)
            return
        try:
            self.notes.delete(existing.id)
        except StoreError as exc:
            self.show_problem(problem_text(exc))
            return
        self.undo_stack.push(DeleteHighlight(self.notes, existing.id))

    def _make_speller(self) -> NoteSpeller:
        language = self.settings.get(keys.NOTE_LANGUAGE)
        user_words = UserWords(self.notes.store).of(language) if self.notes is not None else set()
        texts: list[str] = []
        if language == "id":
            # The word list: the bundled article and the glossary's Indonesian text (the
            # PySastrawi roots are added by the speller itself).
            texts.append(bundled_article_path().read_text(encoding="utf-8"))
            for entry in self.glossary.entries:
                texts.extend((*entry.forms("id"), entry.definition_id, entry.usage_id))
        return NoteSpeller("id" if language == "id" else "en", user_words, texts)

    @Slot()
    def on_notes_panel_speller_needed(self) -> None:
        self.notes_panel.editor.highlighter.use(self._make_speller())

    @Slot(QAction)
    def on_note_language_group_triggered(self, action: QAction) -> None:
        self.settings.set(keys.NOTE_LANGUAGE, str(action.data()))
        self.notes_panel.editor.highlighter.use(self._make_speller())

    @Slot(str)
    def on_note_editor_word_added(self, word: str) -> None:
        highlighter = self.notes_panel.editor.highlighter
        if self.notes is not None:
            try:
                UserWords(self.notes.store).add(word, self.settings.get(keys.NOTE_LANGUAGE))
            except StoreError as exc:
                self.show_problem(problem_text(exc))
                return
        if highlighter.speller is not None:
            highlighter.speller.add(word)
            highlighter.rehighlight()

    @Slot()
    def on_labels_action_triggered(self) -> None:
        if self.notes is None:
            return
        from desktop.dialogs.labels import LabelsDialog  # loaded when first asked for

        labels = LabelsDialog.ask(ColourLabels(self.notes.store).all(), self)
        if labels is not None:
            self.apply_labels(labels)

    def apply_labels(self, labels: dict[int, str]) -> None:
        """Rename the colours: ``labels`` maps colour to label ("" for the default)."""
        if self.notes is None:
            return
        try:
            for colour, label in labels.items():
                ColourLabels(self.notes.store).set(colour, label)
        except StoreError as exc:
            self.show_problem(problem_text(exc))
        self.notes_panel.set_labels(shown_labels(ColourLabels(self.notes.store).all()))
        self._show_highlights()

    @Slot()
    def on_trash_action_triggered(self) -> None:
        if self.notes is None:
            return
        if self.trash_dialog is None:
            from desktop.dialogs.trash import TrashDialog  # loaded when first asked for

            self.trash_dialog = TrashDialog(self)
            self.trash_dialog.restore_requested.connect(self.on_trash_dialog_restore_requested)
        self._refresh_trash()
        self.trash_dialog.show()
        self.trash_dialog.raise_()

    def _refresh_trash(self) -> None:
        if self.notes is None or self.trash_dialog is None:
            return
        titles = {d.id: d.title or d.path or "" for d in Documents(self.notes.store).all()}
        self.trash_dialog.show_trash(Highlights(self.notes.store).trash(), titles)

    @Slot(int)
    def on_trash_dialog_restore_requested(self, highlight_id: int) -> None:
        if self.notes is None:
            return
        try:
            self.notes.restore(highlight_id)
        except StoreError as exc:
            self.show_problem(problem_text(exc))
        self._refresh_trash()

    @Slot()
    def on_backup_timer_timeout(self) -> None:
        """Back the notes up when something changed since the last backup."""
        if self.notes is None or self.notes.store.writes == self._writes_backed_up:
            return
        try:
            take_backup(self.notes.store, self.notes.store.backups)
        except (OSError, StoreError) as exc:
            self.statusBar().showMessage(
                self.tr("Backup failed: %1").replace("%1", problem_text(exc)), 8000
            )
            return
        self._writes_backed_up = self.notes.store.writes

    def _show_highlights(self) -> None:
        if self.notes is None or self.document_id is None or self.marked is None:
            return
        highlights = self.notes.highlights(self.document_id)
        self.reader.set_highlights(highlights)
        language = self.panel.language
        described: dict[str, str] = {}  # entry id -> "headword – short definition"

        def describe(entry_id: str) -> str:
            if entry_id not in described:
                e = self.glossary.entry(entry_id)
                described[entry_id] = f"{e.headword(language)} – {e.short_definition(language, 90)}"
            return described[entry_id]

        prefix = self.tr("Glossary: %1")
        terms = {}
        for h in highlights:
            entry_ids = self.marked.entries_in(h.start, h.end)
            if entry_ids and not h.orphaned:
                terms[h.id] = prefix.replace("%1", "; ".join(map(describe, entry_ids)))
        self.notes_panel.show_highlights(self.marked.document, highlights, terms)

    @Slot(int)
    def on_notes_changed(self, document_id: int) -> None:
        if document_id == self.document_id:
            self._show_highlights()
        query = self.notes_panel.search_field.text()
        if query.strip():
            self.on_notes_panel_search_requested(query)  # results show notes as stored

    @Slot(int)
    def on_notes_panel_highlight_activated(self, highlight_id: int) -> None:
        if self.notes is None:
            return
        highlight = Highlights(self.notes.store).get(highlight_id)
        if highlight.orphaned:
            self.statusBar().showMessage(
                self.tr("This passage is no longer in the text; the note is kept."), 5000
            )
            return
        self.reader.show_range(highlight.start, highlight.end)

    @Slot(int, str, int)
    def on_notes_panel_note_edited(self, highlight_id: int, note: str, session: int) -> None:
        if self.notes is None:
            self._rescue_note(highlight_id, note, self.tr("the notes database is closed"))
            return
        try:
            old = Highlights(self.notes.store).get(highlight_id).note
            saved = self.notes.set_note(highlight_id, note)
        except (StoreError, KeyError) as exc:
            self._rescue_note(highlight_id, note, problem_text(exc))
            return
        self.undo_stack.push(EditNote(self.notes, highlight_id, old, note, session))
        self.notes_panel.note_saved(saved)

    def _rescue_note(self, highlight_id: int, note: str, why: str) -> None:
        """A note that could not be saved goes to a text file, never nowhere."""
        folder = self.settings_folder / "unsaved-notes"
        target = folder / f"note-{highlight_id}-{datetime.now(UTC):%Y%m%dT%H%M%S%f}.txt"
        try:
            write_text_atomic(target, note)
        except OSError as exc:
            self.show_problem(
                self.tr("A note could not be saved (%1) nor kept in a file (%2).")
                .replace("%1", why)
                .replace("%2", problem_text(exc))
            )
            return
        self.show_problem(
            self.tr("A note could not be saved (%1). Its text is kept in %2.")
            .replace("%1", why)
            .replace("%2", str(target))
        )

    @Slot(str)
    def on_notes_panel_search_requested(self, text: str) -> None:
        if self.notes is None:
            return
        titles = {d.id: d.title or d.path or "" for d in Documents(self.notes.store).all()}
        results = Highlights(self.notes.store).search(text)
        self.notes_panel.show_search_results([(h, titles.get(h.document_id, "")) for h in results])

    @Slot(int)
    def on_notes_panel_search_result_activated(self, highlight_id: int) -> None:
        if self.notes is None:
            return
        highlight = Highlights(self.notes.store).get(highlight_id)
        if highlight.document_id != self.document_id:
            record = next(
                (d for d in Documents(self.notes.store).all() if d.id == highlight.document_id),
                None,
            )
            if record is None or not record.path or not self.open_file(Path(record.path)):
                self.statusBar().showMessage(
                    self.tr("The document of this note cannot be found."), 5000
                )
                return
            highlight = Highlights(self.notes.store).get(highlight_id)  # may have been re-anchored
        if not highlight.orphaned:
            self.reader.show_range(highlight.start, highlight.end)
