"""Putting a long text into the reader a part at a time, so that the window answers
while it goes in.

Qt lays a long document out lazily, but in steps that double up to 200,000 characters:
50-70 ms each here, and two of them may run before the window answers again. Text
added at the end of a laid-out document, on the other hand, is laid out at once, and
only that text. So a long text goes in by parts: ``FIRST_CHARS`` at once, enough for
the first screen, then at each turn of the event loop a part sized to take about
``STEP_S``, until all of it is in. Whatever needs a place that is not in yet (a jump to
a term, a search hit, the place where the reader left off) puts the text in up to
there first (:meth:`TextFeeder.feed_to`), or, when that is far, has it put in a
larger part at each turn until it is in (:meth:`TextFeeder.hurry_to`).

Parts end where the document's blocks end, so each block gets its formats whole; a
block longer than ``PIECE_CHARS`` (a text with no line breaks, a paragraph of a
megabyte) goes in as pieces of about that size instead, cut at a space that becomes a
break between two blocks of Qt's (one character for one: the offsets stay the same).
Qt lays a block out whole, 0.7 s for 500,000 characters, every time text is added
to it. The pieces of a block follow each other without the space between paragraphs.

A part that takes longer than planned makes the next ones smaller. (The rest of the
text never goes in at once: 50 MB would keep the window from answering for seconds.)
"""

from __future__ import annotations

import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from glossary.model import Document

FIRST_CHARS = 30_000
PART_CHARS = 16_000  # the first part after the first screen; then sized to STEP_S
PART_RANGE = (2_000, 200_000)
STEP_S = 0.015
HURRY_S = 0.040  # the time a part takes while the text is put in up to a place
AHEAD_CHARS = 20_000  # put in after a place gone to: a few screens to scroll it up into
AT_ONCE_CHARS = 300_000  # feed_to puts in this much at once at most (40-60 ms)
PIECE_CHARS = 16_000  # a longer block goes in as pieces of about this size


def _identity(offset: int) -> int:
    return offset


def _nothing(_blocks: range) -> None:
    pass


class TextFeeder(QObject):
    """Fills ``doc`` with the text of ``document``: :meth:`start` puts in the first
    part, and the rest follows a part at each turn of the event loop.

    ``format_blocks(indexes)`` gives the blocks with those indexes (in ``doc`` by then)
    their formats.

    Signals:
        finished(): all of the text is in.
        reached(): the text is in up to the place :meth:`hurry_to` was asked for.
    """

    finished = Signal()
    reached = Signal()

    def __init__(
        self,
        doc: QTextDocument,
        document: Document,
        format_blocks: Callable[[range], None],
        block_format: QTextBlockFormat,
        parent: QObject,
        to_qt: Callable[[int], int] = _identity,
    ) -> None:
        """``block_format``: a paragraph's. ``parent`` stops the feeder (:meth:`stop`)
        before ``doc`` is deleted. ``to_qt`` maps an offset to a position in ``doc``."""
        super().__init__(parent)
        self.block_format = block_format
        self.doc = doc
        self.text = document.text
        self.blocks = document.blocks
        self._starts = document.block_starts
        self.format_blocks = format_blocks
        self.to_qt = to_qt
        self.loaded = 0  # the text is in up to this offset
        self._formatted = 0  # blocks formatted
        self.part = PART_CHARS
        self.target = -1  # a place to put the text in up to, part by part (hurry_to)
        # Where long blocks are cut into pieces (by block index), and the cuts put in
        # whose pieces still have margins between them.
        self._pieces: dict[int, list[int]] = {}
        self._unjoined: list[int] = []
        self._no_bottom = QTextBlockFormat()
        self._no_bottom.setBottomMargin(0)
        self._no_top = QTextBlockFormat()
        self._no_top.setTopMargin(0)
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
        self.doc.setPlainText(self._with_breaks(0, cut))
        # The plain paragraph's format to all (a long one's first piece keeps it).
        cursor = QTextCursor(self.doc)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setBlockFormat(self.block_format)
        self.loaded = cut
        self._format_up_to(cut)
        if self.done:
            self.finished.emit()
        else:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def close(self) -> None:
        """Stop for good, and let go of the text: PySide may keep the Python side of a
        deleted feeder alive (by its connections), and with it a text of 50 MB."""
        self.timer.stop()
        self.text, self.blocks, self._starts = "", (), []
        self.format_blocks = _nothing
        self._pieces = {}

    def feed_to(self, offset: int, *, at_once: bool = False) -> bool:
        """Put the text in up to ``offset`` and a few screens after it, now if that is
        at most ``AT_ONCE_CHARS`` more (or ``at_once``, however much): whether it is in."""
        if offset < self.loaded or self.done:
            return True
        if offset - self.loaded > AT_ONCE_CHARS and not at_once:
            return False
        self._append(self._cut(offset + AHEAD_CHARS - self.loaded))
        self._after_part()
        return True

    def hurry_to(self, offset: int) -> None:
        """Put the text in up to ``offset`` (and a few screens after it) in larger parts
        than when nothing waits for it: :attr:`reached` says when it is in. (-1: no
        more hurry.)"""
        if offset < 0:
            self.target = -1
            self.part = min(self.part, PART_CHARS)
            return
        self.target = offset + AHEAD_CHARS
        if self.loaded >= self.target or self.done:
            self.target = -1
            self.reached.emit()
        elif self.timer.isActive():
            # In larger parts: about HURRY_S each, not STEP_S.
            self.part = max(self.part, int(self.part * HURRY_S / STEP_S))

    @Slot()
    def on_timer_timeout(self) -> None:
        began = time.perf_counter()
        self._append(self._cut(self.part))
        took = time.perf_counter() - began
        # The next part sized to take STEP_S (HURRY_S when a place waits), by the
        # characters this one put in per second. A slow part makes the next ones
        # smaller; none ends inside a block (but a long one's pieces).
        wanted = int(self.part * (HURRY_S if self.target >= 0 else STEP_S) / max(took, 1e-4))
        low, high = PART_RANGE
        self.part = min(high, max(low, (self.part + wanted) // 2))
        self._after_part()

    def _after_part(self) -> None:
        if 0 <= self.target <= self.loaded or (self.done and self.target >= 0):
            self.target = -1
            self.part = min(self.part, PART_CHARS)
            self.reached.emit()
        if self.done:
            self.timer.stop()
            self.finished.emit()

    def _cut(self, size: int) -> int:
        """Where a part of about ``size`` characters after what is in ends: at the end
        of the block there (the end of the text after the last block), or at the next
        cut between the pieces of a long one."""
        target = self.loaded + size
        index = bisect_right(self._starts, target) - 1
        while 0 <= index < len(self.blocks) and self.blocks[index].end <= self.loaded:
            index += 1
        index = max(index, 0)
        end = len(self.text) if index >= len(self.blocks) - 1 else self.blocks[index].end
        if index < len(self.blocks):
            pieces = self._pieces_of(index)
            at = bisect_left(pieces, max(target, self.loaded + 1))
            if at < len(pieces):
                return pieces[at]
        return end

    def _pieces_of(self, index: int) -> list[int]:
        """Where block ``index`` is cut into pieces (at spaces about ``PIECE_CHARS``
        apart): none for one that is not long, or a list's item (each piece would be
        an item)."""
        block = self.blocks[index]
        if block.end - block.start <= PIECE_CHARS or block.kind == "item":
            return []
        cuts = self._pieces.get(index)
        if cuts is None:
            cuts = []
            at = block.start
            while block.end - at > PIECE_CHARS + PIECE_CHARS // 4:
                space = self.text.find(" ", at + PIECE_CHARS, block.end - 1)
                if space < 0:
                    break
                cuts.append(space)
                at = space
            self._pieces[index] = cuts
        return cuts

    def _breaks(self, start: int, end: int) -> list[int]:
        """The cuts between pieces of long blocks in ``start..end``."""
        found: list[int] = []
        index = max(0, bisect_right(self._starts, start) - 1)
        while index < len(self.blocks) and self.blocks[index].start < end:
            pieces = self._pieces_of(index)
            if pieces:
                found += pieces[bisect_left(pieces, start) : bisect_left(pieces, end)]
            index += 1
        return found

    def _with_breaks(self, start: int, end: int) -> str:
        """``text[start:end]`` with each cut between pieces (a space) a line break."""
        breaks = self._breaks(start, end)
        if not breaks:
            return self.text[start:end]
        self._unjoined += breaks
        bounds = [start - 1, *breaks, end]
        return "\n".join(self.text[a + 1 : b] for a, b in pairwise(bounds))

    def _append(self, cut: int) -> None:
        if cut <= self.loaded:
            return
        cursor = QTextCursor(self.doc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        # One edit: Qt lays the part out once, with its formats, when it ends.
        cursor.beginEditBlock()
        part = self._with_breaks(self.loaded, cut)
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
        first = count = self._formatted
        while count < len(self.blocks) and self.blocks[count].end <= cut:
            count += 1
        self._formatted = count
        # The cuts just put in: no margins around them. (A long paragraph's pieces went
        # in with its format; giving it again would lay all of them out again.)
        fresh, self._unjoined = self._unjoined, []
        self._join(fresh)
        done = first
        for index in range(first, count):
            block = self.blocks[index]
            if self._pieces_of(index) and block.kind == "paragraph" and not block.spans:
                self.format_blocks(range(done, index))
                done = index + 1
        self.format_blocks(range(done, count))
        # A long block of another kind (a quote, a heading) took its format now, in
        # every piece: the margins go again.
        for index in range(first, count):
            if self.blocks[index].kind != "paragraph" or self.blocks[index].spans:
                self._join(self._pieces_of(index))

    def _join(self, cuts: list[int]) -> None:
        """No space between the pieces of a long block at ``cuts`` (as there is between
        paragraphs)."""
        cursor = QTextCursor(self.doc)
        for at in cuts:
            position = self.to_qt(at)
            cursor.setPosition(position)  # the end of the piece before
            cursor.mergeBlockFormat(self._no_bottom)
            cursor.setPosition(position + 1)  # the start of the one after
            cursor.mergeBlockFormat(self._no_top)
