"""Find glossary terms in a text.

Every form (headword or alias, both languages) is matched with one Aho-Corasick
automaton over a folded copy of the text that has the same length, so offsets
need no mapping. The rules:

- case-insensitive, except short all-caps acronyms, which match only as written;
- whole words only: never inside another word ("AS" not in "SAID", "R1" not in "R10");
- hyphens, spaces and line breaks between words are alike, and so are curly and
  straight quotes;
- the longest match wins, leftmost first ("Kamar Dagang AS" over "AS");
- an Indonesian one-word form also matches its affixed forms, words that the
  stemmer reduces to the same root ("valuasinya" for "valuasi", "penyulingan" for
  "sulingan"). An affixed form contains the form itself ("di-" + "valuasi" +
  "-nya"), except where meN-/peN- replace its first letter ("peny" + "ulingan"),
  so the automaton also holds those nasal variants, and only words in which a form
  or variant stands are stemmed. Sibling words of a derived form do not match:
  "kekuatan" shares its root with "penguatan" but contains neither form.
"""

from __future__ import annotations

import copy
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from glossary.model import Document, Entry, Occurrence
from glossary.terms.glossary import Glossary
from glossary.textfold import fold_for_matching, fold_marks, is_acronym, match_key
from glossary.words.stemming import IndonesianStemmer

MIN_STEM_LENGTH = 4
# More changed entries than this (a glossary switched on, an import): build anew.
MAX_INCREMENTAL = 200
# meN-/peN- before a root's first letter: the letter is replaced by the nasal.
NASAL_PREFIXES = {
    "s": ("meny", "peny"),
    "t": ("men", "pen"),
    "k": ("meng", "peng"),
    "p": ("mem", "pem"),
}

# Last letters of di-, ke-, se-, pe-, me-, be-, te-, ber-, ter-, per- and the nasal
# forms mem-, men-, meng-, meny-; first letters of -kan, -an, -i, -nya, -lah, -kah,
# -pun, -ku, -mu. A word around a form whose neighbours are not among these is no
# affixed form of it ("pangan" in "lapangan"), and is not worth stemming.
PREFIX_ENDS = frozenset("iermngy")
SUFFIX_STARTS = frozenset("kainlpm")

Owners = tuple[tuple[str, str], ...]  # (form key, entry id) of stemmable forms


# Clitics and particles that may end a term's last word ("sahamnya", "sahamlah").
_ENDINGS = frozenset(
    c + p for c in ("", "nya", "ku", "mu") for p in ("", "lah", "kah", "pun") if c + p
)


def _with_ending(
    folded: str, start: int, end: int, forms: Sequence[_Form], before: str
) -> tuple[int, str] | None:
    """A term of several words whose last word goes on with an ending ("nilai saham"
    in "nilai sahamnya"): where that word ends, and the entry; the whole word is the
    term's, as with a word of one. None when it is not so."""
    if before.isalnum() or (before >= "\u0300" and _is_mark(before)):
        return None
    size = len(folded)
    after = end
    while after < size and folded[after].isalpha():
        after += 1
    if after == end or folded[end:after] not in _ENDINGS:
        return None
    if after < size and (folded[after].isdigit() or _is_mark(folded[after])):
        return None
    entry = next((form.entry_id for form in forms if form.exact is None), None)
    return None if entry is None else (after, entry)


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


_Contribution = tuple[tuple[tuple[str, "_Form"], ...], tuple[tuple[str, tuple[str, str]], ...]]


@lru_cache(maxsize=1 << 16)
def _contribution(entry: Entry) -> _Contribution:
    """What one entry adds to the automaton: (key, form) pairs, and (pattern, (form key,
    entry id)) pairs for its stemmable forms. Cached: after an edit, only the edited
    entry's part is worked out again."""
    forms = []
    for form in entry.all_forms():
        key = match_key(form)
        if key:
            exact = fold_marks(" ".join(form.split())) if is_acronym(form) else None
            forms.append((key, _Form(entry.id, exact)))
    owners = []
    for form in entry.forms("id"):
        key = match_key(form)
        if len(key) >= MIN_STEM_LENGTH and key.isalpha() and not is_acronym(form):
            owners.append((key, (key, entry.id)))
            for prefix in NASAL_PREFIXES.get(key[0], ()):
                owners.append((prefix + key[1:], (key, entry.id)))
    return tuple(forms), tuple(owners)


def _patterns(contribution: _Contribution | None) -> set[str]:
    if contribution is None:
        return set()
    return {key for key, _ in contribution[0]} | {key for key, _ in contribution[1]}


def forms_signature(glossary: Glossary) -> tuple[_Contribution, ...]:
    """What the automaton depends on: each entry's forms, in order."""
    return tuple(_contribution(e) for e in glossary.entries)


class _Form(NamedTuple):
    entry_id: str
    exact: str | None  # the form as written, for acronyms; None when case-insensitive


# (length, forms, owners, one word, the entry of a plain form or None, first and last
# character alphanumeric): what the automaton returns for a pattern.
_Payload = tuple[int, tuple[_Form, ...], Owners, bool, str | None, bool, bool]


class TermMatcher:
    """Finds the occurrences of a glossary's terms in a text."""

    def __init__(
        self,
        glossary: Glossary,
        stem_cache: Path | None = None,
        stemmer: IndonesianStemmer | None = None,
    ) -> None:
        self.glossary = glossary
        self._forms_signature = forms_signature(glossary)
        # pattern -> the entries that contribute to it, in glossary order (the first
        # entry of a form is the one marked: an own glossary's before the bundled).
        self._contributors: dict[str, list[str]] = {}
        self._by_id: dict[str, _Contribution] = {}
        for entry, contribution in zip(glossary.entries, self._forms_signature, strict=True):
            self._by_id[entry.id] = contribution
            for pattern in _patterns(contribution):
                self._contributors.setdefault(pattern, []).append(entry.id)
        self._automaton = ahocorasick.Automaton()
        self._version = 0  # bumped when :meth:`updated` changes the shared automaton
        self._touched: frozenset[str] | None = None  # the patterns that update changed
        for pattern in self._contributors:
            self._automaton.add_word(pattern, self._payload(pattern))
        self._finish(stemmer, stem_cache)

    def _payload(self, pattern: str) -> _Payload:
        forms: list[_Form] = []
        owners: list[tuple[str, str]] = []
        for entry_id in self._contributors[pattern]:
            entry_forms, entry_owners = self._by_id[entry_id]
            forms += [form for key, form in entry_forms if key == pattern]
            owners += [owner for key, owner in entry_owners if key == pattern]
        # Worked out here once rather than for each match: the entry of a plain
        # case-insensitive form, and whether the pattern begins and ends with a letter
        # or digit (a match of it then needs a non-word neighbour there).
        simple = forms[0].entry_id if len(forms) == 1 and forms[0].exact is None else None
        return (
            len(pattern),
            tuple(forms),
            tuple(owners),
            pattern.isalnum(),
            simple,
            pattern[0].isalnum(),
            pattern[-1].isalnum(),
        )

    def _finish(self, stemmer: IndonesianStemmer | None, stem_cache: Path | None) -> None:
        if self._contributors:
            self._automaton.make_automaton()
        self._exact_keys = frozenset(
            key for contribution in self._by_id.values() for key, _ in contribution[0]
        )
        self._longest = max(map(len, self._contributors), default=0)
        stemmable = {
            owner[0] for contribution in self._by_id.values() for _, owner in contribution[1]
        }
        # A matcher rebuilt after an edit keeps the stems found so far (those that the
        # edit may change are dropped; see IndonesianStemmer.with_roots).
        self._stemmer = (
            stemmer.with_roots(stemmable)
            if stemmer is not None
            else IndonesianStemmer(stemmable, stem_cache)
        )

    def updated(self, glossary: Glossary) -> TermMatcher:
        """A matcher for ``glossary``, an edited version of this one's; this one must
        not be used afterwards (they share their automaton).

        When no form changed (a definition was edited), the occurrences stay as they
        were. Otherwise only the patterns of the changed entries are replaced in the
        automaton before it is compiled again, and the stems found so far are kept.
        """
        signature = forms_signature(glossary)
        twin = copy.copy(self)
        twin.glossary = glossary
        if signature == self._forms_signature:
            return twin
        new_by_id = {e.id: c for e, c in zip(glossary.entries, signature, strict=True)}
        changed = {
            entry_id
            for entry_id in self._by_id.keys() | new_by_id.keys()
            if self._by_id.get(entry_id) != new_by_id.get(entry_id)
        }
        if len(changed) > MAX_INCREMENTAL:
            # A glossary switched on or imported: building anew is quicker.
            return TermMatcher(glossary, stemmer=self._stemmer)
        twin._forms_signature = signature
        twin._by_id = new_by_id
        # pattern -> the changed entries that now contribute to it
        now: dict[str, set[str]] = {}
        touched: set[str] = set()
        for entry_id in changed:
            touched |= _patterns(self._by_id.get(entry_id))
            for pattern in _patterns(new_by_id.get(entry_id)):
                now.setdefault(pattern, set()).add(entry_id)
        touched |= now.keys()
        position = {e.id: i for i, e in enumerate(glossary.entries)}
        twin._contributors = dict(self._contributors)
        twin._version = self._version + 1
        twin._touched = frozenset(touched)
        for pattern in touched:
            ids = {i for i in self._contributors.get(pattern, ()) if i not in changed}
            ids |= now.get(pattern, set())
            if ids:
                twin._contributors[pattern] = sorted(ids, key=position.__getitem__)
                twin._automaton.add_word(pattern, twin._payload(pattern))
            else:
                twin._contributors.pop(pattern, None)
                twin._automaton.remove_word(pattern)
        twin._finish(self._stemmer, None)
        return twin

    def finds_as(self, other: TermMatcher) -> bool:
        """Whether both find the same occurrences: one is the other :meth:`updated` for
        an edit that changed no form."""
        return self._automaton is other._automaton and self._version == other._version

    def refind(
        self, document: Document, occurrences: list[Occurrence], before: TermMatcher
    ) -> list[Occurrence]:
        """The occurrences in ``document`` once :meth:`updated` made this matcher of
        ``before``, which found ``occurrences``: only the blocks in which a changed
        pattern stands are searched again (no term spans two blocks)."""
        if self.finds_as(before):
            return occurrences
        if self._touched is None or before._version != self._version - 1 or not document.blocks:
            return self.find(document.term_text)
        changed = ahocorasick.Automaton()
        for pattern in self._touched:
            changed.add_word(pattern, len(pattern))
        if not self._touched:
            return occurrences
        changed.make_automaton()
        starts = [block.start for block in document.blocks]
        affected = {
            bisect_right(starts, last + 1 - length) - 1
            for last, length in changed.iter(fold_for_matching(document.term_text))
        }
        affected.discard(-1)
        if not affected:
            return occurrences
        kept = [o for o in occurrences if bisect_right(starts, o.start) - 1 not in affected]
        text = document.term_text
        for index in affected:
            block = document.blocks[index]
            kept += self.find(text[block.start : block.end], block.start)
        kept.sort(key=lambda o: o.start)
        return kept

    def save_cache(self) -> None:
        """Keep the stems computed so far for the next start (see ``glossary.words.stemming``)."""
        self._stemmer.save()

    def find_part(
        self, text: str, start: int, end: int, size: int, keep: int | None = None
    ) -> tuple[list[Occurrence], int, int]:
        """The occurrences in ``text[start:end]`` (from where a block or a word starts
        to where a block ends) that start at ``keep`` or after (by default ``start``),
        with their offsets in ``text``; of a stretch longer than ``2 * size`` after
        ``keep``, only those of about the next ``size`` characters. Returns them, and
        the ``start`` and ``keep`` of the rest (``end`` and ``end`` when it is all
        searched): a paragraph of megabytes is searched a piece at a time, and gives
        what it gives at once.

        A piece ends at a space. Its occurrences are kept up to the start of a word so
        far before that no term starting before it can reach past the space (nor one
        kept reach past it); the rest is searched from the word starting a term's
        length before that (what is found there depends on the words before it)."""
        keep = start if keep is None else keep
        cut = text.find(" ", keep + size, end) if end - keep > 2 * size else -1
        rest = -1
        if cut >= 0:
            found = self._find_at(text, start, cut)
            # Where the next piece's occurrences are kept from: a word start, back
            # before any occurrence kept that would reach past it.
            rest = text.rfind(" ", keep, max(keep, cut - self._longest) + 1) + 1
            kept = bisect_left([o.start for o in found], rest)
            while kept and found[kept - 1].end > rest:
                rest = text.rfind(" ", keep, found[kept - 1].start) + 1
                kept = bisect_left([o.start for o in found], rest, hi=kept)
        if rest <= keep:  # all of it (or no place to cut it)
            found = self._find_at(text, start, end)
            return found[bisect_left([o.start for o in found], keep) :], end, end
        first = bisect_left([o.start for o in found], keep, hi=kept)
        context = text.rfind(" ", keep, max(keep, rest - self._longest) + 1) + 1
        return found[first:kept], max(context, keep), rest

    def _find_at(self, text: str, start: int, end: int) -> list[Occurrence]:
        """:meth:`find` in ``text[start:end]``, with offsets in ``text``."""
        return self.find(text[start:end], start)

    def find(self, text: str, offset: int = 0) -> list[Occurrence]:
        """All occurrences in ``text``, in text order, without overlaps (their offsets
        plus ``offset``: ``text`` is part of a longer one, from there)."""
        if not self._exact_keys:
            return []
        folded = fold_for_matching(text)
        size = len(folded)
        # The sentinel makes iter_long report a shorter match pending at the very end
        # (it drops one there otherwise), and it is the neighbour of a match at either
        # end of the text (index -1): no pattern contains a line break.
        padded = folded + "\n"
        # The hits of the main pass, in text order, as three columns: a text marked
        # densely has a hit every hundred characters, and a tuple for each would make
        # the garbage collector walk the whole heap again and again (a quarter of the
        # time on 10 MB). Hits found after it, and the rare ones that need more than a
        # look at their neighbours, are tuples in ``late``.
        starts: list[int] = []
        ends: list[int] = []
        ids: list[str] = []
        late: list[tuple[int, int, str]] = []
        candidates: list[tuple[int, int, Owners]] = []
        rejected: list[tuple[int, int]] = []
        accept = self._accept
        affixed = self._affixed_at
        in_token = self._affixed_in_token
        ending_hit = _with_ending
        decided: dict[str, dict[int, tuple[int, int, str] | None]] = {}
        # Leftmost-longest matches: one per place, as the reader will see them. The
        # common cases are inlined; this loop runs once per match in the text.
        for last, payload in self._automaton.iter_long(padded):
            length, _forms, owners, one_word, simple, first_alnum, last_alnum = payload
            end = last + 1
            start = end - length
            before = padded[start - 1]
            after = padded[end]
            if (
                (first_alnum and before.isalnum())
                or (last_alnum and after.isalnum())
                # A combining accent belongs to the word it follows (rare after NFC).
                or (after >= "\u0300" and _is_mark(after))
                or (before >= "\u0300" and _is_mark(before))
            ):
                # Inside a longer word: perhaps an affixed form of a stemmable form, if
                # the letters around it can end a prefix and begin a suffix. Decided
                # here, so that the hits stay in text order.
                if (
                    owners
                    and (before in PREFIX_ENDS or not before.isalpha())
                    and (after in SUFFIX_STARTS or not after.isalpha())
                ):
                    # What _affixed_at does, inline: no tuple made for the hit.
                    left = folded.rfind(" ", 0, start) + 1
                    right = folded.find(" ", end)
                    token = folded[left : right if right >= 0 else size]
                    at = decided.get(token)
                    if at is None:
                        at = decided[token] = {}
                    place = (start - left) << 24 | (end - left)
                    if place in at:
                        hit = at[place]
                    else:
                        hit = at[place] = in_token(token, start - left, end - left, owners)
                    if hit is not None:
                        starts.append(left + hit[0])
                        ends.append(left + hit[1])
                        ids.append(hit[2])
                if not one_word:
                    ending = ending_hit(folded, start, end, _forms, before)
                    if ending is not None:
                        starts.append(start)
                        ends.append(ending[0])
                        ids.append(ending[1])
                    else:
                        rejected.append((start, end))
            elif simple is not None:
                starts.append(start)
                ends.append(end)
                ids.append(simple)
            elif not accept(folded, text, last, payload, late, candidates) and not one_word:
                rejected.append((start, end))
        # A longest match of several words that failed may hide a shorter or overlapping
        # one ("ai chip" inside "tai chip" hides "chip"): look again where it stood. A
        # one-word match cannot: any other match starting in it starts inside a word.
        for start, end in rejected:
            # iter() on a slice: with start/end arguments it would copy the whole text.
            window = folded[start : min(size, end + self._longest)]
            for last, payload in self._automaton.iter(window):
                first = start + last + 1 - payload[0]
                if first < end and (first, start + last + 1) != (start, end):
                    accept(folded, text, start + last, payload, late, candidates)
        for start, end, owners in candidates:
            hit = affixed(folded, start, end, owners, decided)
            if hit is not None:
                late.append(hit)
        return self._select(starts, ends, ids, late, text, offset)

    def _accept(
        self,
        folded: str,
        text: str,
        last: int,
        payload: _Payload,
        hits: list[tuple[int, int, str]],
        candidates: list[tuple[int, int, Owners]],
    ) -> bool:
        """Record the match ending at ``last``; False if it is not a whole-word term."""
        length, forms, owners = payload[:3]
        end = last + 1
        start = end - length
        size = len(folded)
        if (
            (start and folded[start - 1].isalnum() and folded[start].isalnum())
            or (end < size and folded[end].isalnum() and folded[last].isalnum())
            or (end < size and _is_mark(folded[end]))
            or (start and _is_mark(folded[start - 1]))
        ):
            if owners:
                candidates.append((start, end, owners))
            return False
        for form in forms:
            if form.exact is None or fold_marks(text[start:end]) == form.exact:
                hits.append((start, end, form.entry_id))
                return True
        if owners:
            candidates.append((start, end, owners))
            return True
        return False

    def _affixed_at(
        self,
        folded: str,
        start: int,
        end: int,
        owners: Owners,
        decided: dict[str, dict[int, tuple[int, int, str] | None]],
    ) -> tuple[int, int, str] | None:
        """The whole word around a pattern at ``start:end`` if it shares the root of the
        pattern's form. Text repeats its words: decided once per (space-delimited
        token, position), in ``decided`` (by token, then by the position packed in one
        number: no tuple a call)."""
        left = folded.rfind(" ", 0, start) + 1
        right = folded.find(" ", end)
        if right < 0:
            right = len(folded)
        token = folded[left:right]
        at = decided.get(token)
        if at is None:
            at = decided[token] = {}
        place = (start - left) << 24 | (end - left)
        if place in at:
            hit = at[place]
        else:
            hit = at[place] = self._affixed_in_token(token, start - left, end - left, owners)
        if hit is None:
            return None
        return (left + hit[0], left + hit[1], hit[2]) if left else hit

    def _affixed_in_token(
        self, token: str, start: int, end: int, owners: Owners
    ) -> tuple[int, int, str] | None:
        while start > 0 and token[start - 1].isalpha():
            start -= 1
        while end < len(token) and token[end].isalpha():
            end += 1
        if (start > 0 and token[start - 1].isdigit()) or (
            end < len(token) and token[end].isdigit()
        ):
            return None
        word = token[start:end]
        if word in self._exact_keys:
            return None
        root = self._stemmer.stem(word)
        for key, entry_id in owners:
            if root == self._stemmer.stem(key):
                return (start, end, entry_id)
        return None

    @staticmethod
    def _select(
        starts: list[int],
        ends: list[int],
        ids: list[str],
        late: list[tuple[int, int, str]],
        text: str,
        offset: int,
    ) -> list[Occurrence]:
        """Leftmost first; at one place the longest, and of those the first entry id;
        then no overlaps. The main pass's hits (``starts``, ``ends``, ``ids``) are in
        text order (an affixed word found through two of its patterns may be there
        twice); the ``late`` ones are merged in."""
        late.sort()
        late.append((len(text) + 1, 0, ""))  # a sentinel: never taken
        new = tuple.__new__  # an Occurrence without a Python-level __new__ per hit
        chosen: list[Occurrence] = []
        last_start, last_end = -1, -1
        next_late = 0
        late_start = late[0][0]
        append = chosen.append
        for start, end, entry_id in zip(starts, ends, ids, strict=True):
            while late_start <= start:
                hit = late[next_late]
                next_late += 1
                late_start = late[next_late][0]
                if hit[0] < last_start:
                    return TermMatcher._select_sorted(starts, ends, ids, late[:-1], text, offset)
                last_start, last_end = TermMatcher._take(
                    chosen, hit, last_start, last_end, text, offset
                )
            if start >= last_end:
                last_start, last_end = start, end
                append(new(Occurrence, (entry_id, start + offset, end + offset, text[start:end])))
            elif start == last_start:
                if end > last_end or (end == last_end and entry_id < chosen[-1].entry_id):
                    last_end = end
                    chosen[-1] = new(
                        Occurrence, (entry_id, start + offset, end + offset, text[start:end])
                    )
            elif start < last_start:  # out of order after all
                return TermMatcher._select_sorted(starts, ends, ids, late[:-1], text, offset)
        for hit in late[next_late:-1]:
            last_start, last_end = TermMatcher._take(
                chosen, hit, last_start, last_end, text, offset
            )
        return chosen

    @staticmethod
    def _take(
        chosen: list[Occurrence],
        hit: tuple[int, int, str],
        last_start: int,
        last_end: int,
        text: str,
        offset: int,
    ) -> tuple[int, int]:
        """Add ``hit`` to ``chosen`` as :meth:`_select` does; the new last place."""
        start, end, entry_id = hit
        if start >= last_end:
            chosen.append(Occurrence(entry_id, start + offset, end + offset, text[start:end]))
            return start, end
        if start == last_start and (
            end > last_end or (end == last_end and entry_id < chosen[-1].entry_id)
        ):
            chosen[-1] = Occurrence(entry_id, start + offset, end + offset, text[start:end])
            return start, end
        return last_start, last_end

    @staticmethod
    def _select_sorted(
        starts: list[int],
        ends: list[int],
        ids: list[str],
        late: list[tuple[int, int, str]],
        text: str,
        offset: int,
    ) -> list[Occurrence]:
        """:meth:`_select` for hits in no particular order: all of them sorted first."""
        hits = sorted([*zip(starts, ends, ids, strict=True), *late])
        chosen: list[Occurrence] = []
        last_start, last_end = -1, -1
        for hit in hits:
            last_start, last_end = TermMatcher._take(
                chosen, hit, last_start, last_end, text, offset
            )
        return chosen
