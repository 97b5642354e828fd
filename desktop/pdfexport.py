"""The PDF handout: the HTML handout laid out by Qt (``QTextDocument``) and written
with ``QPdfWriter``, on A4 or Letter, with page numbers. The text stays text:
selectable and searchable. ``desktop.exporters`` adds it to the domain's formats.

The pages are drawn here rather than by ``QTextDocument.print_``, which copies the
whole document and lays it out a second time: for 10,000 highlights (1,300 pages) that
copy alone takes two seconds. Each line is drawn on one page only (see
:func:`carried_paragraphs`). Needs a ``QGuiApplication`` (fonts): :func:`export`
starts one, offscreen when there is no display, in a process that has none (the
command line).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextLayout,
)

from glossary.atomic import atomic_target
from glossary.export import describe_os_error
from glossary.export import html as html_handout
from glossary.export.handout import Handout
from glossary.export.registry import Holds, Option, Options, Preview
from glossary.messages import QT_TRANSLATE_NOOP

extension = "pdf"
label = QT_TRANSLATE_NOOP("glossary", "PDF handout")
options: frozenset[Option] = frozenset({"glossary", "article", "page_size"})
holds: Holds = "highlights"

PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
}
MARGIN_MM = 18
RESOLUTION = 300
FOOTER_PT = 9  # the page number's font size
BODY_PT = 11
EDGE = 1.0  # in the writer's dots: how far inside a page's edges a line must reach


def export(handout: Handout, path: Path, options: Options) -> Path:
    """Write the handout as a PDF on ``options.page_size`` paper (atomically)."""
    app = QGuiApplication.instance() or _offscreen_application()
    try:
        return write_pdf(handout, path, options.page_size)
    finally:
        del app  # one started here ends with the export


def preview(handout: Handout, options: Options) -> Preview:
    """The HTML handout as Qt lays it out: the PDF's look, without its pages."""
    return html_handout.preview(handout, options)


def _offscreen_application() -> QGuiApplication:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(sys.argv[:1])


def layout(handout: Handout) -> QTextDocument:
    """The handout as a Qt text document (also used for the preview)."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    # Qt does not pass the body's font on through every element: set it as the default.
    font = QFont()
    font.setFamilies(["serif"])
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(BODY_PT)
    # No ligatures: a PDF's "fi" as one glyph is copied and searched as "ﬁ" ("first"
    # not found in "ﬁrst").
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    document.setDefaultFont(font)
    document.setHtml(html_handout.render(handout, for_qt=True))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, handout.title)
    return document


def write_pdf(handout: Handout, path: Path, page_size: str = "a4") -> Path:
    """Write the handout as a PDF to ``path`` (atomically)."""
    size = PAGE_SIZES.get(page_size.lower())
    if size is None:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}")
    document = layout(handout)
    try:
        with atomic_target(path, journal=True) as tmp:
            writer = QPdfWriter(str(tmp))
            writer.setResolution(RESOLUTION)
            writer.setTitle(handout.title)
            writer.setCreator("Glossary Reader")
            writer.setAuthor(handout.author)
            writer.setPageLayout(
                QPageLayout(
                    QPageSize(size),
                    QPageLayout.Orientation.Portrait,
                    QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                    QPageLayout.Unit.Millimeter,
                )
            )
            _paint(document, writer)
            del writer  # finishes and closes the file before it replaces the target
            _map_spaces_to_spaces(tmp)
    except OSError as exc:
        raise describe_os_error(path, exc) from None
    return path


_CMAP = re.compile(rb"begincmap.*?endcmap", re.S)
# In "bfchar" lines ("<glyph> <text>") and "bfrange" lines ("<first> <last> <text>" or
# "<first> <last> [<text> ...]"), the text part is what follows the glyph codes.
_BFCHAR = re.compile(rb"^(\s*<[0-9A-Fa-f]+>\s+)(.*)$", re.M)
_BFRANGE = re.compile(rb"^(\s*<[0-9A-Fa-f]+>\s+<[0-9A-Fa-f]+>\s+)(.*)$", re.M)
_SECTION = re.compile(rb"begin(bfchar|bfrange)(.*?)endbf(?:char|range)", re.S)


def _tab_to_space(line: re.Match[bytes]) -> bytes:
    return line.group(1) + line.group(2).replace(b"<0009>", b"<0020>")


def _fix_section(section: re.Match[bytes]) -> bytes:
    pattern = _BFCHAR if section.group(1) == b"bfchar" else _BFRANGE
    return section.group().replace(section.group(2), pattern.sub(_tab_to_space, section.group(2)))


def _map_spaces_to_spaces(path: Path) -> None:
    """Qt's PDF writer tells readers that the space glyph stands for a tab (U+0009), so
    copied text and searches get tabs between words. The mapping tables (ToUnicode
    CMaps) are written uncompressed and the fix keeps their length: no offsets move.
    Only the text side of each mapping changes, never a glyph code.
    """
    data = path.read_bytes()
    fixed = _CMAP.sub(lambda cmap: _SECTION.sub(_fix_section, cmap.group()), data)
    if fixed != data:
        path.write_bytes(fixed)


def _paint(document: QTextDocument, writer: QPdfWriter) -> None:
    # Lay the text out in the printer's own units, so that fonts and page agree.
    document.documentLayout().setPaintDevice(writer)
    width, height = float(writer.width()), float(writer.height())
    footer = FOOTER_PT * 2.5 * writer.resolution() / 72  # room for the page number
    document.setPageSize(QSizeF(width, height - footer))
    pages = document.pageCount()
    page_height = document.pageSize().height()
    text_layout = document.documentLayout()
    carried = carried_paragraphs(document)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF writer could not start")
    try:
        font = QFont(document.defaultFont())
        font.setPointSizeF(FOOTER_PT)
        painter.setFont(font)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            top = page * page_height
            painter.setClipRect(QRectF(0, top, width, page_height))
            context = QAbstractTextDocumentLayout.PaintContext()
            # Qt's pagination ends a page's last line at most at its bottom and starts
            # the next page's first line at its top; but Qt draws every line that touches
            # the clip, edges included, so either would be written (unseen, yet copied and
            # found by searches) on both pages. The clip given to the layout stops short
            # of both edges by a hair (a dot at 300 dpi).
            context.clip = QRectF(0, top + EDGE, width, page_height - 2 * EDGE)
            # Qt also draws the line just above the clip of a paragraph that runs onto
            # the page: such a paragraph's lines on the page are drawn here, one by one,
            # first (the text is read in the order it is drawn).
            going_on = carried.get(page, [])
            for block in going_on:
                lines = block.layout()
                for number in range(lines.lineCount()):
                    if _page_of(lines, number, page_height) == page:
                        lines.lineAt(number).draw(painter, lines.position())
                block.setVisible(False)  # for Qt to pass over it (not laid out again)
            try:
                text_layout.draw(painter, context)
            finally:
                for block in going_on:
                    block.setVisible(True)
            painter.restore()
            painter.drawText(
                QRectF(0, height - footer, width, footer),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                f"{page + 1} / {pages}",
            )
    finally:
        painter.end()


def _page_of(lines: QTextLayout, number: int, page_height: float) -> int:
    # A line Qt moved onto the next page starts at its very top: the half dot keeps
    # rounding from putting it back on the page before.
    return int((lines.position().y() + lines.lineAt(number).y() + 0.5) // page_height)


def carried_paragraphs(document: QTextDocument) -> dict[int, list[QTextBlock]]:
    """The paragraphs that the document's pages break, by the pages they run onto
    (every page after their first). Only plain paragraphs of the page (the handout's
    kind): not in a list or a table, whose parts their lines alone would not draw."""
    page_height = document.pageSize().height()
    document.documentLayout().documentSize()  # laid out to the end (Qt does it lazily)
    root = document.rootFrame()
    carried: dict[int, list[QTextBlock]] = {}
    block = document.begin()
    while block.isValid():
        lines = block.layout()
        count = lines.lineCount()
        if count > 1:
            first = _page_of(lines, 0, page_height)
            last = _page_of(lines, count - 1, page_height)
            plain = block.textList() is None and QTextCursor(block).currentFrame() == root
            for page in range(first + 1, last + 1 if plain else first + 1):
                carried.setdefault(page, []).append(block)
        block = block.next()
    return carried
