"""The notes store: documents and their highlights in one SQLite file.

Plain ``sqlite3`` with named parameters. Every write runs in a :meth:`Store.transaction`
(``BEGIN IMMEDIATE`` ... ``COMMIT``); the database is in WAL mode with
``synchronous=FULL``, so a write that returned survives a crash or a power cut. The
schema is versioned with ``PRAGMA user_version`` (see ``glossary.notes.migrations``), and a
backup is taken before an existing database is migrated.

Problems of the environment (disk full, database locked, file damaged, schema newer
than this app) raise :class:`StoreError`; anything else is a bug and raises as is.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from glossary.messages import QT_TRANSLATE_NOOP
from glossary.model import Document
from glossary.notes.anchoring import anchor, quote_selector
from glossary.notes.errors import StoreError as StoreError
from glossary.notes.errors import store_error
from glossary.notes.migrations import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 5000
TRASH_DAYS = 30
DEFAULT_COLOUR = 1
COLOURS = range(1, 6)
# The highlight colours, as RGB; the reader draws them translucent, handouts as tints.
HIGHLIGHT_RGB = {
    1: (255, 214, 0),
    2: (64, 192, 87),
    3: (51, 154, 240),
    4: (240, 101, 149),
    5: (151, 117, 250),
}
# What each colour means until the reader renames it (the interface shows these in its
# own language: desktop.translations.shown_labels).
DEFAULT_LABELS = {
    1: QT_TRANSLATE_NOOP("glossary", "Important"),
    2: QT_TRANSLATE_NOOP("glossary", "Term"),
    3: QT_TRANSLATE_NOOP("glossary", "Question"),
    4: QT_TRANSLATE_NOOP("glossary", "Disagree"),
    5: QT_TRANSLATE_NOOP("glossary", "Vocabulary"),
}


class DocumentRecord(NamedTuple):
    """A document the store knows: by the hash of its text, last seen at ``path``."""

    id: int
    sha256: str
    path: str | None
    title: str
    opened_at: str | None


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


_COLUMNS = (
    "id, uuid, document_id, exact, prefix, suffix, start_offset, end_offset, colour, note, "
    "created, updated, deleted, orphaned, creator"
)


def now_iso() -> str:
    """The current UTC time, ISO 8601 with milliseconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _text_order(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """Orphaned last, then by start, end and id (the columns of _COLUMNS)."""
    return (row[13], row[6], row[7], row[0])


def _row(row: tuple[Any, ...]) -> Highlight:
    return Highlight._make((*row[:13], row[13] != 0, row[14]))


class Store:
    """One open notes database. Not thread-safe: use one per thread."""

    def __init__(self, path: Path, backups: Path | None = None) -> None:
        self.path = path
        self.backups = backups if backups is not None else path.parent / "backups"
        self.writes = 0  # committed write transactions since opening
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "glossary", "The notes database {path} cannot be opened: {reason}."
                ),
                path=path,
                reason=exc,
            ) from None
        try:
            self._configure()
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise store_error(exc, path) from None
        except StoreError:
            self._db.close()
            raise

    def _configure(self) -> None:
        db = self._db
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        # Refuse a newer schema before anything (even the journal mode) changes the file.
        self._refuse_newer()
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "glossary", "The notes database {path} cannot use write-ahead logging."
                ),
                path=self.path,
            )
        db.execute("PRAGMA synchronous = FULL")

    @property
    def version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _refuse_newer(self) -> None:
        version = self.version
        if version > SCHEMA_VERSION:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "glossary",
                    "The notes database {path} was written by a newer version of Glossary "
                    "Reader (schema {version}; this one knows up to {known}).",
                ),
                "newer",
                path=self.path,
                version=version,
                known=SCHEMA_VERSION,
            )

    def _migrate(self) -> None:
        version = self.version
        if version == SCHEMA_VERSION:
            return
        if version > 0:
            self.backup(self.backups / f"before-migration-v{version}-{_stamp()}.sqlite3")
        for number in range(version, SCHEMA_VERSION):
            try:
                self._db.executescript(
                    f"BEGIN IMMEDIATE;\n{MIGRATIONS[number]}\n"
                    f"PRAGMA user_version = {number + 1};\nCOMMIT;"
                )
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; it commits when the block ends without an exception.

        SQLite errors inside the block (disk full, I/O) roll back and raise StoreError.
        """
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise store_error(exc, self.path) from None
        try:
            yield self._db
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise store_error(exc, self.path) from None
        except BaseException:
            self._rollback()
            raise
        self.writes += 1

    def _rollback(self) -> None:
        # SQLite may have rolled back by itself (a full disk does): nothing left to undo.
        if self._db.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")

    def query(self, sql: str, params: dict[str, object] | None = None) -> sqlite3.Cursor:
        """Run a read-only query (for the store's companions, such as the glossaries)."""
        return self._read(sql, params)

    def _read(self, sql: str, params: dict[str, object] | None = None) -> sqlite3.Cursor:
        """Run a query; SQLite's errors (a closed or damaged file) become StoreError."""
        try:
            return self._db.execute(sql, params or {})
        except sqlite3.Error as exc:
            raise store_error(exc, self.path) from None

    def pragmas(self) -> dict[str, object]:
        """The connection's safety settings, for diagnostics and tests."""
        names = ("journal_mode", "synchronous", "foreign_keys", "busy_timeout", "user_version")
        return {n: self._read(f"PRAGMA {n}").fetchone()[0] for n in names}

    def integrity_ok(self) -> bool:
        return bool(self._read("PRAGMA integrity_check").fetchone()[0] == "ok")

    def backup(self, target: Path) -> Path:
        """Copy the database to ``target`` with SQLite's backup API (consistent while in use)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        destination = sqlite3.connect(target)
        try:
            self._db.backup(destination)
            # A backup is one self-contained file: no write-ahead log beside it.
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
        return target

    # -- documents ---------------------------------------------------------------------

    def remember_document(self, document: Document) -> int:
        """The id of ``document`` (by the hash of its text); its path and title are updated."""
        path = str(document.path) if document.path else None
        with self.transaction() as db:
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

    def documents(self) -> list[DocumentRecord]:
        rows = self._read(
            "SELECT id, sha256, path, title, opened_at FROM documents ORDER BY id"
        ).fetchall()
        return [DocumentRecord(*row) for row in rows]

    def document_id(self, sha256: str) -> int | None:
        row = self._read("SELECT id FROM documents WHERE sha256 = :sha", {"sha": sha256}).fetchone()
        return int(row[0]) if row else None

    # -- highlights --------------------------------------------------------------------

    def add_highlight(
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
        _check_colour(colour)
        from uuid import uuid4  # uuid loads the platform module: not needed at start-up

        exact, prefix, suffix = quote_selector(text, start, end)
        stamp = now_iso()
        with self.transaction() as db:
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
        return self.highlight(highlight_id)

    def highlight(self, highlight_id: int) -> Highlight:
        row = self._read(
            f"SELECT {_COLUMNS} FROM highlights WHERE id = :id", {"id": highlight_id}
        ).fetchone()
        if row is None:
            raise KeyError(highlight_id)
        return _row(row)

    def highlights(self, document_id: int, *, include_deleted: bool = False) -> list[Highlight]:
        """The document's highlights in text order; orphaned ones last."""
        deleted = "" if include_deleted else "AND deleted IS NULL"
        # In the index's order, then sorted here: ORDER BY over all four columns made
        # SQLite sort every row with its text in a temporary tree (5,000 in 25 ms).
        rows = self._read(
            f"SELECT {_COLUMNS} FROM highlights WHERE document_id = :doc {deleted} "
            "ORDER BY start_offset",
            {"doc": document_id},
        ).fetchall()
        rows.sort(key=_text_order)
        return [_row(r) for r in rows]

    def _update(self, highlight_id: int, assignments: str, values: dict[str, object]) -> Highlight:
        with self.transaction() as db:
            cursor = db.execute(
                f"UPDATE highlights SET {assignments}, updated = :now WHERE id = :id",
                {**values, "id": highlight_id, "now": now_iso()},
            )
            if cursor.rowcount != 1:
                raise KeyError(highlight_id)
        return self.highlight(highlight_id)

    def set_note(self, highlight_id: int, note: str) -> Highlight:
        return self._update(highlight_id, "note = :note", {"note": note})

    def set_colour(self, highlight_id: int, colour: int) -> Highlight:
        _check_colour(colour)
        return self._update(highlight_id, "colour = :colour", {"colour": colour})

    def delete_highlight(self, highlight_id: int) -> Highlight:
        """Move a highlight to the Trash; :meth:`restore_highlight` brings it back."""
        return self._update(highlight_id, "deleted = :at", {"at": now_iso()})

    def restore_highlight(self, highlight_id: int) -> Highlight:
        return self._update(highlight_id, "deleted = NULL", {})

    def trash(self) -> list[Highlight]:
        rows = self._read(
            f"SELECT {_COLUMNS} FROM highlights WHERE deleted IS NOT NULL ORDER BY deleted DESC"
        ).fetchall()
        return [_row(r) for r in rows]

    def empty_trash(self, older_than: timedelta = timedelta(days=TRASH_DAYS)) -> int:
        """Delete for good what has been in the Trash longer than ``older_than``."""
        cutoff = (datetime.now(UTC) - older_than).isoformat(timespec="milliseconds")
        with self.transaction() as db:
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
        rows = self._read(
            f"SELECT {', '.join('h.' + c.strip() for c in _COLUMNS.split(','))} "
            "FROM highlights_fts JOIN highlights h ON h.id = highlights_fts.rowid "
            "WHERE highlights_fts MATCH :match AND h.deleted IS NULL "
            "ORDER BY highlights_fts.rowid DESC LIMIT :limit",
            {"match": match, "limit": limit},
        ).fetchall()
        return [_row(r) for r in rows]

    # -- highlights from an annotation file -------------------------------------------

    def import_highlights(self, items: Sequence[ImportedHighlight]) -> int:
        """Add highlights read from a shared file, in one transaction; those whose uuid
        the store already has are skipped. Returns how many were added."""
        added = 0
        with self.transaction() as db:
            documents: dict[str, int] = {}
            for item in items:
                _check_colour(item.colour)
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

    # -- a document whose text changed -------------------------------------------------

    def reanchor(self, document: Document) -> tuple[int, list[Highlight]]:
        """Open ``document``, moving onto it the highlights of an earlier text at the same
        path. Returns the document's id and the highlights that were moved.

        Each moved highlight is anchored again (see ``glossary.notes.anchoring``); one whose
        passage cannot be found is kept as orphaned, with its quote and note.
        """
        document_id = self.remember_document(document)
        if document.path is None:
            return document_id, []
        with self.transaction() as db:
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
        rows = self._read(
            f"SELECT {', '.join('h.' + c.strip() for c in _COLUMNS.split(','))} "
            "FROM highlights h WHERE h.document_id IN "
            "(SELECT id FROM documents WHERE path = :path AND id != :doc) ORDER BY h.id",
            {"path": str(document.path), "doc": document_id},
        ).fetchall()
        old = [_row(r) for r in rows]
        if not old:
            return document_id, []
        text = document.text
        with self.transaction() as db:
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
        return document_id, [self.highlight(h.id) for h in old]

    # -- colour labels and the user's dictionary ---------------------------------------

    def colour_labels(self) -> dict[int, str]:
        labels = dict(DEFAULT_LABELS)
        labels.update(self._read("SELECT colour, label FROM colour_labels").fetchall())
        return labels

    def set_colour_label(self, colour: int, label: str) -> None:
        _check_colour(colour)
        label = " ".join(label.split())
        with self.transaction() as db:
            if label and label != DEFAULT_LABELS[colour]:
                db.execute(
                    "INSERT INTO colour_labels (colour, label) VALUES (:c, :l) "
                    "ON CONFLICT (colour) DO UPDATE SET label = :l",
                    {"c": colour, "l": label},
                )
            else:
                db.execute("DELETE FROM colour_labels WHERE colour = :c", {"c": colour})

    def user_words(self, language: str) -> set[str]:
        rows = self._read(
            "SELECT word FROM user_words WHERE language = :lang", {"lang": language}
        ).fetchall()
        return {r[0] for r in rows}

    def add_user_word(self, word: str, language: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO user_words (word, language) VALUES (:w, :lang)",
                {"w": word.casefold(), "lang": language},
            )


def schema_version(path: Path) -> int:
    """The schema version of the database at ``path``, read without changing it (a
    command that only reads need not migrate, nor take a backup)."""
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(db.execute("PRAGMA user_version").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error as exc:
        raise store_error(exc, path) from None


def _check_colour(colour: int) -> None:
    if colour not in COLOURS:
        raise ValueError(f"colour must be 1-5, not {colour}")


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
