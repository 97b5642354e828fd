"""PDF files, read with PDFium (``pypdfium2``): the text layer with its positions,
rebuilt into the text a reader reads.

Each page's text comes as lines with their boxes and font sizes. Running headers and
footers (a line near the top or bottom that repeats across pages, numbers aside) and
page numbers are dropped; a page in two columns is read column by column; lines are
joined into paragraphs (a new one after a wider gap, an indented first line, a short
line that ends a sentence, or a list item's mark), a word hyphenated at a line's end
is made whole again (``glossary.documents.wrapping``), and a paragraph that runs on
to the next page is joined across the break. Lines set larger than the body text, or
short bold lines on their own, are headings (levels by size).

Every page is kept: the document knows where each page starts in its text
(:attr:`~glossary.model.Document.pages`), so the reader can say which page is being
read, go to a page, and cite it.

A PDF that needs a password raises :class:`PasswordNeeded` (the window asks once); one
without a text layer (a scan) says it needs text recognition; a damaged one, one with
more pages than :data:`MAX_PAGES` or a page with more text than any page holds (a "PDF
bomb") is refused with a message.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from glossary.documents.builder import BlockBuilder
from glossary.documents.errors import DocumentError, PasswordNeeded, name_of
from glossary.documents.wrapping import join_lines_at
from glossary.messages import QT_TRANSLATE_NOOP, plain_reason
from glossary.model import BlockKind, Document

MAX_PAGES = 10_000
MAX_PAGE_CHARS = 50_000  # a dense page of small print holds about 10,000
MARGIN_ZONE = 0.09  # the top and bottom share of a page where running heads stand
HEADING_RATIO = 1.18  # a line this much larger than the body text is a heading
_BOLD_HEADING_CHARS = 90  # a bold line shorter than this, on its own, is a heading
Progress = Callable[[int, int], None]  # pages read, pages in all

_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|halaman|hal\.?|p\.|pp\.)\s*)?[-–—(\[]?\s*(?:\d{1,5}|[ivxlcdm]{1,8})\s*[-–—)\]]?"
    r"(?:\s*(?:of|dari|/)\s*\d{1,5})?$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^[•●▪■◦○‣∙·\-–*]\s+")
_NUMBERED = re.compile(r"^(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s+", re.IGNORECASE)
_SENTENCE_END = (".", "!", "?", ":", '"', "”", "’", ")", ";")
_SOFT_HYPHEN = "\x02"  # PDFium's mark for a hyphen it takes for one at a line's end


@dataclass
class _Line:
    page: int
    left: float
    bottom: float
    right: float
    top: float
    text: str
    size: float
    bold: bool

    @property
    def middle(self) -> float:
        return (self.bottom + self.top) / 2


@dataclass
class _Block:
    kind: BlockKind
    level: int = 0
    bullet: bool = False
    lines: list[_Line] = field(default_factory=list)


def parse_pdf(
    data: bytes,
    *,
    path: Path | None = None,
    password: str | None = None,
    progress: Progress | None = None,
) -> Document:
    """The document in ``data`` (see the module's docstring); ``progress(done, total)``
    is told as pages are read."""
    import pypdfium2 as pdfium

    name = name_of(path)
    try:
        pdf = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            if password:
                raise PasswordNeeded(
                    QT_TRANSLATE_NOOP("glossary", "The password does not open {name}."),
                    wrong=True,
                    name=name,
                ) from None
            raise PasswordNeeded(
                QT_TRANSLATE_NOOP("glossary", "{name} is protected by a password."), name=name
            ) from None
        raise DocumentError(
            QT_TRANSLATE_NOOP("glossary", "{name} is damaged or is not a PDF ({reason})."),
            name=name,
            reason=plain_reason(exc),
        ) from None
    try:
        return _read(pdf, name, path, progress)
    finally:
        pdf.close()


def _read(pdf: Any, name: object, path: Path | None, progress: Progress | None) -> Document:
    count = len(pdf)
    if count > MAX_PAGES:
        raise DocumentError(
            QT_TRANSLATE_NOOP(
                "glossary", "{name} has {count:,} pages; at most {limit:,} are read."
            ),
            name=name,
            count=count,
            limit=MAX_PAGES,
        )
    pages: list[list[_Line]] = []
    sizes: list[tuple[float, float]] = []
    for number in range(count):
        try:
            page = pdf[number]
        except Exception as exc:  # PDFium fails on a damaged page
            raise DocumentError(
                QT_TRANSLATE_NOOP("glossary", "{name} is damaged (page {page}: {reason})."),
                name=name,
                page=number + 1,
                reason=plain_reason(exc),
            ) from None
        try:
            sizes.append((page.get_width(), page.get_height()))
            pages.append(_page_lines(page, number, name))
        finally:
            page.close()
        if progress is not None:
            progress(number + 1, count)
    if sum(len(line.text.strip()) for lines in pages for line in lines) < 10:
        raise DocumentError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "{name} has no text to read: its pages are pictures (a scan). It needs text "
                "recognition (OCR) first, for example with OCRmyPDF.",
            ),
            name=name,
        )
    _drop_running_heads(pages, sizes)
    blocks = _blocks(pages, sizes)
    builder = BlockBuilder()
    page_starts = _build(builder, blocks, count)
    if not builder.has_text():
        raise DocumentError(QT_TRANSLATE_NOOP("glossary", "{name} has no text to show."), name=name)
    meta: dict[str, str] = {}
    try:
        info = pdf.get_metadata_dict()
    except Exception:  # a damaged information dictionary: no metadata
        info = {}
    author = " ".join(str(info.get("Author") or "").split())
    if author:
        meta["author"] = author
    title = " ".join(str(info.get("Title") or "").split())
    if not _meaningful_title(title):
        title = builder.title(None) or (path.stem if path else "")
    builder.pages = page_starts
    return builder.document(title, meta, path)


def _meaningful_title(title: str) -> bool:
    low = title.lower()
    return (
        bool(title)
        and not low.startswith(("untitled", "microsoft word", "document"))
        and (not re.search(r"\.(docx?|pdf|odt|tex|rtf)$", low))
    )


def _page_lines(page: Any, number: int, name: object) -> list[_Line]:
    """The page's text as lines, in no particular order yet."""
    import pypdfium2.raw as raw

    text_page = page.get_textpage()
    try:
        if text_page.count_chars() > MAX_PAGE_CHARS:
            raise DocumentError(
                QT_TRANSLATE_NOOP(
                    "glossary",
                    "{name} has a page with more text than any page holds (page {page}); "
                    "it is not read.",
                ),
                name=name,
                page=number + 1,
            )
        pieces: list[_Line] = []
        count = text_page.count_chars()
        text = text_page.get_text_range(0, count) if count > 0 else ""
        if len(text) != count:  # (characters beyond the BMP: indexes would not match)
            return _join_pieces(_pieces_by_rect(text_page, number))
        # PDFium's own calls, one box reused: the wrapper's make a box each time.
        box = raw.FS_RECTF()
        loose_box = raw.FPDFText_GetLooseCharBox
        for match in _LINE.finditer(text):
            line = match.group()
            if line.isspace():
                continue
            start = match.start()
            first = start + len(line) - len(line.lstrip())
            last = start + len(line.rstrip()) - 1
            loose_box(text_page, first, box)
            left, bottom, top = box.left, box.bottom, box.top
            loose_box(text_page, last, box)
            # A line's size is its letters' height on the page (a font's size alone
            # leaves out the scale a PDF may draw it at).
            size = top - bottom
            if abs(box.bottom - bottom) > 0.6 * size:
                # PDFium ran two lines of the page together: they are cut apart.
                pieces += _visual_lines(text_page, number, text, first, last)
                continue
            words = _words(line)
            pieces.append(
                _Line(
                    number,
                    left,
                    min(bottom, box.bottom),
                    box.right,
                    max(top, box.top),
                    words,
                    size,
                    # (Only a short line may be a heading for being bold.)
                    len(words) < _BOLD_HEADING_CHARS and _bold(text_page, first),
                )
            )
        return _join_pieces(pieces)
    finally:
        text_page.close()


def _words(line: str) -> str:
    words = " ".join(line.split())
    if _LINE_HYPHEN in words or _SOFT_HYPHEN in words:
        words = words.replace(_LINE_HYPHEN, "-").replace(_SOFT_HYPHEN, "-")
    return words


def _visual_lines(text_page: Any, number: int, text: str, first: int, last: int) -> list[_Line]:
    """The characters ``first..last`` of a page's text cut into the lines they stand on
    (each character's box looked up: only for what PDFium ran together)."""
    import pypdfium2.raw as raw

    box = raw.FS_RECTF()
    lines: list[_Line] = []
    begun = first
    edges: tuple[float, float, float, float] | None = None  # left, bottom, right, top
    for index in range(first, last + 2):
        if index <= last:
            if text[index].isspace():
                continue
            raw.FPDFText_GetLooseCharBox(text_page, index, box)
            if edges is None:
                edges = (box.left, box.bottom, box.right, box.top)
                continue
            height = edges[3] - edges[1]
            if abs(box.bottom - edges[1]) <= 0.6 * height and box.left >= edges[0] - height:
                edges = (edges[0], min(edges[1], box.bottom), box.right, max(edges[3], box.top))
                continue
        if edges is not None:
            words = _words(text[begun:index])
            if words:
                size = edges[3] - edges[1]
                bold = len(words) < _BOLD_HEADING_CHARS and _bold(text_page, begun)
                lines.append(_Line(number, *edges, words, size, bold))
        if index <= last:
            begun = index
            edges = (box.left, box.bottom, box.right, box.top)
    return lines


_BOLD_NAME = re.compile(rb"bold|black|heavy|semibold|demi", re.IGNORECASE)
_FORCE_BOLD = 1 << 18  # PDFium's flag for a font made bold by drawing


def _bold(text_page: Any, char: int) -> bool:
    """Whether the character's font is bold: by its weight, or (a standard font has
    none) by its name."""
    import ctypes

    import pypdfium2.raw as raw

    if raw.FPDFText_GetFontWeight(text_page, char) >= 600:
        return True
    flags = ctypes.c_int(0)
    name = ctypes.create_string_buffer(128)
    raw.FPDFText_GetFontInfo(text_page, char, name, 128, ctypes.byref(flags))
    return bool(flags.value & _FORCE_BOLD or _BOLD_NAME.search(name.value))


_LINE_HYPHEN = "\ufffe"  # PDFium's hyphen at a line's end, in a page's whole text
# A line of a page's whole text: PDFium ends one with "\r\n", or with its line-end
# hyphen (the next line follows at once).


_LINE = re.compile("[^\r\n\ufffe]*\ufffe|[^\r\n]+")


def _pieces_by_rect(text_page: Any, number: int) -> list[_Line]:
    """The page's text as PDFium's rectangles of it (slower: each is looked up in all
    of the page's text), for a page whose characters are not one text unit each."""
    import pypdfium2.raw as raw

    pieces: list[_Line] = []
    for index in range(text_page.count_rects()):
        left, bottom, right, top = text_page.get_rect(index)
        text = text_page.get_text_bounded(left, bottom, right, top)
        text = text.replace("\r", " ").replace("\n", " ").replace(_SOFT_HYPHEN, "-")
        if not text.strip():
            continue
        height = max(top - bottom, 0.5)
        char = text_page.get_index(left + 0.5, (bottom + top) / 2, 2.0, height)
        size, bold = height, False
        if char >= 0:
            size = raw.FPDFText_GetFontSize(text_page, char) or height
            bold = _bold(text_page, char)
        pieces.append(_Line(number, left, bottom, right, top, " ".join(text.split()), size, bold))
    return pieces


def _join_pieces(pieces: list[_Line]) -> list[_Line]:
    """Pieces of one line (PDFium cuts a line where its font changes) made one line."""
    pieces.sort(key=lambda p: (-round(p.middle), p.left))
    lines: list[_Line] = []
    for piece in pieces:
        if lines:
            last = lines[-1]
            height = min(last.top - last.bottom, piece.top - piece.bottom) or 1.0
            same_line = abs(last.middle - piece.middle) < 0.5 * height
            if same_line and piece.left >= last.right - 1 and piece.left - last.right < 3 * height:
                gap = " " if piece.left - last.right > 0.15 * height else ""
                last.text = f"{last.text}{gap}{piece.text}"
                last.right = piece.right
                last.top = max(last.top, piece.top)
                last.bottom = min(last.bottom, piece.bottom)
                last.size = max(last.size, piece.size)
                last.bold = last.bold and piece.bold
                continue
        lines.append(piece)
    return lines


def _running_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _drop_running_heads(pages: list[list[_Line]], sizes: Sequence[tuple[float, float]]) -> None:
    """Drop page numbers, and lines near the top or bottom that repeat across pages."""
    in_zone: list[list[_Line]] = []
    for lines, (_width, height) in zip(pages, sizes, strict=True):
        low, high = height * MARGIN_ZONE, height * (1 - MARGIN_ZONE)
        in_zone.append([line for line in lines if line.top <= low or line.bottom >= high])
    counts = Counter(
        key for lines in in_zone for key in {_running_key(line.text) for line in lines}
    )
    repeated = {key for key, n in counts.items() if n >= max(2, 0.4 * len(pages))}
    # (A line set larger than the body text is a heading, whatever repeats.)
    body = _body_size(pages)
    for index, zone in enumerate(in_zone):
        dropped = {
            id(line)
            for line in zone
            if _PAGE_NUMBER.match(line.text.strip())
            or (_running_key(line.text) in repeated and line.size < body * HEADING_RATIO)
        }
        if dropped:
            pages[index] = [line for line in pages[index] if id(line) not in dropped]


def _columns(lines: list[_Line], width: float) -> list[_Line]:
    """The page's lines in reading order: top to bottom, and a page in two columns the
    left column first (a title across both before them)."""
    ordered = sorted(lines, key=lambda line: (-line.top, line.left))
    if len(ordered) < 6:
        return ordered
    left_edge = min(line.left for line in ordered)
    right_edge = max(line.right for line in ordered)
    middle = (left_edge + right_edge) / 2
    left = [line for line in ordered if line.right <= middle + 2]
    right = [line for line in ordered if line.left >= middle - 2]
    across = [line for line in ordered if line.right > middle + 2 and line.left < middle - 2]
    if len(left) < 3 or len(right) < 3 or len(across) > 0.15 * len(ordered):
        return ordered
    top_of_columns = max(line.top for line in left + right)
    bottom_of_columns = min(line.bottom for line in left + right)
    above = [line for line in across if line.bottom >= top_of_columns - 1]
    below = [line for line in across if line.top <= bottom_of_columns + 1]
    inside = [line for line in across if line not in above and line not in below]
    return above + sorted(left + inside, key=lambda line: (-line.top, line.left)) + right + below


def _body_size(pages: Iterable[list[_Line]]) -> float:
    weights: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            weights[round(line.size, 1)] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 10.0


def _blocks(pages: list[list[_Line]], sizes: Sequence[tuple[float, float]]) -> list[_Block]:
    body = _body_size(pages)
    heading_sizes = sorted(
        {
            round(line.size)
            for lines in pages
            for line in lines
            if line.size >= body * HEADING_RATIO
        },
        reverse=True,
    )
    levels = {size: min(index + 1, 5) for index, size in enumerate(heading_sizes[:5])}
    bold_level = min(len(levels) + 1, 6)
    blocks: list[_Block] = []
    for lines, (width, _height) in zip(pages, sizes, strict=True):
        ordered = _columns(lines, width)
        gaps = [a.bottom - b.top for a, b in pairwise(ordered) if 0 < a.bottom - b.top < 3 * body]
        leading = statistics.median(gaps) if gaps else body * 0.2
        column_left = min((line.left for line in ordered), default=0.0)
        previous: _Line | None = None
        for line in ordered:
            kind, level, bullet, text = _classify(line, body, levels, bold_level)
            line.text = text
            current = blocks[-1] if blocks else None
            joins = (
                current is not None
                and previous is not None
                and kind == current.kind
                and kind in ("paragraph", "heading")
                and (kind != "heading" or level == current.level)
                and _continues(previous, line, leading, body, column_left)
            )
            across_pages = (
                previous is None
                and current is not None
                and current.kind == "paragraph"
                and kind == "paragraph"
                and current.lines
                and _runs_on(current.lines[-1].text, line.text)
            )
            if joins or across_pages:
                assert current is not None
                current.lines.append(line)
            else:
                blocks.append(_Block(kind, level, bullet, [line]))
            previous = line
    return blocks


def _classify(
    line: _Line, body: float, levels: dict[int, int], bold_level: int
) -> tuple[BlockKind, int, bool, str]:
    """What ``line`` starts or goes on: (kind, level, bullet, its text without a bullet)."""
    text = line.text
    level = levels.get(round(line.size))
    if level is not None and len(text) < 200:
        return "heading", level, False, text
    if (
        line.bold
        and line.size >= body * 0.95
        and len(text) < _BOLD_HEADING_CHARS
        and not text.endswith(".")
    ):
        return "heading", bold_level, False, text
    bullet = _BULLET.match(text)
    if bullet:
        return "item", 1, True, text[bullet.end() :]
    if _NUMBERED.match(text):
        return "item", 1, False, text
    return "paragraph", 0, False, text


def _continues(previous: _Line, line: _Line, leading: float, body: float, left: float) -> bool:
    """Whether ``line`` goes on the paragraph ``previous`` is in (same page, column)."""
    gap = previous.bottom - line.top
    if gap > leading + body * 0.35 or gap < -body:
        return False  # a wider gap than between lines, or the next column
    if line.left > previous.left + body * 0.8 and line.left > left + body * 0.8:
        return False  # an indented first line
    # A line that ends a sentence well short of the column's edge ends its paragraph.
    short = previous.right < line.right - body * 4
    return not (previous.text.endswith(_SENTENCE_END) and short)


def _runs_on(last: str, first: str) -> bool:
    """Whether a paragraph whose last line is ``last`` goes on at a next page's first
    line ``first``: it does not end a sentence, and that line does not start one."""
    if last.endswith("-"):
        return True
    return not last.endswith(_SENTENCE_END) and first[:1].islower()


def _build(builder: BlockBuilder, blocks: list[_Block], count: int) -> list[int]:
    """Add ``blocks`` to ``builder``; where each of ``count`` pages starts in the text."""
    starts: list[int | None] = [None] * count
    for block in blocks:
        start = builder.start
        texts = [line.text for line in block.lines]
        text, at = join_lines_at(texts)
        builder.add(block.kind, text, level=block.level, bullet=block.bullet, collapse=False)
        for line, offset in zip(block.lines, at, strict=True):
            if starts[line.page] is None:
                starts[line.page] = start + offset
    # A page without text starts where the next one does (or at the end).
    end = builder.length
    following = end
    for index in range(count - 1, -1, -1):
        found = starts[index]
        if found is None:
            starts[index] = following
        else:
            following = found
    result = [s if s is not None else end for s in starts]
    for index in range(1, len(result)):  # (a column read late must not go backwards)
        result[index] = max(result[index], result[index - 1])
    return result
