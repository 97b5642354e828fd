"""Which language a document is in, when it does not say: Indonesian or English, told
apart by their commonest words (the library lists a document's language)."""

from __future__ import annotations

import re

SAMPLE_CHARS = 20_000
# No guess from fewer common words than this, of fewer different ones, or making up
# less of the text than this share (Italian has "di" and "in", but few others).
MIN_WORDS = 3
MIN_DIFFERENT = 3
MIN_SHARE = 0.08
_WORD = re.compile(r"[^\W\d_]+")
# Short function words, frequent in any text of the language and rare in the other.
COMMON = {
    "id": frozenset(
        [
            "yang",
            "dan",
            "di",
            "ke",
            "dari",
            "untuk",
            "dengan",
            "ini",
            "itu",
            "tidak",
            "adalah",
            "dalam",
            "pada",
            "akan",
            "juga",
            "atau",
            "oleh",
            "karena",
            "sudah",
            "bisa",
            "telah",
            "bahwa",
            "mereka",
            "kami",
            "kita",
            "saya",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "that",
            "for",
            "with",
            "this",
            "are",
            "was",
            "were",
            "it",
            "be",
            "by",
            "not",
            "from",
            "have",
            "has",
            "which",
            "they",
            "their",
            "its",
        ]
    ),
}


def guess_language(text: str) -> str:
    """ "id" or "en" for a text mostly in one of them; "" when it is neither or too
    short to tell."""
    counts = dict.fromkeys(COMMON, 0)
    different: dict[str, set[str]] = {language: set() for language in COMMON}
    words = _WORD.findall(text[:SAMPLE_CHARS].lower())
    for word in words:
        for language, common in COMMON.items():
            if word in common:
                counts[language] += 1
                different[language].add(word)
    best = max(counts, key=lambda language: counts[language])
    others = sum(n for language, n in counts.items() if language != best)
    if (
        counts[best] < max(MIN_WORDS, MIN_SHARE * len(words))
        or len(different[best]) < MIN_DIFFERENT
        or counts[best] < 3 * others
    ):
        return ""
    return best
