"""Indonesian words: stemming through PySastrawi, loaded lazily.

PySastrawi only removes affixes when it knows the root. Loan words that the
glossary defines ("valuasi", "komputasi") are added to its root list, so that
"valuasinya" reduces to "valuasi".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class IndonesianStemmer:
    """Reduces an Indonesian word to its root; results are cached."""

    def __init__(self, extra_roots: Iterable[str] = ()) -> None:
        self._extra_roots = {w.lower() for w in extra_roots if w}
        self._stemmer: Any = None
        self._cache: dict[str, str] = {}

    def _load(self) -> Any:
        from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
        from Sastrawi.Stemmer.Stemmer import Stemmer
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        words = StemmerFactory().get_words_from_file()
        base = Stemmer(ArrayDictionary(words))
        known = set(words)
        # A glossary word that Sastrawi cannot reduce is taken as a root of its own.
        extra = [w for w in self._extra_roots if w not in known and base.stem(w) == w]
        return Stemmer(ArrayDictionary(words + extra)) if extra else base

    def stem(self, word: str) -> str:
        word = word.lower()
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        if self._stemmer is None:
            self._stemmer = self._load()
        root: str = self._stemmer.stem(word) or word
        self._cache[word] = root
        return root
