"""Bookmarks: places in a document the reader marked to come back to (Ctrl+B).

A repository over the notes store. A bookmark keeps an offset into the document's
plain text, the text from there and before it (to find the place again when the text
changes, as highlights are: ``glossary.notes.anchoring``), and a short label, the start
of the paragraph it is in. Deleting keeps the row (``deleted`` set) so that undo can
bring it back; rows deleted in an earlier session are purged at start.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from glossary.model import Document
from glossary.notes.anchoring import CONTEXT, anchor
from glossary.notes.store import Store, as_integer, as_text, now_iso

LABEL_CHARS = 60


class Bookmark(NamedTuple):
    """A place (``position``, in code points of the plain text) in a document."""

    id: int
    uuid: str
    document_id: int
    position: int
    label: str
    exact: str
    prefix: str
    created: str
    updated: str
    deleted: str | None


COLUMNS = "id, uuid, document_id, position, label, exact, prefix, created, updated, deleted"


def bookmark_of(row: tuple[Any, ...]) -> Bookmark:
    """A row of COLUMNS as a :class:`Bookmark`, each field of its type whatever a
    damaged record holds."""
    ident, uuid, document, position, label, exact, prefix, created, updated, deleted = row
    return Bookmark(
        as_integer(ident),
        as_text(uuid),
        as_integer(document),
        max(0, as_integer(position)),
        as_text(label),
        as_text(exact),
        as_text(prefix),
        as_text(created),
        as_text(updated),
        None if deleted is None else as_text(deleted),
    )


def label_at(document: Document, position: int) -> str:
    """The start of the paragraph (or heading) at ``position``, on one line, cut at a
    word to about LABEL_CHARS characters."""
    block = document.block_at(position)
    text = document.block_text(block) if block is not None else document.text[position:]
    words = " ".join(text[: LABEL_CHARS * 4].split())
    if len(words) <= LABEL_CHARS:
        return words
    cut = words[:LABEL_CHARS].rsplit(" ", 1)[0] or words[:LABEL_CHARS]
    return cut + "…"


def _find_again(text: str, bookmark: Bookmark) -> int:
    """Where ``bookmark``'s place is in ``text``: by the text after it, else by the text
    before it (a place at the end has none after), else at its offset, within ``text``."""
    b = bookmark
    found = anchor(text, b.exact, b.prefix, "", b.position, b.position + len(b.exact))
    if found is not None:
        return found.start
    found = anchor(text, b.prefix, "", b.exact, b.position - len(b.prefix), b.position)
    if found is not None:
        return found.end
    return min(b.position, len(text))


class Bookmarks:
    """The bookmarks of every document in one notes store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, document: Document, document_id: int, position: int) -> Bookmark:
        """Bookmark ``position`` of ``document`` (its id in the store: ``document_id``)."""
        text = document.text
        if not 0 <= position <= len(text):
            raise ValueError(f"no place {position} in a text of {len(text)} characters")
        from uuid import uuid4  # uuid loads the platform module: not needed at start-up

        stamp = now_iso()
        with self.store.transaction() as db:
            cursor = db.execute(
                "INSERT INTO bookmarks (uuid, document_id, position, label, exact, prefix, "
                "created, updated) VALUES (:uuid, :doc, :position, :label, :exact, :prefix, "
                ":now, :now)",
                {
                    "uuid": str(uuid4()),
                    "doc": document_id,
                    "position": position,
                    "label": label_at(document, position),
                    "exact": text[position : position + CONTEXT],
                    "prefix": text[max(0, position - CONTEXT) : position],
                    "now": stamp,
                },
            )
            bookmark_id = cursor.lastrowid
        assert bookmark_id is not None
        return self.get(bookmark_id)

    def get(self, bookmark_id: int) -> Bookmark:
        """The bookmark (deleted or not); KeyError if there is none."""
        row = self.store.query(
            f"SELECT {COLUMNS} FROM bookmarks WHERE id = :id", {"id": bookmark_id}
        ).fetchone()
        if row is None:
            raise KeyError(bookmark_id)
        return bookmark_of(row)

    def of_document(self, document_id: int) -> list[Bookmark]:
        """The document's bookmarks, in text order."""
        rows = self.store.query(
            f"SELECT {COLUMNS} FROM bookmarks WHERE document_id = :doc AND deleted IS NULL "
            "ORDER BY position, id",
            {"doc": document_id},
        ).fetchall()
        return [bookmark_of(r) for r in rows]

    def within(self, document_id: int, start: int, end: int) -> list[Bookmark]:
        """The document's bookmarks at ``start`` or after it, before ``end``."""
        return [b for b in self.of_document(document_id) if start <= b.position < end]

    def _set_deleted(self, bookmark_id: int, deleted: str | None) -> Bookmark:
        with self.store.transaction() as db:
            cursor = db.execute(
                "UPDATE bookmarks SET deleted = :deleted, updated = :now WHERE id = :id",
                {"deleted": deleted, "now": now_iso(), "id": bookmark_id},
            )
            if cursor.rowcount != 1:
                raise KeyError(bookmark_id)
        return self.get(bookmark_id)

    def delete(self, bookmark_id: int) -> Bookmark:
        """Take a bookmark away; :meth:`restore` brings it back (until the next start)."""
        return self._set_deleted(bookmark_id, now_iso())

    def restore(self, bookmark_id: int) -> Bookmark:
        return self._set_deleted(bookmark_id, None)

    def purge_deleted(self) -> int:
        """Forget deleted bookmarks for good (at start-up, when no undo can reach them)."""
        if not self.store.query(
            "SELECT EXISTS (SELECT 1 FROM bookmarks WHERE deleted IS NOT NULL)"
        ).fetchone()[0]:
            return 0  # no write, no wait for the disk at start-up
        with self.store.transaction() as db:
            return db.execute("DELETE FROM bookmarks WHERE deleted IS NOT NULL").rowcount

    def move_onto(self, document_id: int, document: Document) -> list[Bookmark]:
        """Move onto ``document`` (opened as ``document_id``) the bookmarks of earlier
        texts at its path, each place found again in the new text (by the text that
        followed it and preceded it), or, where it cannot be, kept at its offset
        within the new text. Returns the bookmarks moved."""
        if document.path is None:
            return []
        rows = self.store.query(
            f"SELECT {COLUMNS} FROM bookmarks WHERE document_id IN "
            "(SELECT id FROM documents WHERE path = :path AND id != :doc) ORDER BY id",
            {"path": str(document.path), "doc": document_id},
        ).fetchall()
        old = [bookmark_of(r) for r in rows]
        if not old:
            return []
        text = document.text
        with self.store.transaction() as db:
            for b in old:
                position = _find_again(text, b)
                db.execute(
                    "UPDATE bookmarks SET document_id = :doc, position = :position, "
                    "label = :label, exact = :exact, prefix = :prefix, updated = :now "
                    "WHERE id = :id",
                    {
                        "doc": document_id,
                        "position": position,
                        "label": label_at(document, position) if text else b.label,
                        "exact": text[position : position + CONTEXT],
                        "prefix": text[max(0, position - CONTEXT) : position],
                        "now": now_iso(),
                        "id": b.id,
                    },
                )
        return [self.get(b.id) for b in old]
