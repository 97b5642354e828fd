"""Character folding shared by matching, validation and search.

Matching folds keep the length of the text unchanged, so that an offset into the
folded text is the same offset into the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Characters that matching treats as one: hyphens become a space; curly quotes and
# apostrophes become straight ones. All are 1 -> 1. Line breaks inside a paragraph
# are already spaces (loading folds every run of white space in a block into one),
# but for a line break kept inside a block (U+2028) and a tab between table cells,
# which match as spaces; a "\n" in a document's text separates blocks, and no term
# spans two blocks.
_SAME_LENGTH_FOLDS: tuple[tuple[str, str], ...] = (
    ("\u2028", " "),
    ("\t", " "),
    ("-", " "),
    ("\u2010", " "),
    ("\u2011", " "),
    ("\u2013", " "),
    ("\u2019", "'"),
    ("\u2018", "'"),
    ("\u02bc", "'"),
    ("`", "'"),
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u201e", '"'),
)


def fold_marks(text: str) -> str:
    """Unify hyphens, spaces and quote marks without changing the length."""
    for old, new in _SAME_LENGTH_FOLDS:
        if old in text:
            text = text.replace(old, new)
    return text


def lower_same_length(text: str) -> str:
    """``text.lower()``, except characters whose lower case is longer stay as they are."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


def fold_for_matching(text: str) -> str:
    """The form term matching compares: lower case, unified marks, same length."""
    return fold_marks(lower_same_length(text))


@lru_cache(maxsize=1 << 17)
def match_key(form: str) -> str:
    """The key under which a glossary form is matched (and checked for duplicates).

    Cached: a large glossary is checked and matched again after every edit."""
    return " ".join(fold_for_matching(form).split())


_NON_WORD = re.compile(r"[\W_]+")


def fold_for_search(text: str) -> str:
    """Accent-, case- and punctuation-insensitive form for searching."""
    folded = text.casefold()
    if folded.isascii():
        stripped = folded
    else:
        decomposed = unicodedata.normalize("NFKD", folded)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", stripped).split())


def is_acronym(form: str) -> bool:
    """Short all-caps forms (``AS``, ``RRT``, ``MIC 2025``, ``S&P``) match only as written."""
    letters = [ch for ch in form if ch.isalpha()]
    if not letters or any(not ch.isupper() for ch in letters):
        return False
    return all(len(run) <= 5 for run in re.findall(r"[^\W\d_]+", form))
