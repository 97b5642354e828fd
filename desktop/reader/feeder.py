"""Putting a long text into the reader a part at a time, so that the window answers
while it goes in, and holding no more of it than Qt can lay out.

Qt lays a long document out lazily, but in steps that double up to 200,000 characters:
50-70 ms each here, and two of them may run before the window answers again. Text
added at the end of a laid-out document, on the other hand, is laid out at once, and
only that text. So a long text goes in by parts: ``FIRST_CHARS`` at once, enough for
the first screen, then at each turn of the event loop a part sized to take about
``STEP_S``. A part that takes longer than planned makes the next ones smaller (the
rest of the text never goes in at once: 50 MB would keep the window from answering
for seconds). Whatever needs a place a little further on (a term, a search hit) puts
the text in up to there first (:meth:`TextFeeder.feed_to`).

Qt lays no text out past 8,388,607 pixels (the largest of its fixed-point numbers):
22.8 of a 49 MB text's 49 million characters, in the window's default size. So the
document holds a *window* of the text, of at most :attr:`TextFeeder.limit` characters
(the view sets it from how tall the text stands): the feeder stops once it is full,
and the view moves it as the reader scrolls, a part at a time (:meth:`prepend`,
:meth:`trim_front`, :meth:`trim_back`), or puts a fresh document at a place far away.
Offsets go through a :class:`~desktop.reader.positions.WindowMap`, which the feeder
moves with the window.

Parts end where the document's blocks end, so each block gets its formats whole; a
block longer than ``PIECE_CHARS`` (a text with no line breaks, a paragraph of a
megabyte) goes in as pieces of about that size instead, cut at a space that becomes a
break between two blocks of Qt's (one character for one: the offsets stay the same).
Qt lays a block out whole, 0.7 s for 500,000 characters, every time text is added
to it. The pieces of a block follow each other without the space between paragraphs.
"""

from __future__ import annotations

import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from desktop.reader.positions import WindowMap, position_map
from glossary.model import Document

FIRST_CHARS = 30_000
PART_CHARS = 16_000  # the first part after the first screen; then sized to STEP_S
PART_RANGE = (2_000, 200_000)
STEP_S = 0.015
AHEAD_CHARS = 20_000  # put in after a place gone to: a few screens to scroll it up into
AT_ONCE_CHARS = 300_000  # feed_to puts in this much at once at most (40-60 ms)
PIECE_CHARS = 16_000  # a longer block goes in as pieces of about this size
WINDOW_CHARS = 6_000_000  # the most a document holds, until the view says how tall text is


def _nothing(_blocks: range) -> None:
    pass


class TextFeeder(QObject):
    """Fills ``doc`` with the text of ``document`` from ``start`` (where a block, or a
    piece of a long one, starts): :meth:`start` puts in the first part, and the rest
    follows a part at each turn of the event loop, until the window is full or the
    text ends.

    ``format_blocks(indexes)`` gives the blocks with those indexes (in ``doc`` by then)
    their formats. ``positions`` maps offsets to positions in ``doc``; the feeder moves
    it with the window.

    Signals:
        finished(): the feeder stopped: the window is full, or the text is all in.
    """

    finished = Signal()

    def __init__(
        self,
        doc: QTextDocument,
        document: Document,
        format_blocks: Callable[[range], None],
        block_format: QTextBlockFormat,
        parent: QObject,
        positions: WindowMap | None = None,
        start: int = 0,
    ) -> None:
        """``block_format``: a paragraph's. ``parent`` stops the feeder (:meth:`stop`)
        before ``doc`` is deleted."""
        super().__init__(parent)
        self.block_format = block_format
        self.doc = doc
        self.text = document.text
        self.blocks = document.blocks
        self._starts = document.block_starts
        self.format_blocks = format_blocks
        # Where long blocks are cut into pieces (by block index), and the cuts put in
        # whose pieces still have margins between them.
        self._pieces: dict[int, list[int]] = {}
        self._unjoined: list[int] = []
        start = self._stop_at_or_before(start) if self.blocks else 0
        self.positions = positions if positions is not None else WindowMap(position_map(""))
        self.positions.move(start)
        self.first = start  # the window: the text from here
        self.loaded = start  # up to here is in
        self.limit = WINDOW_CHARS  # characters
        # The blocks formatted: those that start in the window and end before ``loaded``
        # (of a block that starts before the window, only the pieces in it are).
        self._formatted = bisect_left(self._starts, start)
        self.part = PART_CHARS
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
        """Whether the text is in up to its end."""
        return self.loaded >= len(self.text)

    @property
    def full(self) -> bool:
        """Whether the window holds as much as it may."""
        return self.loaded - self.first >= self.limit

    def start(self) -> None:
        """Put the first part in (at once), and the rest after it, a part at a time."""
        cut = self._cut(FIRST_CHARS)
        self.doc.setPlainText(self._with_breaks(self.first, cut))
        # The plain paragraph's format to all (a long one's first piece keeps it).
        cursor = QTextCursor(self.doc)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setBlockFormat(self.block_format)
        self.loaded = cut
        self._format_up_to(cut)
        self.go_on()

    def stop(self) -> None:
        self.timer.stop()

    def go_on(self) -> None:
        """Put in the rest, a part at a time, unless the window is full or all is in
        (then say so)."""
        if self.done or self.full:
            self.timer.stop()
            self.finished.emit()
        elif not self.timer.isActive():
            self.timer.start()

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
        if self.done or self.full:
            self.go_on()
        return True

    @Slot()
    def on_timer_timeout(self) -> None:
        began = time.perf_counter()
        self._append(self._cut(self.part))
        took = time.perf_counter() - began
        # The next part sized to take STEP_S, by the characters this one put in per
        # second. A slow part makes the next ones smaller; none ends inside a block
        # (but a long one's pieces).
        wanted = int(self.part * STEP_S / max(took, 1e-4))
        low, high = PART_RANGE
        self.part = min(high, max(low, (self.part + wanted) // 2))
        if self.done or self.full:
            self.go_on()

    # -- moving the window ------------------------------------------------------------------

    def prepend(self, size: int) -> int:
        """Put about ``size`` characters of the text before the window in at its start
        (whole blocks, or pieces of a long one); the window now starts there. Returns
        how many went in (0: the window starts at the text's start)."""
        if self.first <= 0:
            return 0
        start = self._stop_at_or_before(self.first - size)
        end = self.first - 1  # the separator before the window: a line break, or a cut
        part = self._with_breaks(start, end) + "\n"
        if self.text[end] != "\n":
            self._unjoined.append(end)  # the pieces of a long block either side of it
        old = bisect_left(self._starts, self.first)  # the first block formatted before
        added = self.first - start
        cursor = QTextCursor(self.doc)
        cursor.beginEditBlock()
        cursor.insertText(part, QTextCharFormat())
        self.first = start
        self.positions.move(start)
        # The new blocks took the format of the one they were put before.
        cursor.setPosition(0)
        cursor.setPosition(self.positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.setBlockFormat(self.block_format)
        self._format(bisect_left(self._starts, start), old)
        cursor.endEditBlock()
        return added

    def trim_front(self, size: int) -> int:
        """Take about ``size`` characters off the window's start (whole blocks, or
        pieces of a long one). Returns how many went."""
        start = self._start_after(self.first + size)
        if start >= self.loaded:
            return 0
        cursor = QTextCursor(self.doc)
        cursor.beginEditBlock()
        cursor.setPosition(0)
        cursor.setPosition(self.positions.to_qt(start), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        gone = start - self.first
        self.first = start
        self.positions.move(start)
        # The block left first took the format of the first one taken off.
        index = bisect_right(self._starts, start) - 1
        cursor.setBlockFormat(self.block_format)
        if self.blocks[index].start == start and self.blocks[index].end <= self.loaded:
            self._format(index, index + 1)
        cursor.endEditBlock()
        return gone

    def trim_back(self, size: int) -> int:
        """Take about ``size`` characters off the window's end (whole blocks, or pieces
        of a long one). Returns how many went."""
        end = self._end_at_or_before(self.loaded - size)
        if end <= self.first:
            return 0
        cursor = QTextCursor(self.doc)
        cursor.setPosition(self.positions.to_qt(end))
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        gone = self.loaded - end
        self.loaded = end
        index = bisect_right(self._starts, end) - 1
        self._formatted = index + 1 if self.blocks[index].end <= end else index
        return gone

    def _stop_at_or_before(self, offset: int) -> int:
        """Where the block (or the piece of a long one) at ``offset`` starts."""
        index = max(0, bisect_right(self._starts, max(0, offset)) - 1)
        pieces = self._pieces_of(index)
        at = bisect_right(pieces, offset - 1) - 1  # the last cut before the offset
        return pieces[at] + 1 if at >= 0 else self.blocks[index].start

    def _start_after(self, offset: int) -> int:
        """Where the next block (or piece of a long one) after ``offset`` starts."""
        index = max(0, bisect_right(self._starts, offset) - 1)
        pieces = self._pieces_of(index)
        at = bisect_left(pieces, offset)
        if at < len(pieces):
            return pieces[at] + 1
        return self.blocks[index].end + 1 if index + 1 < len(self.blocks) else len(self.text)

    def _end_at_or_before(self, offset: int) -> int:
        """Where the block (or piece of a long one) before ``offset`` ends."""
        index = max(0, bisect_right(self._starts, offset) - 1)
        if self.blocks[index].end <= offset:
            return self.blocks[index].end
        pieces = self._pieces_of(index)
        at = bisect_right(pieces, offset) - 1
        if at >= 0:
            return pieces[at]
        return self.blocks[index - 1].end if index > 0 else 0

    # -- the parts --------------------------------------------------------------------------

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
        self._format(first, count)

    def _format(self, first: int, end: int) -> None:
        """Format the blocks with indexes ``first..end`` (in, and formatted no more)."""
        # The cuts just put in: no margins around them. (A long paragraph's pieces went
        # in with its format; giving it again would lay all of them out again.)
        fresh, self._unjoined = self._unjoined, []
        self._join(fresh)
        done = first
        for index in range(first, end):
            block = self.blocks[index]
            if self._pieces_of(index) and block.kind == "paragraph" and not block.spans:
                self.format_blocks(range(done, index))
                done = index + 1
        self.format_blocks(range(done, end))
        # A long block of another kind (a quote, a heading) took its format now, in
        # every piece: the margins go again.
        for index in range(first, end):
            if self.blocks[index].kind != "paragraph" or self.blocks[index].spans:
                self._join(self._pieces_of(index))

    def _join(self, cuts: list[int]) -> None:
        """No space between the pieces of a long block at ``cuts`` (as there is between
        paragraphs)."""
        cursor = QTextCursor(self.doc)
        for at in cuts:
            if not self.first <= at < self.loaded:
                continue  # (not in the window)
            position = self.positions.to_qt(at)
            cursor.setPosition(position)  # the end of the piece before
            cursor.mergeBlockFormat(self._no_bottom)
            cursor.setPosition(position + 1)  # the start of the one after
            cursor.mergeBlockFormat(self._no_top)
