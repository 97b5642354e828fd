"""Finding a phrase in a document's text, as Find (Ctrl+F) does: case, accents and
quote marks do not matter ("ekonomi" finds "Ekonomi", "cafe" finds "café", a straight
apostrophe finds a curly one), and every hit keeps the offsets of the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from glossary.documents import bulk
from glossary.textfold import fold_for_matching


@lru_cache(maxsize=4096)
def _base(char: str) -> str:
    """A letter without its accent ("é" -> "e"), one character for one."""
    decomposed = unicodedata.normalize("NFD", char)
    return decomposed[0] if len(decomposed) > 1 and decomposed[0].isascii() else char


FIND_LIMIT = 100_000  # hits kept; a count this high means "more than"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold_for_finding(text: str) -> str:
    """``text`` in lower case, without accents, with unified quote marks and hyphens,
    of the same length (an offset into it is an offset into ``text``). A long text a
    piece at a time (cut after white space, which no letter's case looks past): 50 MB
    at once is a dozen calls of 0.1-0.4 s each."""
    if len(text) <= bulk.PIECE:
        return _fold(text)
    return bulk.join([_fold(piece) for piece in bulk.pieces(text)])


def _fold(text: str) -> str:
    folded = fold_for_matching(text)
    if folded.isascii():
        return folded
    # Mostly ASCII (a Western text): only the other characters are looked at, which
    # is 4-7 times faster on 5 MB than translating every character.
    sparse = len(folded.encode("utf-8")) - len(folded) < len(folded) // 20
    others = set(_NON_ASCII.findall(folded)) if sparse else set(folded)
    bases = {c: _base(c) for c in others if ord(c) > 127}
    bases = {c: b for c, b in bases.items() if b != c}
    if not bases:
        return folded
    if sparse:
        pattern = re.compile("[" + "".join(re.escape(c) for c in bases) + "]")
        return pattern.sub(lambda found: bases[found.group()], folded)
    return folded.translate({ord(c): b for c, b in bases.items()})


class TextFinder:
    """All the hits of a phrase in one text (the folded text is kept for the next).
    Nothing here touches anything but the text: a long one may be searched off the UI
    thread."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None

    @property
    def folded(self) -> bool:
        """Whether the text is folded already (the next search only looks)."""
        return self._folded is not None

    def find_all(self, query: str, limit: int = FIND_LIMIT) -> list[tuple[int, int]]:
        """(start, end) of every hit of ``query``, in text order (the first ``limit``);
        none for blank."""
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
