"""Spell-checking notes in English or Indonesian; dictionaries load on first use.

English uses pyspellchecker's own dictionary. Indonesian uses a word list built for
this app: the words of the bundled article and glossary plus PySastrawi's root words;
an affixed word is known when the stemmer reduces it to a known root ("menyebabkan"
to "sebab"). Words the user added are known in either language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, Literal

from glossary.words.stemming import IndonesianStemmer

NoteLanguage = Literal["en", "id"]
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
MIN_CHECKED_LENGTH = 2


def words_in(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, word)`` for each word of ``text`` worth checking."""
    for match in WORD.finditer(text):
        if len(match.group()) >= MIN_CHECKED_LENGTH:
            yield match.start(), match.end(), match.group()


def indonesian_word_list(texts: Iterable[str]) -> set[str]:
    """Known Indonesian words: those of ``texts`` and PySastrawi's root words."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    known = {w.casefold() for w in StemmerFactory().get_words_from_file() if w}
    for text in texts:
        known.update(w.casefold() for _, _, w in words_in(text))
    return known


class NoteSpeller:
    """Knows the words of one language; built lazily, used by the note editor."""

    def __init__(
        self,
        language: NoteLanguage,
        user_words: Iterable[str] = (),
        indonesian_texts: Iterable[str] = (),
    ) -> None:
        self.language = language
        self._user = {w.casefold() for w in user_words}
        self._texts = list(indonesian_texts)
        self._checker: Any = None
        self._known: set[str] | None = None
        self._stemmer: IndonesianStemmer | None = None

    def _load(self) -> Any:
        if self._checker is None:
            from spellchecker import SpellChecker

            if self.language == "en":
                self._checker = SpellChecker(language="en", distance=1)
            else:
                self._known = indonesian_word_list(self._texts)
                self._checker = SpellChecker(language=None, distance=1)
                self._checker.word_frequency.load_words(self._known)
                self._stemmer = IndonesianStemmer(self._known)
        return self._checker

    def add(self, word: str) -> None:
        """Treat ``word`` as known from now on (the caller keeps it in the store)."""
        self._user.add(word.casefold())

    def is_known(self, word: str) -> bool:
        folded = word.casefold().replace("’", "'")
        if folded in self._user:
            return True
        checker = self._load()
        if folded in checker:
            return True
        if "-" in folded:  # "model-model", "sehari-hari": every part known
            return all(self.is_known(part) for part in folded.split("-") if part)
        if self._stemmer is not None and self._known is not None:
            return self._stemmer.stem(folded) in self._known
        return False

    def unknown(self, text: str) -> list[tuple[int, int, str]]:
        """The words of ``text`` this speller does not know, with their offsets."""
        return [(s, e, w) for s, e, w in words_in(text) if not self.is_known(w)]

    def suggestions(self, word: str, limit: int = 5) -> list[str]:
        checker = self._load()
        found = checker.candidates(word.casefold()) or set()
        ranked = sorted(found, key=lambda w: (-checker.word_usage_frequency(w), w))
        return ranked[:limit]
