"""Highlights: passages of a document's text with a colour and a note.

A repository over the notes store. Each highlight keeps a W3C TextQuoteSelector
(``exact``/``prefix``/``suffix``) and a TextPositionSelector (``start``/``end``, in
code points of the plain text), so that it can be found again when the text changes
(see ``glossary.notes.anchoring``). Deleting moves a highlight to the Trash, where it
stays for 30 days.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from glossary.notes.anchoring import quote_selector
from glossary.notes.colours import DEFAULT_COLOUR, check_colour
from glossary.notes.store import Store, as_integer, as_text, now_iso

TRASH_DAYS = 30


class Highlight(NamedTuple):
    """A highlighted passage ``[start, end)`` of a document's plain text, with its note.

    ``exact``/``prefix``/``suffix`` form a W3C TextQuoteSelector; ``start``/``end`` a
    TextPositionSelector, in code points of the plain text.
    """

    id: int
    uuid: str
    document_id: int
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    colour: int
    note: str
    created: str
    updated: str
    deleted: str | None
    orphaned: bool
    creator: str = ""  # who wrote it, for an imported note; "" for the reader's own


class ImportedDocument(NamedTuple):
    sha256: str
    title: str
    path: str | None


class ImportedHighlight(NamedTuple):
    """A highlight read from an annotation file, already anchored in its document."""

    uuid: str
    document: ImportedDocument
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    colour: int
    note: str
    created: str
    updated: str
    creator: str
    orphaned: bool = False


COLUMNS = (
    "id, uuid, document_id, exact, prefix, suffix, start_offset, end_offset, colour, note, "
    "created, updated, deleted, orphaned, creator"
)
# The same columns of the table aliased as "h", for queries that join it.
H_COLUMNS = ", ".join("h." + c.strip() for c in COLUMNS.split(","))


def _text_order(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """Orphaned last, then by start, end and id (the columns of COLUMNS)."""
    return (row[13], row[6], row[7], row[0])


def highlight_of(row: tuple[Any, ...]) -> Highlight:
    """A row of COLUMNS as a :class:`Highlight`, each field of its own type whatever a
    damaged record holds (see ``glossary.notes.store.as_text``)."""
    ident, uuid, document, exact, prefix, suffix, start, end, colour, note = row[:10]
    created, updated, deleted, orphaned, creator = row[10:15]
    if (  # every field as SQLite should hold it: as it is (5,000 rows: 44 ms -> 8 ms)
        type(ident) is int
        and type(document) is int
        and type(start) is int
        and type(end) is int
        and type(colour) is int
        and type(orphaned) is int
        and type(uuid) is str
        and type(exact) is str
        and type(prefix) is str
        and type(suffix) is str
        and type(note) is str
        and type(created) is str
        and type(updated) is str
        and type(creator) is str
        and (deleted is None or type(deleted) is str)
    ):
        return Highlight(
            ident, uuid, document, exact, prefix, suffix, start, end, colour, note,
            created, updated, deleted, orphaned != 0, creator,
        )  # fmt: skip
    return Highlight(
        as_integer(ident),
        as_text(uuid),
        as_integer(document),
        as_text(exact),
        as_text(prefix),
        as_text(suffix),
        as_integer(start),
        as_integer(end),
        as_integer(colour),
        as_text(note),
        as_text(created),
        as_text(updated),
        None if deleted is None else as_text(deleted),
        as_integer(orphaned) != 0,
        as_text(creator),
    )


class Highlights:
    """The highlights of every document in one notes store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(
        self,
        document_id: int,
        text: str,
        start: int,
        end: int,
        colour: int = DEFAULT_COLOUR,
        note: str = "",
    ) -> Highlight:
        """Highlight ``text[start:end]`` of the document whose plain text is ``text``."""
        if not 0 <= start < end <= len(text):
            raise ValueError(f"no passage {start}..{end} in a text of {len(text)} characters")
        check_colour(colour)
        from uuid import uuid4  # uuid loads the platform module: not needed at start-up

        exact, prefix, suffix = quote_selector(text, start, end)
        stamp = now_iso()
        with self.store.transaction() as db:
            cursor = db.execute(
                "INSERT INTO highlights (uuid, document_id, exact, prefix, suffix, "
                "start_offset, end_offset, colour, note, created, updated) VALUES "
                "(:uuid, :doc, :exact, :prefix, :suffix, :start, :end, :colour, :note, "
                ":now, :now)",
                {
                    "uuid": str(uuid4()),
                    "doc": document_id,
                    "exact": exact,
                    "prefix": prefix,
                    "suffix": suffix,
                    "start": start,
                    "end": end,
                    "colour": colour,
                    "note": note,
                    "now": stamp,
                },
            )
            highlight_id = cursor.lastrowid
        assert highlight_id is not None
        return self.get(highlight_id)

    def get(self, highlight_id: int) -> Highlight:
        """The highlight (in the Trash or not); KeyError if there is none."""
        row = self.store.query(
            f"SELECT {COLUMNS} FROM highlights WHERE id = :id", {"id": highlight_id}
        ).fetchone()
        if row is None:
            raise KeyError(highlight_id)
        return highlight_of(row)

    def of_document(self, document_id: int, *, include_deleted: bool = False) -> list[Highlight]:
        """The document's highlights in text order; orphaned ones last."""
        deleted = "" if include_deleted else "AND deleted IS NULL"
        # In the index's order, then sorted here: ORDER BY over all four columns made
        # SQLite sort every row with its text in a temporary tree (5,000 in 25 ms).
        rows = self.store.query(
            f"SELECT {COLUMNS} FROM highlights WHERE document_id = :doc {deleted} "
            "ORDER BY start_offset",
            {"doc": document_id},
        ).fetchall()
        rows.sort(key=_text_order)
        return [highlight_of(r) for r in rows]

    def _update(self, highlight_id: int, assignments: str, values: dict[str, object]) -> Highlight:
        with self.store.transaction() as db:
            cursor = db.execute(
                f"UPDATE highlights SET {assignments}, updated = :now WHERE id = :id",
                {**values, "id": highlight_id, "now": now_iso()},
            )
            if cursor.rowcount != 1:
                raise KeyError(highlight_id)
        return self.get(highlight_id)

    def set_note(self, highlight_id: int, note: str) -> Highlight:
        return self._update(highlight_id, "note = :note", {"note": note})

    def set_colour(self, highlight_id: int, colour: int) -> Highlight:
        check_colour(colour)
        return self._update(highlight_id, "colour = :colour", {"colour": colour})

    def delete(self, highlight_id: int) -> Highlight:
        """Move a highlight to the Trash; :meth:`restore` brings it back."""
        return self._update(highlight_id, "deleted = :at", {"at": now_iso()})

    def restore(self, highlight_id: int) -> Highlight:
        return self._update(highlight_id, "deleted = NULL", {})

    def trash(self) -> list[Highlight]:
        """What is in the Trash, the most recently deleted first."""
        rows = self.store.query(
            f"SELECT {COLUMNS} FROM highlights WHERE deleted IS NOT NULL ORDER BY deleted DESC"
        ).fetchall()
        return [highlight_of(r) for r in rows]

    def empty_trash(self, older_than: timedelta = timedelta(days=TRASH_DAYS)) -> int:
        """Delete for good what has been in the Trash longer than ``older_than``."""
        cutoff = (datetime.now(UTC) - older_than).isoformat(timespec="milliseconds")
        with self.store.transaction() as db:
            cursor = db.execute(
                "DELETE FROM highlights WHERE deleted IS NOT NULL AND deleted <= :cutoff",
                {"cutoff": cutoff},
            )
        return cursor.rowcount

    def search(self, query: str, limit: int = 50) -> list[Highlight]:
        """Highlights of all documents whose quote or note matches ``query`` (FTS5), newest
        first. Each word of the query must occur, as a word or the start of one.

        Newest first rather than by relevance: ranking must score every match, which for a
        common word among 100,000 notes takes over 100 ms; this order stays under 20 ms."""
        words = [w for w in query.replace('"', " ").split() if w]
        if not words:
            return []
        match = " ".join(f'"{w}"*' for w in words)
        rows = self.store.query(
            f"SELECT {H_COLUMNS} "
            "FROM highlights_fts JOIN highlights h ON h.id = highlights_fts.rowid "
            "WHERE highlights_fts MATCH :match AND h.deleted IS NULL "
            "ORDER BY highlights_fts.rowid DESC LIMIT :limit",
            {"match": match, "limit": limit},
        ).fetchall()
        return [highlight_of(r) for r in rows]

    def add_imported(self, items: Sequence[ImportedHighlight]) -> int:
        """Add highlights read from a shared file, in one transaction; those whose uuid
        the store already has are skipped. Returns how many were added."""
        added = 0
        with self.store.transaction() as db:
            documents: dict[str, int] = {}
            for item in items:
                check_colour(item.colour)
                sha = item.document.sha256
                if sha not in documents:
                    db.execute(
                        "INSERT INTO documents (sha256, path, title) VALUES (:sha, :path, :title) "
                        "ON CONFLICT (sha256) DO NOTHING",
                        {"sha": sha, "path": item.document.path, "title": item.document.title},
                    )
                    row = db.execute(
                        "SELECT id FROM documents WHERE sha256 = :sha", {"sha": sha}
                    ).fetchone()
                    documents[sha] = int(row[0])
                cursor = db.execute(
                    "INSERT OR IGNORE INTO highlights (uuid, document_id, exact, prefix, suffix, "
                    "start_offset, end_offset, colour, note, created, updated, orphaned, creator) "
                    "VALUES (:uuid, :doc, :exact, :prefix, :suffix, :start, :end, :colour, "
                    ":note, :created, :updated, :orphaned, :creator)",
                    {
                        "uuid": item.uuid,
                        "doc": documents[sha],
                        "exact": item.exact,
                        "prefix": item.prefix,
                        "suffix": item.suffix,
                        "start": item.start,
                        "end": item.end,
                        "colour": item.colour,
                        "note": item.note,
                        "created": item.created,
                        "updated": item.updated,
                        "orphaned": int(item.orphaned),
                        "creator": item.creator,
                    },
                )
                added += cursor.rowcount
        return added
