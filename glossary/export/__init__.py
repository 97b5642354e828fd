"""Exporters, one small module per format, each with ``extension``, ``label`` and
either ``render(handout) -> str`` (text formats) or ``write(handout, path)``.

The PDF exporter needs Qt to lay the HTML handout out; it lives in ``desktop.pdfexport``.
Modules are imported when first used: the window opens without them.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

from glossary.atomic import write_text_atomic
from glossary.export.handout import Handout
from glossary.messages import QT_TRANSLATE_NOOP, Problem

MAX_NAME = 80  # characters
MAX_NAME_BYTES = 180  # most file systems allow 255 bytes; room for the extension
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.I)


class Format(NamedTuple):
    name: str
    extension: str
    label: str
    module: str  # where the exporter lives ("" for the PDF, which is in desktop/)


# The labels are shown in the interface's language (desktop.translations.domain_text).
FORMATS = {
    "md": Format(
        "md", "md", QT_TRANSLATE_NOOP("glossary", "Markdown handout"), "glossary.export.markdown"
    ),
    "html": Format(
        "html", "html", QT_TRANSLATE_NOOP("glossary", "HTML handout"), "glossary.export.html"
    ),
    "pdf": Format("pdf", "pdf", QT_TRANSLATE_NOOP("glossary", "PDF handout"), ""),
    "csv": Format(
        "csv", "csv", QT_TRANSLATE_NOOP("glossary", "CSV spreadsheet"), "glossary.export.tabular"
    ),
    "json": Format(
        "json",
        "json",
        QT_TRANSLATE_NOOP("glossary", "Web Annotations (JSON), for sharing"),
        "glossary.export.webanno",
    ),
    "apkg": Format(
        "apkg",
        "apkg",
        QT_TRANSLATE_NOOP("glossary", "Anki deck of the terms"),
        "glossary.export.anki",
    ),
}


class ExportError(Problem):
    """The export could not be written; the message says why, in plain words."""


def write_text(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` atomically; returns the path. An unwritable
    destination raises :class:`ExportError` and leaves nothing behind."""
    try:
        write_text_atomic(path, text)
    except OSError as exc:
        raise describe_os_error(path, exc) from None
    return path


def exporter(name: str) -> ModuleType:
    fmt = FORMATS[name]
    if not fmt.module:
        raise ValueError(f"the {fmt.label} needs Qt: use desktop.pdfexport")
    return importlib.import_module(fmt.module)


def render_text(handout: Handout, name: str, *, reader: str = "") -> str:
    """The export as text, for a text format (all but PDF and Anki)."""
    module = exporter(name)
    if name in ("json", "csv"):
        return str(module.render(handout, reader=reader))
    return str(module.render(handout))


def export(handout: Handout, name: str, path: Path, *, reader: str = "") -> Path:
    """Write ``handout`` in format ``name`` to ``path`` atomically; returns the path.

    An unwritable destination raises :class:`ExportError` and leaves nothing behind.
    """
    try:
        if name == "apkg":
            exporter(name).write(handout, path)
        else:
            write_text_atomic(path, render_text(handout, name, reader=reader))
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


def default_output(handout: Handout, name: str, folder: Path | None = None) -> Path:
    return (folder or Path.cwd()) / safe_filename(handout.title, FORMATS[name].extension)
