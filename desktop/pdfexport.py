"""The PDF handout: the HTML handout laid out by Qt (``QTextDocument``) and written
with ``QPdfWriter``, on A4 or Letter, with page numbers. The text stays text:
selectable and searchable. ``desktop.exporters`` adds it to the domain's formats.

The pages are drawn here rather than by ``QTextDocument.print_``, which copies the
whole document and lays it out a second time: for 10,000 highlights (1,300 pages) that
copy alone takes two seconds. Each line is drawn on one page only: a paragraph the
pages break is split at the break first (:func:`split_at_page_breaks`). Needs a
``QGuiApplication`` (fonts): :func:`export` starts one, offscreen when there is no
display, in a process that has none (the command line).
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
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
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
LINE_SEPARATOR = "\u2028"  # what Qt makes of <br>
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
    split_at_page_breaks(document)
    pages = document.pageCount()
    page_height = document.pageSize().height()
    text_layout = document.documentLayout()
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
            text_layout.draw(painter, context)
            painter.restore()
            painter.drawText(
                QRectF(0, height - footer, width, footer),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                f"{page + 1} / {pages}",
            )
    finally:
        painter.end()


def split_at_page_breaks(document: QTextDocument) -> None:
    """Split every paragraph that the document's pages break into one paragraph a
    page, with no space between them: every line stays where it was.

    Drawing a page, Qt also draws the line just above it of a paragraph that runs onto
    it (hidden by the clip, but written in the PDF, where it is copied and found as if
    it stood on both pages); a paragraph that starts on the page has none.
    """
    height = document.pageSize().height()
    document.documentLayout().documentSize()  # laid out to the end (Qt does it lazily)
    breaks: list[int] = []
    block = document.begin()
    while block.isValid():
        text_layout = block.layout()
        top = text_layout.position().y()
        page = -1
        for number in range(text_layout.lineCount()):
            line = text_layout.lineAt(number)
            # A line Qt moved onto the next page starts at its top; the half point
            # keeps rounding from putting it back on the one before.
            line_page = int((top + line.y() + 0.5) // height)
            if number and line_page != page:
                breaks.append(block.position() + line.textStart())
            page = line_page
        block = block.next()
    if not breaks:
        return
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # laid out again once, at the end
    for position in reversed(breaks):
        cursor.setPosition(position)
        if document.characterAt(position - 1) == LINE_SEPARATOR:
            # A line break (<br>) before the page break: the new paragraph stands for
            # it, or the paragraph before would end with an empty line.
            cursor.setPosition(position - 1, QTextCursor.MoveMode.KeepAnchor)
        before = cursor.blockFormat()
        after = QTextBlockFormat(before)
        after.setTopMargin(0)
        before.setBottomMargin(0)
        cursor.setBlockFormat(before)
        cursor.insertBlock(after)
    cursor.endEditBlock()
