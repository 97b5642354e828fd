"""Work on a long text (up to the 50 MB a document may have) a piece at a time.

A large file is read off the UI thread, but Python runs one thread at a time: a
single call into C (decoding 50 MB, one ``re.sub`` over it, ``"".join`` of a million
strings) keeps the interpreter for its whole length, 0.1-2 s, and the window waits
that long for it. Here each call works on a piece of ``PIECE`` characters or bytes,
a few milliseconds, so that the UI thread gets its turn between them; and the
slow steps are done the fast way (a run of white space is looked for before it is
replaced).

Pieces of a text are cut after a run of white space, before the character that
follows it: joining lines, composing accents (NFC) and folding runs of white space
then give the same text piece by piece as all at once.
"""

from __future__ import annotations

import codecs
import re
import time
import unicodedata
from collections.abc import Iterator, Sequence

PIECE = 1 << 18  # characters or bytes: a few ms for any step here
_COPIED_S = 0.025  # a step of join this slow copied all of the text


def cuts(text: str, size: int = PIECE) -> Iterator[tuple[int, int]]:
    """``text`` as (start, end) pieces of about ``size`` characters, each ending after
    a run of white space (see the module's docstring). A stretch of ``4 * size``
    characters without a space or a line break is not cut."""
    length = len(text)
    start = 0
    while length - start > size:
        at = start + size
        limit = min(length, at + 4 * size)
        space = text.find(" ", at, limit)
        line = text.find("\n", at, space if space >= 0 else limit)
        cut = line if line >= 0 else space
        if cut < 0:
            break
        while cut < length and text[cut].isspace():
            cut += 1
        yield start, cut
        start = cut
    if start < length:
        yield start, length


def pieces(text: str, size: int = PIECE) -> Iterator[str]:
    """The pieces of :func:`cuts` themselves."""
    if len(text) <= size:
        yield text
        return
    for start, end in cuts(text, size):
        yield text[start:end]


def lines(text: str, size: int = PIECE) -> Iterator[list[str]]:
    """``text.split("\\n")``, a few thousand lines (about ``size`` characters) at a time."""
    start = 0
    while len(text) - start > size:
        end = text.find("\n", start + size)
        if end < 0:
            break
        yield text[start:end].split("\n")
        start = end + 1
    yield text[start:].split("\n")


def join(parts: Sequence[str]) -> str:
    """``"".join(parts)``, without keeping the interpreter long from other threads.

    A long text is grown a part at a time: CPython resizes a string that nothing else
    refers to in place, and the memory of a large one is mapped anew rather than
    copied, so each step costs about its part. One ``join`` of 50 MB would take
    60-150 ms in one call, most of it for the operating system to map the fresh
    memory. Should steps copy all of it after all (an interpreter that does not
    resize, such as one being traced), the rest is joined at once."""
    if sum(map(len, parts)) <= 4 * PIECE:
        return "".join(parts)
    if len(parts) > 256:
        # Many short parts: first in groups of about a piece each.
        groups: list[str] = []
        group: list[str] = []
        size = 0
        for part in parts:
            group.append(part)
            size += len(part)
            if size >= PIECE:
                groups.append("".join(group))
                group, size = [], 0
        groups.append("".join(group))
        parts = groups
    text = ""
    slow = False
    for index, part in enumerate(parts):
        began = time.perf_counter()
        text += part
        if time.perf_counter() - began < _COPIED_S:
            slow = False
        elif slow:  # twice in a row: not a hiccup of the machine's
            return "".join([text, *parts[index + 1 :]])
        else:
            slow = True
    return text


def decode(data: bytes, codec: str) -> str:
    """``data.decode(codec)``, a piece at a time. Raises what that raises
    (``UnicodeDecodeError`` with its offset in all of ``data``, ``LookupError``)."""
    if len(data) <= PIECE or not getattr(codecs.lookup(codec), "_is_text_encoding", True):
        return data.decode(codec)  # (raises LookupError for one of bytes to bytes)
    decoder = codecs.getincrementaldecoder(codec)()
    view = memoryview(data)
    try:
        parts = [decoder.decode(view[i : i + PIECE]) for i in range(0, len(data), PIECE)]
        parts.append(decoder.decode(b"", final=True))
    except UnicodeDecodeError:
        return data.decode(codec)  # the same error, with its offset in all of the data
    finally:
        view.release()
    return join(parts)


def search(pattern: re.Pattern[bytes], data: bytes) -> bool:
    """Whether ``pattern`` (of one byte at a time, such as a class) occurs in ``data``."""
    return any(pattern.search(data, i, i + PIECE) for i in range(0, max(1, len(data)), PIECE))


def lines_and_accents(text: str) -> str:
    """``text`` with its line breaks as ``"\\n"`` (not ``"\\r\\n"`` or ``"\\r"``) and its
    accented letters in one form (NFC: "é" one character, not "e" and an accent)."""
    parts: list[str] = []
    changed = False
    for piece in pieces(text):
        done = piece
        if "\r" in done:
            done = done.replace("\r\n", "\n").replace("\r", "\n")
        if not unicodedata.is_normalized("NFC", done):
            done = unicodedata.normalize("NFC", done)
        changed = changed or done is not piece
        parts.append(done)
    return join(parts) if changed else text


def one_space(text: str) -> str:
    """``text`` with every run of white space as one space (``re.sub(r"\\s+", " ",
    text)``)."""
    if len(text) <= PIECE:
        return _one_space(text)
    return join([_one_space(piece) for piece in pieces(text)])


def _one_space(text: str) -> str:
    # Every white space but the plain space is unprintable: in most text, only runs of
    # spaces are there to fold, if any, and ``replace`` is far faster than ``re.sub``.
    if text.isprintable():
        while "  " in text:
            text = text.replace("  ", " ")
        return text
    words = text.split()  # at every run of white space, as \s+ (the same characters)
    if not words:
        return " " if text else ""
    before = " " if text[0].isspace() else ""
    after = " " if text[-1].isspace() else ""
    return before + " ".join(words) + after
