"""dictd dictionaries (``NAME.index`` + ``NAME.dict`` or ``NAME.dict.dz``), and what every
installed dictionary shares: the entry table with exact lookups by folded headword, the
reverse index from definition words to headwords, and random access into dictzip files.

Opening reads only the index. Definitions are read when looked up; a dictzip file
decompresses only the chunks that hold them. A damaged file raises ``DictionaryError``
when opened; a damaged entry found later becomes one of the dictionary's ``warnings``.
"""

from __future__ import annotations

import os
import re
import struct
import threading
import weakref
import zlib
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from glossary.userfiles import UserFileError, read_user_file

MAX_FILE = 200 * 1024 * 1024  # index files, and whole gzip files without a chunk table
CHUNK_CACHE = 32  # decompressed dictzip chunks kept; real chunks are about 58 KB
_WORD = re.compile(r"\w+")
_ITEM_BREAK = re.compile(r"[,;\n]")
_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64 = {c: i for i, c in enumerate(_DIGITS)}
# Every one- and two-digit number too: most offsets and lengths take one or two lookups.
_B64_2 = {**_B64, **{a + b: x * 64 + y for a, x in _B64.items() for b, y in _B64.items()}}


@dataclass(frozen=True)
class Definition:
    dictionary: str  # display name of the dictionary
    headword: str
    text: str  # plain text, stripped
    reverse: bool = False  # found by searching the definitions, not the headwords


class DictionaryError(Exception):
    """A dictionary file cannot be used; the message names it and says what is wrong."""


def read_whole(path: Path) -> bytes:
    """The bytes of an index file, refusing empty and oversized ones."""
    try:
        data = read_user_file(path, MAX_FILE)
    except UserFileError as exc:
        raise DictionaryError(str(exc)) from None
    if not data:
        raise DictionaryError(f"{path} is empty.")
    return data


def beside(path: Path, *suffixes: str) -> Path:
    """The first existing file named like ``path`` with one of ``suffixes``."""
    for suffix in suffixes:
        candidate = path.with_suffix(suffix)
        if candidate.is_file():
            return candidate
    names = " or ".join(path.stem + s for s in suffixes)
    raise DictionaryError(f"{path}: no {names} beside it.")


def gunzip(data: bytes, name: str) -> bytes:
    """A whole gzip file decompressed, refused above ``MAX_FILE``: a gzip bomb must not
    fill the memory."""
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    try:
        out = inflater.decompress(data, MAX_FILE + 1)
    except zlib.error:
        raise DictionaryError(f"{name} is damaged (not valid gzip data).") from None
    if len(out) > MAX_FILE:
        raise DictionaryError(f"{name} is over {MAX_FILE // 1048576} MB uncompressed; not read.")
    if not inflater.eof:
        raise DictionaryError(f"{name} is truncated.")
    return out


class DataFile:
    """Random access to the text of a ``.dict`` file: plain, dictzip, or plain gzip (read
    whole, once). One lock guards the file position and the chunk cache, so one object can
    serve several threads; the descriptor is opened on the first read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._fd = -1
        self._closer: weakref.finalize[[int], DataFile] | None = None
        self._compressed = path.suffix in (".dz", ".gz")
        self._end = 0  # uncompressed size (an upper bound for a damaged dictzip)
        self._chunk_length = 0
        self._chunks: list[tuple[int, int]] = []  # (file offset, compressed size)
        self._whole: bytes | None = None
        self._cache: OrderedDict[int, bytes] = OrderedDict()
        self._failure: DictionaryError | None = None

    def read(self, offset: int, size: int) -> bytes:
        with self._lock:
            if self._failure is not None:
                raise self._failure
            try:
                if self._fd < 0:
                    try:
                        self._open()
                    except DictionaryError as exc:
                        self._failure = exc  # not tried again at every lookup
                        raise
                data = self._read(offset, size)
            except OSError as exc:
                reason = exc.strerror or exc
                raise DictionaryError(f"{self.path.name} cannot be read ({reason}).") from None
            if len(data) < size:
                raise DictionaryError(f"offset beyond the end of {self.path.name}.")
            return data

    def _read(self, offset: int, size: int) -> bytes:
        if offset < 0 or size < 0 or offset + size > self._end:
            raise DictionaryError(f"offset beyond the end of {self.path.name}.")
        if self._whole is not None:
            return self._whole[offset : offset + size]
        if not self._compressed:
            return self._pread(offset, size)
        return self._read_chunks(offset, size)

    def close(self) -> None:
        """Close the file now; a later read opens it again."""
        with self._lock:
            if self._closer is not None:
                self._closer()
            self._fd, self._closer, self._whole, self._failure = -1, None, None, None
            self._chunks.clear()
            self._cache.clear()

    def _open(self) -> None:
        self._fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        # A finalizer, not __del__: the descriptor is closed when the object goes, with
        # no ResourceWarning, and close() can run it early.
        self._closer = weakref.finalize(self, os.close, self._fd)
        self._end = os.fstat(self._fd).st_size
        if self._compressed:
            self._read_header(self._end)

    def _pread(self, offset: int, size: int) -> bytes:
        os.lseek(self._fd, offset, os.SEEK_SET)
        parts = []
        while size > 0:
            part = os.read(self._fd, size)
            if not part:
                break
            parts.append(part)
            size -= len(part)
        return b"".join(parts)

    def _read_header(self, file_size: int) -> None:
        name = self.path.name
        head = self._pread(0, 12)
        if len(head) < 10 or head[:3] != b"\x1f\x8b\x08":
            raise DictionaryError(f"{name} is not a gzip file.")
        flags, pos = head[3], 10
        chunk_table = None
        if flags & 4:  # FEXTRA: the dictzip chunk table is its "RA" subfield
            xlen = int.from_bytes(head[10:12], "little")
            extra = self._pread(12, xlen)
            if len(head) < 12 or len(extra) < xlen:
                raise DictionaryError(f"{name} is truncated.")
            pos = 12 + xlen
            chunk_table = _ra_subfield(extra)
        for flag in (8, 16):  # FNAME and FCOMMENT: zero-terminated
            if flags & flag:
                pos = self._after_zero(pos)
        if flags & 2:  # FHCRC
            pos += 2
        if chunk_table is None:
            # Plain gzip: no random access, so decompress it all once (with a cap).
            # The trailer's size (modulo 4 GB) refuses most oversized files unread.
            (stated,) = struct.unpack("<I", self._pread(file_size - 4, 4).rjust(4, b"\0"))
            if file_size > MAX_FILE or stated > MAX_FILE:
                raise DictionaryError(
                    f"{name} is over {MAX_FILE // 1048576} MB uncompressed; not read."
                )
            self._whole = gunzip(self._pread(0, file_size), name)
            self._end = len(self._whole)
            return
        self._chunk_length, sizes = chunk_table
        for size in sizes:
            self._chunks.append((pos, size))
            pos += size
        self._end = self._chunk_length * len(sizes)
        if sizes:
            # The exact end is in the last chunk; if that is damaged, the earlier ones still
            # serve, and the upper bound stands.
            with suppress(DictionaryError):
                self._end += len(self._chunk(len(sizes) - 1)) - self._chunk_length

    def _after_zero(self, pos: int) -> int:
        while True:
            piece = self._pread(pos, 1024)
            if not piece:
                raise DictionaryError(f"{self.path.name} is truncated.")
            zero = piece.find(b"\0")
            if zero >= 0:
                return pos + zero + 1
            pos += len(piece)

    def _read_chunks(self, offset: int, size: int) -> bytes:
        if size == 0:
            return b""
        first, last = offset // self._chunk_length, (offset + size - 1) // self._chunk_length
        joined = b"".join(self._chunk(i) for i in range(first, last + 1))
        start = offset - first * self._chunk_length
        return joined[start : start + size]

    def _chunk(self, index: int) -> bytes:
        cached = self._cache.get(index)
        if cached is not None:
            self._cache.move_to_end(index)
            return cached
        start, size = self._chunks[index]
        raw = self._pread(start, size)
        if len(raw) < size:
            raise DictionaryError(f"{self.path.name} is truncated.")
        try:
            # Each chunk ends with a full flush, so it inflates on its own.
            data = zlib.decompressobj(-zlib.MAX_WBITS).decompress(raw, self._chunk_length)
        except zlib.error:
            raise DictionaryError(f"{self.path.name} is damaged (chunk {index}).") from None
        self._cache[index] = data
        if len(self._cache) > CHUNK_CACHE:
            self._cache.popitem(last=False)
        return data


def _ra_subfield(extra: bytes) -> tuple[int, list[int]] | None:
    """Chunk length and compressed chunk sizes from a gzip FEXTRA field, if it has "RA"."""
    pos = 0
    while pos + 4 <= len(extra):
        ident, length = extra[pos : pos + 2], int.from_bytes(extra[pos + 2 : pos + 4], "little")
        body = extra[pos + 4 : pos + 4 + length]
        if ident == b"RA" and len(body) >= 6:
            _version, chunk_length, count = struct.unpack_from("<HHH", body)
            if chunk_length == 0 or len(body) < 6 + 2 * count:
                return None
            return chunk_length, list(struct.unpack_from(f"<{count}H", body, 6))
        pos += 4 + length
    return None


class InstalledDictionary:
    """One opened dictionary. Subclasses fill the entry table and turn an entry's bytes
    into text; lookups, the reverse index and warnings are the same for every format."""

    def __init__(self, path: Path, data: DataFile, languages: tuple[str, str] | None) -> None:
        self.path = path
        self.languages = languages
        self.warnings: list[str] = []
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

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def _text(self, i: int) -> str | None:
        try:
            raw = self._data.read(self._offsets[i], self._sizes[i])
        except DictionaryError as exc:
            self._warn(f"{self.path}: {exc}")
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
            raise DictionaryError(f"{path} is not a text file, so not a dictd index.")
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
            raise DictionaryError(f"{path}: {bad} of {lines} lines are not dictd index entries.")
        if bad:
            self.warnings.append(f"{path}: {bad} damaged lines of {lines} skipped.")
        self._set_entries(headwords, offsets, sizes)

    @property
    def name(self) -> str:
        # The display name is an entry of the .dict, read on first use, not on opening.
        short, self._short = self._short, None
        if short is not None:
            try:
                text = self._data.read(short[0], min(short[1], 4096))
            except DictionaryError as exc:
                self._warn(f"{self.path}: {exc}")
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
