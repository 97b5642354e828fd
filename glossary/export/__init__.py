"""Exports: a document's notes as a handout, spreadsheet, annotation file or deck
(one module per format, listed in :mod:`glossary.export.registry`), the learner's
vocabulary (:mod:`glossary.export.vocabulary`) and a glossary
(:mod:`glossary.export.glossaries`); every Anki deck is written by
:mod:`glossary.export.ankideck`.

This package's own module holds what every writer shares: file names made from a
title, atomic text writes, and :class:`ExportError` for a destination that cannot be
written. Modules are imported when first used: the window opens without them.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from glossary.atomic import write_text_atomic
from glossary.messages import QT_TRANSLATE_NOOP, Problem

MAX_NAME = 80  # characters
MAX_NAME_BYTES = 180  # most file systems allow 255 bytes; room for the extension
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.I)


class ExportError(Problem):
    """The export could not be written; the message says why, in plain words."""


def write_text(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` atomically; returns the path. An unwritable
    destination raises :class:`ExportError` and leaves nothing behind."""
    try:
        write_text_atomic(path, text, journal=True)
    except OSError as exc:
        raise describe_os_error(path, exc) from None
    return path


def describe_os_error(path: Path, exc: OSError) -> ExportError:
    """Why ``path`` cannot be written, in plain words (``str()`` of it in English)."""
    for folder in path.parents:
        if folder.exists():
            if not folder.is_dir():
                return ExportError(
                    QT_TRANSLATE_NOOP(
                        "glossary",
                        "{path} cannot be written ({folder} is a file, not a folder). "
                        "Choose another folder or name.",
                    ),
                    path=path,
                    folder=folder,
                )
            break
    return ExportError(
        QT_TRANSLATE_NOOP(
            "glossary", "{path} cannot be written ({reason}). Choose another folder or name."
        ),
        path=path,
        reason=exc.strerror or str(exc),
    )


def safe_filename(title: str, extension: str, fallback: str = "notes") -> str:
    """A file name made from ``title``: no path separators, control characters, characters
    Windows forbids, reserved device names or trailing dots; at most 80 characters."""
    name = unicodedata.normalize("NFC", title)
    name = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in name)
    name = re.sub(r'[\\/:*?"<>|]', " ", name)
    name = re.sub(r"\s+", " ", name).strip(" .")
    name = name[:MAX_NAME]
    while len(name.encode("utf-8")) > MAX_NAME_BYTES:
        name = name[:-1]
    name = name.rstrip(" .")
    if not name or _WINDOWS_RESERVED.match(name):
        name = f"{fallback} {name}".strip() if name else fallback
    return f"{name}.{extension}"
