"""Markdown into a :class:`~glossary.model.Document`, read by ``markdown-it-py``
(CommonMark, with GFM tables), after an optional TOML metadata header between
``+++`` lines (the bundled article has one).

What a reader shows of it: headings, paragraphs, block quotes, list items with their
depth (a bullet drawn by the reader, a number kept in the text as written), code
blocks (fenced or indented: one block, lines kept, no fences), table rows (cells
separated by a tab, the header's cells strong), rules; emphasis, strong and code
spans; a link as its text, an image as its description. HTML is never interpreted:
it stays the characters it is.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from glossary.documents.builder import BlockBuilder
from glossary.documents.errors import DocumentError, name_of
from glossary.messages import QT_TRANSLATE_NOOP, plain_reason
from glossary.model import CELL_BREAK, LINE_BREAK, BlockKind, Document, SpanStyle
from glossary.userfiles import toml_loads

# Tokens nest this deep at most (a list item in a list in a quote is three or four
# levels); deeper, markdown-it drops the text, so such a file is refused instead.
MAX_NESTING = 100
_STYLES: dict[str, SpanStyle] = {"em": "emphasis", "strong": "strong"}


def _parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "maxNesting": MAX_NESTING}).enable("table")


def front_matter(source: str, path: Path | None) -> tuple[dict[str, str], str]:
    """The TOML header between ``+++`` lines at the very start, and the text after it."""
    if not source.startswith("+++\n"):
        return {}, source
    end = source.find("\n+++", 3)
    if end < 0:
        raise DocumentError(
            QT_TRANSLATE_NOOP("glossary", "{name}: the metadata header is not closed (+++)."),
            name=name_of(path),
        )
    header = source[4 : end + 1]
    rest = source[end + 4 :]
    rest = rest[1:] if rest.startswith("\n") else rest
    try:
        data = toml_loads(header)
    except (ValueError, RecursionError) as exc:  # ValueError: also a number too long to read
        raise DocumentError(
            QT_TRANSLATE_NOOP("glossary", "{name}: bad metadata header: {reason}."),
            name=name_of(path),
            reason=exc if isinstance(exc, tomllib.TOMLDecodeError) else plain_reason(exc),
        ) from None
    meta = {str(key): str(value) for key, value in data.items()}
    return meta, rest


def parse_markdown(source: str, *, path: Path | None = None) -> Document:
    """Read ``source`` as Markdown (see the module's docstring)."""
    meta, body = front_matter(source, path)
    try:
        tokens = _parser().parse(body)
    except RecursionError:
        tokens = None
    if tokens is None or any(token.level >= MAX_NESTING - 1 for token in tokens):
        raise DocumentError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "{name} nests lists or quotes more deeply than a reader can show "
                "(over {limit} levels).",
            ),
            name=name_of(path),
            limit=MAX_NESTING // 4,
        )
    builder = BlockBuilder()
    _Walk(builder).blocks(tokens)
    if not builder.has_text():
        raise DocumentError(
            QT_TRANSLATE_NOOP("glossary", "{name} has no text to show."), name=name_of(path)
        )
    title = meta.get("title") or builder.title(path)
    return builder.document(title, meta, path)


class _Item:
    """A list item being read: its depth, its marker, and whether its first block
    (which carries the marker) has been given."""

    def __init__(self, depth: int, number: str) -> None:
        self.depth = depth
        self.number = number  # "3." or "3)" in a numbered list; "" for a bullet
        self.marked = False


class _Walk:
    """Turns markdown-it's token stream into blocks."""

    def __init__(self, builder: BlockBuilder) -> None:
        self.builder = builder
        self.lists: list[tuple[bool, int]] = []  # (numbered, next number), outermost first
        self.items: list[_Item] = []
        self.quotes = 0
        self.heading = 0  # the level of the heading being read
        # The cells of the table row being read (None: not in one), and whether the
        # cell being read is a header's.
        self.row: list[tuple[str, list[tuple[int, int, SpanStyle]]]] | None = None
        self.header_cell = False

    def blocks(self, tokens: list[Any]) -> None:
        for token in tokens:
            kind = token.type
            if kind == "heading_open":
                self.heading = int(token.tag[1:])
            elif kind == "heading_close":
                self.heading = 0
            elif kind in ("bullet_list_open", "ordered_list_open"):
                start = int(token.attrGet("start") or 1)
                self.lists.append((kind == "ordered_list_open", start))
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "list_item_open":
                numbered, number = self.lists[-1]
                marker = f"{token.info or number}{token.markup}" if numbered else ""
                if numbered:
                    self.lists[-1] = (True, number + 1)
                self.items.append(_Item(len(self.lists), marker))
            elif kind == "list_item_close":
                self.items.pop()
            elif kind == "blockquote_open":
                self.quotes += 1
            elif kind == "blockquote_close":
                self.quotes -= 1
            elif kind in ("fence", "code_block"):
                lines = token.content.rstrip("\n").replace("\r", "").split("\n")
                self.builder.add("code", LINE_BREAK.join(lines), collapse=False)
            elif kind == "hr":
                self.builder.add("rule", "", collapse=False)
            elif kind == "tr_open":
                self.row = []
            elif kind in ("th_open", "td_open"):
                self.header_cell = kind == "th_open"
            elif kind == "tr_close":
                self._row()
            elif kind == "inline":
                self._inline(token)

    def _inline(self, token: Any) -> None:
        text, styles = _inline_text(token.children or [])
        if self.row is not None:
            if self.header_cell and text:
                styles = [(0, len(text), "strong"), *styles]
            self.row.append((text, styles))
            return
        kind: BlockKind = "paragraph"
        level = 0
        bullet = False
        if self.heading:
            kind, level = "heading", self.heading
        elif self.items:
            item = self.items[-1]
            kind, level = "item", item.depth
            if not item.marked:
                item.marked = True
                bullet = not item.number
                if item.number:
                    shift = len(item.number) + 1
                    styles = [(s + shift, e + shift, st) for s, e, st in styles]
                    text = f"{item.number} {text}"
        elif self.quotes:
            kind = "quote"
        self.builder.add_styled(kind, text, styles, level=level, bullet=bullet)

    def _row(self) -> None:
        cells, self.row = self.row or [], None
        text = ""
        styles: list[tuple[int, int, SpanStyle]] = []
        for index, (cell, cell_styles) in enumerate(cells):
            if index:
                text += CELL_BREAK
            styles += [(s + len(text), e + len(text), st) for s, e, st in cell_styles]
            text += cell
        self.builder.add_styled("table_row", text, styles)


class _Inline:
    """The text of an inline token's children, each run of white space one space (none
    at the ends), with its styles as (start, end, style) within that text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.space = False  # a space is owed before the next text
        self.opening: list[tuple[SpanStyle, int | None]] = []  # None: starts at next text
        self.styles: list[tuple[int, int, SpanStyle]] = []

    def _emit(self, piece: str) -> None:
        if self.space and self.length and self.parts[-1][-1:] != LINE_BREAK:
            self.parts.append(" ")
            self.length += 1
        self.space = False
        self.opening = [(style, self.length if at is None else at) for style, at in self.opening]
        self.parts.append(piece)
        self.length += len(piece)

    def text(self, piece: str) -> None:
        words = piece.split()
        if piece[:1].isspace():
            self.space = True
        if words:
            self._emit(" ".join(words))
            self.space = piece[-1:].isspace()

    def verbatim(self, piece: str) -> None:
        if piece:
            self._emit(piece)

    def line_break(self) -> None:
        self.space = False
        self._emit(LINE_BREAK)

    def open(self, style: SpanStyle) -> None:
        self.opening.append((style, None))

    def close(self, style: SpanStyle) -> None:
        for index in range(len(self.opening) - 1, -1, -1):
            opened, at = self.opening[index]
            if opened == style:
                del self.opening[index]
                if at is not None and self.length > at:
                    self.styles.append((at, self.length, style))
                return

    def result(self) -> tuple[str, list[tuple[int, int, SpanStyle]]]:
        text = "".join(self.parts)
        while text.endswith(LINE_BREAK):  # a hard break that ends the block breaks nothing
            text = text[:-1]
        return text, [(s, min(e, len(text)), st) for s, e, st in self.styles if s < len(text)]


def _inline_text(children: list[Any]) -> tuple[str, list[tuple[int, int, SpanStyle]]]:
    """The text and styles of an inline token's children (see :class:`_Inline`)."""
    out = _Inline()
    for child in children:
        kind = child.type
        if kind == "text":
            out.text(child.content)
        elif kind == "softbreak":
            out.text(" ")
        elif kind == "hardbreak":
            out.line_break()
        elif kind == "code_inline":
            out.open("code")
            out.verbatim(child.content)
            out.close("code")
        elif kind == "image":
            out.text(child.content)
        elif kind.endswith("_open") and kind[: -len("_open")] in _STYLES:
            out.open(_STYLES[kind[: -len("_open")]])
        elif kind.endswith("_close") and kind[: -len("_close")] in _STYLES:
            out.close(_STYLES[kind[: -len("_close")]])
        # link_open/close, s_open/close (strikethrough): the text alone is shown
    return out.result()
