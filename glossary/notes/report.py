"""Listing highlights and notes for the command line (text table or JSON)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

from glossary.documents.loading import (
    DocumentError,
    bundled_article_path,
    load_bundled_article,
    load_document,
)
from glossary.messages import Problem
from glossary.model import Document
from glossary.notes.documents import DocumentRecord, Documents
from glossary.notes.highlights import Highlight, Highlights
from glossary.notes.store import Store

MIN_HASH_PREFIX = 6


class NotesError(Problem):
    """The request names no known document; the message says so."""

    def __init__(self, text: str) -> None:
        super().__init__("{text}", text=text)


class NoteRow(NamedTuple):
    document: DocumentRecord
    highlight: Highlight


def select_highlights(store: Store, document: str | None = None) -> list[NoteRow]:
    """Highlights (not in the Trash) of one document or of all, in text order."""
    records = Documents(store).all()
    if document is not None:
        records = [_find_document(store, records, document)]
    return [NoteRow(r, h) for r in records for h in Highlights(store).of_document(r.id)]


def document_to_export(
    store: Store, wanted: str | None
) -> tuple[DocumentRecord | None, Document | None]:
    """The store's record of the document ``wanted`` (a file, or the start of its text's
    hash; None: the bundled article) and its text if it can be read unchanged.

    A file with no notes yet gives (None, document): a handout of its glossary terms.
    """
    records = Documents(store).all()
    if wanted is None or Path(wanted).is_file():
        document = load_bundled_article() if wanted is None else load_document(wanted)
        found = [r for r in records if r.sha256 == document.sha256]
        return (found[0] if found else None), document
    record = _find_document(store, records, wanted)
    text: Document | None = None
    for candidate in (record.path, str(bundled_article_path())):
        if candidate:
            try:
                loaded = load_document(candidate)
            except DocumentError:
                continue
            if loaded.sha256 == record.sha256:
                text = loaded
                break
    return record, text


def find_document(store: Store, wanted: str) -> DocumentRecord:
    """The document with notes that ``wanted`` names: a file, or the start of its text's
    SHA-256 (at least 6 characters); NotesError if none, or several."""
    return _find_document(store, Documents(store).all(), wanted)


def _find_document(store: Store, records: list[DocumentRecord], wanted: str) -> DocumentRecord:
    path = Path(wanted)
    if path.is_file():
        sha = load_document(path).sha256
        found = [r for r in records if r.sha256 == sha]
        if not found:
            raise NotesError(f"{wanted}: this document has no notes.")
        return found[0]
    prefix = wanted.lower()
    matches = [r for r in records if len(prefix) >= MIN_HASH_PREFIX and r.sha256.startswith(prefix)]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise NotesError(f"{wanted}: more than one document's hash starts so; give more of it.")
    raise NotesError(f"{wanted}: no such file, and no document's hash starts so.")


def find_highlight(store: Store, wanted: str) -> Highlight:
    """The highlight (in the Trash or not) whose id is ``wanted``, or starts with it (at
    least 6 characters, naming one)."""
    wanted = wanted.strip().lower()
    if len(wanted) < MIN_HASH_PREFIX:
        raise NotesError(f"{wanted!r}: give at least {MIN_HASH_PREFIX} characters of the id.")
    rows = store.query(
        "SELECT id FROM highlights WHERE uuid LIKE :prefix ESCAPE '\\' LIMIT 2",
        {"prefix": wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"},
    ).fetchall()
    if not rows:
        raise NotesError(f"{wanted}: no highlight has this id (notes list --json lists them).")
    if len(rows) > 1:
        raise NotesError(f"{wanted}: several highlights' ids start so; give more of it.")
    return Highlights(store).get(rows[0][0])


def notes_json(rows: list[NoteRow], store: Store | None = None) -> str:
    from glossary.sync.engine import conflicting_texts

    return json.dumps(
        [
            {
                "document": {
                    "sha256": r.document.sha256,
                    "title": r.document.title,
                    "path": r.document.path,
                },
                "quote": r.highlight.exact,
                "note": r.highlight.note,
                "colour": r.highlight.colour,
                "start": r.highlight.start,
                "end": r.highlight.end,
                "orphaned": r.highlight.orphaned,
                "created": r.highlight.created,
                "updated": r.highlight.updated,
                "id": r.highlight.uuid,
                "creator": r.highlight.creator,
                # Texts of the note that lost to an edit made at the same time on
                # another device (sync): kept, to be restored.
                "conflicts": []
                if store is None
                else conflicting_texts(store, "highlight", r.highlight.uuid, "note"),
            }
            for r in rows
        ],
        ensure_ascii=False,
        indent=2,
    )


def notes_table(rows: list[NoteRow], labels: dict[int, str]) -> str:
    if not rows:
        return "No highlights."
    lines: list[str] = []
    current: int | None = None
    for document, h in rows:
        if document.id != current:
            current = document.id
            lines.append(f"{document.title or document.path or document.sha256[:12]}")
        where = "orphaned" if h.orphaned else f"{h.start}-{h.end}"
        by = f"  (by {h.creator})" if h.creator else ""
        lines.append(
            f"  [{labels.get(h.colour, h.colour)}] {where}  “{' '.join(h.exact.split())}”{by}"
        )
        if h.note:
            lines.extend(f"      {line}" for line in h.note.splitlines())
    return "\n".join(lines)
