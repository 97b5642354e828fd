"""What the window needs of classes while reading, kept light (it is read as a document
opens, on the UI thread; the rest of :mod:`glossary.sync.classes` loads when a class is
synced, handed in to or listed): the teacher's notes on a document, from the layers
this store follows, and whether it takes part in any class.
"""

from __future__ import annotations

from dataclasses import dataclass

from glossary.notes.store import Store


@dataclass(frozen=True)
class ClassHighlight:
    """A highlight of a teacher's layer, as a student's window shows it."""

    class_id: str
    teacher: str
    uuid: str
    start: int
    end: int
    exact: str
    note: str
    colour: int
    prefix: str = ""
    suffix: str = ""
    document_sha: str = ""


def has_classes(store: Store) -> bool:
    row = store.query(
        "SELECT EXISTS (SELECT 1 FROM class_publications) "
        "OR EXISTS (SELECT 1 FROM class_subscriptions)"
    ).fetchone()
    return bool(row[0])


def layer_highlights(store: Store, document_sha: str) -> list[ClassHighlight]:
    """The highlights of the layers this store follows on the document
    ``document_sha``, in text order (never the reader's own)."""
    rows = store.query(
        "SELECT class_id, teacher, uuid, start_offset, end_offset, exact, note, colour, "
        "prefix, suffix, document_sha FROM class_highlights WHERE document_sha = :d "
        "ORDER BY start_offset, end_offset, class_id, uuid",
        {"d": document_sha.strip().lower()},
    ).fetchall()
    return [
        ClassHighlight(
            str(c),
            str(t),
            str(u),
            int(s),
            int(e),
            str(x),
            str(n),
            int(col),
            str(p),
            str(sf),
            str(d),
        )
        for c, t, u, s, e, x, n, col, p, sf, d in rows
    ]
