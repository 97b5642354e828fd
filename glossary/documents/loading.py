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
import tomllib
from dataclasses import replace
from importlib import resources
from pathlib import Path

from glossary.documents import bulk
from glossary.documents.decoding import (
    Decoded,
    DecodeError,
    declared_html_charset,
    decode,
    utf8_beyond_ascii,
)
from glossary.documents.language import guess_language
from glossary.messages import QT_TRANSLATE_NOOP, Problem
from glossary.model import Block, BlockKind, Document, Span, SpanStyle
from glossary.userfiles import UserFileError, read_user_file

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
    return Path(str(resources.files("resources.articles").joinpath(BUNDLED_ARTICLE)))


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


_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}> ?(.*)$")
_LIST_ITEM = re.compile(r"^ {0,3}(?:([-*+•])|(\d{1,9}[.)]))[ \t]+(\S.*)$")


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
        data = tomllib.loads(header)
    except (tomllib.TOMLDecodeError, RecursionError) as exc:
        raise DocumentError(
            QT_TRANSLATE_NOOP("glossary", "{name}: bad metadata header: {reason}."),
            name=_name(path),
            reason=exc,
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
        heading = _HEADING.match(line)
        if heading:
            flush()
            builder.add("heading", (heading.group(2) or "").strip(), level=len(heading.group(1)))
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


_ESCAPABLE = r"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_INLINE = re.compile(
    r"`(?P<code>[^`]+)`"
    r"|\*\*(?P<strong>\S(?:.*?\S)?)\*\*"
    r"|__(?P<strong2>\S(?:.*?\S)?)__(?!\w)"
    r"|\*(?P<em>\S(?:.*?\S)?)\*"
    r"|(?<!\w)_(?P<em2>\S(?:.*?\S)?)_(?!\w)"
    r"|\[(?P<link>[^\]\n]+)\]\((?P<url>[^)\s]*)\)"
)
# Escaped characters are swapped for private-use code points while the inline
# pattern runs, so that ``\*`` can never open or close emphasis.
_PRIVATE_BASE = 0xF0000


def _protect(raw: str) -> str:
    if "\\" not in raw:
        return raw  # nothing escaped: most lines
    out: list[str] = []
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == "\\" and i + 1 < len(raw) and raw[i + 1] in _ESCAPABLE:
            out.append(chr(_PRIVATE_BASE + ord(raw[i + 1])))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _restore(text: str) -> str:
    return re.sub("[\U000f0000-\U000f007f]", lambda m: chr(ord(m.group()) - _PRIVATE_BASE), text)


def parse_inline(raw: str, offset: int = 0) -> tuple[str, list[Span]]:
    """Strip inline Markdown from ``raw``; spans are offsets from ``offset``."""
    protected = _protect(raw)
    spans: list[Span] = []
    text = _inline(protected, offset, spans)
    return _restore(text), spans


def _inline(raw: str, offset: int, spans: list[Span]) -> str:
    out: list[str] = []
    length = 0
    pos = 0
    for match in _INLINE.finditer(raw):
        before = raw[pos : match.start()]
        out.append(before)
        length += len(before)
        group = match.lastgroup
        start = offset + length
        if group == "code":
            inner = match.group("code")
            style: SpanStyle | None = "code"
        else:
            name = "link" if group == "url" else group
            assert name is not None
            inner_raw = match.group(name)
            inner = _inline(inner_raw, start, spans)
            styles: dict[str, SpanStyle] = {
                "strong": "strong",
                "strong2": "strong",
                "em": "emphasis",
                "em2": "emphasis",
            }
            style = styles.get(name)
        out.append(inner)
        length += len(inner)
        if style:
            spans.append(Span(start, start + len(inner), style))
        pos = match.end()
    out.append(raw[pos:])
    spans.sort(key=lambda s: (s.start, -s.end))
    return "".join(out)
