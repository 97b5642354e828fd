"""The library: every document the reader has opened, with where they left it.

A document is known by the hash of its text (see the notes store). The library lists
its title, language, when it was last opened, how far the reader got and how many
notes it has; it reopens one at the place it was left, finds one whose file moved (any
file with the same text), and takes one out, with or without its notes.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from glossary.documents.loading import DocumentError, load_document
from glossary.messages import QT_TRANSLATE_NOOP, Problem
from glossary.model import Document
from glossary.notes.store import Store


class LibraryEntry(NamedTuple):
    id: int
    sha256: str
    title: str
    path: str | None
    language: str
    opened_at: str | None
    position: int  # offset into the text where the reader left it
    progress: float  # 0-1
    notes: int  # highlights (not in the Trash)
    encoding: str  # the codec the text was read with ("" for the default)

    @property
    def missing(self) -> bool:
        """Whether the file is no longer where it was."""
        return self.path is None or not Path(self.path).is_file()


class RelocateError(Problem):
    """The file chosen is not the document's text; the message says so."""


class Library:
    """The documents in the notes store, as the Library view shows them."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def entries(self) -> list[LibraryEntry]:
        """Listed documents, the most recently opened first."""
        rows = self.store.query(
            "SELECT d.id, d.sha256, d.title, d.path, d.language, d.opened_at, d.position,"
            " d.progress,"
            " (SELECT COUNT(*) FROM highlights h WHERE h.document_id = d.id"
            "  AND h.deleted IS NULL),"
            " d.encoding"
            " FROM documents d WHERE d.listed = 1"
            " ORDER BY d.opened_at IS NULL, d.opened_at DESC, d.id DESC"
        )
        return [LibraryEntry(*row) for row in rows]

    def entry(self, document_id: int) -> LibraryEntry | None:
        return next((e for e in self.entries() if e.id == document_id), None)

    def set_position(self, document_id: int, position: int, progress: float) -> None:
        """Where the reader is in the document (saved as they read)."""
        with self.store.transaction() as db:
            db.execute(
                "UPDATE documents SET position = :position, progress = :progress WHERE id = :id",
                {
                    "id": document_id,
                    "position": max(0, position),
                    "progress": min(1.0, max(0.0, progress)),
                },
            )

    def position(self, document_id: int) -> int:
        row = self.store.query(
            "SELECT position FROM documents WHERE id = :id", {"id": document_id}
        ).fetchone()
        return int(row[0]) if row else 0

    def chosen_encoding(self, path: Path) -> str | None:
        """The encoding the reader last chose for the file at ``path`` (as given, or
        made absolute), if any."""
        row = self.store.query(
            "SELECT encoding FROM documents WHERE path IN (:path, :absolute)"
            " AND encoding != '' ORDER BY opened_at IS NULL, opened_at DESC, id DESC LIMIT 1",
            {"path": str(path), "absolute": str(path.absolute())},
        ).fetchone()
        return str(row[0]) if row else None

    def open(self, entry: LibraryEntry) -> Document:
        """The document's text from its file, read as it was before."""
        if entry.path is None:
            raise DocumentError(
                QT_TRANSLATE_NOOP("glossary", "“{title}” has no file; locate it first."),
                title=entry.title,
            )
        # A file changed since opens as what it is now; the store moves the highlights
        # onto the new text (by path) when the window opens it.
        return load_document(entry.path, entry.encoding or None)

    def relocate(self, document_id: int, path: Path) -> Document:
        """Point a document whose file moved at ``path``; refused unless the file has
        the same text (compared by hash, whatever its name)."""
        entry = self.entry(document_id)
        if entry is None:
            raise RelocateError(
                QT_TRANSLATE_NOOP("glossary", "That document is no longer in the library.")
            )
        try:
            document = load_document(path, entry.encoding or None)
        except DocumentError as exc:
            raise RelocateError(exc.template, **exc.fields) from None
        if document.sha256 != entry.sha256:
            raise RelocateError(
                QT_TRANSLATE_NOOP("glossary", "{path} does not hold the text of “{title}”."),
                path=path,
                title=entry.title,
            )
        with self.store.transaction() as db:
            db.execute(
                "UPDATE documents SET path = :path WHERE id = :id",
                {"id": document_id, "path": str(path)},
            )
        return document

    def remove(self, document_id: int, *, keep_notes: bool) -> None:
        """Take a document out of the library. With ``keep_notes`` it is only no longer
        listed (opening it again brings it and its notes back); otherwise its highlights
        and notes are deleted with it, and kept words forget it."""
        with self.store.transaction() as db:
            if keep_notes:
                db.execute("UPDATE documents SET listed = 0 WHERE id = :id", {"id": document_id})
                return
            db.execute("DELETE FROM highlights WHERE document_id = :id", {"id": document_id})
            db.execute("DELETE FROM documents WHERE id = :id", {"id": document_id})
