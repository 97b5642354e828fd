"""Putting a long text away a part at a time: its QTextDocument, and the lists of its
million occurrences.

Qt frees a document's blocks and their layouts all at once when it is cleared or
deleted: 170 ms for a 49 MB text, 430 ms for one of a million paragraphs, with the
window frozen the while. A document that the reader no longer shows goes here instead,
and loses a part of its end at each turn of the event loop, sized to take about
``STEP_S``, until it is empty and deleted. Python, likewise, frees a million
occurrences in one step (140 ms) when the last list of them goes: the lists that held
them lose ``ITEMS`` at each turn instead.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QTextCursor, QTextDocument

PART_CHARS = 1_000_000  # the first part taken out of a document; a shorter one goes at once
PART_RANGE = (20_000, 4_000_000)
STEP_S = 0.010
ITEMS = 50_000  # taken out of a list at each turn (5-10 ms when they are freed)


class DocumentDisposer(QObject):
    """Empties and deletes the documents given to it, a part at a time."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.documents: list[QTextDocument] = []
        self.lists: list[list[object]] = []
        self.part = PART_CHARS
        self.timer = QTimer(self)
        self.timer.setInterval(1)  # not 0: see desktop.reader.marking
        self.timer.timeout.connect(self.on_timer_timeout)

    def dispose(self, doc: QTextDocument) -> None:
        """Take ``doc`` (now a child of the disposer's: a view that showed it no longer
        deletes it when it is given another) and put it away."""
        doc.setParent(self)
        self.documents.append(doc)
        self.timer.start()

    def let_go(self, lists: Sequence[list[Any]]) -> None:
        """Empty ``lists`` (of no more use) ``ITEMS`` at each turn, if they hold more
        than that in all (fewer go as they would)."""
        if sum(map(len, lists)) > ITEMS:
            self.lists += lists
            self.timer.start()

    @Slot()
    def on_timer_timeout(self) -> None:
        if self.lists:
            left = ITEMS
            while self.lists and left > 0:
                items = self.lists[-1]
                taken = min(left, len(items))
                del items[len(items) - taken :]
                left -= taken
                if not items:
                    self.lists.pop()
        elif self.documents:
            self._put_away(self.documents[-1])
        if not self.lists and not self.documents:
            self.timer.stop()

    def _put_away(self, doc: QTextDocument) -> None:
        end = doc.characterCount() - 1  # (Qt counts a last paragraph separator)
        if end > self.part:
            began = time.perf_counter()
            cursor = QTextCursor(doc)
            cursor.setPosition(end)
            cursor.setPosition(end - self.part, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            # (A text of short paragraphs takes longer for as many characters.)
            wanted = int(self.part * STEP_S / max(time.perf_counter() - began, 1e-4))
            low, high = PART_RANGE
            self.part = min(high, max(low, (self.part + wanted) // 2))
            return
        self.documents.pop()
        doc.deleteLater()
