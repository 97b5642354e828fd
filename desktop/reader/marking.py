"""Marking a long document a part at a time, so that its first screen shows at once and
the window answers while the rest is marked.

The text is laid out without marks and painted; then, on the UI thread, the terms are
found part by part (a few thousand characters of whole paragraphs each), starting with
the part on screen, for at most 20 ms at a time before the event loop runs again. Their
marks are drawn near the screen (desktop.reader.drawnmarks), not written into the text: writing
100,000 marks into a laid-out 5 MB text costs Qt seconds of layout. Once every part is
searched, the occurrences are put together (indexed by entry and by place) a slice at
a time too: a 50 MB text has a million of them. After 300 ms a progress bar with a
Cancel button shows in the status bar; cancelling keeps the marks found so far.
"""

from __future__ import annotations

import gc
import operator
import sys
import time
from bisect import bisect_left, bisect_right
from itertools import repeat

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.reader.view import ReaderView
from glossary.documents.reading import MarkedBuilder, MarkedDocument
from glossary.model import Document, Occurrence
from glossary.terms.matching import TermMatcher

SLICE_S = 0.020
PART_CHARS = 8_000
# Documents up to this size are marked and laid out at once, before they are shown
# (50-75 ms here; 200,000 characters took 130-145 ms, 290,000 200-250 ms).
AT_ONCE_CHARS = 64_000
_frozen_by: list[int | None] = [None]  # the marker that froze the heap, if one did
_NOTHING = Document("", (), "")  # what a marker that has stopped marks


def _thaw(marker: int) -> None:
    if _frozen_by[0] == marker:
        _frozen_by[0] = None
        gc.unfreeze()


def _freeze(marker: int) -> None:
    """Leave what exists now out of collections while ``marker`` marks. Unless the heap
    was frozen already (the app freezes what start-up loaded, desktop/app.py): then
    it stays so, as thawing would thaw that too."""
    if not _frozen():
        _frozen_by[0] = marker
    gc.freeze()


def _frozen() -> bool:
    """Whether the heap is frozen, by anyone: then what exists since Python started (such
    as ``sys.modules``) is in none of the generations the collector walks. A freeze count
    above 0 does not say so: Python 3.12 starts with the immortal base and MRO tuples of its
    built-in types in the permanent generation, frozen by no one. (Nor is the count
    cheap: it walks every object frozen, a long text's million blocks among them.)"""
    return not any(map(operator.is_, gc.get_objects(), repeat(sys.modules)))


def part_after(document: Document, start: int, size: int = PART_CHARS) -> tuple[int, int]:
    """The run of whole blocks from ``start`` (where a block starts) to the end of the
    first block that ends ``size`` characters or more after it (or to the end)."""
    starts, blocks = document.block_starts, document.blocks
    # The first block that ends that far is the one standing there, or the next.
    index = bisect_left(starts, start + size) - 1
    if index < 0 or blocks[index].end < start + size:
        index += 1
    if index >= len(blocks):
        return start, len(document.text)
    return start, blocks[index].end


def part_before(document: Document, end: int, size: int = PART_CHARS) -> tuple[int, int]:
    """The run of whole blocks that ends at ``end`` (where a block ends), from the last
    block that starts ``size`` characters or more before it (or from the start)."""
    index = bisect_right(document.block_starts, end - size) - 1
    return (document.blocks[index].start if index >= 0 else 0), end


class ProgressiveMarker(QObject):
    """Finds and marks the terms of ``document`` in ``reader``, a part at a time.

    Signals:
        progressed(int): percent of the text marked.
        finished(MarkedDocument): every occurrence found, once all parts are marked.
        cancelled(MarkedDocument): the occurrences marked before Cancel.

    (They go as Python objects: a ``list`` signal would convert 100,000 occurrences to
    Qt's variants and back, 80 ms.)
    """

    progressed = Signal(int)
    finished = Signal(object)
    cancelled = Signal(object)

    def __init__(
        self, reader: ReaderView, matcher: TermMatcher, document: Document, first: int = 0
    ) -> None:
        super().__init__(reader)
        self.reader = reader
        self.matcher = matcher
        self.document = document
        # The part on screen first, then those after it, then those before (the parts
        # are found as they come: a long text has a million blocks to cut).
        here = bisect_right(document.block_starts, first) - 1
        self._ahead = document.blocks[here].start if here >= 0 else 0  # the next part's
        self._behind = self._ahead  # where the parts found before it begin
        self._searched = 0  # characters
        # The rest of a part searched in pieces: where to search from, to, and from
        # where what is found is kept (see TermMatcher.find_part).
        self._rest: tuple[int, int, int] | None = None
        # The occurrences of each part, by the part's start.
        self.found: dict[int, list[Occurrence]] = {}
        # Once every part is searched: the parts' starts in text order, and the marked
        # document being put together from them.
        self._order: list[int] | None = None
        self._next = 0
        self._builder = MarkedBuilder(document)
        # Interval 1, not 0: Qt runs zero-interval timers again and again before a
        # timer that is due, and the window would answer later.
        self.timer = QTimer(self)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self.on_timer_timeout)

    def start(self) -> None:
        # Marking makes 100,000 objects, which set off full collections of the heap,
        # 40-60 ms each: what exists now is left out of collections until it ends
        # (or the marker is deleted while it marks: its reader went).
        marker = id(self)
        _freeze(marker)
        self.destroyed.connect(lambda _obj=None: _thaw(marker))
        self.timer.start()

    def stop(self) -> None:
        """Stop marking, for good (nothing is emitted). What it holds goes: PySide may
        keep the Python side of a deleted marker alive, and with it the text and all
        that was found in it."""
        if self.timer.isActive():
            self.timer.stop()
            _thaw(id(self))
        self.document = _NOTHING
        self.found = {}
        self._builder = MarkedBuilder(_NOTHING)

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    @Slot()
    def cancel(self) -> None:
        if self.timer.isActive():
            marked = self._put_together(float("inf"))
            self.stop()
            self.cancelled.emit(marked)

    @Slot()
    def on_timer_timeout(self) -> None:
        began = time.perf_counter()
        if self._order is None:
            text = self.document.term_text  # (code blanked out: no term is marked there)
            while time.perf_counter() - began < SLICE_S:
                part = self._next_part()
                if part is None:
                    self._order = sorted(self.found)
                    break
                start, end, keep = part
                # A paragraph of megabytes a piece at a time: the rest comes next.
                found, after, rest = self.matcher.find_part(text, start, end, PART_CHARS, keep)
                if rest < end:
                    self._rest = (after, end, rest)
                self.reader.add_drawn_marks(found)
                self.found[keep] = found
                self._searched += rest - keep + (rest == end)
            self.progressed.emit(min(99, round(100 * self._searched / max(1, len(text)))))
        marked = self._put_together(began + SLICE_S) if self._order is not None else None
        # What was found (and put together) is left out of collections too: each one
        # walks every object not frozen, and 100,000 occurrences made it 100 ms.
        gc.freeze()
        if marked is not None:
            self.stop()
            self.progressed.emit(100)
            self.finished.emit(marked)

    def _next_part(self) -> tuple[int, int, int] | None:
        """The next part to search (and from where its occurrences are kept): from the
        one on screen to the end, then back from it to the start; None when all are."""
        if self._rest is not None:
            part, self._rest = self._rest, None
            return part
        document = self.document
        if self._ahead < len(document.text):
            start, end = part_after(document, self._ahead)
            self._ahead = end + 1
            return start, end, start
        if self._behind > 0:
            start, end = part_before(document, self._behind - 1)
            self._behind = start
            return start, end, start
        return None

    def _put_together(self, until: float) -> MarkedDocument | None:
        """Index the parts found, in text order, until ``until`` (a ``perf_counter``
        time); the marked document once all are (None till then)."""
        order = self._order if self._order is not None else sorted(self.found)
        self._order = order
        while self._next < len(order):
            self._builder.add(self.found[order[self._next]])
            self._next += 1
            if time.perf_counter() > until:
                return None
        return MarkedDocument.made(self._builder)
