"""The documents the notes store knows, by the SHA-256 of their text.

Opening a document remembers it (its path, title, language and the encoding the reader
chose) and, when the text at a known path changed, moves the highlights of the earlier
text onto the new one, finding each passage again (``glossary.notes.anchoring``).
"""

from __future__ import annotations

from typing import NamedTuple

from glossary.model import Document
from glossary.notes.anchoring import anchor
from glossary.notes.highlights import H_COLUMNS, Highlight, Highlights, highlight_of
from glossary.notes.store import Store, as_integer, as_text, now_iso


class DocumentRecord(NamedTuple):
    """A document the store knows: by the hash of its text, last seen at ``path``."""

    id: int
    sha256: str
    path: str | None
    title: str
    opened_at: str | None


def _record(row: tuple[object, ...]) -> DocumentRecord:
    """A row as a record, each field of its type whatever a damaged record holds (see
    ``glossary.notes.store.as_text``)."""
    ident, sha256, path, title, opened_at = row
    return DocumentRecord(
        as_integer(ident),
        as_text(sha256),
        None if path is None else as_text(path),
        as_text(title),
        None if opened_at is None else as_text(opened_at),
    )


class Documents:
    """The documents of one notes store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def remember(self, document: Document) -> int:
        """The id of ``document`` (by the hash of its text); its path and title are updated."""
        path = str(document.path) if document.path else None
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO documents (sha256, path, title, opened_at, language, encoding) "
                "VALUES (:sha, :path, :title, :now, :language, :encoding) "
                "ON CONFLICT (sha256) DO UPDATE SET path = coalesce(:path, path), "
                "title = :title, opened_at = :now, language = :language, "
                "encoding = :encoding, listed = 1",
                {
                    "sha": document.sha256,
                    "path": path,
                    "title": document.title,
                    "now": now_iso(),
                    "language": document.language,
                    # The codec the reader chose for the file (none when it was
                    # detected): the file is read with it again (Library.chosen_encoding).
                    "encoding": document.meta.get("codec", "")
                    if document.meta.get("encoding_chosen") == "yes"
                    else "",
                },
            )
            row = db.execute(
                "SELECT id FROM documents WHERE sha256 = :sha", {"sha": document.sha256}
            ).fetchone()
        return int(row[0])

    def all(self) -> list[DocumentRecord]:
        rows = self.store.query(
            "SELECT id, sha256, path, title, opened_at FROM documents ORDER BY id"
        ).fetchall()
        return [_record(row) for row in rows]

    def get(self, document_id: int) -> DocumentRecord | None:
        row = self.store.query(
            "SELECT id, sha256, path, title, opened_at FROM documents WHERE id = :id",
            {"id": document_id},
        ).fetchone()
        return _record(row) if row else None

    def id_of(self, sha256: str) -> int | None:
        row = self.store.query(
            "SELECT id FROM documents WHERE sha256 = :sha", {"sha": sha256}
        ).fetchone()
        return int(row[0]) if row else None

    def titles(self) -> dict[int, str]:
        """Document id -> its title (or its path, for one without a title)."""
        return {d.id: d.title or d.path or "" for d in self.all()}

    def open(self, document: Document) -> tuple[int, list[Highlight]]:
        """Open ``document``, moving onto it the highlights of an earlier text at the same
        path. Returns the document's id and the highlights that were moved.

        Each moved highlight is anchored again (see ``glossary.notes.anchoring``); one
        whose passage cannot be found is kept as orphaned, with its quote and note.
        """
        document_id = self.remember(document)
        if document.path is None:
            return document_id, []
        with self.store.transaction() as db:
            # One file, one place in the library: an earlier text of it (the file
            # changed, or was read in another encoding) is no longer listed, and a new
            # text starts where the reader was in the earlier one.
            db.execute(
                "UPDATE documents SET (position, progress) = (SELECT o.position, o.progress "
                " FROM documents o WHERE o.path = :path AND o.id != :doc AND o.listed = 1"
                " ORDER BY o.opened_at DESC LIMIT 1) "
                "WHERE id = :doc AND position = 0 AND progress = 0 AND EXISTS (SELECT 1 "
                " FROM documents o WHERE o.path = :path AND o.id != :doc AND o.listed = 1)",
                {"path": str(document.path), "doc": document_id},
            )
            db.execute(
                "UPDATE documents SET listed = 0 WHERE path = :path AND id != :doc",
                {"path": str(document.path), "doc": document_id},
            )
        rows = self.store.query(
            f"SELECT {H_COLUMNS} FROM highlights h WHERE h.document_id IN "
            "(SELECT id FROM documents WHERE path = :path AND id != :doc) ORDER BY h.id",
            {"path": str(document.path), "doc": document_id},
        ).fetchall()
        old = [highlight_of(r) for r in rows]
        if not old:
            return document_id, []
        text = document.text
        with self.store.transaction() as db:
            for h in old:
                found = anchor(text, h.exact, h.prefix, h.suffix, h.start, h.end)
                # Only the position moves: the quote stays as the reader highlighted it,
                # so a wrong fuzzy match never loses the original passage.
                if found is None:
                    values = {"start": h.start, "end": h.end, "orphaned": 1}
                else:
                    values = {"start": found.start, "end": found.end, "orphaned": 0}
                db.execute(
                    "UPDATE highlights SET document_id = :doc, start_offset = :start, "
                    "end_offset = :end, orphaned = :orphaned, updated = :now WHERE id = :id",
                    {**values, "doc": document_id, "id": h.id, "now": now_iso()},
                )
        highlights = Highlights(self.store)
        return document_id, [highlights.get(h.id) for h in old]
