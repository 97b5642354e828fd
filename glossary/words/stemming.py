"""Indonesian words: stemming through PySastrawi, loaded lazily, with a cache on disk.

PySastrawi only removes affixes when it knows the root. Loan words that the
glossary defines ("valuasi", "komputasi") are added to its root list, so that
"valuasinya" reduces to "valuasi".

Loading PySastrawi takes longer than the rest of start-up together, so stems are
kept in a small JSON file; a start that finds every word it needs there never
loads PySastrawi. The file is tied to PySastrawi's root list and the extra roots,
and is rebuilt when either changes.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from glossary.atomic import write_text_atomic


def _sastrawi_words_file() -> Path | None:
    spec = importlib.util.find_spec("Sastrawi")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Stemmer" / "data" / "kata-dasar.txt"


@lru_cache(maxsize=1)
def _base() -> tuple[list[str], Any]:
    """PySastrawi's root list and a stemmer over it, loaded once per process."""
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    words = StemmerFactory().get_words_from_file()
    return words, Stemmer(ArrayDictionary(words))


@lru_cache(maxsize=1 << 16)
def _is_new_root(word: str) -> bool:
    words, base = _base()
    return word not in _known(len(words)) and base.stem(word) == word


@lru_cache(maxsize=1)
def _known(_size: int) -> frozenset[str]:
    return frozenset(_base()[0])


class IndonesianStemmer:
    """Reduces an Indonesian word to its root; results are cached in memory and,
    with ``cache_path``, on disk (call :meth:`save`)."""

    def __init__(self, extra_roots: Iterable[str] = (), cache_path: Path | None = None) -> None:
        self._extra_roots = sorted({w.lower() for w in extra_roots if w})
        self._cache_path = cache_path
        self._stemmer: Any = None
        self._cache: dict[str, str] | None = None
        self._dirty = False

    @property
    def loaded(self) -> bool:
        """Whether PySastrawi itself has been loaded."""
        return self._stemmer is not None

    def _signature(self) -> str:
        """What the cached stems depend on: PySastrawi's root list and the extra roots."""
        words = _sastrawi_words_file()
        stat = words.stat() if words and words.exists() else None
        return " ".join([str(stat.st_size) if stat else "", *self._extra_roots])

    def _load_cache(self) -> dict[str, str]:
        if self._cache_path is None:
            return {}
        try:
            data = json.loads(self._cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("signature") != self._signature():
            return {}
        stems = data.get("stems")
        if not isinstance(stems, dict):
            return {}
        return {k: v for k, v in stems.items() if isinstance(k, str) and isinstance(v, str)}

    def _load(self) -> Any:
        from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
        from Sastrawi.Stemmer.Stemmer import Stemmer

        words, base = _base()
        # A glossary word that Sastrawi cannot reduce is taken as a root of its own.
        extra = [w for w in self._extra_roots if _is_new_root(w)]
        return Stemmer(ArrayDictionary(words + extra)) if extra else base

    def stem(self, word: str) -> str:
        word = word.lower()
        if self._cache is None:
            self._cache = self._load_cache()
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        if self._stemmer is None:
            self._stemmer = self._load()
        root: str = self._stemmer.stem(word) or word
        self._cache[word] = root
        self._dirty = True
        return root

    def with_roots(self, extra_roots: Iterable[str]) -> IndonesianStemmer:
        """A stemmer that also knows ``extra_roots`` (a glossary was edited): this one if
        they are the same; else one that keeps the stems of words containing none of
        the roots that came or went (only those can reduce differently now)."""
        roots = sorted({w.lower() for w in extra_roots if w})
        if roots == self._extra_roots:
            return self
        twin = IndonesianStemmer(roots, self._cache_path)
        changed = set(roots) ^ set(self._extra_roots)
        # meN-/peN- may replace a root's first letter: look for the rest of it.
        pieces = {root[1:] if len(root) > 3 else root for root in changed}
        if self._cache is not None:
            twin._cache = {
                word: stem
                for word, stem in self._cache.items()
                if not any(piece in word for piece in pieces)
            }
            twin._dirty = True
        return twin

    def save(self) -> None:
        """Write new stems to the cache file; a cache that cannot be written is skipped."""
        if not self._dirty or self._cache_path is None or self._cache is None:
            return
        data = {"signature": self._signature(), "stems": self._cache}
        try:
            write_text_atomic(
                self._cache_path, json.dumps(data, ensure_ascii=False, sort_keys=True)
            )
        except OSError:
            return
        self._dirty = False
