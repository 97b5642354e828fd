"""Marking a long document a part at a time, so that its first screen shows at once and
the window answers while the rest is marked.

The text is laid out without marks and painted; then, on the UI thread, the terms are
found part by part (a few thousand characters of whole paragraphs each), starting with
the part on screen, for at most 20 ms at a time before the event loop runs again. Their
marks are drawn near the screen (desktop.reader.drawnmarks), not written into the text: writing
100,000 marks into a laid-out 5 MB text costs Qt seconds of layout. After 300 ms a
progress bar with a Cancel button shows in the status bar; cancelling keeps the marks
found so far.
"""

from __future__ import annotations

import gc
import operator
import sys
import time
from bisect import bisect_right
from itertools import repeat

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.reader.view import ReaderView
from glossary.model import Document, Occurrence
from glossary.terms.matching import TermMatcher

SLICE_S = 0.020
PART_CHARS = 8_000
# Documents up to this size are marked at once, before they are shown.
AT_ONCE_CHARS = 300_000
_frozen_by: list[int | None] = [None]  # the marker that froze the heap, if one did


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
    built-in types in the permanent generation, frozen by no one."""
    return not any(map(operator.is_, gc.get_objects(), repeat(sys.modules)))


def parts_of(document: Document, size: int = PART_CHARS) -> list[tuple[int, int]]:
    """``document`` cut into runs of whole blocks of about ``size`` characters (a term
    never spans two blocks, so each run is searched on its own)."""
    parts: list[tuple[int, int]] = []
    start = 0
    for block in document.blocks:
        if block.end - start >= size:
            parts.append((start, block.end))
            start = block.end + 1
    if start < len(document.text):
        parts.append((start, len(document.text)))
    return parts


class ProgressiveMarker(QObject):
    """Finds and marks the terms of ``document`` in ``reader``, a part at a time.

    Signals:
        progressed(int): percent of the text marked.
        finished(list): every occurrence found (in text order), once all parts are marked.
        cancelled(list): the occurrences marked before Cancel.

    (The lists go as Python objects: a ``list`` signal would convert 100,000 of them to
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
        parts = parts_of(document)
        # The part on screen first, then those after it, then those before.
        here = max(0, bisect_right([s for s, _e in parts], first) - 1)
        self.parts = parts[here:] + parts[:here][::-1]
        self.total = len(parts)
        # The occurrences of each part, by the part's start.
        self.found: dict[int, list[Occurrence]] = {}
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
        """Stop marking (nothing is emitted)."""
        if self.timer.isActive():
            self.timer.stop()
            _thaw(id(self))

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    @Slot()
    def cancel(self) -> None:
        if self.timer.isActive():
            self.stop()
            self.cancelled.emit(self.in_order())

    @Slot()
    def on_timer_timeout(self) -> None:
        began = time.perf_counter()
        text = self.document.text
        while self.parts and time.perf_counter() - began < SLICE_S:
            start, end = self.parts.pop(0)
            found = [
                occ._replace(start=occ.start + start, end=occ.end + start)
                for occ in self.matcher.find(text[start:end])
            ]
            self.reader.add_drawn_marks(found)
            self.found[start] = found
        done = self.total - len(self.parts)
        self.progressed.emit(round(100 * done / max(1, self.total)))
        if not self.parts:
            self.stop()
            self.finished.emit(self.in_order())

    def in_order(self) -> list[Occurrence]:
        """The occurrences found so far, in text order (the parts in order: no sort of
        100,000 occurrences)."""
        return [occ for start in sorted(self.found) for occ in self.found[start]]
