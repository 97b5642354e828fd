"""Putting a long text into the reader a part at a time, so that the window answers
while it goes in.

Qt lays a long document out lazily, but in steps that double up to 200,000 characters:
50-70 ms each here, and two of them may run before the window answers again. Text
added at the end of a laid-out document, on the other hand, is laid out at once, and
only that text. So a long text goes in by parts: ``FIRST_CHARS`` at once, enough for
the first screen, then at each turn of the event loop a part sized to take about
``STEP_S``, until all of it is in. Whatever needs a place that is not in yet (a jump to
a term, a search hit, the place where the reader left off) puts the text in up to
there first (:meth:`TextFeeder.feed_to`).

Parts end where the document's blocks end, so each block gets its formats whole. If a
part ever takes far longer than planned (Qt lays the whole text out again when a line
is wider than the page), the rest goes in at once.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from glossary.model import Document

FIRST_CHARS = 30_000
PART_CHARS = 16_000  # the first part after the first screen; then sized to STEP_S
PART_RANGE = (2_000, 200_000)
STEP_S = 0.008
SLOW_S = 0.080  # a part this slow: the rest goes in at once
AHEAD_CHARS = 20_000  # put in after a place gone to: a few screens to scroll it up into


class TextFeeder(QObject):
    """Fills ``doc`` with the text of ``document``: :meth:`start` puts in the first
    part, and the rest follows a part at each turn of the event loop.

    ``format_blocks(indexes)`` gives the blocks with those indexes (in ``doc`` by then)
    their formats.

    Signals:
        finished(): all of the text is in.
    """

    finished = Signal()

    def __init__(
        self,
        doc: QTextDocument,
        document: Document,
        format_blocks: Callable[[range], None],
        block_format: QTextBlockFormat,
        parent: QObject,
    ) -> None:
        """``block_format``: a paragraph's. ``parent`` stops the feeder (:meth:`stop`)
        before ``doc`` is deleted."""
        super().__init__(parent)
        self.block_format = block_format
        self.doc = doc
        self.text = document.text
        self.blocks = document.blocks
        self._starts = [block.start for block in document.blocks]
        self.format_blocks = format_blocks
        self.loaded = 0  # the text is in up to this offset
        self._formatted = 0  # blocks formatted
        self.part = PART_CHARS
        self.timer = QTimer(self)
        self.timer.setInterval(1)  # not 0: see desktop.reader.marking
        self.timer.timeout.connect(self.on_timer_timeout)

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    @property
    def done(self) -> bool:
        return self.loaded >= len(self.text)

    def start(self) -> None:
        """Put the first part in (at once), and the rest after it, a part at a time."""
        cut = self._cut(FIRST_CHARS)
        self.doc.setPlainText(self.text[:cut])
        self.loaded = cut
        self._format_up_to(cut)
        if self.done:
            self.finished.emit()
        else:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def feed_to(self, offset: int) -> None:
        """Put the text in up to ``offset`` and a few screens after it (at once)."""
        if offset < self.loaded or self.done:
            return
        self._append(self._cut(offset + AHEAD_CHARS - self.loaded))
        if self.done:
            self.timer.stop()
            self.finished.emit()

    @Slot()
    def on_timer_timeout(self) -> None:
        began = time.perf_counter()
        self._append(self._cut(self.part))
        took = time.perf_counter() - began
        if took > SLOW_S and not self.done:
            self._append(len(self.text))
        else:
            wanted = int(self.part * STEP_S / max(took, 1e-4))
            low, high = PART_RANGE
            self.part = min(high, max(low, (self.part + wanted) // 2))
        if self.done:
            self.timer.stop()
            self.finished.emit()

    def _cut(self, size: int) -> int:
        """Where a part of about ``size`` characters after what is in ends: at the end
        of the block there (the end of the text after the last block)."""
        index = bisect_right(self._starts, self.loaded + size) - 1
        while 0 <= index < len(self.blocks) and self.blocks[index].end <= self.loaded:
            index += 1
        if index < 0:
            index = 0
        if index >= len(self.blocks) - 1:
            return len(self.text)
        return self.blocks[index].end

    def _append(self, cut: int) -> None:
        if cut <= self.loaded:
            return
        cursor = QTextCursor(self.doc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        # One edit: Qt lays the part out once, with its formats, when it ends.
        cursor.beginEditBlock()
        part = self.text[self.loaded : cut]
        if part.startswith("\n"):
            # A new block of the plain format first: the blocks made by insertText
            # take the format of the one before, which may be a list's item (and
            # thousands of items in one list make every insertion slow).
            cursor.insertBlock(self.block_format, QTextCharFormat())
            part = part[1:]
        cursor.insertText(part, QTextCharFormat())
        self.loaded = cut
        self._format_up_to(cut)
        cursor.endEditBlock()

    def _format_up_to(self, cut: int) -> None:
        # The blocks that end inside what is in now, and were not formatted yet.
        count = self._formatted
        while count < len(self.blocks) and self.blocks[count].end <= cut:
            count += 1
        self.format_blocks(range(self._formatted, count))
        self._formatted = count
