"""Writing to the terminal what may quote a file; and to a reader that may go away
(``| head -c 1``) without a traceback."""

from __future__ import annotations

import os
import re
import sys

# Characters a terminal obeys rather than shows: C0 and C1 controls (escape sequences, a
# carriage return that overwrites the line), line and paragraph separators, and the
# bidirectional overrides and isolates that reorder what follows them.
UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str, *, one_line: bool = False) -> str:
    """``text`` with what a terminal would obey written as escapes (``\\x1b``): a
    message may quote a file (a column name, an annotation's id), and the file must not
    move the cursor, clear the screen or retitle the window. ``one_line``: a line break
    too."""
    if one_line:
        text = text.replace("\n", "\\n")
    return UNPRINTABLE.sub(lambda m: ascii(m.group())[1:-1], text)


# What a document's text may hold that a terminal obeys: as UNPRINTABLE, but for the
# tab, line break and form feed that lay the text out.
_UNPRINTABLE_IN_TEXT = re.compile(
    "[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def printable_text(text: str) -> str:
    """A document's text for the terminal: what it would obey written as escapes, its
    tabs, line breaks and page breaks (form feeds) kept."""
    return _UNPRINTABLE_IN_TEXT.sub(lambda m: ascii(m.group())[1:-1], text)


def printable_json(text: str) -> str:
    """JSON for the terminal: what it would obey written as JSON's own escapes (``json``
    escapes the C0 controls already; these stay valid JSON)."""
    return UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def say(text: str) -> None:
    """Print ``text`` to stdout; a reader gone away (``| head``) is no error: the
    command goes on (what it does is not undone by its output not being read)."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        stdout_gone()


def stdout_gone() -> None:
    """Whoever read stdout has gone: what is printed from now on goes nowhere, and
    Python's last flush at exit has nothing to complain about."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # (stdout is no file: nothing left to write to)
