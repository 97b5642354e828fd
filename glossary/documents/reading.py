"""A document with its glossary occurrences: what the reader shows and navigates."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from typing import Literal, NamedTuple

from glossary.model import Document, Occurrence

SNIPPET_CONTEXT = 60

# Which occurrences the reader underlines: every one, the first of each entry in each
# section (the default: a busy page of dotted lines is hard to read), or only the one
# under the mouse pointer. Every occurrence stays a term to click or Tab to.
MarkMode = Literal["every", "first", "hover"]
MARK_MODES: tuple[MarkMode, ...] = ("first", "every", "hover")
# Block kinds whose terms are never underlined (code, once documents have code blocks:
# a term inside code is an identifier, not the glossary's word).
NEVER_MARKED_KINDS: frozenset[str] = frozenset()


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

    def marks(self, mode: MarkMode) -> list[Occurrence]:
        """The occurrences the reader underlines in ``mode`` (the glossary panel still
        lists every occurrence)."""
        return MarkChoice(self.document, mode, self.occurrences).marks(self.occurrences)

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


class MarkChoice:
    """Which occurrences of a document are underlined in ``mode`` (:data:`MarkMode`).

    Sections are the document's headings (a document without headings is one section);
    occurrences in blocks of ``never`` kinds are never underlined and never count as a
    first. Occurrences may be added a part at a time, in any order (a long text is
    marked from the part on screen): what is first is known from those added so far.
    """

    def __init__(
        self,
        document: Document,
        mode: MarkMode,
        occurrences: Iterable[Occurrence] = (),
        never: frozenset[str] = NEVER_MARKED_KINDS,
    ) -> None:
        self.document = document
        self.mode = mode
        self.never = never
        self._sections: list[int] | None = None
        self._firsts: dict[tuple[int, str], int] = {}
        self.add(occurrences)

    def add(self, occurrences: Iterable[Occurrence]) -> None:
        """Occurrences found in one more part of the text."""
        if self.mode != "first":
            return
        firsts = self._firsts
        for occ in occurrences:
            if not self.markable(occ):
                continue
            key = (self.section_of(occ.start), occ.entry_id)
            if occ.start < firsts.get(key, occ.start + 1):
                firsts[key] = occ.start

    def section_of(self, offset: int) -> int:
        """The number of the section ``offset`` is in (0: before the first heading)."""
        if self._sections is None:
            # Once: a long text has a million blocks to look through.
            self._sections = [b.start for b in self.document.blocks if b.kind == "heading"]
        return bisect_right(self._sections, offset)

    def markable(self, occ: Occurrence) -> bool:
        """Whether ``occ`` may be underlined at all (not in a code block)."""
        if not self.never:
            return True
        block = self.document.block_at(occ.start)
        return block is None or block.kind not in self.never

    def underlined(self, occ: Occurrence) -> bool:
        """Whether ``occ`` is underlined (in "hover": none is, but the one pointed at)."""
        if self.mode == "hover":
            return False
        if self.mode == "every":
            return self.markable(occ)
        return self._firsts.get((self.section_of(occ.start), occ.entry_id)) == occ.start

    def marks(self, occurrences: Iterable[Occurrence]) -> list[Occurrence]:
        """Those of ``occurrences`` that are underlined."""
        return [occ for occ in occurrences if self.underlined(occ)]


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


# A sentence ends at ".", "!", "?" or "…" (and a closing quote or bracket) before white
# space and a word that does not start in lower case: "Nvidia Corp. dan" goes on.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?![a-z])")


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


def sentences_from(document: Document, offset: int) -> Iterator[tuple[int, int]]:
    """The sentences of ``document`` from the one at ``offset`` on, as (start, end),
    without the white space around them: what is read aloud from a place. A heading,
    a list item and a table row are each one sentence at least; code is left out (a
    program's text is not read)."""
    text = document.text
    index = max(0, bisect_right(document.block_starts, offset) - 1)
    for block in document.blocks[index:]:
        if block.kind in ("code", "rule"):
            continue
        lo = block.start
        breaks = [
            m.start() + len(m.group().rstrip())  # after a closing quote or bracket
            for m in _SENTENCE_BREAK.finditer(text, block.start, block.end)
        ]
        for hi in [*breaks, block.end]:
            start, end = _trimmed(text, lo, hi)
            if end > max(start, offset) and any(ch.isalnum() for ch in text[start:end]):
                yield start, end
            lo = hi


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
