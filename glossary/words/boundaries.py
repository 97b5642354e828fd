"""Where words begin and end, for a selection snapped to whole words.

A word is a run of letters and digits; a hyphen or an apostrophe between two such runs
joins them into one word, so Indonesian reduplication ("perusahaan-perusahaan",
"kupu-kupu") and elisions ("Qur'an") are whole words. Brackets, quotes, dashes and
other punctuation are never part of a word.
"""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W_]+(?:[-‐'’][^\W_]+)*")
REACH = 200  # how far around an offset a word is looked for (no word is longer)


def word_around(text: str, offset: int) -> tuple[int, int] | None:
    """The word that ``offset`` falls strictly inside (between two of its
    characters), as (start, end); None at a word's edge or outside any word."""
    lo = max(0, offset - REACH)
    for match in WORD.finditer(text, lo, min(len(text), offset + REACH)):
        if match.start() >= offset:
            return None
        if offset < match.end():
            return match.start(), match.end()
    return None


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` grown to whole words: an end that falls inside a word moves
    to that word's edge; an end at a word's edge or at punctuation or space stays
    where it is ("(MIC 202" of "(MIC 2024)" gives "(MIC 2024", a selection inside one
    word gives the word). An empty selection stays as it is."""
    if end <= start:
        return start, end
    first = word_around(text, start)
    last = word_around(text, end)
    return (first[0] if first else start), (last[1] if last else end)


def trim_space(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the white space at its ends: a selection made by words
    (Ctrl+Shift+Right) ends at the next word's start, after the space, and a passage
    highlighted so would carry the space into its quote."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def passage(text: str, start: int, end: int) -> tuple[int, int]:
    """What a selection highlights: whole words (a selection made with the keyboard may
    start or end inside one, and a handout would quote "Mao den"), without the white
    space at its ends."""
    if end <= start:
        return start, end
    return trim_space(text, *snap_to_words(text, start, end))
