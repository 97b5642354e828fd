"""The highlights as a CSV spreadsheet, one row per highlight.

UTF-8 with a byte-order mark, so that spreadsheet programs detect the encoding; a cell
that a spreadsheet would read as a formula is neutralised (OWASP's advice: prefix a
single quote).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from glossary.export import write_text
from glossary.export.handout import Handout
from glossary.export.registry import Holds, Option, Options, Preview
from glossary.messages import QT_TRANSLATE_NOOP

extension = "csv"
label = QT_TRANSLATE_NOOP("glossary", "CSV spreadsheet")
options: frozenset[Option] = frozenset({"creator"})
holds: Holds = "highlights"
BOM = "\ufeff"

HEADER = (
    "document",
    "section",
    "quote",
    "note",
    "colour",
    "terms",
    "created",
    "updated",
    "author",  # who wrote an imported note ("" for the reader's own)
    "page",  # the page the passage starts on, in a paged original (a PDF); else ""
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """``cell`` safe to open in a spreadsheet: no formula can start it."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def render(handout: Handout, reader: str = "") -> str:
    """The rows; ``reader`` is the author of the reader's own notes (imported notes
    keep theirs)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for item in handout.items:
        h = item.highlight
        row = (
            handout.title,
            item.section,
            h.exact,
            h.note,
            item.label,
            "; ".join(handout.entry_headwords(item)),
            h.created,
            h.updated,
            h.creator or reader,
            "" if item.page is None else str(item.page),
        )
        writer.writerow([neutralise(cell) for cell in row])
    return BOM + buffer.getvalue()


def export(handout: Handout, path: Path, options: Options) -> Path:
    return write_text(path, render(handout, reader=options.creator))


def preview(handout: Handout, options: Options) -> Preview:
    return Preview(render(handout, reader=options.creator).removeprefix(BOM))
