"""The glossary marks of a long text, drawn near the screen instead of written into the
text: a long text is shown at once, and its terms are found a part at a time and drawn
as they come (desktop.reader.marking). Clicks, tooltips and Tab find the term by its offset."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from glossary.model import Occurrence


class DrawnMarks:
    """Occurrences in text order, looked up by offset."""

    def __init__(self, occurrences: Sequence[Occurrence] = (), *, ordered: bool = False) -> None:
        """``ordered``: ``occurrences`` are in text order already (not sorted again)."""
        self.occurrences = list(occurrences) if ordered else sorted(occurrences, key=_start)
        self.starts = [o.start for o in self.occurrences]

    def __len__(self) -> int:
        return len(self.occurrences)

    def insert(self, part: Sequence[Occurrence]) -> None:
        """Add the occurrences of one part of the text (in text order, and before or
        after, never among, those already there)."""
        if not part:
            return
        at = bisect_left(self.starts, part[0].start)
        self.occurrences[at:at] = part
        self.starts[at:at] = [o.start for o in part]

    def between(self, first: int, last: int) -> list[Occurrence]:
        lo = max(0, bisect_left(self.starts, first) - 1)
        hi = bisect_right(self.starts, last)
        return [o for o in self.occurrences[lo:hi] if o.end > first]

    def at(self, offset: int) -> Occurrence | None:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.occurrences[i].start <= offset < self.occurrences[i].end:
            return self.occurrences[i]
        return None

    def next_from(self, offset: int, *, backwards: bool = False) -> Occurrence | None:
        """The first occurrence starting after ``offset`` (before it, ``backwards``)."""
        if backwards:
            i = bisect_left(self.starts, offset) - 1
            return self.occurrences[i] if i >= 0 else None
        i = bisect_right(self.starts, offset)
        return self.occurrences[i] if i < len(self.occurrences) else None


def _start(occurrence: Occurrence) -> int:
    return occurrence.start
