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
from pathlib import Path
from typing import Any

from glossary.atomic import write_text_atomic


def _sastrawi_words_file() -> Path | None:
    spec = importlib.util.find_spec("Sastrawi")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Stemmer" / "data" / "kata-dasar.txt"


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
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        words = StemmerFactory().get_words_from_file()
        base = Stemmer(ArrayDictionary(words))
        known = set(words)
        # A glossary word that Sastrawi cannot reduce is taken as a root of its own.
        extra = [w for w in self._extra_roots if w not in known and base.stem(w) == w]
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
