"""How a document's blocks are laid out in the reader: headings, quotes, list items and
rules in their formats, and the inline styles of the text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import cast

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLine,
    QTextList,
    QTextListFormat,
)

from glossary.documents.loading import ITEM_BULLET
from glossary.model import Block, Document, Span

HEADING_SIZES = {1: 1.6, 2: 1.3, 3: 1.15}
LINE_HEIGHT = 135  # percent of the font's line spacing


def lay_out(
    doc: QTextDocument,
    document: Document,
    base: float,
    palette: QPalette,
    cursor_for: Callable[[int, int], QTextCursor],
    line_height: int = LINE_HEIGHT,
) -> None:
    """Fill ``doc`` with the blocks of ``document`` in their formats (headings, quotes,
    list items, rules) and its inline styles; ``base`` is the body text's point size."""
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    bullets: QTextList | None = None
    for index, block in enumerate(document.blocks):
        block_format, char_format = block_formats(block, base, palette, line_height)
        if index == 0:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
            cursor.setCharFormat(char_format)
        else:
            cursor.insertBlock(block_format, char_format)
        if block.kind == "item" and block.level == ITEM_BULLET:
            # The bullet is drawn by Qt, outside the text: offsets stay as they are.
            if bullets is None:
                bullets = cursor.createList(QTextListFormat.Style.ListDisc)
            else:
                bullets.add(cursor.block())
        else:
            bullets = None
        cursor.insertText(document.text[block.start : block.end], char_format)
    for block in document.blocks:
        for span in block.spans:
            cursor_for(span.start, span.end).mergeCharFormat(span_format(span))
    cursor.endEditBlock()


def span_format(span: Span) -> QTextCharFormat:
    """The character format of an inline style: emphasis, strong or code."""
    fmt = QTextCharFormat()
    if span.style == "emphasis":
        fmt.setFontItalic(True)
    elif span.style == "strong":
        fmt.setFontWeight(QFont.Weight.Bold)
    else:
        fmt.setFontFixedPitch(True)
        fmt.setFontFamilies(["monospace"])
    return fmt


def block_formats(
    block: Block, base: float, palette: QPalette, line_height: int = LINE_HEIGHT
) -> tuple[QTextBlockFormat, QTextCharFormat]:
    block_format = QTextBlockFormat()
    char_format = QTextCharFormat()
    block_format.setBottomMargin(base * 0.8)
    block_format.setLineHeight(
        line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    )
    if block.kind == "heading":
        block_format.setHeadingLevel(block.level)
        block_format.setTopMargin(base * 1.2)
        char_format.setFontPointSize(base * HEADING_SIZES.get(block.level, 1.05))
        char_format.setFontWeight(QFont.Weight.Bold)
    elif block.kind == "quote":
        block_format.setLeftMargin(base * 2.2)
        block_format.setRightMargin(base * 1.5)
        # In the text's own colour: grey (the placeholder's) was under 4.5:1 on a
        # highlight, 2.6:1 on the yellow one in the dark theme.
        char_format.setFontItalic(True)
        char_format.setForeground(palette.color(QPalette.ColorRole.Text))
    elif block.kind == "item":
        block_format.setBottomMargin(base * 0.3)
        if block.level != ITEM_BULLET:
            block_format.setLeftMargin(base * 1.5)
    elif block.kind == "rule":
        block_format.setProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth, 1)
    return block_format, char_format


def format_range(
    doc: QTextDocument,
    document: Document,
    blocks: range,
    base: float,
    palette: QPalette,
    cursor_in: Callable[[int, int], QTextCursor],
    line_height: int = LINE_HEIGHT,
) -> None:
    """Give the ``blocks`` of ``document`` (indexes; their text is in ``doc`` as plain
    text already) their formats: the paragraph format to all, then headings, quotes,
    items (a bulleted item its bullet, drawn by Qt) and rules theirs, and the inline
    styles. ``cursor_in(start, end)`` selects document offsets in ``doc``."""
    if not blocks:
        return
    every = document.blocks
    cursor = cursor_in(every[blocks[0]].start, every[blocks[-1]].end)
    cursor.beginEditBlock()
    paragraph_block, _char = block_formats(Block("paragraph", 0, 0), base, palette, line_height)
    cursor.setBlockFormat(paragraph_block)
    bullets: QTextList | None = None
    last_item = -2
    for index in blocks:
        block = every[index]
        if block.kind != "paragraph":
            block_format, char_format = block_formats(block, base, palette, line_height)
            styled = cursor_in(block.start, block.end)
            styled.setBlockFormat(block_format)
            styled.mergeCharFormat(char_format)
            if block.kind == "item" and block.level == ITEM_BULLET:
                # Items one after another make one list; the bullet is no character.
                if bullets is None or last_item != index - 1:
                    bullets = styled.createList(QTextListFormat.Style.ListDisc)
                else:
                    bullets.add(styled.block())
                last_item = index
        for span in block.spans:
            cursor_in(span.start, span.end).mergeCharFormat(span_format(span))
    cursor.endEditBlock()


def paint_spans(
    painter: QPainter,
    doc: QTextDocument,
    spans: Sequence[tuple[int, int, QColor]],
    top: float,
    bottom: float,
) -> None:
    """Fill the lines of each (start, end, colour) span of Qt positions with its colour,
    where they lie between ``top`` and ``bottom`` (document coordinates; the painter is
    in them too). Painted under the text, as a marker is, rather than as extra
    selections: Qt draws the text of every selection a second time, and 125 of them
    made one paint of the reader take 40 ms instead of 4. The spans should lie near
    the screen: each is followed from its first block."""
    layout = doc.documentLayout()
    for start, end, colour in spans:
        block = doc.findBlock(start)
        while block.isValid() and block.position() < end:
            box = layout.blockBoundingRect(block)
            if box.top() > bottom:
                break
            if box.bottom() >= top:
                _paint_block_span(painter, block, box, start, end, bottom, colour)
            block = block.next()


# Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their forms).
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def _paint_block_span(
    painter: QPainter,
    block: QTextBlock,
    box: QRectF,
    start: int,
    end: int,
    bottom: float,
    colour: QColor,
) -> None:
    lines = block.layout()
    offset = block.position()
    text = block.text()
    # From the span's first line on: a paragraph may have hundreds.
    line = lines.lineForTextPosition(max(start, offset) - offset)
    first_line = line.lineNumber() if line.isValid() else 0
    for i in range(first_line, lines.lineCount()):
        line = lines.lineAt(i)
        line_start = line.textStart()
        line_end = line_start + line.textLength()
        if offset + line_start >= end or box.top() + line.y() > bottom:
            break
        first = max(start - offset, line_start)
        last = min(end - offset, line_end)
        if first >= last:
            continue
        y, height = box.top() + line.y(), line.height()
        if _RIGHT_TO_LEFT.search(text, line_start, line_end):
            # Mixed directions: the span may be several runs apart on screen.
            for run in line.glyphRuns(first, last - first):
                ink = run.boundingRect()
                painter.fillRect(QRectF(box.left() + ink.left(), y, ink.width(), height), colour)
            continue
        x1 = _cursor_x(line, first)
        # Not over the spaces at the end of a wrapped line.
        x2 = min(_cursor_x(line, last), line.x() + line.naturalTextWidth())
        if x2 > x1:
            painter.fillRect(QRectF(box.left() + x1, y, x2 - x1, height), colour)


def _cursor_x(line: QTextLine, position: int) -> float:
    """The x of ``position`` (in the block) on ``line``."""
    # PySide6's stub says object; it returns (x, position) for Qt's int* overload.
    return cast(tuple[float, int], line.cursorToX(position))[0]
