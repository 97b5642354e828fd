"""dictd dictionaries (``NAME.index`` + ``NAME.dict`` or ``NAME.dict.dz``), and what every
installed dictionary shares: the entry table with exact lookups by folded headword and
the reverse index from definition words to headwords (the files themselves are read by
``glossary.dictionaries.files``).

Opening reads only the index. Definitions are read when looked up; a dictzip file
decompresses only the chunks that hold them. A damaged file raises ``DictionaryError``
when opened; a damaged entry found later becomes one of the dictionary's ``warnings``.
"""

from __future__ import annotations

import re
import threading
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path

from glossary.dictionaries.files import (
    DataFile,
    Definition,
    DictionaryError,
    beside,
    read_whole,
)
from glossary.messages import QT_TRANSLATE_NOOP, Message

_WORD = re.compile(r"\w+")
_ITEM_BREAK = re.compile(r"[,;\n]")
_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64 = {c: i for i, c in enumerate(_DIGITS)}
# Every one- and two-digit number too: most offsets and lengths take one or two lookups.
_B64_2 = {**_B64, **{a + b: x * 64 + y for a, x in _B64.items() for b, y in _B64.items()}}


class InstalledDictionary:
    """One opened dictionary. Subclasses fill the entry table and turn an entry's bytes
    into text; lookups, the reverse index and warnings are the same for every format."""

    def __init__(self, path: Path, data: DataFile, languages: tuple[str, str] | None) -> None:
        self.path = path
        self.languages = languages
        self.warnings: list[str | Message] = []
        self._name = path.stem
        self._data = data
        self._headwords: list[str] = []
        self._offsets: list[int] = []
        self._sizes: list[int] = []
        self._by_key: dict[str, list[int]] = {}
        self._reverse: dict[str, array[int]] | None = None
        self._reverse_lock = threading.Lock()

    @property
    def name(self) -> str:
        return self._name

    def __len__(self) -> int:
        return len(self._headwords)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.path} ({len(self)} headwords)>"

    def close(self) -> None:
        self._data.close()

    def lookup(self, word: str, limit: int = 10) -> list[Definition]:
        """Entries whose headword is ``word``, ignoring case."""
        found = []
        for i in self._by_key.get(word.strip().casefold(), [])[:limit]:
            text = self._text(i)
            if text is not None:
                found.append(Definition(self.name, self._headwords[i], text))
        return found

    def reverse_lookup(self, word: str, limit: int = 10) -> list[Definition]:
        """Entries whose definition has ``word`` (or a phrase) as whole words, ignoring case.
        Entries where it is a translation of its own (between commas, semicolons or line
        ends) come first, then those where it comes early, then the shortest."""
        tokens = [t for t in _WORD.findall(word.casefold()) if not t.isdigit()]
        if not tokens:
            return []
        index = self._reverse_index()
        postings = []
        for token in tokens:
            found = index.get(token)
            if found is None:
                return []
            postings.append(found)
        if len(tokens) == 1:
            return [self._reverse_hit(i, text) for i, text in self._texts(postings[0][:limit])]
        # A phrase: entries with all its words, then those where they stand together.
        common = set(postings[0]).intersection(*postings[1:])
        candidates = [i for i in postings[0] if i in common][: limit * 10]
        phrase = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, tokens)) + r"(?!\w)")
        hits = []
        for i, text in self._texts(candidates):
            indexed = self._indexed_text(i, text)
            if phrase.search(indexed.casefold()):
                hits.append((tokens not in _segments(indexed), self._reverse_hit(i, text)))
        hits.sort(key=lambda hit: hit[0])  # stable: the index's order otherwise
        return [hit for _, hit in hits[:limit]]

    def _texts(self, indexes: Iterable[int]) -> Iterator[tuple[int, str]]:
        for i in indexes:
            text = self._text(i)
            if text is not None:
                yield i, text

    def _reverse_hit(self, i: int, text: str) -> Definition:
        return Definition(self.name, self._headwords[i], text, reverse=True)

    def _set_entries(self, headwords: list[str], offsets: list[int], sizes: list[int]) -> None:
        self._headwords, self._offsets, self._sizes = headwords, offsets, sizes
        by_key = self._by_key
        for i, headword in enumerate(headwords):
            key = headword.casefold()
            found = by_key.get(key)
            if found is None:
                by_key[key] = [i]
            else:
                found.append(i)

    def _warn(self, message: str | Message) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def _text(self, i: int) -> str | None:
        try:
            raw = self._data.read(self._offsets[i], self._sizes[i])
        except DictionaryError as exc:
            self._warn(_entry_problem(self.path, exc))
            return None
        return self._render(i, raw)

    def _render(self, i: int, raw: bytes) -> str:
        """The plain text of entry ``i``, whose bytes are ``raw``."""
        return raw.decode("utf-8", "replace").strip()

    def _indexed_text(self, i: int, text: str) -> str:
        """The part of entry ``i``'s text whose words the reverse index holds."""
        return text

    def _reverse_index(self) -> dict[str, array[int]]:
        with self._reverse_lock:
            if self._reverse is None:
                self._reverse = self._build_reverse_index()
            return self._reverse

    def _build_reverse_index(self) -> dict[str, array[int]]:
        # Each posting is ranked: "rumah" listed alone ("home: rumah") is a translation,
        # in "rumah inap" (inn) less so; early in a short entry it matters more than deep
        # inside a long one. The rank sorts the postings once, here, not at every lookup.
        postings: dict[str, list[int]] = {}
        # In file order, so each dictzip chunk is decompressed about once.
        for i, text in self._texts(sorted(range(len(self)), key=self._offsets.__getitem__)):
            ranks: dict[str, int] = {}
            position = 0
            for words in _segments(self._indexed_text(i, text)):
                alone = len(words) == 1
                for word in words:
                    rank = (0 if alone else 1024) + min(position, 1023)
                    if rank < ranks.get(word, 2048):
                        ranks[word] = rank
                    position += 1
            length = min(position, 0xFFFFF)
            for word, rank in ranks.items():
                postings.setdefault(word, []).append((rank << 20 | length) << 32 | i)
        mask = 0xFFFFFFFF
        return {w: array("I", [p & mask for p in sorted(ps)]) for w, ps in postings.items()}


def _segments(text: str) -> list[list[str]]:
    """The words of each item of ``text``, folded: items are what commas, semicolons and
    line ends separate, as translations are listed. Sense numbers ("1.") are left out."""
    return [
        [w for w in _WORD.findall(item) if not w.isdigit()]
        for item in _ITEM_BREAK.split(text.casefold())
    ]


class DictdDictionary(InstalledDictionary):
    """A dictd dictionary: ``NAME.index`` lines ``headword<TAB>offset<TAB>length`` (numbers
    in dictd's base64) into ``NAME.dict`` or ``NAME.dict.dz``."""

    def __init__(self, path: Path, languages: tuple[str, str] | None = None) -> None:
        data_path = beside(path, ".dict", ".dict.dz")
        raw = read_whole(path)
        if b"\0" in raw[:4096]:
            raise DictionaryError(
                QT_TRANSLATE_NOOP("glossary", "{path} is not a text file, so not a dictd index."),
                path=path,
            )
        super().__init__(path, DataFile(data_path), languages)
        self._short: tuple[int, int] | None = None
        text = raw.decode("utf-8", "replace")
        if "\r" in text:
            text = text.replace("\r\n", "\n")
        headwords: list[str] = []
        offsets: list[int] = []
        sizes: list[int] = []
        lines = bad = 0
        for line in text.split("\n"):
            if not line:
                continue
            lines += 1
            parts = line.split("\t")
            if len(parts) != 3 or not parts[0]:
                bad += 1
                continue
            headword, offset, size = parts
            try:
                start, length = _base64(offset), _base64(size)
            except KeyError:
                bad += 1
                continue
            if headword[:2] == "00" and headword.startswith(("00-database-", "00database")):
                if headword in ("00-database-short", "00databaseshort"):
                    self._short = (start, length)
                continue  # about the dictionary, not words
            headwords.append(headword)
            offsets.append(start)
            sizes.append(length)
        if bad * 2 > lines:
            raise DictionaryError(
                QT_TRANSLATE_NOOP(
                    "glossary", "{path}: {bad} of {lines} lines are not dictd index entries."
                ),
                path=path,
                bad=bad,
                lines=lines,
            )
        if bad:
            self.warnings.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "glossary", "{path}: {bad} damaged lines of {lines} skipped."
                    ),
                    path=path,
                    bad=bad,
                    lines=lines,
                )
            )
        self._set_entries(headwords, offsets, sizes)

    @property
    def name(self) -> str:
        # The display name is an entry of the .dict, read on first use, not on opening.
        short, self._short = self._short, None
        if short is not None:
            try:
                text = self._data.read(short[0], min(short[1], 4096))
            except DictionaryError as exc:
                self._warn(_entry_problem(self.path, exc))
            else:
                lines = text.decode("utf-8", "replace").strip().splitlines()
                # dictfmt writes the headword on the first line, older tools do not.
                if lines and lines[0].strip().replace("-", "") == "00databaseshort":
                    lines = lines[1:]
                title = next((line.strip() for line in lines if line.strip()), "")
                if title:
                    self._name = title
        return self._name

    def _render(self, i: int, raw: bytes) -> str:
        text = raw.decode("utf-8", "replace").strip()
        # Entries start with their headword; alone on its line it says nothing new.
        first, newline, rest = text.partition("\n")
        if newline and first.strip().casefold() == self._headwords[i].casefold():
            return rest.strip()
        return text

    def _indexed_text(self, i: int, text: str) -> str:
        # A headword line with pronunciation ("cause /kɔz/ <v>") is not a translation.
        first, newline, rest = text.partition("\n")
        headword = self._headwords[i].casefold()
        if newline and first.casefold().startswith(headword):
            after = first[len(headword) : len(headword) + 1]
            if not after or not after.isalnum():
                return rest
        return text


def _base64(digits: str) -> int:
    """A dictd number: base64 digits, most significant first."""
    size = len(digits)
    if size <= 2:
        return _B64_2[digits]  # KeyError for "" too
    if size <= 4:
        return _B64_2[digits[:-2]] * 4096 + _B64_2[digits[-2:]]
    value = 0
    for c in digits:
        value = value * 64 + _B64[c]
    return value


def _entry_problem(path: Path, problem: DictionaryError) -> Message:
    """An entry that cannot be read, as one of a dictionary's warnings."""
    return Message(QT_TRANSLATE_NOOP("glossary", "{path}: {problem}"), path=path, problem=problem)
