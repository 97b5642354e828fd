"""Load a text or Markdown file into a :class:`~glossary.model.Document`.

The Markdown reader understands the subset that articles need: a TOML metadata
header between ``+++`` lines, ATX headings, block quotes, thematic breaks, list
items, paragraphs, backslash escapes, emphasis, strong, code spans and links
(shown as their text). Everything else stays literal text: nothing is ever interpreted as
HTML.
"""

from __future__ import annotations

import contextlib
import re
import string
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from glossary.documents import bulk
from glossary.documents.decoding import (
    Decoded,
    DecodeError,
    declared_html_charset,
    decode,
    utf8_beyond_ascii,
)
from glossary.documents.language import guess_language
from glossary.messages import QT_TRANSLATE_NOOP, Problem, plain_reason
from glossary.model import Block, BlockKind, Document, Span, SpanStyle
from glossary.paths import RESOURCES
from glossary.userfiles import UserFileError, read_user_file, toml_loads

MAX_FILE_BYTES = 50 * 1024 * 1024
ITEM_BULLET, ITEM_NUMBERED = 1, 2  # Block.level of a list item
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
EPUB_SUFFIXES = {".epub"}
SUFFIXES = {".txt", ".text", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES, *EPUB_SUFFIXES}
BUNDLED_ARTICLE = "deepseek-id.md"


class DocumentError(Problem):
    """A document could not be opened; the message is fit to show a user."""

    @classmethod
    def of(cls, problem: Problem) -> DocumentError:
        """The same message, as a document error."""
        return cls(problem.template, **problem.fields)


def _name(path: Path | None) -> str | Problem:
    """How a message names a document: its path, or "The document"."""
    return str(path) if path else Problem(QT_TRANSLATE_NOOP("glossary", "The document"))


def bundled_article_path() -> Path:
    """The path of the article shipped with the app."""
    return RESOURCES / "articles" / BUNDLED_ARTICLE


def load_document(
    path: str | Path, encoding: str | None = None, *, remembered: str | None = None
) -> Document:
    """Read and parse ``path``. Raises :class:`DocumentError` with a clear message.

    ``encoding``: the one the reader chose for a text file; by default it is detected.
    ``remembered``: the one the reader chose for it before, used unless the file no
    longer reads in it or now reads as UTF-8 beyond ASCII (it was saved again).
    The document's ``meta["encoding"]`` names the one used for a text file, and
    ``meta["encoding_guessed"]`` is "yes" when it was detected rather than known, and
    ``meta["encoding_chosen"]`` is "yes" when it is the one chosen (now or before).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in EPUB_SUFFIXES:
        return _load_epub(path)
    decoded = read_text_file(path, encoding, html=suffix in HTML_SUFFIXES, remembered=remembered)
    if suffix in HTML_SUFFIXES:
        from glossary.documents.html import parse_html

        document = parse_html(decoded.text, path=path)
        if not document.text.strip():
            raise DocumentError(
                QT_TRANSLATE_NOOP("glossary", "{name} has no text to show."), name=path
            )
    elif suffix in MARKDOWN_SUFFIXES:
        document = parse_markdown(decoded.text, path=path)
    else:
        document = parse_plain_text(decoded.text, path=path)
    meta = {
        **document.meta,
        "language": document.meta.get("language") or guess_language(document.text),
        "encoding": decoded.label,
        "codec": decoded.encoding,
        "encoding_guessed": "yes" if decoded.guessed else "no",
        "encoding_chosen": "yes" if encoding or decoded.encoding == remembered else "no",
    }
    return replace(document, meta=meta)


def _load_epub(path: Path) -> Document:
    from glossary.documents.epub import EpubError, parse_epub

    try:
        data = read_user_file(path, MAX_FILE_BYTES)
    except UserFileError as exc:
        raise DocumentError.of(exc) from None
    if not data:
        raise DocumentError(QT_TRANSLATE_NOOP("glossary", "{path} is empty."), path=path)
    try:
        return parse_epub(data, path=path)
    except EpubError as exc:
        raise DocumentError.of(exc) from None


def load_bundled_article() -> Document:
    return load_document(bundled_article_path())


def read_text_file(
    path: Path, encoding: str | None = None, *, html: bool = False, remembered: str | None = None
) -> Decoded:
    """The text of ``path`` and the encoding it was read with, or a
    :class:`DocumentError` saying what is wrong. ``html``: a web page, whose
    ``<meta charset>`` is honoured; ``remembered`` (see :func:`load_document`) comes
    before it."""
    try:
        data = read_user_file(path, MAX_FILE_BYTES)
    except UserFileError as exc:
        raise DocumentError.of(exc) from None
    if not data.strip():
        raise DocumentError(QT_TRANSLATE_NOOP("glossary", "{path} is empty."), path=path)
    try:
        decoded = None
        if remembered and encoding is None and utf8_beyond_ascii(data) is None:
            # As chosen before, unless it no longer reads the file or the file is now
            # UTF-8 (saved again): then detected.
            with contextlib.suppress(DecodeError):
                decoded = decode(data, remembered)
        if decoded is None:
            declared = declared_html_charset(data) if html and encoding is None else None
            decoded = decode(data, encoding, declared=declared)
    except DecodeError as exc:
        raise DocumentError(
            QT_TRANSLATE_NOOP("glossary", "{path} {problem}"), path=path, problem=exc
        ) from None
    # One form for line breaks, and for accented letters ("é" as one character, not "e"
    # + accent), so that searching, matching and word boundaries see the same text.
    text = bulk.lines_and_accents(decoded.text)
    if not text or text.isspace():
        raise DocumentError(QT_TRANSLATE_NOOP("glossary", "{path} is empty."), path=path)
    return decoded._replace(text=text)


_new = tuple.__new__  # a Block without the Python-level __new__ of a named tuple


class _Builder:
    """Accumulates blocks so that blocks are joined by exactly one newline."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.joined: list[str] = []  # the parts of a long text, a piece at a time
        self.joined_length = 0
        self.blocks: list[Block] = []
        self.length = 0

    def add(self, kind: BlockKind, raw: str, *, level: int = 0, inline: bool = True) -> None:
        if self.blocks:
            self.parts.append("\n")
            self.length += 1
        start = self.length
        # A block never contains a newline (offsets then map 1:1 to Qt's blocks), and
        # any run of white space inside it is one space (terms match across line breaks).
        raw = bulk.one_space(raw)
        if inline:
            text, spans = parse_inline(raw, start)
        else:
            text, spans = raw, []
        self.parts.append(text)
        self.length += len(text)
        self.blocks.append(_new(Block, (kind, start, self.length, level, tuple(spans))))
        if self.length - self.joined_length >= bulk.PIECE:
            self.joined.append("".join(self.parts))
            self.joined_length = self.length
            self.parts.clear()

    def document(self, title: str, meta: dict[str, str], path: Path | None) -> Document:
        text = bulk.join([*self.joined, "".join(self.parts)])
        return Document(text, tuple(self.blocks), title, meta, path)


def _title_from(path: Path | None, blocks: list[Block], text: str) -> str:
    for block in blocks:
        if block.kind == "heading":
            return text[block.start : block.end]
    return path.stem if path else ""


def parse_plain_text(source: str, *, path: Path | None = None) -> Document:
    """Plain text: one paragraph per line, or per blank-line-separated run of lines when
    the file is hard-wrapped (no line longer than 100 characters)."""
    # The lines a piece at a time: a long text's are millions (see glossary.documents.bulk).
    hard_wrapped = all(max(map(len, lines)) <= 100 for lines in bulk.lines(source))
    builder = _Builder()
    if hard_wrapped:
        current: list[str] = []
        for lines in bulk.lines(source):
            for line in lines:
                stripped = line.strip()
                # A blank line ends a paragraph; a line that starts a list item ("- ",
                # "1. ", "• ") starts one.
                if current and (not stripped or _LIST_ITEM.match(line)):
                    builder.add("paragraph", " ".join(current), inline=False)
                    current = []
                if stripped:
                    current.append(stripped)
        if current:
            builder.add("paragraph", " ".join(current), inline=False)
    else:
        for lines in bulk.lines(source):
            for line in lines:
                stripped = line.strip()
                if stripped:
                    builder.add("paragraph", stripped, inline=False)
    if not builder.blocks:
        raise DocumentError(
            QT_TRANSLATE_NOOP("glossary", "{name} has no text to show."), name=_name(path)
        )
    title = path.stem if path else ""
    return builder.document(title, {}, path)


_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}> ?(.*)$")
_LIST_ITEM = re.compile(r"^ {0,3}(?:([-*+•])|(\d{1,9}[.)]))[ \t]+(\S.*)$")


def _heading(line: str) -> tuple[int, str] | None:
    """The level and text of an ATX heading ("## Text ##"), if ``line`` is one."""
    # The closing "#"s are cut off here, not in the pattern: a pattern that has them
    # after the text took seconds on a heading with a long run of spaces inside.
    opening = _HEADING.match(line)
    if opening is None:
        return None
    text = line[opening.end() :].rstrip(" \t")
    unclosed = text.rstrip("#")
    if unclosed != text and unclosed[-1:] in (" ", "\t"):
        text = unclosed
    return len(opening.group(1)), text.strip()


def _front_matter(source: str, path: Path | None) -> tuple[dict[str, str], str]:
    if not source.startswith("+++\n"):
        return {}, source
    end = source.find("\n+++", 3)
    if end < 0:
        raise DocumentError(
            QT_TRANSLATE_NOOP("glossary", "{name}: the metadata header is not closed (+++)."),
            name=_name(path),
        )
    header = source[4 : end + 1]
    rest = source[end + 4 :]
    rest = rest[1:] if rest.startswith("\n") else rest
    try:
        data = toml_loads(header)
    except (ValueError, RecursionError) as exc:  # ValueError: also a number too long to read
        raise DocumentError(
            QT_TRANSLATE_NOOP("glossary", "{name}: bad metadata header: {reason}."),
            name=_name(path),
            reason=exc if isinstance(exc, tomllib.TOMLDecodeError) else plain_reason(exc),
        ) from None
    meta = {str(key): str(value) for key, value in data.items()}
    return meta, rest


def parse_markdown(source: str, *, path: Path | None = None) -> Document:
    """Parse the Markdown subset described in the module docstring."""
    meta, body = _front_matter(source, path)
    builder = _Builder()
    para: list[str] = []
    quote: list[str] = []
    item: list[str] = []
    item_level = 0

    def flush() -> None:
        if para:
            builder.add("paragraph", " ".join(para))
            para.clear()
        if item:
            builder.add("item", " ".join(item), level=item_level)
            item.clear()
        if quote:
            builder.add("quote", " ".join(quote))
            quote.clear()

    for line in body.split("\n"):
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        quoted = _QUOTE.match(line)
        if quoted:
            if para:
                flush()
            inner = quoted.group(1).strip()
            if inner:
                quote.append(inner)
            else:
                flush()
            continue
        if quote:
            flush()
        heading = _heading(line)
        if heading:
            flush()
            builder.add("heading", heading[1], level=heading[0])
            continue
        if _RULE.match(line):
            flush()
            builder.add("rule", "", inline=False)
            continue
        listed = _LIST_ITEM.match(line)
        if listed:
            flush()
            # Bullets are drawn by the reader; a number stays in the text, as written.
            item_level = ITEM_BULLET if listed.group(1) else ITEM_NUMBERED
            item.append(stripped if listed.group(2) else listed.group(3))
            continue
        (item if item else para).append(stripped)
    flush()
    if not any(b.end > b.start for b in builder.blocks):
        raise DocumentError(
            QT_TRANSLATE_NOOP("glossary", "{name} has no text to show."), name=_name(path)
        )
    title = meta.get("title") or _title_from(path, builder.blocks, "".join(builder.parts))
    return builder.document(title, meta, path)


# Escaped characters are swapped for private-use code points while the inline
# Markdown is read, so that ``\*`` can never open or close emphasis.
_ESCAPED = re.compile(r"\\([" + re.escape(string.punctuation) + "])")
_PRIVATE_BASE = 0xF0000


def _protect(raw: str) -> str:
    if "\\" not in raw:
        return raw  # nothing escaped: most lines
    return _ESCAPED.sub(lambda m: chr(_PRIVATE_BASE + ord(m.group(1))), raw)


def _restore(text: str) -> str:
    return re.sub("[\U000f0000-\U000f007f]", lambda m: chr(ord(m.group()) - _PRIVATE_BASE), text)


def parse_inline(raw: str, offset: int = 0) -> tuple[str, list[Span]]:
    """Strip inline Markdown from ``raw``; spans are offsets from ``offset``.

    A code span runs from a backtick to the next one, its text taken as it is.
    Emphasis (``*`` or ``_``) and strong (``**`` or ``__``) open before a character
    that is not white space and close at the first closing mark at least two
    characters on that follows one that is not white space (the mark right after a
    single character closes only if there is no such mark); ``_`` and ``__`` never
    close before a letter or digit, and ``_`` never opens after one. A link is
    ``[text](address)``, shown as its text. The text of emphasis, strong and links is
    read the same way, as a text of its own.
    """
    protected = _protect(raw)
    spans: list[Span] = []
    text = _inline(protected, offset, spans)
    return _restore(text), spans


_OPENER = re.compile(r"[`*_\[]")
_SPACE = re.compile(r"\s")
_WORD = re.compile(r"\w")
# What ends each construct, wherever it stands in the text: a mark that must follow a
# character that is not white space (and for "_", "__" must not come before a letter
# or digit), a backtick, the "]" of a link's text (its text never spans lines) and the
# ")" after its address (white space ends the address). Whether a mark lies inside
# the text being read is checked where it is used.
_CLOSER = {
    "`": re.compile(r"`"),
    "*": re.compile(r"(?<=\S)\*"),
    "**": re.compile(r"(?<=\S)\*\*"),
    "_": re.compile(r"(?<=\S)_(?!\w)"),
    "__": re.compile(r"(?<=\S)__(?!\w)"),
    "]": re.compile(r"[\]\n]"),
    ")": re.compile(r"[)\s]"),
    "\n": re.compile(r"\n"),
}


class _Closers:
    """Where the next closing mark of each kind is. The text is read from left to right,
    so the positions asked about only grow: a search that found a mark at ``found``
    answers every question from where it started up to ``found``, and each kind's
    marks are searched for once over the whole text, however many openers are never
    closed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.searched: dict[str, tuple[int, int]] = {}  # kind -> (from, found)

    def next(self, kind: str, at: int) -> int:
        """The first closing mark of ``kind`` at or after ``at``; the text's length if
        there is none."""
        begun, found = self.searched.get(kind, (1, 0))
        if not begun <= at <= found:
            match = _CLOSER[kind].search(self.text, at)
            found = match.start() if match else len(self.text)
            self.searched[kind] = (at, found)
        return found


class _Construct(NamedTuple):
    style: SpanStyle | None  # None: a link
    start: int  # its text
    end: int
    after: int  # where what follows it begins


def _inline(raw: str, offset: int, spans: list[Span]) -> str:
    """The text of ``raw`` without its inline Markdown; the spans of its styles, as
    offsets from ``offset``, are added to ``spans``.

    A construct inside another is read as a run of its own on a stack, not by a
    recursive call, so that no nesting is too deep; with :class:`_Closers` each opener
    costs the same whether it is closed or not, so reading is linear.
    """
    if _OPENER.search(raw) is None:
        return raw  # plain text: most blocks
    closers = _Closers(raw)
    out: list[str] = []
    length = 0  # characters in out
    # The runs that the one being read is inside: where each resumes after it, where
    # its span begins in the text, its bounds in raw and its style.
    outer: list[tuple[int, int, int, int, SpanStyle | None]] = []
    start, end = 0, len(raw)  # the run being read
    copied = 0  # raw[:copied] is in out
    at = 0  # where to look for the next opener
    while True:
        opener = _OPENER.search(raw, at, end)
        if opener is None:
            out.append(raw[copied:end])
            length += end - copied
            if not outer:
                break
            resume, begun, start, end, style = outer.pop()
            if style:
                spans.append(Span(offset + begun, offset + length, style))
            copied = at = resume
            continue
        found = _construct(raw, opener.start(), start, end, closers)
        if found is None:
            at = opener.start() + 1
            continue
        out.append(raw[copied : opener.start()])
        length += opener.start() - copied
        if found.style == "code":
            out.append(raw[found.start : found.end])
            spans.append(Span(offset + length, offset + length + found.end - found.start, "code"))
            length += found.end - found.start
            copied = at = found.after
        else:
            outer.append((found.after, length, start, end, found.style))
            start, end = found.start, found.end
            copied = at = start
    spans.sort(key=lambda s: (s.start, -s.end))
    return "".join(out)


def _construct(raw: str, at: int, start: int, end: int, closers: _Closers) -> _Construct | None:
    """The code span, emphasis, strong or link that opens at ``at`` in the run
    ``raw[start:end]``, if one does."""
    mark = raw[at]
    if mark == "`":
        close = closers.next("`", at + 1)
        return _Construct("code", at + 1, close, close + 1) if at + 1 < close < end else None
    if mark == "[":
        close = closers.next("]", at + 1)
        if not (at + 1 < close < end - 1 and raw[close] == "]" and raw[close + 1] == "("):
            return None
        address_end = closers.next(")", close + 2)
        if address_end < end and raw[address_end] == ")":
            return _Construct(None, at + 1, close, address_end + 1)
        return None
    if at + 2 <= end and raw[at + 1] == mark:
        close = _emphasis_end(raw, at + 2, end, mark * 2, closers)
        if close >= 0:
            return _Construct("strong", at + 2, close, close + 2)
    if mark == "_" and at > start and _WORD.match(raw, at - 1):
        return None
    close = _emphasis_end(raw, at + 1, end, mark, closers)
    return _Construct("emphasis", at + 1, close, close + 1) if close >= 0 else None


def _emphasis_end(raw: str, begins: int, end: int, mark: str, closers: _Closers) -> int:
    """Where ``mark`` closes the emphasis or strong whose text begins at ``begins``, in
    a run that ends at ``end``; -1 if nothing closes it."""
    if begins >= end or _SPACE.match(raw, begins):
        return -1
    size = len(mark)
    close = closers.next(mark, begins + 2)
    if close > end - size:
        # A mark that ends the run is followed by nothing there, whatever follows it
        # in the whole text.
        close = end - size
        if not (
            close >= begins + 2 and raw.startswith(mark, close) and not _SPACE.match(raw, close - 1)
        ):
            close = -1
    # The text of emphasis stays on one line.
    if close >= 0 and close <= closers.next("\n", begins):
        return close
    close = begins + 1
    after = close + size
    if (
        after <= end
        and raw.startswith(mark, close)
        and (mark[0] == "*" or after == end or not _WORD.match(raw, after))
    ):
        return close
    return -1
