"""EPUB books: the chapters, in reading order, become the sections of one document, and
the table of contents becomes its outline.

An EPUB is a zip archive of XHTML files, so it is checked before anything in it is
parsed: at most 5,000 entries and 300 MB uncompressed, no entry compressed more than
200 times (a zip bomb), no path that leaves the archive, and no XML entity declaration
anywhere (the "billion laughs" attack); ebooklib then reads the package and the table
of contents, and each chapter goes through the same HTML reader as an ``.html`` file.
"""

from __future__ import annotations

import posixpath
import warnings
from collections.abc import Sequence
from dataclasses import replace
from io import BytesIO
from pathlib import Path
from typing import Any

from glossary.documents.archive import ArchiveError, check_archive
from glossary.documents.decoding import DecodeError, decode
from glossary.documents.html import parse_html
from glossary.messages import QT_TRANSLATE_NOOP, Problem, plain_reason
from glossary.model import Block, Document, OutlineEntry, Span


class EpubError(Problem):
    """The book cannot be read; the message says why, for the reader."""

    @classmethod
    def of(cls, problem: Problem) -> EpubError:
        return cls(problem.template, **problem.fields)


def parse_epub(data: bytes, *, path: Path | None = None) -> Document:
    """The book as one document (see the module docstring)."""
    name: str | Problem = str(path) if path else Problem(QT_TRANSLATE_NOOP("glossary", "The book"))
    try:
        check_archive(
            data,
            name,
            QT_TRANSLATE_NOOP(
                "glossary", "{name} is not an EPUB book (not a zip archive, or cut short)."
            ),
        )
    except ArchiveError as exc:
        raise EpubError.of(exc) from None
    book = _read_book(data, name)
    chapters: list[tuple[str, Document]] = []
    seen: set[str] = set()
    for item_id, linear in book.spine:
        # A page is read once: a reading order that lists one page 20,000 times would
        # make a document of gigabytes out of a book of kilobytes.
        if item_id in seen:
            continue
        seen.add(item_id)
        item = book.get_item_with_id(item_id)
        # The navigation page (the table of contents as a page) and pages outside the
        # reading order ("linear=no": notes, covers) are not chapters.
        if item is None or not _is_document(item) or str(linear).lower() == "no":
            continue
        if not getattr(item, "is_chapter", lambda: True)():
            continue
        try:
            source = decode(item.get_content()).text
        except DecodeError:
            continue  # a chapter that is not text is left out
        chapters.append((item.get_name(), parse_html(source)))
    document = join_chapters(chapters, _toc(book.toc), path)
    if not document.text.strip():
        raise EpubError(QT_TRANSLATE_NOOP("glossary", "{name} has no text to show."), name=name)
    meta = dict(document.meta)
    title = " ".join(str(getattr(book, "title", "") or "").split())
    if title:
        meta["title"] = title
    language = _metadata(book, "language")
    if language:
        meta["language"] = language.split("-")[0].lower()
    author = " ".join(_metadata(book, "creator").split())
    if author:
        meta["author"] = author  # shown under the title, as an article's is
    return replace(document, title=meta["title"], meta=meta)


def _metadata(book: Any, name: str) -> str:
    try:
        values = book.get_metadata("DC", name)
    except Exception:  # a package without that namespace
        return ""
    return str(values[0][0]) if values and values[0] and values[0][0] else ""


def _read_book(data: bytes, name: str | Problem) -> Any:
    from ebooklib import epub

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ebooklib warns about its own future defaults
        try:
            return epub.read_epub(BytesIO(data), {"ignore_ncx": False})
        except Exception as exc:  # ebooklib raises many kinds on a broken package
            raise EpubError(
                QT_TRANSLATE_NOOP("glossary", "{name} is not a readable EPUB book ({reason})."),
                name=name,
                reason=plain_reason(exc),
            ) from None


def _is_document(item: Any) -> bool:
    import ebooklib

    return bool(item.get_type() == ebooklib.ITEM_DOCUMENT)


def _toc(entries: Any, level: int = 1) -> list[tuple[str, str, int]]:
    """The table of contents as (title, href, level), depth first. An entry without a
    title or a target has "" for it (ebooklib gives None, which must not read "None")."""
    out: list[tuple[str, str, int]] = []
    if not isinstance(entries, tuple | list):
        entries = [entries] if entries else []  # a damaged table: one entry, not a list
    for entry in entries:
        if isinstance(entry, tuple | list) and len(entry) == 2:
            section, children = entry
            out.append((_title(section), _href(section), level))
            out += _toc(children, level + 1)
        else:
            out.append((_title(entry), _href(entry), level))
    return out


def _title(entry: Any) -> str:
    # On one line: a title becomes a heading, and a block holds no line break.
    value = getattr(entry, "title", None)
    return " ".join(value.split()) if isinstance(value, str) else ""


def _href(entry: Any) -> str:
    value = getattr(entry, "href", None)
    return value if isinstance(value, str) else ""


def join_chapters(
    chapters: Sequence[tuple[str, Document]],
    toc: Sequence[tuple[str, str, int]],
    path: Path | None,
) -> Document:
    """One document of the chapters, each starting with a heading (its own, else its
    title from the table of contents); the outline from the table of contents, or the
    chapters' headings when it has none."""
    titles = {posixpath.basename(href.split("#")[0]): title for title, href, _ in reversed(toc)}
    parts: list[str] = []
    blocks: list[Block] = []
    starts: dict[str, int] = {}
    length = 0
    for name, chapter in chapters:
        own = list(chapter.blocks)
        if not any(b.end > b.start for b in own):
            continue
        if own[0].kind != "heading":
            title = titles.get(posixpath.basename(name)) or chapter.meta.get("title", "")
            if title:
                heading = Document(title, (Block("heading", 0, len(title), 1),), title)
                chapter = _prepend(heading, chapter)
                own = list(chapter.blocks)
        if blocks:
            parts.append("\n")
            length += 1
        starts[posixpath.basename(name)] = length
        parts.append(chapter.text)
        blocks += [_shift(b, length) for b in own]
        length += len(chapter.text)
    text = "".join(parts)
    outline = []
    for title, href, level in toc:
        start = starts.get(posixpath.basename(href.split("#")[0]))
        if start is not None and title:
            outline.append(OutlineEntry(title, start, level))
    title = next((t for t, _h, _l in toc if t), "") or (path.stem if path else "")
    return Document(text, tuple(blocks), title, {"title": title}, path, tuple(outline))


def _prepend(heading: Document, chapter: Document) -> Document:
    shift = len(heading.text) + 1
    blocks = (*heading.blocks, *(_shift(b, shift) for b in chapter.blocks))
    return Document(f"{heading.text}\n{chapter.text}", blocks, chapter.title, chapter.meta)


def _shift(block: Block, by: int) -> Block:
    spans = tuple(Span(s.start + by, s.end + by, s.style) for s in block.spans)
    return block._replace(start=block.start + by, end=block.end + by, spans=spans)
