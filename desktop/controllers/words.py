"""Looking words up and keeping them: double-click or Ctrl+D opens a card beside the
word with its root, affixes and meaning, and fills in the Word tab quietly (it comes to
the front only when asked: "Open in Panel"); "Keep" and the keys 1-4 put it in the
vocabulary with a status; the text can be tinted by status (and unknown words shown).

Word lookup loads at the first lookup, not at start-up. The words of the document and
the installed dictionaries are read off the UI thread; the Word tab fills in what they
add when they arrive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import QApplication, QMenu, QTabWidget, QWidget

from desktop import settings as keys
from desktop.commands import ChangeWord
from desktop.feedback import Feedback
from desktop.panels.word import MAX_SAME_ROOT, WordPanel
from desktop.reader.cardslot import CardSlot
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.storeadapter import Changes, StoreAdapter
from desktop.translations import failure_text, problem_text
from desktop.workers import Jobs
from glossary.documents.reading import sentence_around
from glossary.notes.store import StoreError
from glossary.words.vocabulary import LEARNING, NEW, VocabularyItem

if TYPE_CHECKING:
    # Word lookup loads with the first lookup, the card with the first one shown:
    # start-up does not pay for them.
    from desktop.reader.wordcard import WordCard
    from glossary.dictionaries.installed import Dictionaries
    from glossary.words.lookup import DocumentWords, WordInfo, WordLookup

# Word tints (red, green, blue, alpha) by status; 0 is an unknown word
# (glossary.words.lookup.UNKNOWN). Translucent, so a highlight under a word still shows;
# known and ignored words are left plain (LingQ and LWT do the same). Their hues lie
# between those of the five highlight colours (red-orange, magenta, aqua): a tinted word
# is never taken for a highlight and stands out inside one. On a dark background the
# tints are darker, so that light text on them stays readable.
TINTS_RGBA: dict[str, dict[int, tuple[int, int, int, int]]] = {
    "light": {NEW: (238, 91, 43, 100), LEARNING: (240, 66, 240, 100), 0: (19, 236, 218, 100)},
    "dark": {NEW: (189, 59, 15, 120), LEARNING: (189, 15, 189, 120), 0: (10, 118, 109, 130)},
}


def status_tints(dark: bool) -> dict[int, QColor]:
    """The tint of each status (0: unknown words), for a dark or a light background."""
    return {
        status: QColor(*rgba) for status, rgba in TINTS_RGBA["dark" if dark else "light"].items()
    }


# The worker that reads a document's words rests this long after each 4 ms of work:
# the UI thread then never waits long for the interpreter (see benchmarks/lookup.py).
WORKER_PAUSE_S = 0.003
DICTIONARIES = "dictionaries"  # the keys of the background jobs
DOCUMENT_WORDS = "document-words"


class WordsController(QObject):
    """Looks words up, keeps them, and tints the text by their status."""

    def __init__(
        self,
        session: DocumentSession,
        notes: StoreAdapter | None,
        settings: Settings,
        undo_stack: QUndoStack,
        reader: ReaderView,
        word_panel: WordPanel,
        tabs: QTabWidget,
        feedback: Feedback,
        dialog_parent: QWidget,
        card: CardSlot | None = None,
    ) -> None:
        super().__init__(dialog_parent)
        self.session = session
        self.notes = notes
        self.settings = settings
        self.undo_stack = undo_stack
        self.reader = reader
        self.word_panel = word_panel
        self.tabs = tabs
        self.feedback = feedback
        self.dialog_parent = dialog_parent
        self.card = card  # the card beside a word looked up in the text
        self.jobs = Jobs(self, report=feedback.failure)
        self.word_lookup: WordLookup | None = None
        self.dictionaries: Dictionaries | None = None
        self.document_words: DocumentWords | None = None
        self._shown_word: tuple[WordInfo, int, int] | None = None  # info, start, end
        self._foreign_word: VocabularyItem | None = None  # shown, from another document
        self._statuses: dict[str, int] = {}
        self.show_status = settings.get(keys.SHOW_WORD_STATUS)  # tint words by status
        self.show_unknown = settings.get(keys.SHOW_UNKNOWN_WORDS)  # and the words not kept
        if notes is not None:
            notes.changed.connect(self.on_notes_changed)

    # -- lookup -------------------------------------------------------------------------------

    def _lookup(self) -> WordLookup:
        if self.word_lookup is None:
            from glossary.words.setup import build_lookup

            self.word_lookup = build_lookup(
                self.settings.folder, self.session.glossary, self.dictionaries
            )
            self.load_dictionaries()
        return self.word_lookup

    def load_dictionaries(self) -> None:
        """Find the installed dictionaries (off the UI thread), unless being found."""
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

    @Slot()
    def show_dictionaries(self) -> None:
        """Words > Dictionaries…: the folders searched, and what was found there."""
        from desktop.dialogs.dictionaries import DictionariesDialog

        dialog = DictionariesDialog(self.settings.folder, self.dictionaries, self.dialog_parent)
        dialog.folders_saved.connect(self.on_dictionary_folders_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if self.dictionaries is None:
            self.load_dictionaries()

    @Slot()
    def on_dictionary_folders_saved(self) -> None:
        self.jobs.cancel(DICTIONARIES)  # a search of the old folders is not wanted
        self.load_dictionaries()

    def close(self) -> None:
        """The window closes: stop reading words, keep the stems found."""
        self.jobs.cancel(DOCUMENT_WORDS)
        if self.word_lookup is not None and hasattr(self.word_lookup.stemmer, "save"):
            self.word_lookup.stemmer.save()

    @Slot()
    def on_document_shown(self) -> None:
        """A document was shown: its words are read again when needed."""
        self.document_words = None
        self.jobs.cancel(DOCUMENT_WORDS)
        self._shown_word = None
        self._foreign_word = None
        self.word_panel.show_placeholder()
        if self.word_lookup is not None:
            self.word_lookup.set_glossary(self.session.glossary)
        self._reload_statuses()
        if self.tinting:
            self._build_document_words()
        self._apply_tints()

    @Slot()
    def on_glossary_changed(self) -> None:
        if self.word_lookup is not None:
            self.word_lookup.set_glossary(self.session.glossary)

    def _build_document_words(self) -> None:
        marked = self.session.marked
        if marked is None or self.document_words is not None:
            return
        if self.jobs.running(DOCUMENT_WORDS):
            return
        document = marked.document
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
        self.feedback.status(
            self.tr("The words of the text could not be read: %1").replace("%1", failure_text(exc)),
            8000,
        )

    def look_up(self, start: int, end: int, *, card: bool = False) -> bool:
        """Show the word at ``[start, end)`` of the document: with ``card``, on a card
        beside it (the Word tab is filled in behind it); else in the Word tab."""
        marked = self.session.marked
        if marked is None:
            return False
        from glossary.words.lookup import word_at

        click = start
        found = word_at(marked.text, start, end)
        if found is None:
            self.feedback.status(self.tr("Select a word to look it up."), 3000)
            return False
        start, end = found
        # In a compound ("Indonesia-Inggris") the half clicked is the word.
        lo, hi = self._lookup().part_at(marked.text[start:end], max(0, click - start))
        start, end = start + lo, start + hi
        word = marked.text[start:end]
        entries = marked.entries_over(start, end)
        info = self._lookup().lookup(word, entries)
        self._shown_word = (info, start, end)
        self._foreign_word = None
        self._build_document_words()
        self._refresh_word_view()
        if card and self.card is not None:
            self._show_card(info, start, end)
        else:
            self.tabs.setCurrentWidget(self.word_panel)
        return True

    def _show_card(self, info: WordInfo, start: int, end: int) -> None:
        assert self.card is not None
        glossary = self.session.glossary
        entries = [e for e in (glossary.get(i) for i in info.entries) if e is not None]
        card = self.card.card()
        card.show_word(
            info, entries[0] if entries else None, self.session.language, self._kept(info)
        )
        card.popup_beside(self.reader.rect_for(start, end))

    def _card_showing(self, info: WordInfo) -> WordCard | None:
        """The card if it is open on ``info``'s word, else None."""
        card = self.card.shown if self.card is not None else None
        if card is None or card.info is None or card.info.word != info.word:
            return None
        return card

    def shown_range(self) -> tuple[int, int] | None:
        """Where the word shown (on the card or in the Word tab) stands in the text."""
        if self._shown_word is None or self._foreign_word is not None:
            return None
        _info, start, end = self._shown_word
        return start, end

    @Slot()
    def look_up_selection(self) -> None:
        """Ctrl+D: look up the selected word (or the word at the cursor) on a card."""
        self.look_up(*self.reader.selection_range(), card=True)

    @Slot(int, int)
    def on_word_requested(self, start: int, end: int) -> None:
        """A word of the text was double-clicked: its card opens beside it."""
        self.look_up(start, end, card=True)

    @Slot()
    def show_in_panel(self) -> None:
        """The card's "Open in Panel": the Word tab, with everything known of the word."""
        self.tabs.setCurrentWidget(self.word_panel)

    def _refresh_word_view(self) -> None:
        marked = self.session.marked
        if self._shown_word is None or marked is None:
            return
        info, start, end = self._shown_word
        if self.word_lookup is not None and self.dictionaries is not None and not info.meanings:
            info = self.word_lookup.lookup(info.word, info.entries)
            self._shown_word = (info, start, end)
        same = None
        if self.document_words is not None:
            same = self.document_words.same_root(info.root, MAX_SAME_ROOT)
        sentence = sentence_around(marked.document, start, end)
        kept = self._kept(info)
        self.word_panel.show_word(info, self.session.glossary, sentence, same, kept)
        card = self._card_showing(info)
        if card is not None and card.info != info:
            self._show_card(info, start, end)  # the dictionaries' meanings came in

    def _kept(self, info: WordInfo) -> VocabularyItem | None:
        if self.notes is None or info.kind == "number":
            return None
        try:
            return self.notes.vocabulary.get(info.headword)
        except StoreError as exc:
            self.feedback.problem(problem_text(exc))
            return None

    @Slot(int)
    def show_kept_word(self, item_id: int) -> None:
        """A word of the Vocabulary tab: where it stands in this text, or else as kept
        (from another document)."""
        marked = self.session.marked
        if self.notes is None or marked is None:
            return
        from glossary.words.morphology import find_word

        item = self.notes.vocabulary.item(item_id)
        found = find_word(marked.text, item.word)
        if found is not None:
            self.reader.show_range(*found)
            self.look_up(*found)
        else:
            self._shown_word = None
            self._foreign_word = item
            info = self._lookup().lookup(item.word)
            self.word_panel.show_word(info, self.session.glossary, None, None, item)
            self.tabs.setCurrentWidget(self.word_panel)

    # -- keeping ------------------------------------------------------------------------------

    def keep(self, gloss: str | None, status: int | None) -> VocabularyItem | None:
        """Keep the word shown, or change its gloss or status; undoable."""
        if self.notes is None:
            self.feedback.status(self.tr("Notes are not available."))
            return None
        marked = self.session.marked
        try:
            if self._shown_word is not None and marked is not None:
                info, start, end = self._shown_word
                if info.kind == "number":
                    return None
                before, after = self.notes.remember_word(
                    headword=info.headword,
                    root=info.root,
                    word=info.word,
                    gloss=gloss,
                    default_gloss=info.gloss,
                    sentence="".join(sentence_around(marked.document, start, end)),
                    document_id=self.session.document_id,
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
                self.feedback.status(self.tr("Look a word up first (Ctrl+D)."), 3000)
                return None
        except (StoreError, KeyError) as exc:
            self.feedback.problem(problem_text(exc))
            return None
        if after != before:
            self.undo_stack.push(ChangeWord(self.notes, self.feedback.problem, before, after))
        self.word_panel.set_item(after)
        shown = self.card.shown if self.card is not None else None
        if shown is not None:
            shown.set_item(after)
        return after

    @Slot(str)
    def on_keep_requested(self, gloss: str) -> None:
        self._say_kept(self.keep(gloss, None))

    @Slot()
    def on_card_keep_requested(self) -> None:
        """The card's Keep: the word with its default gloss (a new word keeps it)."""
        self._say_kept(self.keep(None, None))

    def _say_kept(self, item: VocabularyItem | None) -> None:
        if item is not None:
            self.feedback.status(
                self.tr("“%1” is in your vocabulary.").replace("%1", item.headword), 3000
            )

    @Slot(int)
    def set_status(self, status: int) -> None:
        """Keys 1-4: the word shown is new, learning, known or ignored."""
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            # Qt matches the text's bare keys while the text keeps the focus under an
            # open menu: the digit is the menu's ("&1" of Text Encoding), not a status.
            # (A status chosen from the Words menu comes after the menu has closed.)
            # (A key sent to the menu would be taken for the shortcut again.)
            choose_by_mnemonic(menu, str(status))
            return
        self.keep(None, status)

    def on_notes_changed(self, changes: Changes) -> None:
        if not changes.vocabulary:
            return
        self._reload_statuses()
        self._apply_tints()
        if self._shown_word is not None:
            kept = self._kept(self._shown_word[0])
            self.word_panel.set_item(kept)
            card = self._card_showing(self._shown_word[0])
            if card is not None:
                card.set_item(kept)
        elif self.word_panel.item is not None and self.notes is not None:
            try:
                item: VocabularyItem | None = self.notes.vocabulary.item(self.word_panel.item.id)
            except (StoreError, KeyError):
                item = None
            self.word_panel.set_item(item if item and item.deleted is None else None)

    def _reload_statuses(self) -> None:
        if self.notes is None:
            return
        try:
            self._statuses = self.notes.vocabulary.statuses()
        except StoreError as exc:
            self.feedback.problem(problem_text(exc))

    # -- tints --------------------------------------------------------------------------------

    @property
    def tinting(self) -> bool:
        return self.show_status or self.show_unknown

    def set_tints(self, by_status: bool, unknown: bool) -> None:
        """Words > Show Word Status, Show Unknown Words."""
        self.show_status, self.show_unknown = by_status, unknown
        self.settings.set(keys.SHOW_WORD_STATUS, by_status)
        self.settings.set(keys.SHOW_UNKNOWN_WORDS, unknown)
        if self.tinting:
            self._build_document_words()
        self._apply_tints()

    def _apply_tints(self) -> None:
        ready = self.tinting and self.document_words is not None
        self.reader.set_word_tints(self.word_tints if ready else None)

    def tint_colours(self) -> dict[int, QColor]:
        """The tint of each status (0: unknown words) on the reader's background now."""
        return status_tints(self.reader.palette().color(QPalette.ColorRole.Base).lightness() < 128)

    def word_tints(self, first: int, last: int) -> list[tuple[int, int, QColor]]:
        """The tints of the words in ``[first, last)``: by status, and unknown words
        (neither kept nor names or numbers) when those are shown too."""
        if self.document_words is None:
            return []
        spans = self.document_words.tints(
            first,
            last,
            self._statuses,
            by_status=self.show_status,
            unknown=self.show_unknown,
        )
        colours = self.tint_colours()
        return [(start, end, colours[s]) for start, end, s in spans if s in colours]


def choose_by_mnemonic(menu: QMenu, char: str) -> None:
    """What a menu does with the key of one of its mnemonics ("&1 UTF-16") or of an
    item's shortcut: choose that item (open it, if it is a submenu)."""
    for action in menu.actions():
        if not (action.isVisible() and action.isEnabled()):
            continue
        key = QKeySequence(char)
        if _mnemonic(action.text()) != char.casefold() and key not in action.shortcuts():
            continue  # (the Words menu's "Mark Word New  1" is chosen by its key)
        if action.menu() is not None:
            menu.setActiveAction(action)
            return
        while (open_menu := QApplication.activePopupWidget()) is not None:
            open_menu.close()
        action.trigger()
        return


def _mnemonic(text: str) -> str:
    """The character after the lone "&" of a menu item's text ("" if none)."""
    i = 0
    while (i := text.find("&", i)) >= 0 and i + 1 < len(text):
        if text[i + 1] != "&":
            return text[i + 1].casefold()
        i += 2
    return ""
