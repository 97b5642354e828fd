"""A document's text put together block by block, by every reader (plain text,
Markdown, Word, PDF): blocks joined by exactly one newline, offsets counted as they
come, and a long text joined a piece at a time (see ``glossary.documents.bulk``)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from glossary.documents import bulk
from glossary.model import Block, BlockKind, Document, Span, SpanStyle

_new = tuple.__new__  # a Block without the Python-level __new__ of a named tuple


class BlockBuilder:
    """Accumulates blocks so that blocks are joined by exactly one newline."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.joined: list[str] = []  # the parts of a long text, a piece at a time
        self.joined_length = 0
        self.blocks: list[Block] = []
        self.length = 0
        self.pages: list[int] = []

    @property
    def start(self) -> int:
        """Where the next block's text will start."""
        return self.length + 1 if self.blocks else 0

    def add(
        self,
        kind: BlockKind,
        text: str,
        *,
        level: int = 0,
        spans: Iterable[Span] = (),
        bullet: bool = False,
        collapse: bool = True,
    ) -> None:
        """Add a block of ``text``; ``spans`` are offsets into the whole text (from
        :attr:`start`). With ``collapse``, every run of white space in ``text`` is one
        space: terms then match across line breaks (``spans`` must then be empty)."""
        if self.blocks:
            self.parts.append("\n")
            self.length += 1
        start = self.length
        if collapse:
            text = bulk.one_space(text)
        self.parts.append(text)
        self.length += len(text)
        self.blocks.append(_new(Block, (kind, start, self.length, level, tuple(spans), bullet)))
        if self.length - self.joined_length >= bulk.PIECE:
            self.joined.append("".join(self.parts))
            self.joined_length = self.length
            self.parts.clear()

    def add_styled(
        self,
        kind: BlockKind,
        text: str,
        styles: Iterable[tuple[int, int, SpanStyle]],
        *,
        level: int = 0,
        bullet: bool = False,
    ) -> None:
        """Add a block of ``text`` as it is (white space already folded), its inline
        ``styles`` given as (start, end, style) within ``text``."""
        start = self.start
        spans = sorted(
            (Span(start + s, start + e, style) for s, e, style in styles if e > s),
            key=lambda span: (span.start, -span.end),  # in text order, outer first
        )
        self.add(kind, text, level=level, spans=spans, bullet=bullet, collapse=False)

    def new_page(self) -> None:
        """The next block starts a page (of a paged original)."""
        self.pages.append(self.start)

    def text(self) -> str:
        return bulk.join([*self.joined, "".join(self.parts)])

    def has_text(self) -> bool:
        return any(b.end > b.start for b in self.blocks)

    def title(self, path: Path | None) -> str:
        """The first heading's text, else the file's name."""
        text: str | None = None
        for block in self.blocks:
            if block.kind == "heading":
                text = text if text is not None else self.text()
                return text[block.start : block.end]
        return path.stem if path else ""

    def document(self, title: str, meta: dict[str, str], path: Path | None) -> Document:
        return Document(self.text(), tuple(self.blocks), title, meta, path, pages=tuple(self.pages))
