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
    "pel": "per-",  # "pelajaran", "mempelajari"
    "be": "ber-",
    "ter": "ter-",
    "te": "ter-",
    "per": "per-",
    "di": "di-",
    "ke": "ke-",
    "se": "se-",
}
_PREFIX_ORDER = sorted(_PREFIXES, key=len, reverse=True)

# A letter of the alphabet, as the reader's tokens use it (no digits, no underscore);
# the combining accents of a text not composed (NFD: "e" and then an accent) belong to
# the letter before them, so "résumé" written so is one word, not "r", "sum".
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_PIECE = rf"[^\W\d_]+(?:[{_MARKS}]+[^\W\d_]*)*"
WORD_PATTERN = re.compile(rf"{_PIECE}(?:[-‐'’]{_PIECE})*")


_LETTER = r"[^\W\d_]"
_JOINER = r"[-‐'’]"


def find_word(text: str, word: str, start: int = 0) -> tuple[int, int] | None:
    """Where ``word`` first stands in ``text`` (from ``start``) as a whole word, in any
    case: "rencana" is not found inside "Perencanaan"."""
    if not word:
        return None
    pattern = re.compile(
        rf"(?<!{_LETTER})(?<!{_LETTER}{_JOINER}){re.escape(word)}(?!{_LETTER})(?!{_JOINER}{_LETTER})",
        re.IGNORECASE,
    )
    match = pattern.search(text, start)
    return (match.start(), match.end()) if match else None


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
        if not self.affixed:
            return self.root if self.word.lower() == self.root else ""
        return f"{self.word} = {' + '.join(self.pieces)}"

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


def analyse(word: str, root: str, doubled: bool | None = None) -> Analysis:
    """Explain ``word`` (as written) as affixes around ``root`` (its lowercase root).
    ``doubled``: whether a hyphenated word doubles its root (known from the halves'
    roots); None: guess from the spelling."""
    lower = word.lower()
    halves = reduplication(lower)
    if halves is not None and "-" not in root and "‐" not in root:
        first, last = halves
        if last in CLITICS or last in PARTICLES:  # "AI-nya"
            front = _split(first, root)
            ending = (*front.endings, f"-{last}")
            return Analysis(word, root, front.prefixes, front.suffixes, ending)
        if doubled is None:
            doubled = first == last or (root in first and root in last)
        if not doubled:
            return Analysis(word, root)  # a compound: each half is a word of its own
        # Prefixes come from the first half, endings from the last:
        # "sebesar-besarnya" = se- + besar ×2 + -nya.
        front = _split(first, root)
        back = _split(last, root)
        return Analysis(word, root, front.prefixes, back.suffixes, back.endings, reduplicated=True)
    if halves is not None:
        return Analysis(word, root)  # listed as one word: "alih-alih", "masing-masing"
    found = _split(lower, root)
    return found._replace(word=word)


def _split(word: str, root: str) -> Analysis:
    """Affixes around ``root`` in ``word``; none when the rest of the word is not made
    of known affixes ("menandatangani" is a compound of tanda and tangan, "ilmiah" a
    loan word): then the root alone is shown, never a made-up affix."""
    # A compound root is written as one word once affixed ("tanda tangan":
    # "menandatangani").
    written = root.replace(" ", "")
    at = word.find(written)
    length = len(written)
    if at < 0 and len(written) > 3:
        # meN-/peN- drop a root's first k, p, t or s ("menyebabkan": meny- + (s)ebab).
        at = word.find(written[1:])
        length = len(written) - 1
        if at <= 0:
            return Analysis(word, root)
    elif at < 0:
        return Analysis(word, root)
    head, tail = word[:at], word[at + length :]
    prefixes = _prefixes(head)
    endings = _endings(tail)
    if prefixes is None or endings is None:
        return Analysis(word, root)
    return Analysis(word, root, prefixes, *endings)


def _prefixes(head: str) -> tuple[str, ...] | None:
    found: list[str] = []
    rest = head
    while rest:
        written = next((p for p in _PREFIX_ORDER if rest.startswith(p)), None)
        if written is None:
            return None
        found.append(_PREFIXES[written])
        rest = rest[len(written) :]
    return tuple(found)


def _endings(tail: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    endings: list[str] = []
    for group in (PARTICLES, CLITICS):
        ending = next((e for e in group if tail.endswith(e)), None)
        if ending is not None:
            endings.insert(0, f"-{ending}")
            tail = tail[: -len(ending)]
    if tail and tail not in _SUFFIXES:
        return None
    return ((f"-{tail}",) if tail else ()), tuple(endings)


# What a word's affixes make of it, whatever its root is (a learner's first guide;
# the word list may say otherwise for a word it lists).
_VERB_PREFIXES = {"meN-", "di-", "ber-"}
_NOUN_PREFIXES = {"peN-", "per-"}


def word_class(analysis: Analysis, root_class: str) -> str:
    """The part of speech of the word ``analysis`` explains, from its affixes: meN-,
    di- and ber- make verbs ("menyebabkan", "disebabkan", "bertentangan"); peN-…-an,
    per-…-an, ke-…-an and -an make nouns ("penguatan", "keterbukaan", "bagian"), and
    so does peN- alone ("pengamat"); ter- makes a verb, or an adjective of an
    adjective ("terbesar"); meN-/di- with -kan or -i stay verbs. A word with no such
    affix (endings such as -nya aside) has its root's class, ``root_class``."""
    prefixes, suffixes = set(analysis.prefixes), set(analysis.suffixes)
    first = analysis.prefixes[0] if analysis.prefixes else ""
    if first in _VERB_PREFIXES:
        return "verb"
    if first in _NOUN_PREFIXES or (first == "ke-" and "-an" in suffixes):
        return "noun"
    if first == "ter-":
        return "adjective" if root_class == "adjective" else "verb"
    if not prefixes and "-an" in suffixes:
        return "noun"
    if not prefixes and suffixes & {"-kan", "-i"}:
        return "verb"  # (an imperative: "sebabkan")
    return root_class


# What meN- and peN- drop of a root when they join it: "mengira" is meng- + (k)ira,
# "menyebabkan" meny- + (s)ebab, "memukul" mem- + (p)ukul, "menulis" men- + (t)ulis.
_DROPPED = {"meng": "k", "peng": "k", "meny": "s", "peny": "s", "mem": "p", "pem": "p",
            "men": "t", "pen": "t"}  # fmt: skip


def root_candidates(word: str) -> list[str]:
    """The roots ``word`` (lower case) may be built on, by taking off endings, a suffix
    and up to two prefixes in every way they could stand, with the letter meN- or peN-
    drops put back: for a word the stemmer reads wrongly ("menguras": it says "uras",
    the word list knows "kuras"). Longer roots first."""
    found: list[str] = []
    for form in strip_endings(word):
        for suffix in ("", *_SUFFIXES):
            if suffix and not form.endswith(suffix):
                continue
            stem = form[: len(form) - len(suffix)]
            for first in _PREFIX_ORDER:
                if not stem.startswith(first):
                    continue
                rest = stem[len(first) :]
                for second in ("", *_PREFIX_ORDER):
                    if second and not rest.startswith(second):
                        continue
                    core = rest[len(second) :]
                    last = second or first
                    found.append(core)
                    if last in _DROPPED and core[:1] in "aeiou":
                        found.append(_DROPPED[last] + core)
    return sorted(dict.fromkeys(c for c in found if len(c) >= 3), key=len, reverse=True)
