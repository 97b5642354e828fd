"""Text wrapped at a fixed width (a plain text saved by an editor that breaks lines, a
PDF's lines): whether a text is wrapped so, and its lines joined back into the
paragraph they were, with words hyphenated at a line's end made whole again."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

MAX_WRAP_WIDTH = 120  # wider lines were not wrapped by an editor
MIN_WRAP_WIDTH = 30
FILLED_SHARE = 0.7  # of the lines inside paragraphs, how many reach near the width
NEAR_WIDTH = 0.6  # a line "reaches" the width when it is at least this share of it

_HYPHENS = ("-", "\u2010", "\u00ad")  # a hyphen, a hyphen, a soft hyphen
_HYPHENATED = re.compile(r"(\S*?)([^\W\d_]+)[-\u2010\u00ad]$")
_WORD_START = re.compile(r"[^\W\d_]+")


class WrapStats:
    """The lengths of a text's lines, counted as they are read (a long text has
    millions), to tell the width they were wrapped at (:meth:`width`)."""

    def __init__(self) -> None:
        self.lengths: Counter[int] = Counter()  # of every non-blank line
        self.inner: Counter[int] = Counter()  # of the lines inside a paragraph
        self.longest = 0

    def add(self, length: int, ends_paragraph: bool) -> None:
        """A non-blank line of ``length``; ``ends_paragraph``: a blank line or the end
        of the text follows it."""
        self.lengths[length] += 1
        if not ends_paragraph:
            self.inner[length] += 1
        self.longest = max(self.longest, length)

    def width(self) -> int:
        """The width the lines were wrapped at, or 0 when they were not wrapped.

        A wrapped text's lines inside paragraphs are filled nearly to one width; a
        text with a paragraph on each line has lines of every length (and, without
        blank lines between them, hardly a line "inside" a paragraph that is near
        the widest)."""
        inner = sum(self.inner.values())
        if not inner:
            return 0
        total = sum(self.lengths.values())
        seen = 0
        width = 0
        for length in sorted(self.lengths):  # the 95th percentile of the lengths
            seen += self.lengths[length]
            width = length
            if seen >= total * 0.95:
                break
        if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH or self.longest > MAX_WRAP_WIDTH * 2:
            return 0
        filled = sum(count for length, count in self.inner.items() if length >= width * NEAR_WIDTH)
        return width if filled >= FILLED_SHARE * inner else 0


def join_lines(lines: Sequence[str]) -> str:
    """The lines of one paragraph as one line: joined by a space, except a word
    hyphenated at a line's end, joined again (see :func:`hyphen_kept`)."""
    return join_lines_at(lines)[0]


def join_lines_at(lines: Sequence[str]) -> tuple[str, list[int]]:
    """:func:`join_lines`, and where each line's text starts in the result."""
    parts: list[str] = []
    starts: list[int] = []
    length = 0
    for raw in lines:
        line = raw.strip()
        if not line:
            starts.append(length)
            continue
        last = parts[-1] if parts else ""
        if last[-1:] in _HYPHENS:
            hyphenated = _HYPHENATED.search(last, max(0, last.rfind(" ") + 1))
            following = _WORD_START.match(line)
            if hyphenated and following:
                left = hyphenated.group(1) + hyphenated.group(2)
                kept = last[-1] != "\u00ad" and hyphen_kept(left, following.group())
                joined = last[:-1] + ("-" if kept else "")
                starts.append(length - len(last) + len(joined))
                parts[-1] = joined + line
                length += len(parts[-1]) - len(last)
                continue
        if parts:
            length += 1  # the space before it
        starts.append(length)
        parts.append(line)
        length += len(line)
    return " ".join(parts), starts


def hyphen_kept(left: str, right: str) -> bool:
    """Whether the hyphen between ``left`` (a line's last word, without its hyphen) and
    ``right`` (the next line's first word) is a real one, kept when they are joined:
    in a compound that has hyphens already ("Made-in-" + "China"), before a capital
    or a number ("pra-" + "Islam"), and in a reduplicated word ("anak-" + "anak",
    "sayur-" + "sayuran"). Otherwise the word was only broken there ("valua-" +
    "sinya")."""
    if "-" in left or "\u2010" in left:
        return True
    if right[:1].isupper() or right[:1].isdigit():
        return True
    word = left.lower()
    following = right.lower()
    return len(word) >= 2 and (following.startswith(word) or word.startswith(following))
