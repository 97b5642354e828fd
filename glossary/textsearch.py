"""Finding a phrase in a document's text, as Find (Ctrl+F) does: case, accents and
quote marks do not matter ("ekonomi" finds "Ekonomi", "cafe" finds "café", a straight
apostrophe finds a curly one), and every hit keeps the offsets of the original text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from glossary.textfold import fold_for_matching


@lru_cache(maxsize=4096)
def _base(char: str) -> str:
    """A letter without its accent ("é" -> "e"), one character for one."""
    decomposed = unicodedata.normalize("NFD", char)
    return decomposed[0] if len(decomposed) > 1 and decomposed[0].isascii() else char


def fold_for_finding(text: str) -> str:
    """``text`` in lower case, without accents, with unified quote marks and hyphens,
    of the same length (an offset into it is an offset into ``text``)."""
    folded = fold_for_matching(text)
    if folded.isascii():
        return folded
    table = {ord(c): _base(c) for c in set(folded) if ord(c) > 127}
    return folded.translate({k: v for k, v in table.items() if v != chr(k)})


class TextFinder:
    """All the hits of a phrase in one text (the folded text is kept for the next)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None

    def find_all(self, query: str, limit: int = 100_000) -> list[tuple[int, int]]:
        """(start, end) of every hit of ``query``, in text order; none for blank."""
        wanted = fold_for_finding(" ".join(query.split()))
        if not wanted:
            return []
        if self._folded is None:
            self._folded = fold_for_finding(self.text)
        hits: list[tuple[int, int]] = []
        at = self._folded.find(wanted)
        while at >= 0 and len(hits) < limit:
            hits.append((at, at + len(wanted)))
            at = self._folded.find(wanted, at + 1)
        return hits
