"""Ranked search over a glossary, with "did you mean" suggestions.

Names (headwords and aliases of both languages) and definitions are folded
(case, accents, punctuation) and kept sorted, so that a keystroke costs a
dictionary lookup for exact hits, a binary search for prefixes and a C-speed
``str.find`` over one joined string for substrings. Ranks: exact name > name
prefix > name substring > definition substring.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from glossary.terms.glossary import Glossary
from glossary.textfold import fold_for_search

RANK_EXACT, RANK_PREFIX, RANK_SUBSTRING, RANK_DEFINITION = range(4)
MIN_DEFINITION_QUERY = 3
_SEP = "\x00"


class SearchHit(NamedTuple):
    entry_id: str
    rank: int


class _Haystack:
    """Folded strings joined by NUL, each owned by an entry index."""

    def __init__(self, items: list[tuple[str, int]]) -> None:
        self.text = _SEP + _SEP.join(s for s, _ in items) + _SEP
        self.starts: list[int] = []
        self.owners: list[int] = []
        pos = 1
        for s, owner in items:
            self.starts.append(pos)
            self.owners.append(owner)
            pos += len(s) + 1

    def owners_containing(self, needle: str) -> Iterator[int]:
        """Yield owners of the strings containing ``needle``, in string order."""
        text, find = self.text, self.text.find
        pos = find(needle)
        while pos >= 0:
            i = bisect_left(self.starts, pos + 1) - 1
            yield self.owners[i]
            # Continue after the end of this string: one hit per string is enough.
            nxt = text.find(_SEP, pos)
            pos = find(needle, nxt)


class GlossarySearch:
    """Searches one glossary; build once, query on every keystroke."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self._ids = [entry.id for entry in glossary.entries]
        names: list[tuple[str, int]] = []
        definitions: list[tuple[str, int]] = []
        for index, entry in enumerate(glossary.entries):
            for form in entry.all_forms():
                folded = fold_for_search(form)
                if folded:
                    names.append((folded, index))
            for text in (entry.definition_en, entry.definition_id):
                definitions.append((fold_for_search(text), index))
        names.sort()
        self._sorted_names = [n for n, _ in names]
        self._name_owners = [i for _, i in names]
        self._exact: dict[str, list[int]] = {}
        for name, index in names:
            self._exact.setdefault(name, []).append(index)
        self._names = _Haystack(names)
        self._definitions = _Haystack(definitions)
        self._speller: Any = None
        self._by_initial: dict[str, list[str]] | None = None

    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        """Entries matching ``query``, best first, at most ``limit``."""
        needle = fold_for_search(query)
        if not needle:
            return []
        seen: set[int] = set()
        hits: list[SearchHit] = []

        def take(indexes: Iterable[int], rank: int) -> bool:
            for index in indexes:
                if index not in seen:
                    seen.add(index)
                    hits.append(SearchHit(self._ids[index], rank))
                    if len(hits) >= limit:
                        return True
            return False

        if take(self._exact.get(needle, ()), RANK_EXACT):
            return hits
        lo = bisect_left(self._sorted_names, needle)
        hi = bisect_left(self._sorted_names, needle + "\uffff", lo)
        if take(self._name_owners[lo:hi], RANK_PREFIX):
            return hits
        if take(self._names.owners_containing(needle), RANK_SUBSTRING):
            return hits
        joined = needle.replace(" ", "")
        if joined != needle and take(self._names.owners_containing(joined), RANK_SUBSTRING):
            return hits  # "deep seek" finds "DeepSeek"
        if len(needle) >= MIN_DEFINITION_QUERY:
            # One or two letters occur in nearly every definition: that is no search.
            take(self._definitions.owners_containing(needle), RANK_DEFINITION)
        return hits

    def suggestions(self, query: str, limit: int = 3) -> list[str]:
        """Queries close to ``query`` that do find something ("Did you mean ...?")."""
        words = fold_for_search(query).split()
        if not words:
            return []
        speller = self._spell_checker()
        options: list[list[str]] = []
        for word in words:
            if word in speller or len(word) < 3:
                options.append([word])
                continue
            found = speller.candidates(word) or self._within_two_edits(word)
            ranked = sorted(found, key=lambda w: (-speller.word_usage_frequency(w), w))
            options.append(ranked[:limit] or [word])
        results: list[str] = []
        for i in range(limit):
            guess = " ".join(opts[min(i, len(opts) - 1)] for opts in options)
            if guess not in results and guess != " ".join(words) and self.search(guess, 1):
                results.append(guess)
        return results

    def _within_two_edits(self, word: str) -> set[str]:
        """Dictionary words two edits away, among those of about the same length that
        start with the same letter. pyspellchecker's own distance-2 search builds every
        string two edits away (about 250,000 for an 8-letter word): too slow to type."""
        assert self._by_initial is not None
        found = set()
        letters = set(word)
        for candidate in self._by_initial.get(word[0], ()):
            # One edit changes the set of letters by at most two: a cheap first sieve.
            if (
                abs(len(candidate) - len(word)) <= 2
                and len(letters.symmetric_difference(candidate)) <= 4
                and edit_distance(word, candidate, 2) <= 2
            ):
                found.add(candidate)
        return found

    def _spell_checker(self) -> Any:
        if self._speller is None:
            from spellchecker import SpellChecker

            # Distance 1 in pyspellchecker; distance 2 in _within_two_edits.
            speller = SpellChecker(language=None, case_sensitive=False, distance=1)
            words: list[str] = []
            for name in self._sorted_names:
                words.extend(name.split())
            for start in self._definitions.starts:
                end = self._definitions.text.find(_SEP, start)
                words.extend(self._definitions.text[start:end].split())
            speller.word_frequency.load_words(words)
            by_initial: dict[str, list[str]] = {}
            for known in set(words):
                by_initial.setdefault(known[0], []).append(known)
            self._by_initial = by_initial
            self._speller = speller
        return self._speller


def edit_distance(a: str, b: str, cap: int) -> int:
    """Optimal string alignment distance of ``a`` and ``b`` (adjacent swaps count one),
    or ``cap + 1`` as soon as it must exceed ``cap``."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > cap:
            return cap + 1
        previous2, previous = previous, current
    return previous[-1]
