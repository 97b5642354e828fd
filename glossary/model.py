"""Plain data shared by the domain modules: documents, blocks, entries, occurrences."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal, NamedTuple

from glossary.digest import sha256_text

BlockKind = Literal["heading", "paragraph", "quote", "item", "rule", "code", "table_row"]
SpanStyle = Literal["emphasis", "strong", "code"]
Language = Literal["id", "en"]
LANGUAGES: tuple[Language, ...] = ("id", "en")


class Span(NamedTuple):
    """An inline style over ``text[start:end]`` of the document."""

    start: int
    end: int
    style: SpanStyle


class Block(NamedTuple):
    """A heading, paragraph, block quote, list item, rule, code block or table row:
    ``text[start:end]``.

    Blocks follow each other in text order, separated by exactly one ``"\\n"``, and
    none contains one: the lines of a code block are separated by U+2028 (LINE
    SEPARATOR, a line break inside a block for Qt too), the cells of a table row by
    a tab. ``level`` is a heading's level, or a list item's depth (1: the outer
    list). ``bullet``: a list item the reader draws a bullet before (a numbered item
    keeps its number in the text, as written).
    """

    kind: BlockKind
    start: int
    end: int
    level: int = 0
    spans: tuple[Span, ...] = ()
    bullet: bool = False


LINE_BREAK = "\u2028"  # the line break inside a block (a code block's lines)
CELL_BREAK = "\t"  # between the cells of a table row


class OutlineEntry(NamedTuple):
    """A line of a document's outline: a heading or a table-of-contents entry."""

    title: str
    start: int  # offset in the document's text
    level: int


@dataclass(frozen=True)
class Document:
    """A loaded document: one plain text, its structure and its metadata.

    Every offset anywhere in the app (occurrences, highlights, search hits) is a
    character offset into :attr:`text`.
    """

    text: str
    blocks: tuple[Block, ...]
    title: str
    meta: Mapping[str, str] = field(default_factory=dict)
    path: Path | None = None
    toc: tuple[OutlineEntry, ...] = ()  # a book's own table of contents, if it has one
    # Where each page of a paged original (a PDF) starts in the text, in order: page
    # n starts at pages[n - 1]. Empty for a text without pages.
    pages: tuple[int, ...] = ()

    def page_at(self, offset: int) -> int | None:
        """The number of the page ``offset`` is on (1 for the first), or None for a
        text without pages."""
        if not self.pages:
            return None
        return max(1, bisect_right(self.pages, offset))

    def outline(self) -> list[OutlineEntry]:
        """The table of contents: the book's own, else the headings."""
        return list(self._outline)

    @cached_property
    def _outline(self) -> tuple[OutlineEntry, ...]:
        # Kept: a long text has a million blocks to look through.
        if self.toc:
            return self.toc
        return tuple(
            OutlineEntry(self.text[b.start : b.end], b.start, b.level)
            for b in self.blocks
            if b.kind == "heading" and b.end > b.start
        )

    @cached_property
    def sha256(self) -> str:
        """The hex SHA-256 of the UTF-8 plain text: the document's identity."""
        return sha256_text(self.text)

    @cached_property
    def term_text(self) -> str:
        """The text glossary terms are looked for in: :attr:`text` with its code (code
        blocks and code spans) blanked out, of the same length. No term is marked in
        code, where words are a program's, not the reading's."""
        code = [(b.start, b.end) for b in self.blocks if b.kind == "code"]
        code += [(s.start, s.end) for b in self.blocks for s in b.spans if s.style == "code"]
        if not code:
            return self.text
        code.sort()
        pieces: list[str] = []
        at = 0
        for start, end in code:
            start = max(start, at)
            if end > start:
                pieces += [self.text[at:start], " " * (end - start)]
                at = end
        pieces.append(self.text[at:])
        return "".join(pieces)

    @property
    def language(self) -> str:
        return self.meta.get("language", "")

    @cached_property
    def block_starts(self) -> list[int]:
        """Where each block starts, in order (made once: do not change it)."""
        return [b.start for b in self.blocks]

    def block_at(self, offset: int) -> Block | None:
        """The block that contains ``offset`` (or ends right at it)."""
        i = bisect_right(self.block_starts, offset) - 1
        if i < 0:
            return None
        return self.blocks[i]

    @cached_property
    def _headings(self) -> list[int]:
        """For each block, the index of the last heading at or before it (-1: none)."""
        last = -1
        out = []
        for index, block in enumerate(self.blocks):
            if block.kind == "heading":
                last = index
            out.append(last)
        return out

    def heading_before(self, offset: int) -> Block | None:
        """The nearest heading at or before ``offset``: the section it is in."""
        i = bisect_right(self.block_starts, offset) - 1
        if i < 0 or self._headings[i] < 0:
            return None
        return self.blocks[self._headings[i]]

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]


class Category(NamedTuple):
    id: str
    label_en: str
    label_id: str

    def label(self, language: Language) -> str:
        return self.label_id if language == "id" else self.label_en


# The category of an entry that names none (own glossaries, hand-written lists).
DEFAULT_CATEGORY = Category("general", "General", "Umum")


class Entry(NamedTuple):
    """One glossary entry, defined in Indonesian and English."""

    id: str
    category: str
    term_en: str
    term_id: str
    aliases_en: tuple[str, ...]
    aliases_id: tuple[str, ...]
    definition_en: str
    definition_id: str
    usage_en: str
    usage_id: str
    related: tuple[str, ...]

    def headword(self, language: Language) -> str:
        return self.term_id if language == "id" else self.term_en

    def definition(self, language: Language) -> str:
        return self.definition_id if language == "id" else self.definition_en

    def short_definition(self, language: Language, limit: int = 180) -> str:
        """The definition's first sentence, cut at a word if longer than ``limit``."""
        return first_sentence(self.definition(language), limit)

    def usage(self, language: Language) -> str:
        return self.usage_id if language == "id" else self.usage_en

    def forms(self, language: Language) -> tuple[str, ...]:
        """Headword and aliases of one language, without repeats."""
        if language == "id":
            items = (self.term_id, *self.aliases_id)
        else:
            items = (self.term_en, *self.aliases_en)
        return tuple(dict.fromkeys(items))

    def all_forms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*self.forms("id"), *self.forms("en"))))


def first_sentence(text: str, limit: int = 180) -> str:
    """The first sentence of ``text``, at most ``limit`` long (cut at a word).

    A sentence ends at ".", "!" or "?" before a capital letter, except after an
    abbreviation: a short capitalised word ("Dr.", "Co.", "Inc.") or a word with a
    point inside ("U.S.", "e.g.").
    """
    end = len(text)
    for match in _SENTENCE_END.finditer(text):
        word = text[: match.start()].rsplit(None, 1)[-1] if match.start() else ""
        word = word.lstrip('("“‘')
        abbreviation = "." in word or (len(word) <= 3 and word[:1].isupper() and not word.isupper())
        if not abbreviation:
            end = match.start() + 1
            break
    sentence = text[:end]
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\u201c\"(])")


class Occurrence(NamedTuple):
    """One place where an entry occurs: ``document.text[start:end]``.

    A named tuple, not a dataclass: a large text has hundreds of thousands of them.
    """

    entry_id: str
    start: int
    end: int
    text: str
