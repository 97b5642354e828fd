"""How an Indonesian word is built: its affixes around a root, for a learner to see.

PySastrawi gives the root ("menyebabkan" -> "sebab"); this module explains the rest
of the word around it: "menyebabkan = meN- + sebab + -kan". Prefixes are named by
their dictionary form (meN-, peN-, ber-, ter-, per-, di-, ke-, se-), whatever sound
change they made ("meny-" before a dropped s, "bel-" in "belajar"); clitics (-nya,
-ku, -mu), particles (-lah, -kah, -pun) and reduplication ("model-model") are named too.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Ending clitics and particles, as they may stack: a particle comes last ("bukunyalah").
PARTICLES = ("lah", "kah", "pun")
CLITICS = ("nya", "ku", "mu")
_SUFFIXES = ("kan", "an", "i")

# Written prefix -> dictionary form; longest first, so "meng" wins over "me".
_PREFIXES = {
    "menge": "meN-",
    "meng": "meN-",
    "meny": "meN-",
    "mem": "meN-",
    "men": "meN-",
    "me": "meN-",
    "penge": "peN-",
    "peng": "peN-",
    "peny": "peN-",
    "pem": "peN-",
    "pen": "peN-",
    "pe": "peN-",
    "ber": "ber-",
    "bel": "ber-",
    "be": "ber-",
    "ter": "ter-",
    "te": "ter-",
    "per": "per-",
    "di": "di-",
    "ke": "ke-",
    "se": "se-",
}
_PREFIX_ORDER = sorted(_PREFIXES, key=len, reverse=True)

# A letter of the alphabet, as the reader's tokens use it (no digits, no underscore).
WORD_PATTERN = re.compile(r"[^\W\d_]+(?:[-‐'’][^\W\d_]+)*")


class Analysis(NamedTuple):
    """A word split into prefixes, root and endings; ``pieces`` joins them back."""

    word: str  # as written
    root: str
    prefixes: tuple[str, ...] = ()  # dictionary forms, e.g. ("meN-", "per-")
    suffixes: tuple[str, ...] = ()  # derivational: "-kan", "-an", "-i"
    endings: tuple[str, ...] = ()  # clitics and particles: "-nya", "-lah"
    reduplicated: bool = False

    @property
    def pieces(self) -> list[str]:
        root = f"{self.root} ×2" if self.reduplicated else self.root
        return [*self.prefixes, root, *self.suffixes, *self.endings]

    @property
    def formula(self) -> str:
        """ "menyebabkan = meN- + sebab + -kan"; just the root when nothing was added."""
        pieces = self.pieces
        if len(pieces) == 1 and not self.reduplicated and self.word.lower() == self.root:
            return self.root
        return f"{self.word} = {' + '.join(pieces)}"

    @property
    def affixed(self) -> bool:
        return bool(self.prefixes or self.suffixes or self.endings or self.reduplicated)


def strip_endings(word: str) -> list[str]:
    """``word`` and what is left of it without a particle and/or a clitic, longest
    first; at least three letters are kept ("punya" stays)."""
    forms = [word]
    for particle in ("", *PARTICLES):
        base = word[: -len(particle)] if particle else word
        if particle and (not word.endswith(particle) or len(base) < 3):
            continue
        if particle:
            forms.append(base)
        for clitic in CLITICS:
            if base.endswith(clitic) and len(base) - len(clitic) >= 3:
                forms.append(base[: -len(clitic)])
    return list(dict.fromkeys(forms))


def reduplication(word: str) -> tuple[str, str] | None:
    """The halves of a reduplicated word ("model-model", "sebesar-besarnya"); None if
    ``word`` has no hyphen or more than one."""
    halves = re.split(r"[-‐]", word)
    if len(halves) != 2 or not all(halves):
        return None
    return halves[0], halves[1]


def analyse(word: str, root: str) -> Analysis:
    """Explain ``word`` (as written) as affixes around ``root`` (its lowercase root)."""
    lower = word.lower()
    halves = reduplication(lower)
    if halves is not None:
        first, last = halves
        if first == last or root in first or root in last or first in last:
            # Prefixes come from the first half, endings from the last:
            # "sebesar-besarnya" = se- + besar ×2 + -nya.
            front = _split(first, root)
            back = _split(last, root)
            return Analysis(
                word, root, front.prefixes, back.suffixes, back.endings, reduplicated=True
            )
    found = _split(lower, root)
    return found._replace(word=word)


def _split(word: str, root: str) -> Analysis:
    at = word.find(root)
    length = len(root)
    if at < 0 and len(root) > 3:
        # meN-/peN- drop a root's first k, p, t or s ("menyebabkan": meny- + (s)ebab).
        at = word.find(root[1:])
        length = len(root) - 1
        if at <= 0:
            return Analysis(word, root)
    elif at < 0:
        return Analysis(word, root)
    head, tail = word[:at], word[at + length :]
    return Analysis(word, root, _prefixes(head), *_endings(tail))


def _prefixes(head: str) -> tuple[str, ...]:
    found: list[str] = []
    rest = head
    while rest:
        written = next((p for p in _PREFIX_ORDER if rest.startswith(p)), None)
        if written is None:
            return (*found, f"{rest}-")
        found.append(_PREFIXES[written])
        rest = rest[len(written) :]
    return tuple(found)


def _endings(tail: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    endings: list[str] = []
    for group in (PARTICLES, CLITICS):
        ending = next((e for e in group if tail.endswith(e) and len(tail) >= len(e)), None)
        if ending is not None:
            endings.insert(0, f"-{ending}")
            tail = tail[: -len(ending)]
    suffixes: list[str] = []
    if tail:
        suffix = next((s for s in _SUFFIXES if tail == s), None)
        suffixes.append(f"-{suffix or tail}")
    return tuple(suffixes), tuple(endings)
