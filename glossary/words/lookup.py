"""Looking up any word of a text: its root, affixes, English meanings and glossary entry.

A word resolves through the learner's word list first (a derived word with a meaning
of its own, "perusahaan", is its own headword; anything else goes to its root through
PySastrawi), then installed dictionaries add what they say, under their own names.
:class:`DocumentWords` knows every word of a document and its headword, for "other
words with this root" and for tinting words by their vocabulary status.
"""

from __future__ import annotations

import re
import time
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple, Protocol

from glossary.messages import QT_TRANSLATE_NOOP
from glossary.textfold import match_key
from glossary.words.morphology import (
    CLITICS,
    PARTICLES,
    WORD_PATTERN,
    Analysis,
    analyse,
    reduplication,
    root_candidates,
    strip_endings,
    word_class,
)
from glossary.words.wordlist import WordList

if TYPE_CHECKING:
    from glossary.model import Document
    from glossary.terms.glossary import Glossary

WORD_LIST_SOURCE = QT_TRANSLATE_NOOP("glossary", "Word list")
ENDINGS = frozenset(CLITICS + PARTICLES)
UNKNOWN = 0  # the "status" of a word not kept, for tinting

# What a word is: in the word list, a name left untranslated, a number, or neither.
LISTED, NAME, NUMBER, UNLISTED = "listed", "name", "number", "unlisted"


class Stemmer(Protocol):
    def stem(self, word: str) -> str: ...


class Meaning(NamedTuple):
    """One dictionary's say on a word; ``reverse``: found in the definitions of an
    English-Indonesian dictionary, so ``headword`` is the English word."""

    source: str
    headword: str
    text: str
    reverse: bool = False


class MeaningSource(Protocol):
    def lookup(self, word: str, source_language: str = "ind") -> Sequence[object]: ...


class Resolution(NamedTuple):
    headword: str  # what "Keep this word" keeps: a derived word of its own or the root
    root: str
    kind: str  # LISTED, NAME, NUMBER or UNLISTED


class WordInfo(NamedTuple):
    word: str  # as written
    headword: str
    root: str
    kind: str
    analysis: Analysis
    pos: str  # the word's own part of speech ("menyebabkan": verb)
    root_glosses: tuple[str, ...]
    derived_gloss: str  # the headword's own gloss when it is not the root; else ""
    meanings: tuple[Meaning, ...]  # from installed dictionaries
    entries: tuple[str, ...]  # ids of glossary entries the word is part of
    root_pos: str = ""  # its root's ("sebab": noun)
    standard: str = ""  # the root's standard spelling, when it is written otherwise

    @property
    def gloss(self) -> str:
        """The short gloss a learner keeps by default."""
        if self.derived_gloss:
            return self.derived_gloss
        if self.root_glosses:
            return "; ".join(self.root_glosses)
        forward = [m.text.strip() for m in self.meanings if not m.reverse and m.text.strip()]
        # English words found in reverse are offered, never kept unasked.
        return forward[0].splitlines()[0][:200] if forward else ""

    def gloss_choices(self) -> list[str]:
        """Glosses a learner may keep, best first: the headword's own, the root's, the
        first line of each dictionary entry, then the English words found in reverse."""
        choices = [self.derived_gloss, "; ".join(self.root_glosses)]
        choices += [" ".join(m.text.split())[:120] for m in self.meanings if not m.reverse]
        choices += [", ".join(words) for words in self.english_words().values()]
        return list(dict.fromkeys(c for c in choices if c))

    def english_words(self) -> dict[str, list[str]]:
        """Dictionary name -> the English headwords found in reverse, in rank order."""
        found: dict[str, list[str]] = {}
        for meaning in self.meanings:
            if meaning.reverse:
                words = found.setdefault(meaning.source, [])
                if meaning.headword not in words:
                    words.append(meaning.headword)
        return found


class WordLookup:
    """Resolves and looks up words; results are cached, so a repeat lookup is quick."""

    def __init__(
        self,
        words: WordList,
        stemmer: Stemmer,
        glossary: Glossary | None = None,
        dictionaries: MeaningSource | None = None,
    ) -> None:
        self.words = words
        self.stemmer = stemmer
        self.glossary = glossary
        self.dictionaries = dictionaries
        self._term_tokens: dict[str, list[str]] | None = None
        self.resolve = lru_cache(maxsize=1 << 16)(self._resolve)

    def _resolve(self, word: str) -> Resolution:
        word = unicodedata.normalize("NFC", word)  # "e" + accent is "é"
        lower = word.lower().replace("’", "'")
        if any(ch.isdigit() for ch in lower):
            return Resolution(lower, lower, NUMBER)
        # A capitalised word in the list of names is a name ("Liang" Wenfeng); in lower
        # case only when the word list does not have it ("liang", a hole, is a word).
        if word[:1].isupper() and self.words.is_name(lower):
            return Resolution(lower, lower, NAME)
        listed = self._listed(lower)
        if listed is not None:
            return listed
        if self.words.is_name(lower):
            return Resolution(lower, lower, NAME)
        halves = reduplication(word.replace("’", "'"))
        if halves is not None:
            first, last = halves
            if last.lower() in ENDINGS:  # "AI-nya", "chatbot-nya": a clitic after a hyphen
                return self.resolve(first)
            # Doubled ("model-model", "sebesar-besarnya") or a compound: the last half
            # carries the meaning ("Indonesia-Inggris" is looked up half by half).
            return self.resolve(last)
        root = self._stem(lower) if lower.isalpha() else lower
        if root in self.words.roots:
            return Resolution(root, root, LISTED)
        # The stemmer's root is not in the word list: an analysis whose root is wins
        # ("menguras": the stemmer says "uras", the word list has "kuras").
        if lower.isalpha():
            roots = self.words.roots
            known = next((r for r in root_candidates(lower) if r in roots), None)
            if known is not None:
                return Resolution(known, known, LISTED)
        return Resolution(root, root, UNLISTED)

    def _stem(self, lower: str) -> str:
        """The root of ``lower`` by PySastrawi, which drops every letter outside a-z
        ("café" came back "caf"): an accented word is stemmed without its accents and
        the root is taken from the word as written ("dikafékan": "kafé")."""
        if lower.isascii():
            return self.stemmer.stem(lower)
        bare = "".join(
            ch for ch in unicodedata.normalize("NFD", lower) if not unicodedata.combining(ch)
        )
        if len(bare) != len(lower) or not bare.isascii():
            return lower  # not letters with accents: no Indonesian affixes to take off
        root = self.stemmer.stem(bare)
        at = bare.find(root) if root else -1
        return lower[at : at + len(root)] if at >= 0 else lower

    def is_doubled(self, word: str) -> bool:
        """Whether a hyphenated ``word`` doubles one root ("model-model",
        "sebesar-besarnya") rather than joining two words ("Indonesia-Inggris")."""
        halves = reduplication(word)
        if halves is None:
            return False
        first, last = halves
        if last.lower() in ENDINGS:
            return False
        return first.lower() == last.lower() or self.resolve(first).root == self.resolve(last).root

    def part_at(self, word: str, offset: int) -> tuple[int, int]:
        """The part of ``word`` to look up for a click at ``offset`` within it: the whole
        word, or the half clicked in a compound such as "Indonesia-Inggris"."""
        halves = reduplication(word)
        if halves is None or self.is_doubled(word) or halves[1].lower() in ENDINGS:
            return 0, len(word)
        if min(len(halves[0]), len(halves[1])) < 2:
            return 0, len(word)  # "e-mail", "X-ray": one word
        if self._listed(word.lower().replace("’", "'")) is not None:
            return 0, len(word)  # listed as one word ("alih-alih", "masing-masing")
        split = len(halves[0])
        return (0, split) if offset <= split else (split + 1, len(word))

    def _listed(self, lower: str) -> Resolution | None:
        for form in strip_endings(lower):
            derived = self.words.derived.get(form)
            if derived is not None:
                return Resolution(form, derived.root, LISTED)
            if form in self.words.roots:
                return Resolution(form, form, LISTED)
        return None

    def set_glossary(self, glossary: Glossary | None) -> None:
        self.glossary = glossary
        self._term_tokens = None

    def lookup(self, word: str, entries: Sequence[str] | None = None) -> WordInfo:
        """Everything known about ``word``; ``entries``: the glossary entries the word
        stands in at the place it was clicked (else any entry whose term has the word)."""
        word = unicodedata.normalize("NFC", word)
        found = self.resolve(word)
        root = self.words.roots.get(found.root)
        derived = self.words.derived.get(found.headword)
        analysis = None
        if found.kind in (LISTED, UNLISTED):
            analysis = analyse(word, found.root, doubled=self.is_doubled(word))
        meanings = self._meanings(word, found) if found.kind != NUMBER else ()
        # A word made from one sense of a homograph ("pengamat": amat, to observe) has
        # that sense's class and glosses for its root.
        root_pos = derived.root_pos if derived and derived.root_pos else (root.pos if root else "")
        root_glosses = derived.root_glosses if derived and derived.root_glosses else ()
        # The word's own class: as the word list states it for a derived word it lists
        # ("terakhir": adjective), else from its affixes, else its root's.
        if derived and derived.pos:
            pos = derived.pos
        elif analysis and root:
            pos = word_class(analysis, root_pos)
        else:
            pos = root_pos
        return WordInfo(
            word=word,
            headword=found.headword,
            root=found.root,
            kind=found.kind,
            analysis=analysis or Analysis(word, found.root),
            pos=pos,
            root_glosses=root_glosses or (root.glosses if root else ()),
            derived_gloss=derived.gloss if derived else "",
            meanings=meanings,
            entries=tuple(entries) if entries is not None else self.entries_with(word),
            root_pos=root_pos,
            standard=root.standard if root else "",
        )

    def _meanings(self, word: str, found: Resolution) -> tuple[Meaning, ...]:
        """What installed dictionaries say: forward entries for the word, its headword
        and its root; and, from English-Indonesian dictionaries, the English headwords
        of which the headword is a whole translation (not merely a word of one: "sebab"
        finds "cause", not every idiom that happens to contain it). A name gets forward
        entries only."""
        if self.dictionaries is None:
            return ()
        seen: set[tuple[str, str, str]] = set()
        meanings: list[Meaning] = []
        forms = dict.fromkeys((word.lower(), found.headword, found.root))
        for item in self.dictionaries.lookup(found.headword, "ind"):
            if getattr(item, "reverse", False) and (
                found.kind == NAME
                or not _translates_to(str(getattr(item, "text", "")), found.headword)
            ):
                continue
            meanings.append(_meaning(item, found.headword))
        for form in forms:
            if form == found.headword:
                continue
            meanings += [
                _meaning(item, form)
                for item in self.dictionaries.lookup(form, "ind")
                if not getattr(item, "reverse", False)
            ]
        unique = []
        for meaning in meanings:
            key = (meaning.source, meaning.headword, meaning.text)
            if key not in seen:
                seen.add(key)
                unique.append(meaning)
        return tuple(unique)

    def entries_with(self, word: str) -> tuple[str, ...]:
        """Glossary entries one of whose headwords or aliases contains ``word``."""
        if self.glossary is None:
            return ()
        if self._term_tokens is None:
            index: dict[str, list[str]] = {}
            for entry in self.glossary.entries:
                for form in (entry.term_en, entry.term_id, *entry.aliases_en, *entry.aliases_id):
                    for token in WORD_PATTERN.findall(match_key(form)):
                        ids = index.setdefault(token, [])
                        if entry.id not in ids:
                            ids.append(entry.id)
            self._term_tokens = index
        key = match_key(word)
        ids = self._term_tokens.get(key, [])
        # An entry that is the word itself comes before those that merely contain it.
        whole = [i for i in ids if key in map(match_key, self.glossary.entry(i).all_forms())]
        return tuple(dict.fromkeys([*whole, *ids]))


def word_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The whole word a selection ``[start, end)`` (or a cursor, ``start == end``)
    stands for: the word around the first one selected ("model" of "model-model"
    gives "model-model"), or the word touching the cursor."""
    if end > start:
        match = WORD_PATTERN.search(text, start, end)
        if match is None:
            return None
        start = match.start()
    for match in WORD_PATTERN.finditer(text, max(0, start - 64), min(len(text), start + 64)):
        if match.start() <= start <= match.end():
            return match.start(), match.end()
        if match.start() > start:
            break
    return None


def _meaning(item: object, form: str) -> Meaning:
    return Meaning(
        str(getattr(item, "dictionary", "")),
        str(getattr(item, "headword", form)),
        str(getattr(item, "text", "")),
        bool(getattr(item, "reverse", False)),
    )


_SEGMENT_BREAK = re.compile(r"[,;\n]|\d+\.")


def _translates_to(text: str, word: str) -> bool:
    """Whether ``word`` stands on its own between commas, semicolons, numbers or line
    ends of a definition ("karena, sebab" translates to "sebab")."""
    wanted = word.casefold()
    return any(part.strip(" .()").casefold() == wanted for part in _SEGMENT_BREAK.split(text))


class Token(NamedTuple):
    start: int
    end: int
    word: str


class DocumentWords:
    """The words of a document, each with its headword and root (build it off the UI
    thread for a long text: every distinct word form is resolved once).

    A 50 MB text has 7 million words: they are kept as columns (where each starts and
    ends, and its form, one string for all its copies), not as 7 million tuples (1.4 GB,
    and the collector walking them all); a :class:`Token` is made when asked for.

    ``pause_s``: built on a worker thread, rest this long after every few milliseconds
    of work, so that the UI thread is never kept waiting for the interpreter;
    ``cancelled``: asked as often, and :class:`Cancelled` is raised when it says so.
    """

    SLICE_S = 0.004

    def __init__(
        self,
        document: Document,
        lookup: WordLookup,
        pause_s: float = 0.0,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.document = document
        rest = _Rest(pause_s, self.SLICE_S, cancelled)
        self._starts = array("q")
        self._ends = array("q")
        self._words: list[str] = []  # one string for all the copies of a form
        self._at: dict[str, array[int]] = {}  # form -> the indexes of its words
        words, at = self._words, self._at
        for start, piece in _chunks(document.text, 20_000):
            matches = list(WORD_PATTERN.finditer(piece))
            self._starts.extend([start + m.start() for m in matches])
            self._ends.extend([start + m.end() for m in matches])
            for m in matches:
                form = m.group()  # as written: a capital tells a name from a word
                places = at.get(form)
                if places is None:
                    places = at[form] = array("l")
                else:
                    form = words[places[0]]
                places.append(len(words))
                words.append(form)
            rest()
        self.resolutions: dict[str, Resolution] = {}
        self._by_root: dict[str, list[str]] = {}  # root -> its forms
        for form in at:
            found = self.resolutions[form] = lookup.resolve(form)
            self._by_root.setdefault(found.root, []).append(form)
            rest()

    def __len__(self) -> int:
        return len(self._words)

    def _token(self, index: int) -> Token:
        return Token(self._starts[index], self._ends[index], self._words[index])

    def token_at(self, offset: int) -> Token | None:
        """The word covering ``offset`` (or ending right at it)."""
        i = bisect_left(self._starts, offset + 1) - 1
        if i >= 0 and self._starts[i] <= offset <= self._ends[i]:
            return self._token(i)
        return None

    def between(self, start: int, end: int) -> list[Token]:
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [self._token(i) for i in range(lo, hi)]

    def resolution(self, token: Token) -> Resolution:
        return self.resolutions[token.word]

    def tints(
        self,
        first: int,
        last: int,
        statuses: dict[str, int],
        *,
        by_status: bool = True,
        unknown: bool = False,
    ) -> list[tuple[int, int, int]]:
        """(start, end, status) of the words in ``[first, last)`` to tint: kept words by
        their status (``by_status``), and with ``unknown`` the words not kept, as
        status 0. Names and numbers are never tinted."""
        tints = []
        for token in self.between(first, last):
            found = self.resolutions[token.word]
            if found.kind in (NAME, NUMBER):
                continue
            status = statuses.get(found.headword)
            if status is None:
                if unknown:
                    tints.append((token.start, token.end, UNKNOWN))
            elif by_status:
                tints.append((token.start, token.end, status))
        return tints

    def with_root(self, root: str) -> list[Token]:
        """Every word of the document whose root is ``root``, in reading order."""
        places = sorted(i for form in self._by_root.get(root, ()) for i in self._at[form])
        return [self._token(i) for i in places]

    def same_root(self, root: str, limit: int) -> list[tuple[str, list[Token], int]]:
        """The words whose root is ``root``, by their lowercase form in order of first
        appearance: the form, its first ``limit`` words in reading order, and how
        many there are (a 50 MB text has 7 million words: none is looked through)."""
        groups: dict[str, list[str]] = {}
        for form in sorted(self._by_root.get(root, ()), key=lambda form: self._at[form][0]):
            groups.setdefault(form.lower(), []).append(form)
        found = []
        for lower, forms in groups.items():
            places = sorted(i for form in forms for i in self._at[form][:limit])[:limit]
            count = sum(len(self._at[form]) for form in forms)
            found.append((lower, [self._token(i) for i in places], count))
        return found


class Cancelled(Exception):
    """Reading a document's words was given up (another document was opened)."""


class _Rest:
    """Sleeps ``pause_s`` once ``slice_s`` of work has passed since the last rest, and
    gives up when ``cancelled()`` says so."""

    def __init__(
        self, pause_s: float, slice_s: float, cancelled: Callable[[], bool] | None
    ) -> None:
        self.pause_s = pause_s
        self.slice_s = slice_s
        self.cancelled = cancelled
        self.since = time.perf_counter()

    def __call__(self) -> None:
        if time.perf_counter() - self.since > self.slice_s:
            if self.cancelled is not None and self.cancelled():
                raise Cancelled
            if self.pause_s:
                time.sleep(self.pause_s)
            self.since = time.perf_counter()


def _chunks(text: str, size: int) -> Iterator[tuple[int, str]]:
    """``text`` in pieces of about ``size`` characters, cut at a whitespace."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            # A space or line break is never inside a word.
            cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
            if cut >= start:
                end = cut + 1
            else:  # one long word: up to the next break
                later = [i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0]
                end = min(later) + 1 if later else len(text)
        yield start, text[start:end]
        start = end
