"""Map the domain's character offsets to Qt's text positions and back.

The domain counts code points (Python ``str`` indexes); QTextDocument counts UTF-16
code units, in which a character beyond U+FFFF (an emoji, a rare CJK ideograph)
takes two. The map is the identity for text without such characters.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_PIECE = 1 << 18


class PositionMap:
    """Offsets in ``text`` <-> positions in a QTextDocument holding the same text."""

    def __init__(self, text: str) -> None:
        # A piece at a time: one search of 50 MB would keep the interpreter 0.2 s from
        # the UI thread (the map of a long text is made on a worker).
        self._astral = (
            []
            if text.isascii()
            else [
                m.start()
                for at in range(0, len(text), _PIECE)
                for m in _ASTRAL.finditer(text, at, at + _PIECE)
            ]
        )
        # Where each astral character ends in UTF-16 units (its two units before it).
        self._ends = [offset + i + 2 for i, offset in enumerate(self._astral)]

    def to_qt(self, offset: int) -> int:
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        """The offset of the character at ``position`` (inside a pair: that character)."""
        if not self._astral:
            return position
        return position - bisect_right(self._ends, position)


class WindowMap:
    """Offsets in a text <-> positions in a QTextDocument holding a stretch of it, from
    ``start`` on (a long text's window, desktop.reader.feeder: Qt lays no text out
    past 8,388,607 pixels, and a 50 MB text is far longer). The window may move."""

    def __init__(self, full: PositionMap, start: int = 0) -> None:
        self.full = full
        self.start = start
        self._base = full.to_qt(start)

    def move(self, start: int) -> None:
        """The document now holds the text from ``start`` on."""
        self.start = start
        self._base = self.full.to_qt(start)

    def to_qt(self, offset: int) -> int:
        return self.full.to_qt(offset) - self._base

    def from_qt(self, position: int) -> int:
        """The offset of the character at ``position`` (inside a pair: that character)."""
        return self.full.from_qt(position + self._base)


_last: list[tuple[str, PositionMap]] = []


def position_map(text: str) -> PositionMap:
    """The :class:`PositionMap` of ``text``; the last one made is kept, so that a long
    text's (50 ms for 5 MB) is made off the UI thread while the file is read, and the
    reader finds it made."""
    last = _last[0] if _last else None
    if last is not None and last[0] is text:
        return last[1]
    made = PositionMap(text)
    _last[:] = [(text, made)]
    return made
