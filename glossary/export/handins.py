"""A class's hand-ins exported together (``class hand-ins --csv`` / ``--handout``): a
CSV spreadsheet, one row per highlight (student, document, quote, note), and a handout
in Markdown or HTML, per student and per document, written by the handout's own
writers (so every quote and note is escaped as there: a note's ``<script>`` stays text).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from glossary.export import ExportError, write_text
from glossary.export.handout import WORDS, Handout, Item
from glossary.export.tabular import BOM, neutralise
from glossary.messages import QT_TRANSLATE_NOOP, render
from glossary.notes.colours import DEFAULT_LABELS
from glossary.notes.highlights import Highlight
from glossary.sync.classes import HandIn
from glossary.terms.glossary import Glossary

HEADER = ("student", "document", "quote", "note", "colour", "handed_in")
TITLE = QT_TRANSLATE_NOOP("glossary", "Hand-ins of the class {name}")
SECTION = QT_TRANSLATE_NOOP("glossary", "{student}: {document}")
HANDOUT_SUFFIXES = (".md", ".html")


def _label(labels: Mapping[int, str], colour: int) -> str:
    return labels.get(colour, DEFAULT_LABELS.get(colour, str(colour)))


def to_csv(hand_ins: Sequence[HandIn], labels: Mapping[int, str] = DEFAULT_LABELS) -> str:
    """The hand-ins' highlights, a row each, in the order given (by student, then
    document); UTF-8 with a byte-order mark, no cell a spreadsheet would run."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for handed in hand_ins:
        title = handed.title or handed.document_sha[:12]
        for h in handed.highlights:
            row = (
                handed.student,
                title,
                h.exact,
                h.note,
                _label(labels, h.colour),
                handed.handed_in,
            )
            writer.writerow([neutralise(cell) for cell in row])
    return BOM + buffer.getvalue()


def handout(
    hand_ins: Sequence[HandIn],
    class_id: str,
    *,
    labels: Mapping[int, str] = DEFAULT_LABELS,
    words: Mapping[str, str] = WORDS,
    translate: Mapping[str, str] | None = None,
    today: date | None = None,
) -> Handout:
    """The hand-ins as one handout: a section for each student's document, with its
    highlights and notes. ``translate``: the window's texts for :data:`TITLE` and
    :data:`SECTION` (the English ones otherwise)."""
    texts = translate or {}

    def text(template: str, **fields: str) -> str:
        return render(template, fields, lambda english: texts.get(english, english))

    items: list[Item] = []
    for handed in hand_ins:
        section = text(
            SECTION, student=handed.student, document=handed.title or handed.document_sha[:12]
        )
        for n, h in enumerate(handed.highlights):
            highlight = Highlight(
                n,
                h.uuid,
                0,
                h.exact,
                h.prefix,
                h.suffix,
                h.start,
                h.end,
                h.colour,
                h.note,
                handed.handed_in,
                handed.handed_in,
                None,
                False,
            )
            items.append(Item(highlight, section, _label(labels, h.colour), ()))
    return Handout(
        title=text(TITLE, name=class_id),
        sha256="",
        author="",
        source="",
        language="",
        date=(today or date.today()).isoformat(),
        items=items,
        glossary=Glossary("", (), {}),
        entries=[],
        labels=dict(labels),
        words=dict(words),
    )


def write_handout(hand_ins: Sequence[HandIn], class_id: str, path: Path) -> Path:
    """The hand-ins' handout written to ``path``, as Markdown (``.md``) or HTML
    (``.html``); ExportError for another kind of file or one that cannot be written."""
    from glossary.export import html, markdown

    suffix = path.suffix.lower()
    if suffix not in HANDOUT_SUFFIXES:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "glossary", "{path}: a handout of hand-ins is written as .md or .html."
            ),
            path=path,
        )
    made = handout(hand_ins, class_id)
    return write_text(path, markdown.render(made) if suffix == ".md" else html.render(made))


def write_csv(hand_ins: Sequence[HandIn], path: Path) -> Path:
    return write_text(path, to_csv(hand_ins))
