"""Anchoring highlights to text: W3C TextQuote/TextPosition selectors, and finding a
passage again after the document's text changed.

Re-anchoring tries, in order:
1. the old position, if the exact quote is still there;
2. the exact quote elsewhere: the place whose surrounding text agrees most with the
   stored prefix and suffix, the nearest to the old position among equals;
3. a fuzzy match of the quote near the old position (diff-match-patch's bitap search,
   on the quote's first and last 32 characters for longer quotes);
otherwise the highlight is orphaned: kept with its quote and note, never deleted.
"""

from __future__ import annotations

from typing import Any, NamedTuple

CONTEXT = 32
FUZZY_THRESHOLD = 0.35  # diff-match-patch: 0.0 is a perfect match, 1.0 matches anything
_BITAP_BITS = 32


class Anchor(NamedTuple):
    start: int
    end: int
    how: str  # "position", "quote", "fuzzy"


def quote_selector(text: str, start: int, end: int, context: int = CONTEXT) -> tuple[str, str, str]:
    """``(exact, prefix, suffix)`` of ``text[start:end]`` with ``context`` characters."""
    return text[start:end], text[max(0, start - context) : start], text[end : end + context]


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def anchor(text: str, exact: str, prefix: str, suffix: str, start: int, end: int) -> Anchor | None:
    """Where the passage ``exact`` (once at ``start``..``end``) stands in ``text`` now."""
    if not exact:
        return None
    if (
        0 <= start <= len(text)
        and text[start : start + len(exact)] == exact
        and end - start == len(exact)
    ):
        return Anchor(start, start + len(exact), "position")
    best: tuple[int, int, int] | None = None  # (-context agreement, distance, position)
    position = text.find(exact)
    while position >= 0:
        before = text[max(0, position - len(prefix)) : position]
        after = text[position + len(exact) : position + len(exact) + len(suffix)]
        agreement = _common_suffix(before, prefix) + _common_prefix(after, suffix)
        candidate = (-agreement, abs(position - start), position)
        if best is None or candidate < best:
            best = candidate
        position = text.find(exact, position + 1)
    if best is not None:
        return Anchor(best[2], best[2] + len(exact), "quote")
    return _fuzzy(text, exact, start)


def _matcher() -> Any:
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Match_Threshold = FUZZY_THRESHOLD
    dmp.Match_Distance = 5000
    return dmp


def _fuzzy(text: str, exact: str, start: int) -> Anchor | None:
    dmp = _matcher()
    guess = max(0, min(start, len(text)))
    if len(exact) <= _BITAP_BITS:
        found = dmp.match_main(text, exact, guess)
        return None if found < 0 else Anchor(found, min(len(text), found + len(exact)), "fuzzy")
    head = exact[:_BITAP_BITS]
    tail = exact[-_BITAP_BITS:]
    first = dmp.match_main(text, head, guess)
    if first < 0:
        return None
    last = dmp.match_main(text, tail, first + len(exact) - _BITAP_BITS)
    if last < 0:
        return None
    end = last + _BITAP_BITS
    # The two ends must enclose about as much text as the passage had.
    if end <= first or abs((end - first) - len(exact)) > len(exact) // 4:
        return None
    return Anchor(first, min(len(text), end), "fuzzy")
