"""The main window's word commands (a mixin of :class:`MainWindow`): look a word up,
keep it, set its status (keys 1-4), tint the text by status, the Vocabulary panel,
review, vocabulary export and the dictionary folders.

Word lookup loads at the first lookup, not at start-up; the words of the document and
the installed dictionaries are read off the UI thread, and the Word view fills in what
they add when they arrive.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QFileDialog, QMenuBar, QWidget

from desktop import filefilters
from desktop import settings as keys
from desktop.commands import ChangeWord, DeleteWord
from desktop.translations import failure_text, problem_text
from glossary.documents.reading import sentence_around
from glossary.notes.documents import Documents
from glossary.notes.store import StoreError
from glossary.words.vocabulary import IGNORED, KNOWN, LEARNING, NEW, STATUS_NAMES, VocabularyItem

if TYPE_CHECKING:
    # Word lookup loads with the first lookup: start-up does not pay for it.
    from desktop.mainwindow import MainWindow
    from glossary.dictionaries.installed import Dictionaries
    from glossary.words.lookup import DocumentWords, WordInfo, WordLookup

    _Base = MainWindow
else:
    _Base = object

# Translucent, so a highlight under a word still shows; known and ignored words are
# left plain (LingQ and LWT do the same).
STATUS_TINTS = {
    NEW: QColor(255, 140, 0, 70),
    LEARNING: QColor(255, 214, 0, 90),
}
UNKNOWN_TINT = QColor(51, 154, 240, 50)
# The worker that reads a document's words rests this long after each 4 ms of work:
# the UI thread then never waits long for the interpreter (see benchmarks/lookup.py).
WORKER_PAUSE_S = 0.003
DICTIONARIES = "dictionaries"  # the keys of the background jobs
DOCUMENT_WORDS = "document-words"


class WordActions(_Base):
    """Slots of the window for looking words up and keeping a vocabulary."""

    def _create_word_actions(self) -> None:
        self.word_lookup: WordLookup | None = None
        self.dictionaries: Dictionaries | None = None
        self.document_words: DocumentWords | None = None
        self._shown_word: tuple[WordInfo, int, int] | None = None  # info, start, end
        self._foreign_word: VocabularyItem | None = None  # shown, from another document
        self._statuses: dict[str, int] = {}
        self.review_dialog: QWidget | None = None
        # Words fall due as time passes: the counts are read again every minute.
        self.due_timer = QTimer(self)
        self.due_timer.setInterval(60_000)
        self.lookup_action = self._action(self.tr("&Look Up Word"), "lookUpWordAction", "Ctrl+D")
        self.lookup_action.setToolTip(self.tr("Show the root and meaning of the selected word"))
        self.status_actions: dict[int, QAction] = {}
        shown = {
            NEW: self.tr("New"),
            LEARNING: self.tr("Learning"),
            KNOWN: self.tr("Known"),
            IGNORED: self.tr("Ignored"),
        }
        for status, name in STATUS_NAMES.items():
            action = self._action(
                self.tr("Mark Word %1").replace("%1", shown[status]),
                f"markWord{name.capitalize()}Action",
                str(status),
            )
            # Bare digits: only while the reader or the Word view has the focus, so
            # typing a note or a search is never taken for a status change.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.removeAction(action)
            action.setData(status)
            self.status_actions[status] = action
        self.show_status_action = self._action(self.tr("Show Word &Status"), "showStatusAction")
        self.show_status_action.setCheckable(True)
        self.show_status_action.setChecked(self.settings.get(keys.SHOW_WORD_STATUS))
        self.show_unknown_action = self._action(self.tr("Show &Unknown Words"), "showUnknownAction")
        self.show_unknown_action.setCheckable(True)
        self.show_unknown_action.setChecked(self.settings.get(keys.SHOW_UNKNOWN_WORDS))
        self.review_action = self._action(self.tr("&Review Words…"), "reviewAction", "Ctrl+R")
        self.vocabulary_action = self._action(
            self.tr("&Vocabulary"), "vocabularyAction", "Ctrl+Shift+V"
        )
        self.export_vocabulary_action = self._action(
            self.tr("&Export Vocabulary…"), "exportVocabularyAction"
        )
        self.dictionaries_action = self._action(self.tr("&Dictionaries…"), "dictionariesAction")
        for action in (
            self.review_action,
            self.vocabulary_action,
            self.export_vocabulary_action,
        ):
            action.setEnabled(self.notes is not None)

    def _create_word_menu(self, menu_bar: QMenuBar) -> None:
        menu = menu_bar.addMenu(self.tr("&Words"))
        menu.addAction(self.lookup_action)
        menu.addSeparator()
        menu.addActions(list(self.status_actions.values()))
        menu.addSeparator()
        menu.addAction(self.show_status_action)
        menu.addAction(self.show_unknown_action)
        menu.addSeparator()
        menu.addAction(self.vocabulary_action)
        menu.addAction(self.review_action)
        menu.addAction(self.export_vocabulary_action)
        menu.addSeparator()
        menu.addAction(self.dictionaries_action)
        for action in self.status_actions.values():
            self.reader.addAction(action)
            self.word_panel.addAction(action)

    def _connect_word_signals(self) -> None:
        self.lookup_action.triggered.connect(self.on_lookup_action_triggered)
        for status, action in self.status_actions.items():
            # The status goes along: sender() is not to be relied on in PySide mixins.
            action.triggered.connect(lambda _checked=False, s=status: self.set_shown_word_status(s))
        self.show_status_action.toggled.connect(self.on_show_status_action_toggled)
        self.show_unknown_action.toggled.connect(self.on_show_status_action_toggled)
        self.review_action.triggered.connect(self.on_review_action_triggered)
        self.vocabulary_action.triggered.connect(self.on_vocabulary_action_triggered)
        self.export_vocabulary_action.triggered.connect(self.on_export_vocabulary_triggered)
        self.dictionaries_action.triggered.connect(self.on_dictionaries_action_triggered)
        self.reader.word_requested.connect(self.on_reader_word_requested)
        self.word_panel.keep_requested.connect(self.on_word_panel_keep_requested)
        self.word_panel.status_requested.connect(self.set_shown_word_status)
        self.word_panel.range_requested.connect(self.on_panel_occurrence_requested)
        self.word_panel.entry_requested.connect(self.on_word_panel_entry_requested)
        self.vocabulary_panel.word_activated.connect(self.on_vocabulary_panel_word_activated)
        self.vocabulary_panel.gloss_edited.connect(self.on_vocabulary_panel_gloss_edited)
        self.vocabulary_panel.delete_requested.connect(self.on_vocabulary_panel_delete_requested)
        self.vocabulary_panel.review_requested.connect(self.on_review_action_triggered)
        self.vocabulary_panel.export_requested.connect(self.on_export_vocabulary_triggered)
        if self.notes is not None:
            self.notes.vocabulary_changed.connect(self.on_notes_vocabulary_changed)
            self.due_timer.timeout.connect(self.on_due_timer_timeout)
            self.due_timer.start()

    # -- lookup -----------------------------------------------------------------------

    def _lookup(self) -> WordLookup:
        if self.word_lookup is None:
            from glossary.words.setup import build_lookup

            self.word_lookup = build_lookup(self.settings.folder, self.glossary, self.dictionaries)
            self._load_dictionaries()
        return self.word_lookup

    def _load_dictionaries(self) -> None:
        if self.jobs.running(DICTIONARIES):
            return
        from glossary.words.setup import dictionary_folders, find_dictionaries

        folders = dictionary_folders(self.settings.folder)
        self.jobs.run(
            lambda: find_dictionaries(folders), self.on_dictionaries_found, key=DICTIONARIES
        )

    def on_dictionaries_found(self, found: Dictionaries) -> None:
        if self.dictionaries is not None and self.dictionaries is not found:
            self.dictionaries.close()
        self.dictionaries = found
        if self.word_lookup is not None:
            self.word_lookup.dictionaries = found
            self.word_lookup.resolve.cache_clear()
        self._refresh_word_view()

    def close_words(self) -> None:
        """The window closes: stop reading words, close the review, keep the stems."""
        self.jobs.cancel(DOCUMENT_WORDS)
        if self.review_dialog is not None:
            with contextlib.suppress(RuntimeError):  # already deleted on close
                self.review_dialog.close()
        self.save_word_stems()

    def save_word_stems(self) -> None:
        """Keep the stems found this session: the next start reads them from disk."""
        if self.word_lookup is not None and hasattr(self.word_lookup.stemmer, "save"):
            self.word_lookup.stemmer.save()

    def words_document_changed(self) -> None:
        """A document was shown: its words are read again when needed."""
        self.document_words = None
        self.jobs.cancel(DOCUMENT_WORDS)
        self._shown_word = None
        self._foreign_word = None
        self.word_panel.show_placeholder()
        if self.word_lookup is not None:
            self.word_lookup.set_glossary(self.glossary)
        self.vocabulary_panel.set_document(self.document_id)
        self._reload_vocabulary()
        if self._tinting():
            self._build_document_words()
        self._apply_tints()

    def _build_document_words(self) -> None:
        if self.marked is None or self.document_words is not None:
            return
        if self.jobs.running(DOCUMENT_WORDS):
            return
        document = self.marked.document
        lookup = self._lookup()
        from glossary.words.lookup import Cancelled, DocumentWords

        ticket = self.jobs.ticket(DOCUMENT_WORDS)

        def read() -> DocumentWords | None:
            # Given up as soon as another document is shown or the window closes.
            try:
                return DocumentWords(
                    document, lookup, pause_s=WORKER_PAUSE_S, cancelled=lambda: ticket.stale
                )
            except Cancelled:
                return None

        self.jobs.run(
            read, self.on_document_words_built, self.on_document_words_failed, ticket=ticket
        )

    def on_document_words_built(self, words: DocumentWords | None) -> None:
        if words is None:
            return
        self.document_words = words
        self._apply_tints()
        self._refresh_word_view()

    def on_document_words_failed(self, exc: Exception) -> None:
        # The next lookup or tint tries again.
        self.statusBar().showMessage(
            self.tr("The words of the text could not be read: %1").replace("%1", failure_text(exc)),
            8000,
        )

    def look_up(self, start: int, end: int) -> bool:
        """Show the word at ``[start, end)`` of the document in the Word view."""
        if self.marked is None:
            return False
        from glossary.words.lookup import word_at

        click = start
        found = word_at(self.marked.text, start, end)
        if found is None:
            self.statusBar().showMessage(self.tr("Select a word to look it up."), 3000)
            return False
        start, end = found
        # In a compound ("Indonesia-Inggris") the half clicked is the word.
        lo, hi = self._lookup().part_at(self.marked.text[start:end], max(0, click - start))
        start, end = start + lo, start + hi
        word = self.marked.text[start:end]
        entries = self.marked.entries_over(start, end)
        info = self._lookup().lookup(word, entries)
        self._shown_word = (info, start, end)
        self._foreign_word = None
        self._build_document_words()
        self._refresh_word_view()
        self.tabs.setCurrentWidget(self.word_panel)
        return True

    def _refresh_word_view(self) -> None:
        if self._shown_word is None or self.marked is None:
            return
        info, start, end = self._shown_word
        if self.word_lookup is not None and self.dictionaries is not None and not info.meanings:
            entries = info.entries
            info = self.word_lookup.lookup(info.word, entries)
            self._shown_word = (info, start, end)
        same = None
        if self.document_words is not None:
            from glossary.words.lookup import same_root_groups

            same = same_root_groups(self.document_words.with_root(info.root))
        sentence = sentence_around(self.marked.document, start, end)
        self.word_panel.show_word(info, self.glossary, sentence, same, self._kept(info))

    def _kept(self, info: WordInfo) -> VocabularyItem | None:
        if self.notes is None or info.kind == "number":
            return None
        try:
            return self.notes.vocabulary.get(info.headword)
        except StoreError as exc:
            self.show_problem(problem_text(exc))
            return None

    @Slot()
    def on_lookup_action_triggered(self) -> None:
        start, end = self.reader.selection_range()
        self.look_up(start, end)

    @Slot(int, int)
    def on_reader_word_requested(self, start: int, end: int) -> None:
        self.look_up(start, end)

    @Slot(str)
    def on_word_panel_entry_requested(self, entry_id: str) -> None:
        self.tabs.setCurrentWidget(self.panel)
        self.on_reader_term_activated(entry_id, -1)

    # -- keeping ------------------------------------------------------------------------

    def _keep(self, gloss: str | None, status: int | None) -> VocabularyItem | None:
        """Keep the word shown, or change its gloss or status; undoable."""
        if self.notes is None:
            self.statusBar().showMessage(self.tr("Notes are not available."), 4000)
            return None
        try:
            if self._shown_word is not None and self.marked is not None:
                info, start, end = self._shown_word
                if info.kind == "number":
                    return None
                before, after = self.notes.remember_word(
                    headword=info.headword,
                    root=info.root,
                    word=info.word,
                    gloss=gloss,
                    default_gloss=info.gloss,
                    sentence="".join(sentence_around(self.marked.document, start, end)),
                    document_id=self.document_id,
                    status=status,
                )
            elif self._foreign_word is not None:
                # A kept word of another document, shown from the Vocabulary panel (it
                # may have been deleted since: then it is kept again).
                word = self._foreign_word
                before, after = self.notes.remember_word(
                    headword=word.headword,
                    root=word.root,
                    word=word.word,
                    gloss=gloss,
                    default_gloss=word.gloss,
                    sentence=word.sentence,
                    document_id=word.document_id,
                    status=status,
                )
            else:
                self.statusBar().showMessage(self.tr("Look a word up first (Ctrl+D)."), 3000)
                return None
        except (StoreError, KeyError) as exc:
            self.show_problem(problem_text(exc))
            return None
        if after != before:
            self.undo_stack.push(ChangeWord(self.notes, before, after))
        self.word_panel.set_item(after)
        return after

    @Slot(str)
    def on_word_panel_keep_requested(self, gloss: str) -> None:
        item = self._keep(gloss, None)
        if item is not None:
            self.statusBar().showMessage(
                self.tr("“%1” is in your vocabulary.").replace("%1", item.headword), 3000
            )

    @Slot(int)
    def set_shown_word_status(self, status: int) -> None:
        self._keep(None, status)

    @Slot()
    def on_notes_vocabulary_changed(self) -> None:
        self._reload_vocabulary()
        self._apply_tints()
        if self._shown_word is not None:
            self.word_panel.set_item(self._kept(self._shown_word[0]))
        elif self.word_panel.item is not None and self.notes is not None:
            try:
                item = self.notes.vocabulary.item(self.word_panel.item.id)
            except (StoreError, KeyError):
                item = None
            self.word_panel.set_item(item if item and item.deleted is None else None)

    def _reload_vocabulary(self) -> None:
        if self.notes is None:
            return
        try:
            vocabulary = self.notes.vocabulary
            self._statuses = vocabulary.statuses()
            self.vocabulary_panel.set_items(vocabulary.items(), vocabulary.due_counts())
        except StoreError as exc:
            self.show_problem(problem_text(exc))

    @Slot()
    def on_due_timer_timeout(self) -> None:
        if self.notes is None:
            return
        try:
            self.vocabulary_panel.set_due_counts(self.notes.vocabulary.due_counts())
        except StoreError as exc:
            self.show_problem(problem_text(exc))

    # -- the Vocabulary panel ---------------------------------------------------------------

    @Slot(int)
    def on_vocabulary_panel_word_activated(self, item_id: int) -> None:
        if self.notes is None or self.marked is None:
            return
        from glossary.words.morphology import find_word

        item = self.notes.vocabulary.item(item_id)
        found = find_word(self.marked.text, item.word)
        if found is not None:
            self.reader.show_range(*found)
            self.look_up(*found)
        else:
            self._shown_word = None
            self._foreign_word = item
            info = self._lookup().lookup(item.word)
            self.word_panel.show_word(info, self.glossary, None, None, item)
            self.tabs.setCurrentWidget(self.word_panel)

    @Slot(int, str)
    def on_vocabulary_panel_gloss_edited(self, item_id: int, gloss: str) -> None:
        if self.notes is None:
            return
        try:
            before = self.notes.vocabulary.item(item_id)
            after = self.notes.set_word_gloss(item_id, gloss)
        except (StoreError, KeyError) as exc:
            self.show_problem(problem_text(exc))
            return
        self.undo_stack.push(ChangeWord(self.notes, before, after))

    @Slot(int)
    def on_vocabulary_panel_delete_requested(self, item_id: int) -> None:
        if self.notes is None:
            return
        try:
            before = self.notes.vocabulary.item(item_id)
            self.notes.delete_word(item_id)
        except (StoreError, KeyError) as exc:
            self.show_problem(problem_text(exc))
            return
        self.undo_stack.push(DeleteWord(self.notes, before))
        self.statusBar().showMessage(
            self.tr("Deleted “%1” (Ctrl+Z brings it back).").replace("%1", before.headword), 5000
        )

    @Slot()
    def on_vocabulary_action_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.vocabulary_panel)
        self.vocabulary_panel.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def on_review_action_triggered(self) -> None:
        if self.notes is None:
            return
        from desktop.dialogs.review import ReviewDialog

        dialog = ReviewDialog(self.notes, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.review_dialog = dialog
        dialog.open()

    # -- tints ----------------------------------------------------------------------------

    def _tinting(self) -> bool:
        return self.show_status_action.isChecked() or self.show_unknown_action.isChecked()

    @Slot(bool)
    def on_show_status_action_toggled(self, _checked: bool) -> None:
        self.settings.set(keys.SHOW_WORD_STATUS, self.show_status_action.isChecked())
        self.settings.set(keys.SHOW_UNKNOWN_WORDS, self.show_unknown_action.isChecked())
        if self._tinting():
            self._build_document_words()
        self._apply_tints()

    def _apply_tints(self) -> None:
        ready = self._tinting() and self.document_words is not None
        self.reader.set_word_tints(self.word_tints if ready else None)

    def word_tints(self, first: int, last: int) -> list[tuple[int, int, QColor]]:
        """The tints of the words in ``[first, last)``: by status, and unknown words
        (neither kept nor names or numbers) when those are shown too."""
        if self.document_words is None:
            return []
        spans = self.document_words.tints(
            first,
            last,
            self._statuses,
            by_status=self.show_status_action.isChecked(),
            unknown=self.show_unknown_action.isChecked(),
        )
        colours = {**STATUS_TINTS, 0: UNKNOWN_TINT}  # 0: glossary.words.lookup.UNKNOWN
        return [(start, end, colours[s]) for start, end, s in spans if s in colours]

    # -- export and dictionaries ----------------------------------------------------------

    @classmethod
    def ask_vocabulary_path(cls, parent: QWidget, folder: str) -> Path | None:
        """Where to export the vocabulary; None when cancelled. Tests replace this."""
        chosen, selected = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("WordActions", "Export Vocabulary"),
            str(
                Path(folder or Path.home())
                / QCoreApplication.translate("WordActions", "vocabulary.csv")
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
    def on_export_vocabulary_triggered(self) -> None:
        if self.notes is None:
            return
        path = self.ask_vocabulary_path(self, self.settings.get(keys.EXPORT_FOLDER))
        if path is None:
            return
        self.settings.set(keys.EXPORT_FOLDER, str(path.parent))
        try:
            # The words the Vocabulary tab lists: its status, document and search apply.
            items = self.vocabulary_panel.visible_items()
            if not items:
                self.statusBar().showMessage(
                    self.tr("No words are listed in the Vocabulary tab: nothing to export."),
                    6000,
                )
                return
            titles = {d.id: d.title for d in Documents(self.notes.store).all()}
        except StoreError as exc:
            self.show_problem(problem_text(exc))
            return

        def write() -> Path:
            from glossary.export.vocabulary import write

            return write(items, path.suffix.lower().lstrip("."), path, titles)

        self.jobs.run(write, self.on_vocabulary_exported, self.on_vocabulary_export_failed)

    def on_vocabulary_exported(self, path: Any) -> None:
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(path)), 8000)

    def on_vocabulary_export_failed(self, exc: Exception) -> None:
        self.show_problem(failure_text(exc))

    @Slot()
    def on_dictionaries_action_triggered(self) -> None:
        from desktop.dialogs.dictionaries import DictionariesDialog

        dialog = DictionariesDialog(self.settings.folder, self.dictionaries, self)
        dialog.folders_saved.connect(self.on_dictionaries_dialog_folders_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if self.dictionaries is None:
            self._load_dictionaries()

    @Slot()
    def on_dictionaries_dialog_folders_saved(self) -> None:
        self.jobs.cancel(DICTIONARIES)  # a search of the old folders is not wanted
        self._load_dictionaries()
