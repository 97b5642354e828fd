"""Find glossary terms in a text.

Every form (headword or alias, both languages) is matched with one Aho-Corasick
automaton over a folded copy of the text that has the same length, so offsets
need no mapping. The rules:

- case-insensitive, except short all-caps acronyms, which match only as written;
- whole words only: never inside another word ("AS" not in "SAID", "R1" not in "R10");
- hyphens, spaces and line breaks between words are alike, and so are curly and
  straight quotes;
- the longest match wins, leftmost first ("Kamar Dagang AS" over "AS");
- an Indonesian one-word form also matches its affixed forms: words that contain
  the form minus its first letter (the nasal prefixes meN-/peN- may drop it, as in
  "penyulingan" for "sulingan") and that the stemmer reduces to the same root
  ("valuasinya" for "valuasi"). Sibling words of a derived form do not match:
  "kekuatan" shares its root with "penguatan" but does not contain "enguatan".
  The automaton holds those cores too, so only words containing one are stemmed.
"""

from __future__ import annotations

from dataclasses import dataclass

import ahocorasick

from glossary.model import Occurrence
from glossary.terms import Glossary
from glossary.textfold import fold_for_matching, fold_marks, is_acronym, match_key
from glossary.words import IndonesianStemmer

MIN_STEM_LENGTH = 4


@dataclass(frozen=True, slots=True)
class _Form:
    entry_id: str
    exact: str | None  # the form as written, for acronyms; None when case-insensitive


class TermMatcher:
    """Finds the occurrences of a glossary's terms in a text."""

    def __init__(self, glossary: Glossary, stemmer: IndonesianStemmer | None = None) -> None:
        self.glossary = glossary
        self._automaton = ahocorasick.Automaton()
        forms: dict[str, list[_Form]] = {}
        cores: dict[str, list[tuple[str, str]]] = {}  # core -> [(form key, entry id)]
        for entry in glossary.entries:
            for form in entry.all_forms():
                key = match_key(form)
                if not key:
                    continue
                exact = fold_marks(" ".join(form.split())) if is_acronym(form) else None
                forms.setdefault(key, []).append(_Form(entry.id, exact))
            for form in entry.forms("id"):
                key = match_key(form)
                if len(key) >= MIN_STEM_LENGTH and key.isalpha() and not is_acronym(form):
                    cores.setdefault(key[1:], []).append((key, entry.id))
        for key, payload in forms.items():
            self._automaton.add_word(key, (len(key), tuple(payload)))
        for core, owners in cores.items():
            if core not in forms:
                self._automaton.add_word(core, (0, tuple(owners)))
        self._exact_keys = frozenset(forms)
        self._stemmer = stemmer or IndonesianStemmer(
            key for owners in cores.values() for key, _ in owners
        )
        self._automaton.make_automaton()

    def find(self, text: str) -> list[Occurrence]:
        """All occurrences in ``text``, in text order, without overlaps."""
        if not self._exact_keys:
            return []
        folded = fold_for_matching(text)
        size = len(folded)
        hits: list[tuple[int, int, str]] = []
        cores: list[tuple[int, tuple[tuple[str, str], ...]]] = []
        append = hits.append
        for last, (length, payload) in self._automaton.iter(folded):
            if not length:
                cores.append((last, payload))
                continue
            end = last + 1
            start = end - length
            if (start > 0 and folded[start - 1].isalnum() and folded[start].isalnum()) or (
                end < size and folded[end].isalnum() and folded[last].isalnum()
            ):
                continue
            for form in payload:
                if form.exact is not None and fold_marks(text[start:end]) != form.exact:
                    continue
                append((start, end, form.entry_id))
                break
        if cores:
            hits.extend(self._affixed(folded, cores))
        return self._select(hits, text)

    def _affixed(
        self, folded: str, cores: list[tuple[int, tuple[tuple[str, str], ...]]]
    ) -> list[tuple[int, int, str]]:
        """Whole words around root cores that share the root of their glossary form."""
        found: list[tuple[int, int, str]] = []
        size = len(folded)
        stem = self._stemmer.stem
        for last, owners in cores:
            start = last
            while start > 0 and folded[start - 1].isalpha():
                start -= 1
            end = last + 1
            while end < size and folded[end].isalpha():
                end += 1
            if (start > 0 and folded[start - 1].isdigit()) or (
                end < size and folded[end].isdigit()
            ):
                continue
            word = folded[start:end]
            if word in self._exact_keys:
                continue
            for key, entry_id in owners:
                if stem(word) == stem(key):
                    found.append((start, end, entry_id))
                    break
        return found

    @staticmethod
    def _select(hits: list[tuple[int, int, str]], text: str) -> list[Occurrence]:
        hits.sort(key=lambda h: (h[0], -h[1]))
        chosen: list[Occurrence] = []
        last_end = -1
        for start, end, entry_id in hits:
            if start >= last_end:
                chosen.append(Occurrence(entry_id, start, end, text[start:end]))
                last_end = end
        return chosen
