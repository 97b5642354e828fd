"""Load a document file into a :class:`~glossary.model.Document`: plain text here,
Markdown, HTML, EPUB, Word and PDF through their readers (each loaded with the first
file of its kind). Every reader goes through the limits and messages here."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from glossary.documents import bulk
from glossary.documents.builder import BlockBuilder
from glossary.documents.decoding import (
    Decoded,
    DecodeError,
    declared_html_charset,
    decode,
    utf8_beyond_ascii,
)
from glossary.documents.errors import DocumentError as DocumentError  # (re-exported)
from glossary.documents.errors import name_of
from glossary.documents.language import guess_language
from glossary.documents.wrapping import WrapStats, join_lines
from glossary.messages import QT_TRANSLATE_NOOP
from glossary.model import Document
from glossary.paths import RESOURCES
from glossary.userfiles import UserFileError, read_user_file

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PDF_BYTES = 200 * 1024 * 1024  # a PDF carries its pictures and fonts too
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
EPUB_SUFFIXES = {".epub"}
WORD_SUFFIXES = {".docx"}
PDF_SUFFIXES = {".pdf"}
SUFFIXES = {
    ".txt",
    ".text",
    *MARKDOWN_SUFFIXES,
    *HTML_SUFFIXES,
    *EPUB_SUFFIXES,
    *WORD_SUFFIXES,
    *PDF_SUFFIXES,
}
BUNDLED_ARTICLE = "deepseek-id.md"


def bundled_article_path() -> Path:
    """The path of the article shipped with the app."""
    return RESOURCES / "articles" / BUNDLED_ARTICLE


def load_document(
    path: str | Path,
    encoding: str | None = None,
    *,
    remembered: str | None = None,
    password: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Document:
    """Read and parse ``path``. Raises :class:`DocumentError` with a clear message.

    ``encoding``: the one the reader chose for a text file; by default it is detected.
    ``remembered``: the one the reader chose for it before, used unless the file no
    longer reads in it or now reads as UTF-8 beyond ASCII (it was saved again).
    The document's ``meta["encoding"]`` names the one used for a text file, and
    ``meta["encoding_guessed"]`` is "yes" when it was detected rather than known, and
    ``meta["encoding_chosen"]`` is "yes" when it is the one chosen (now or before).
    ``password`` opens an encrypted PDF (without it, or with a wrong one, such a PDF
    raises :class:`~glossary.documents.pdf.PasswordNeeded`); ``progress(done, total)``
    is told as a PDF's pages are read.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in EPUB_SUFFIXES:
        return _load_epub(path)
    if suffix in WORD_SUFFIXES:
        return _load_word(path)
    if suffix in PDF_SUFFIXES:
        return _load_pdf(path, password, progress)
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

    data = _read_archive(path)
    try:
        return parse_epub(data, path=path)
    except EpubError as exc:
        raise DocumentError.of(exc) from None


def _read_archive(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a book, a Word document or a PDF, within the size it may have."""
    try:
        data = read_user_file(path, limit)
    except UserFileError as exc:
        raise DocumentError.of(exc) from None
    if not data:
        raise DocumentError(QT_TRANSLATE_NOOP("glossary", "{path} is empty."), path=path)
    return data


def _load_word(path: Path) -> Document:
    from glossary.documents.word import parse_docx

    document = parse_docx(_read_archive(path), path=path)
    meta = {**document.meta}
    if meta.get("language") not in ("id", "en"):
        meta["language"] = guess_language(document.text)
    return replace(document, meta=meta)


def _load_pdf(
    path: Path, password: str | None, progress: Callable[[int, int], None] | None
) -> Document:
    from glossary.documents.pdf import parse_pdf

    document = parse_pdf(
        _read_archive(path, MAX_PDF_BYTES), path=path, password=password, progress=progress
    )
    return replace(document, meta={**document.meta, "language": guess_language(document.text)})


def load_bundled_article(cache_dir: Path | None = None) -> Document:
    """The article shipped with the app; with ``cache_dir``, its reading is kept there
    (see ``glossary.documents.cache``)."""
    from glossary.documents.cache import cached_document

    return cached_document(bundled_article_path(), cache_dir, load_document)


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


def parse_plain_text(source: str, *, path: Path | None = None) -> Document:
    """Plain text: one paragraph per line; or, in a text wrapped at a fixed width (see
    ``glossary.documents.wrapping``), per run of lines up to a blank line or a list
    item's first line, the lines joined again (words hyphenated at a line's end
    made whole)."""
    builder = BlockBuilder()
    if _wrap_width(source):
        current: list[str] = []
        for lines in bulk.lines(source):
            for line in lines:
                stripped = line.strip()
                # A blank line ends a paragraph; a line that starts a list item ("- ",
                # "1. ", "• ") starts one.
                if current and (not stripped or _LIST_ITEM.match(line)):
                    builder.add("paragraph", join_lines(current))
                    current = []
                if stripped:
                    current.append(stripped)
        if current:
            builder.add("paragraph", join_lines(current))
    else:
        for lines in bulk.lines(source):
            for line in lines:
                stripped = line.strip()
                if stripped:
                    builder.add("paragraph", stripped)
    if not builder.blocks:
        raise DocumentError(
            QT_TRANSLATE_NOOP("glossary", "{name} has no text to show."), name=name_of(path)
        )
    title = path.stem if path else ""
    return builder.document(title, {}, path)


_ITEM_MARKS = "-*+•0123456789"
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+•]|\d{1,9}[.)])[ \t]+\S")


def _wrap_width(source: str) -> int:
    """The width ``source``'s lines were wrapped at, or 0 (read a piece at a time: a
    long text has millions of lines)."""
    stats = WrapStats()
    pending = -1  # the last non-blank line's length, until what follows it is known
    for lines in bulk.lines(source):
        for line in lines:
            if not line or line.isspace():
                if pending >= 0:
                    stats.add(pending, True)
                    pending = -1
            else:
                if pending >= 0:
                    # (A list item's first line starts a paragraph: the line before ends one.)
                    starts_item = line.lstrip()[:1] in _ITEM_MARKS and _LIST_ITEM.match(line)
                    stats.add(pending, bool(starts_item))
                pending = len(line)
    if pending >= 0:
        stats.add(pending, True)
    return stats.width()


def parse_markdown(source: str, *, path: Path | None = None) -> Document:
    """Markdown (see ``glossary.documents.markdown``, loaded with the first file)."""
    from glossary.documents.markdown import parse_markdown as parse

    return parse(source, path=path)
