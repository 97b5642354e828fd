"""Spelling of notes (Edit > Spelling of Notes): English or Indonesian, with the
reader's own words. The Indonesian word list is the bundled article and the
glossary's Indonesian text (PySastrawi's roots are added by the speller itself)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from desktop import settings as keys
from desktop.feedback import Feedback
from desktop.panels.spellhighlighter import SpellHighlighter
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.storeadapter import StoreAdapter
from desktop.translations import problem_text
from glossary.documents.loading import bundled_article_path
from glossary.model import Language
from glossary.notes.store import StoreError
from glossary.words.spelling import NoteSpeller


class SpellingController(QObject):
    """Gives the note editor's highlighter a speller in the language chosen.

    Signals:
        language_changed(str): the spelling language of notes ("en" or "id").
    """

    language_changed = Signal(str)

    def __init__(
        self,
        session: DocumentSession,
        notes: StoreAdapter | None,
        settings: Settings,
        highlighter: SpellHighlighter,
        feedback: Feedback,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.notes = notes
        self.settings = settings
        self.highlighter = highlighter
        self.feedback = feedback
        self.language: Language = keys.note_language(settings)

    def make_speller(self) -> NoteSpeller:
        user_words: set[str] = set()
        if self.notes is not None:
            try:
                user_words = self.notes.user_words.of(self.language)
            except StoreError as exc:
                self.feedback.problem(problem_text(exc))
        texts: list[str] = []
        if self.language == "id":
            texts.append(bundled_article_path().read_text(encoding="utf-8"))
            for entry in self.session.glossary.entries:
                texts.extend((*entry.forms("id"), entry.definition_id, entry.usage_id))
        return NoteSpeller(self.language, user_words, texts)

    @Slot()
    def on_speller_needed(self) -> None:
        """A note is about to be edited: check its spelling from now on."""
        self.highlighter.use(self.make_speller())

    def set_language(self, language: Language) -> None:
        """Edit > Spelling of Notes: check notes in ``language``."""
        self.settings.set(keys.NOTE_LANGUAGE, language)
        self._use(language)

    @Slot()
    def on_preferences_applied(self) -> None:
        self._use(keys.note_language(self.settings))

    def _use(self, language: Language) -> None:
        if language == self.language:
            return
        self.language = language
        self.language_changed.emit(language)
        self.highlighter.use(self.make_speller())

    @Slot(str)
    def on_word_added(self, word: str) -> None:
        """ "Add to Dictionary": the speller accepts ``word`` from now on."""
        if self.notes is not None:
            try:
                self.notes.add_user_word(word, self.language)
            except StoreError as exc:
                self.feedback.problem(problem_text(exc))
                return
        speller = self.highlighter.speller
        if speller is not None:
            speller.add(word)
            self.highlighter.rehighlight()
