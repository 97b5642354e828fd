"""Why the notes database cannot be used, in words a reader understands (and that the
interface translates: see glossary.messages)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from glossary.messages import QT_TRANSLATE_NOOP, Problem


class StoreError(Problem):
    """The database cannot be used: the message says why, in plain words.

    ``kind`` is one of "damaged", "newer", "locked", "full", "readonly" or "other";
    only a damaged or newer file is a reason to set it aside and use a backup.
    """

    def __init__(self, template: str, kind: str = "other", **fields: Any) -> None:
        super().__init__(template, **fields)
        self.kind = kind


# What a call into SQLite raises: its own errors, and UnicodeDecodeError when its message
# quotes the bytes of a damaged file ("malformed database schema (\x80...)"), which the
# sqlite3 module decodes strictly. Catch both wherever SQLite is called on a file that may
# be damaged.
SQLITE_ERRORS = (sqlite3.Error, UnicodeDecodeError)
MAX_REASON = 200


def message_of(exc: sqlite3.Error | UnicodeDecodeError) -> str:
    """What SQLite said, even when the sqlite3 module could not decode it."""
    if isinstance(exc, UnicodeDecodeError):
        return bytes(exc.object).decode("utf-8", "replace")
    return str(exc)


def store_error(exc: sqlite3.Error | UnicodeDecodeError, path: Path) -> StoreError:
    """An SQLite error as a :class:`StoreError` in words a reader understands."""
    # On one line, and not too long: the message of a damaged schema quotes its SQL.
    reason = " ".join(message_of(exc).split())
    reason = reason if len(reason) <= MAX_REASON else reason[: MAX_REASON - 1] + "…"
    text = reason.lower()
    if "locked" in text or "busy" in text:
        return StoreError(
            QT_TRANSLATE_NOOP(
                "glossary", "The notes database {path} is in use by another program; try again."
            ),
            "locked",
            path=path,
        )
    if "full" in text:
        return StoreError(
            QT_TRANSLATE_NOOP(
                "glossary", "The disk holding {path} is full; free some space and try again."
            ),
            "full",
            path=path,
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreError(
            QT_TRANSLATE_NOOP("glossary", "The notes database {path} is damaged ({reason})."),
            "damaged",
            path=path,
            reason=reason,
        )
    if "readonly" in text or "read-only" in text:
        return StoreError(
            QT_TRANSLATE_NOOP(
                "glossary", "The notes database {path} cannot be written (read-only)."
            ),
            "readonly",
            path=path,
        )
    return StoreError(
        QT_TRANSLATE_NOOP("glossary", "The notes database {path} cannot be used ({reason})."),
        path=path,
        reason=reason,
    )
