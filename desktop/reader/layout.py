"""How a document's blocks are laid out in the reader: headings, quotes, list items
(bullets and numbers at their depth, a wrapped line hanging under the text), code
blocks, table rows and rules in their formats, and the inline styles of the text."""

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
    QTextOption,
)

from glossary.model import Block, Document, Span

HEADING_SIZES = {1: 1.6, 2: 1.3, 3: 1.15}
INDENT = 40  # pixels a list goes in at each depth (Qt's indentWidth for its bullets)
BULLETS = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
)
_NUMBER = re.compile(r"\d{1,9}[.)] ")  # a numbered item's number, as the text has it
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
    bullets = Bullets()
    text = document.text
    for index, block in enumerate(document.blocks):
        block_format, char_format = block_formats(
            block, base, palette, line_height, numbered=numbered(text, block)
        )
        if index == 0:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
            cursor.setCharFormat(char_format)
        else:
            cursor.insertBlock(block_format, char_format)
        # The bullet is drawn by Qt, outside the text: offsets stay as they are.
        bullets.place(cursor, block, index)
        cursor.insertText(text[block.start : block.end], char_format)
    for block in document.blocks:
        for span in block.spans:
            cursor_for(span.start, span.end).mergeCharFormat(span_format(span))
    cursor.endEditBlock()


def numbered(text: str, block: Block) -> bool:
    """Whether ``block`` is a numbered list item (its number starts its text)."""
    return block.kind == "item" and not block.bullet and bool(_NUMBER.match(text, block.start))


class Bullets:
    """The bullets of a run of list items, drawn by Qt (no character of the text): one
    list per depth, which the next bulleted item at that depth joins; an item less
    deep ends the deeper lists, and any other block ends them all."""

    def __init__(self) -> None:
        self.lists: dict[int, QTextList] = {}
        self.last = -2  # the index of the last item placed

    def place(self, cursor: QTextCursor, block: Block, index: int) -> None:
        """Give ``block`` (the one ``cursor`` is in, at ``index``) its bullet, if any."""
        if block.kind != "item" or index != self.last + 1:
            self.lists.clear()
        if block.kind != "item":
            return
        self.last = index
        depth = max(1, block.level)
        for deeper in [d for d in self.lists if d > depth]:
            del self.lists[deeper]
        if not block.bullet:
            return
        found = self.lists.get(depth)
        if found is not None:
            found.add(cursor.block())
            return
        style = QTextListFormat()
        style.setStyle(BULLETS[(depth - 1) % len(BULLETS)])
        style.setIndent(depth)
        self.lists[depth] = cursor.createList(style)


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
    block: Block,
    base: float,
    palette: QPalette,
    line_height: int = LINE_HEIGHT,
    *,
    numbered: bool = False,
) -> tuple[QTextBlockFormat, QTextCharFormat]:
    """The formats of ``block``; ``numbered``: a list item whose number starts its text
    (its wrapped lines hang under the text, not the number)."""
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
        if not block.bullet:  # (a bulleted item is indented by its list)
            block_format.setLeftMargin(INDENT * max(1, block.level))
            if numbered:
                block_format.setTextIndent(-base * 1.9)  # the number hangs out
    elif block.kind == "code":
        block_format.setLeftMargin(base)
        block_format.setRightMargin(base)
        block_format.setBackground(palette.color(QPalette.ColorRole.AlternateBase))
        block_format.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        char_format.setFontFixedPitch(True)
        char_format.setFontFamilies(["monospace"])
    elif block.kind == "table_row":
        block_format.setBottomMargin(base * 0.3)
        block_format.setTabPositions(
            [QTextOption.Tab(base * 9 * n, QTextOption.TabType.LeftTab) for n in range(1, 13)]
        )
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
    bullets = Bullets()
    text = document.text
    for index in blocks:
        block = every[index]
        if block.kind != "paragraph":
            block_format, char_format = block_formats(
                block, base, palette, line_height, numbered=numbered(text, block)
            )
            styled = cursor_in(block.start, block.end)
            styled.setBlockFormat(block_format)
            styled.mergeCharFormat(char_format)
            # Items one after another make one list; the bullet is no character.
            bullets.place(styled, block, index)
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
