"""The one door for files the reader chose (a document, an annotation file, a glossary, a
dictionary): every reader opens them here, so that every way they can fail becomes one
plain sentence naming the file, and no file can hang or exhaust the app.

- Only regular files are opened. A pipe (FIFO), a device such as ``/dev/zero`` (or a
  link to one) or a socket is refused before a byte is read: reading a pipe blocks
  until someone writes to it, and a device never ends. The file is opened without
  blocking and checked on its descriptor, so it cannot be swapped for a pipe between
  the check and the read.
- Every read has a byte limit, checked on the size the file states and again on what
  is read (a file that grows while it is read is refused too).
- Every decompression has an output limit (:func:`inflate`): a small file that inflates
  to gigabytes (a "zip bomb") is refused when the limit is reached, not after.
- Integers read from a file are range-checked (:func:`bounded_int`) before they go
  anywhere that has a range (SQLite stores at most 2**63 - 1).
"""

from __future__ import annotations

import os
import stat
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from glossary.messages import QT_TRANSLATE_NOOP, Problem

MB = 1 << 20
SQLITE_MAX_INT = (1 << 63) - 1


class UserFileError(Problem):
    """The file cannot be read; the message names it and says why."""


def _too_large(path: Path | str, size: int, limit: int) -> UserFileError:
    return UserFileError(
        QT_TRANSLATE_NOOP(
            "glossary", "{path} is too large ({size:.0f} MB); the limit is {limit} MB."
        ),
        path=path,
        size=size / MB,
        limit=max(limit // MB, 1),
    )


def _os_error(path: Path, exc: OSError) -> UserFileError:
    if isinstance(exc, FileNotFoundError):
        return UserFileError(QT_TRANSLATE_NOOP("glossary", "{path}: no such file."), path=path)
    if isinstance(exc, PermissionError):
        return UserFileError(QT_TRANSLATE_NOOP("glossary", "{path}: permission denied."), path=path)
    return UserFileError(
        QT_TRANSLATE_NOOP("glossary", "{path}: cannot be read ({reason})."),
        path=path,
        reason=exc.strerror or exc.__class__.__name__,
    )


def open_regular(path: Path) -> int:
    """A read-only descriptor of ``path``, which must be a regular file; the caller
    closes it. Raises :class:`UserFileError` saying why not."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise _folder(path) from None
    except OSError as exc:
        raise _os_error(path, exc) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise _folder(path)
        if not stat.S_ISREG(mode):
            raise UserFileError(
                QT_TRANSLATE_NOOP(
                    "glossary",
                    "{path} is not a regular file (a pipe, a device or a socket); "
                    "only files are read.",
                ),
                path=path,
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a regular file: reads as usual from here
    except OSError as exc:
        os.close(fd)
        raise _os_error(path, exc) from None
    except BaseException:
        os.close(fd)
        raise
    return fd


def _folder(path: Path) -> UserFileError:
    return UserFileError(
        QT_TRANSLATE_NOOP("glossary", "{path} is a folder, not a file."), path=path
    )


@contextmanager
def open_user_file(path: Path, limit: int | None = None) -> Iterator[BinaryIO]:
    """``path`` open for reading in binary, refused unless it is a regular file of at
    most ``limit`` bytes (when given)."""
    fd = open_regular(path)
    try:
        size = os.fstat(fd).st_size
    except OSError as exc:
        os.close(fd)
        raise _os_error(path, exc) from None
    if limit is not None and size > limit:
        os.close(fd)
        raise _too_large(path, size, limit)
    with os.fdopen(fd, "rb") as handle:
        yield handle


def read_user_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, a regular file of at most ``limit`` bytes."""
    with open_user_file(path, limit) as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise _os_error(path, exc) from None
    if len(data) > limit:  # it grew since it was measured
        raise _too_large(path, len(data), limit)
    return data


def inflate(
    data: bytes, limit: int, name: str | Path, *, wbits: int = zlib.MAX_WBITS | 32
) -> bytes:
    """``data`` decompressed (zlib, gzip or raw deflate by ``wbits``), refused as soon as
    it would pass ``limit`` bytes; damaged or cut-short data is refused too."""
    inflater = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error:
        raise UserFileError(
            QT_TRANSLATE_NOOP("glossary", "{path} is damaged (its compressed data is invalid)."),
            path=name,
        ) from None
    if len(out) > limit:
        raise UserFileError(
            QT_TRANSLATE_NOOP(
                "glossary", "{path} would unpack to more than {limit} MB; it is not read."
            ),
            path=name,
            limit=max(limit // MB, 1),
        )
    if not inflater.eof:
        raise UserFileError(QT_TRANSLATE_NOOP("glossary", "{path} is cut short."), path=name)
    return out


def bounded_int(value: object, low: int = 0, high: int = SQLITE_MAX_INT) -> int | None:
    """``value`` as an int when it is one (not a bool) within ``low``..``high``, else None."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if low <= value <= high else None


MAX_TOML_KEY_PARTS = 1_000


def toml_loads(text: str) -> dict[str, Any]:
    """``text`` read as TOML by ``tomllib``, after refusing a key of more than 1,000
    dotted parts (``a.b.c...``): ``tomllib`` takes time quadratic in them (80,000 parts:
    a minute). Raises ``tomllib.TOMLDecodeError`` for that as for any bad TOML."""
    import tomllib

    for line in text.splitlines():
        # The key is what comes before the first "=" (or a table header's "]"); a line
        # inside a multi-line string is counted too, and needs the same number of dots.
        key = line.split("=", 1)[0].split("]", 1)[0]
        if key.count(".") >= MAX_TOML_KEY_PARTS:
            raise tomllib.TOMLDecodeError(f"a key of more than {MAX_TOML_KEY_PARTS:,} dotted parts")
    return tomllib.loads(text)
