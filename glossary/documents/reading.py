"""A document with its glossary occurrences: what the reader shows and navigates."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from glossary.model import Document, Occurrence

SNIPPET_CONTEXT = 60


class Snippet(NamedTuple):
    """Text around an occurrence: ``before + match + after``, cut at word boundaries."""

    before: str
    match: str
    after: str


class MarkedDocument:
    """A document and the glossary occurrences found in it."""

    def __init__(self, document: Document, occurrences: list[Occurrence]) -> None:
        self.document = document
        self.occurrences = occurrences
        self._by_entry: dict[str, list[Occurrence]] = {}
        for occ in self.occurrences:
            self._by_entry.setdefault(occ.entry_id, []).append(occ)
        self._starts = [occ.start for occ in self.occurrences]

    @classmethod
    def made(cls, builder: MarkedBuilder) -> MarkedDocument:
        """What ``builder`` put together (it is not to be used again)."""
        marked = cls.__new__(cls)
        marked.document = builder.document
        marked.occurrences = builder.occurrences
        marked._by_entry = builder.by_entry
        marked._starts = builder.starts
        return marked

    @property
    def text(self) -> str:
        return self.document.text

    def holders(self) -> list[list[Occurrence]]:
        """The lists that hold its occurrences. (Emptied a part at a time, they let a
        million occurrences go without freeing them all in one step, once the document
        is read no more: it is then of no use.)"""
        return [self.occurrences, *self._by_entry.values()]

    def entry_ids(self) -> list[str]:
        """Entries that occur, in order of first occurrence."""
        return list(self._by_entry)

    def of_entry(self, entry_id: str) -> list[Occurrence]:
        return self._by_entry.get(entry_id, [])

    def at(self, offset: int) -> Occurrence | None:
        """The occurrence covering ``offset``, if any."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self.occurrences[i].start <= offset < self.occurrences[i].end:
            return self.occurrences[i]
        return None

    def entries_over(self, start: int, end: int) -> list[str]:
        """Entries with an occurrence that covers part of ``start..end`` (a word of a
        longer term: "kecerdasan" of "kecerdasan buatan"), in text order, once each."""
        i = max(0, bisect_right(self._starts, start) - 4)  # marks may nest a little
        found: dict[str, None] = {}
        while i < len(self.occurrences) and self.occurrences[i].start < end:
            if self.occurrences[i].end > start:
                found[self.occurrences[i].entry_id] = None
            i += 1
        return list(found)

    def entries_in(self, start: int, end: int) -> list[str]:
        """Entries with an occurrence inside ``start..end``, in text order, once each."""
        i = bisect_left(self._starts, start)
        found: dict[str, None] = {}
        while i < len(self.occurrences) and self.occurrences[i].start < end:
            if self.occurrences[i].end <= end:
                found[self.occurrences[i].entry_id] = None
            i += 1
        return list(found)

    def next_of(self, entry_id: str, offset: int, *, backwards: bool = False) -> Occurrence | None:
        """The next occurrence of ``entry_id`` after ``offset`` (or before), wrapping around."""
        items = self._by_entry.get(entry_id)
        if not items:
            return None
        starts = [o.start for o in items]
        if backwards:
            i = bisect_left(starts, offset) - 1
            return items[i] if i >= 0 else items[-1]
        i = bisect_right(starts, offset)
        return items[i] if i < len(items) else items[0]

    def snippet(self, occ: Occurrence, context: int = SNIPPET_CONTEXT) -> Snippet:
        """The occurrence with up to ``context`` characters of its block on each side."""
        block = self.document.block_at(occ.start)
        lo = block.start if block else 0
        hi = block.end if block else len(self.text)
        before = self.text[max(lo, occ.start - context) : occ.start]
        after = self.text[occ.end : min(hi, occ.end + context)]
        if occ.start - context > lo and " " in before:
            before = "…" + before[before.index(" ") + 1 :]
        if occ.end + context < hi and " " in after:
            after = after[: after.rindex(" ")] + "…"
        return Snippet(before, self.text[occ.start : occ.end], after)


class MarkedBuilder:
    """A :class:`MarkedDocument` put together a part at a time: a million occurrences
    take a quarter of a second to index, too long for the UI thread at once."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.occurrences: list[Occurrence] = []
        self.by_entry: dict[str, list[Occurrence]] = {}
        self.starts: list[int] = []

    def add(self, part: list[Occurrence]) -> None:
        """The occurrences of one more part of the text, in text order (after those
        added before)."""
        self.occurrences += part
        by_entry = self.by_entry
        for occ in part:
            found = by_entry.get(occ.entry_id)
            if found is None:
                by_entry[occ.entry_id] = [occ]
            else:
                found.append(occ)
        self.starts += [occ.start for occ in part]


_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"”’)]*\s+")


def sentence_around(document: Document, start: int, end: int) -> tuple[str, str, str]:
    """The sentence of ``document`` around ``text[start:end]``, as (before, match, after)."""
    block = document.block_at(start)
    lo, hi = (block.start, block.end) if block else (0, len(document.text))
    text = document.text
    for match in _SENTENCE_BREAK.finditer(text, lo, hi):
        if match.end() <= start:
            lo = match.end()
        elif match.start() >= end:
            hi = match.start() + len(match.group().rstrip())
            break
    return text[lo:start], text[start:end], text[end:hi]
