"""The files of installed dictionaries: reading an index whole, finding the data file
beside it, and random access into ``.dict`` files, plain, dictzip or gzip.

dictzip is gzip cut into chunks (about 58 KB each) that are compressed independently,
with their compressed sizes listed in the gzip header's "RA" field: a definition is
read by decompressing only the chunks that hold it.
"""

from __future__ import annotations

import os
import struct
import threading
import weakref
import zlib
from collections import OrderedDict
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from glossary.messages import QT_TRANSLATE_NOOP, Problem
from glossary.userfiles import UserFileError, inflate, open_regular, read_user_file

MAX_FILE = 200 * 1024 * 1024  # whole gzip files without a chunk table, uncompressed
# An index is read whole and becomes a list of headwords: the largest real ones
# (Wiktionary's) are about 40 MB; 64 MB is about two million entries.
MAX_INDEX = 64 * 1024 * 1024
# One definition; real ones are under 100 KB. A damaged or hostile index can claim
# gigabytes, which would otherwise be inflated chunk by chunk into memory.
MAX_DEFINITION = 1024 * 1024
CHUNK_CACHE = 32  # decompressed dictzip chunks kept; real chunks are about 58 KB


@dataclass(frozen=True)
class Definition:
    dictionary: str  # display name of the dictionary
    headword: str
    text: str  # plain text, stripped
    reverse: bool = False  # found by searching the definitions, not the headwords


class DictionaryError(Problem):
    """A dictionary file cannot be used; the message names it and says what is wrong."""


def _truncated(name: str) -> DictionaryError:
    return DictionaryError(QT_TRANSLATE_NOOP("glossary", "{name} is truncated."), name=name)


def _too_large(name: str) -> DictionaryError:
    return DictionaryError(
        QT_TRANSLATE_NOOP("glossary", "{name} is over {limit} MB uncompressed; not read."),
        name=name,
        limit=MAX_FILE // 1048576,
    )


def _beyond(name: str) -> DictionaryError:
    return DictionaryError(
        QT_TRANSLATE_NOOP("glossary", "offset beyond the end of {name}."), name=name
    )


def read_whole(path: Path, limit: int = MAX_INDEX) -> bytes:
    """The bytes of an index file, refusing empty and oversized ones."""
    try:
        data = read_user_file(path, limit)
    except UserFileError as exc:
        raise DictionaryError(exc.template, **exc.fields) from None
    if not data:
        raise DictionaryError(QT_TRANSLATE_NOOP("glossary", "{path} is empty."), path=path)
    return data


def beside(path: Path, *suffixes: str) -> Path:
    """The first existing file named like ``path`` with one of ``suffixes``."""
    for suffix in suffixes:
        candidate = path.with_suffix(suffix)
        if candidate.is_file():
            return candidate
    names = " / ".join(path.stem + s for s in suffixes)
    raise DictionaryError(
        QT_TRANSLATE_NOOP("glossary", "{path}: no {names} beside it."), path=path, names=names
    )


def gunzip(data: bytes, name: str, limit: int = MAX_FILE) -> bytes:
    """A whole gzip file decompressed, refused above ``limit``: a gzip bomb must not
    fill the memory."""
    try:
        return inflate(data, limit, name, wbits=zlib.MAX_WBITS | 16)
    except UserFileError as exc:
        raise DictionaryError(exc.template, **exc.fields) from None


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
                    except UserFileError as exc:
                        self._failure = DictionaryError(exc.template, **exc.fields)
                        raise self._failure from None
                    except DictionaryError as exc:
                        self._failure = exc  # not tried again at every lookup
                        raise
                data = self._read(offset, size)
            except OSError as exc:
                reason = exc.strerror or exc
                raise DictionaryError(
                    QT_TRANSLATE_NOOP("glossary", "{name} cannot be read ({reason})."),
                    name=self.path.name,
                    reason=reason,
                ) from None
            if len(data) < size:
                raise _beyond(self.path.name)
            return data

    def _read(self, offset: int, size: int) -> bytes:
        if size > MAX_DEFINITION:
            raise DictionaryError(
                QT_TRANSLATE_NOOP(
                    "glossary", "{name}: a definition of {size:,} bytes (at most {limit:,})."
                ),
                name=self.path.name,
                size=size,
                limit=MAX_DEFINITION,
            )
        if offset < 0 or size < 0 or offset + size > self._end:
            raise _beyond(self.path.name)
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
        self._fd = open_regular(self.path)  # a pipe would block, a device never end
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
            raise DictionaryError(
                QT_TRANSLATE_NOOP("glossary", "{name} is not a gzip file."), name=name
            )
        flags, pos = head[3], 10
        chunk_table = None
        if flags & 4:  # FEXTRA: the dictzip chunk table is its "RA" subfield
            xlen = int.from_bytes(head[10:12], "little")
            extra = self._pread(12, xlen)
            if len(head) < 12 or len(extra) < xlen:
                raise _truncated(name)
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
                raise _too_large(name)
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
                raise _truncated(self.path.name)
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
            raise _truncated(self.path.name)
        try:
            # Each chunk ends with a full flush, so it inflates on its own.
            data = zlib.decompressobj(-zlib.MAX_WBITS).decompress(raw, self._chunk_length)
        except zlib.error:
            raise DictionaryError(
                QT_TRANSLATE_NOOP("glossary", "{name} is damaged (chunk {index})."),
                name=self.path.name,
                index=index,
            ) from None
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
