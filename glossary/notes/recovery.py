"""Salvaging a damaged notes database: every row still readable in it that the backup
restored in its place lacks, or holds in an older state, is merged into the restored
database, so that damage costs the notes written since the backup as little as it can.

What can be read is found in one of two ways:

- with SQLite's own recovery (the ``.recover`` command of the ``sqlite3`` program, where
  it is installed), which reads every page it can, even of a file whose header or
  schema is gone, into a fresh database;
- otherwise row by row: each table is read in the order of its rows, and where a
  damaged page stops the reading, it goes on past it.

The damaged file itself is never changed: both ways read a copy of it (with its write-
ahead log, which holds the latest changes) in a temporary folder.

Rows are matched by what names them across databases, not by their row ids: documents
by the SHA-256 of their text, highlights by their uuid, own glossaries by their name,
entries by their glossary and id, kept words by their language and headword, bookmarks
by their uuid. A row the
restored database lacks is added; one it has is updated when the damaged file's copy was
changed later (its ``updated`` time) or, for rows without such a time, taken as the
later state. Nothing is deleted: a row missing from the damaged file may just be
unreadable.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from glossary.notes.errors import SQLITE_ERRORS
from glossary.notes.store import Store

RECOVER_TIMEOUT_S = 120
MAX_ROWID = (1 << 63) - 1
HEADER_SIZE = 100
MAGIC = b"SQLite format 3\x00"
MAX_SKIPS = 10_000  # damaged stretches skipped in one table before giving up on it


@dataclass
class Salvaged:
    """What was merged back from a damaged database."""

    highlights: int = 0
    words: int = 0
    entries: int = 0  # of own glossaries
    other: int = 0  # documents, reading places, bookmarks, labels, spelling words, settings
    unreadable: list[str] = field(default_factory=list)  # tables that could not be read

    @property
    def total(self) -> int:
        return self.highlights + self.words + self.entries + self.other


def salvage(
    damaged: Path, into: Store, *, header_from: Path | None = None, use_sqlite_program: bool = True
) -> Salvaged:
    """Merge what can be read of the database at ``damaged`` (and its ``-wal``) into
    ``into``, in one transaction. ``header_from``: a sound copy of the same database (the
    backup restored), whose header stands in for a damaged one. Never raises for
    damage: what cannot be read is left out."""
    with tempfile.TemporaryDirectory(prefix="glossary-salvage-") as work:
        copy = Path(work) / "damaged.sqlite3"
        for suffix in ("", "-wal"):
            source = Path(f"{damaged}{suffix}")
            if source.is_file():
                shutil.copyfile(source, Path(f"{copy}{suffix}"))
        if not copy.exists() or copy.stat().st_size < HEADER_SIZE:
            return Salvaged()
        _repair_header(copy, header_from)
        source_db = None
        if use_sqlite_program:
            source_db = _recovered(copy, Path(work) / "recovered.sqlite3")
        try:
            db = sqlite3.connect(source_db or copy, isolation_level=None)
        except SQLITE_ERRORS:
            return Salvaged()
        # A damaged page can hold text that is not UTF-8: kept, with its bad bytes
        # replaced, rather than lost with its row.
        db.text_factory = lambda data: data.decode("utf-8", "replace")
        try:
            with contextlib.suppress(*SQLITE_ERRORS):
                db.execute("PRAGMA query_only = ON")  # only after the WAL was read in
            return _Merge(db, into).run()
        finally:
            db.close()


def _repair_header(copy: Path, sound: Path | None) -> None:
    """Make the copy's 100-byte header fit the file: a header overwritten with something
    else is taken from ``sound`` (the same database at an earlier time: same page size
    and format), and the page count is that of the file, so that a truncated file's
    missing pages read as damaged ones instead of making the whole file unreadable."""
    with open(copy, "r+b") as handle:
        header = bytearray(handle.read(HEADER_SIZE))
        if not header.startswith(MAGIC) and sound is not None:
            with contextlib.suppress(OSError), open(sound, "rb") as other:
                replacement = other.read(HEADER_SIZE)
                if replacement.startswith(MAGIC):
                    header = bytearray(replacement)
                    header[18:20] = b"\x02\x02"  # write-ahead logging, as the app uses
        if not header.startswith(MAGIC):
            return
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        if page_size < 512 or page_size & (page_size - 1):
            return
        size = os.fstat(handle.fileno()).st_size
        pages = size // page_size
        header[28:32] = pages.to_bytes(4, "big")
        header[92:96] = header[24:28]  # the page count is valid for this change counter
        handle.seek(0)
        handle.write(header)
        handle.truncate(pages * page_size)


def sqlite_program() -> str | None:
    """The ``sqlite3`` program, when it is installed and knows ``.recover``."""
    return shutil.which("sqlite3")


def _recovered(copy: Path, target: Path) -> Path | None:
    """A fresh database holding what SQLite's ``.recover`` finds in ``copy``, or None
    when the program is missing or fails."""
    program = sqlite_program()
    if program is None:
        return None
    try:
        done = subprocess.run(
            [program, str(copy), ".recover"],
            capture_output=True,
            timeout=RECOVER_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0 or not done.stdout:
        return None
    script = done.stdout.decode("utf-8", "replace")
    try:
        db = sqlite3.connect(target, isolation_level=None)
        try:
            db.executescript(script)
        finally:
            db.close()
    except SQLITE_ERRORS:
        target.unlink(missing_ok=True)
        return None
    return target


def readable_rows(
    db: sqlite3.Connection, table: str, columns: list[str]
) -> Iterator[dict[str, Any]]:
    """The rows of ``table`` that can be read, in row order; where a damaged page stops
    the reading it goes on past it, further each time it fails again."""
    names = ", ".join(f'"{c}"' for c in columns)
    last: int | None = None
    step = 1
    skips = 0
    params: tuple[int, ...] = ()
    while skips <= MAX_SKIPS and (last is None or last < MAX_ROWID):
        if last is None:
            sql = f'SELECT rowid, {names} FROM "{table}" ORDER BY rowid'
        else:
            sql, params = (
                f'SELECT rowid, {names} FROM "{table}" WHERE rowid > ? ORDER BY rowid',
                (last,),
            )
        try:
            for row in db.execute(sql, params):
                last, step = row[0], 1
                yield dict(zip(columns, row[1:], strict=True))
            return
        except (sqlite3.DatabaseError, UnicodeDecodeError):
            skips += 1
            last = min((last if last is not None else 0) + step, MAX_ROWID)
            step *= 2


class _Merge:
    """One salvage: the rows of ``source`` merged into ``into``."""

    def __init__(self, source: sqlite3.Connection, into: Store) -> None:
        self.source = source
        self.into = into
        self.result = Salvaged()
        self.documents: dict[int, int] = {}  # source id -> id in ``into``
        self.glossaries: dict[int, int] = {}

    def run(self) -> Salvaged:
        tables = self._tables()
        if not tables:
            return self.result
        with self.into.transaction() as db:
            self.db = db
            for table, merge in (
                ("documents", self._document),
                ("glossaries", self._glossary),
                ("glossary_categories", self._category),
                ("glossary_entries", self._entry),
                ("document_glossaries", self._document_glossary),
                ("highlights", self._highlight),
                ("colour_labels", self._label),
                ("user_words", self._user_word),
                ("vocabulary", self._word),
                ("bookmarks", self._bookmark),
            ):
                if table in tables:
                    self._merge_table(table, merge)
        return self.result

    def _tables(self) -> set[str]:
        try:
            rows = self.source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            return {str(name) for (name,) in rows}
        except (sqlite3.Error, ValueError):  # ValueError: a name that is not UTF-8, too
            return set()

    def _columns(self, db: sqlite3.Connection, table: str) -> list[str]:
        try:
            return [str(row[1]) for row in db.execute(f'PRAGMA table_info("{table}")')]
        except SQLITE_ERRORS:
            return []

    def _merge_table(self, table: str, merge: Any) -> None:
        wanted = self._columns(self.db, table)
        columns = [c for c in self._columns(self.source, table) if c in wanted]
        if not columns:
            self.result.unreadable.append(table)
            return
        try:
            for row in readable_rows(self.source, table, columns):
                if any(isinstance(v, str) and "\x00" in v for v in row.values()):
                    continue  # read from zeroed or missing pages: not what was written
                try:
                    merge(row)
                except (sqlite3.IntegrityError, sqlite3.InterfaceError, TypeError, ValueError):
                    continue  # a row damaged past use (a NULL where text belongs)
        except (sqlite3.DatabaseError, UnicodeDecodeError):
            self.result.unreadable.append(table)

    def _one(self, sql: str, params: dict[str, Any]) -> Any:
        return self.db.execute(sql, params).fetchone()

    def _insert(self, table: str, row: dict[str, Any], skip: tuple[str, ...] = ()) -> int:
        columns = [c for c in row if c not in skip]
        names = ", ".join(columns)
        marks = ", ".join(f":{c}" for c in columns)
        cursor = self.db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", row)
        return int(cursor.lastrowid or 0)

    def _update(self, table: str, row: dict[str, Any], where: str, skip: tuple[str, ...]) -> None:
        sets = ", ".join(f"{c} = :{c}" for c in row if c not in skip)
        self.db.execute(f"UPDATE {table} SET {sets} WHERE {where}", row)

    def _taken(self, table: str, row: dict[str, Any]) -> tuple[str, ...]:
        """("id",) when ``row``'s id is taken in ``into`` (it gets a new one), else ()."""
        found = self._one(f"SELECT 1 FROM {table} WHERE id = :id", row)
        return ("id",) if found is not None else ()

    def _document(self, row: dict[str, Any]) -> None:
        found = self._one("SELECT id, opened_at FROM documents WHERE sha256 = :sha256", row)
        if found is None:
            self.documents[row["id"]] = self._insert(
                "documents", row, skip=self._taken("documents", row)
            )
            self.result.other += 1
            return
        self.documents[row["id"]] = found[0]
        if (row.get("opened_at") or "") > (found[1] or ""):
            self._update("documents", {**row, "id": found[0]}, "id = :id", ("id", "sha256"))
            self.result.other += 1

    def _glossary(self, row: dict[str, Any]) -> None:
        found = self._one("SELECT id FROM glossaries WHERE name = :name", row)
        if found is None:
            self.glossaries[row["id"]] = self._insert(
                "glossaries", row, skip=self._taken("glossaries", row)
            )
            self.result.other += 1
        else:
            self.glossaries[row["id"]] = found[0]

    def _category(self, row: dict[str, Any]) -> None:
        glossary = self._known("glossaries", self.glossaries, row["glossary_id"])
        if glossary is None:
            return
        row = {**row, "glossary_id": glossary}
        found = self._one(
            "SELECT label_en, label_id FROM glossary_categories "
            "WHERE glossary_id = :glossary_id AND id = :id",
            row,
        )
        if found is None:
            self._insert("glossary_categories", row)
            self.result.other += 1
        elif tuple(found) != (row.get("label_en"), row.get("label_id")):
            where = "glossary_id = :glossary_id AND id = :id"
            self._update("glossary_categories", row, where, ("glossary_id", "id"))
            self.result.other += 1

    def _entry(self, row: dict[str, Any]) -> None:
        glossary = self._known("glossaries", self.glossaries, row["glossary_id"])
        if glossary is None:
            return
        row = {**row, "glossary_id": glossary}
        found = self._one(
            "SELECT updated FROM glossary_entries WHERE glossary_id = :glossary_id AND id = :id",
            row,
        )
        if found is None:
            self._insert("glossary_entries", row)
            self.result.entries += 1
        elif (row.get("updated") or "") > (found[0] or ""):
            where = "glossary_id = :glossary_id AND id = :id"
            self._update("glossary_entries", row, where, ("glossary_id", "id"))
            self.result.entries += 1

    def _known(self, table: str, ids: dict[int, int], source_id: Any) -> int | None:
        """The id in ``into`` of a row of the damaged file: as mapped when the row was
        read, else the same id if ``into`` has it (the backup is an earlier copy of the
        same database, so rows it holds have the same ids)."""
        if source_id in ids:
            return ids[source_id]
        found = self._one(f"SELECT id FROM {table} WHERE id = :id", {"id": source_id})
        return None if found is None else int(found[0])

    def _document_glossary(self, row: dict[str, Any]) -> None:
        document = self._known("documents", self.documents, row["document_id"])
        if document is None:
            return
        glossary = str(row["glossary"])
        if glossary.startswith("own-"):
            try:
                own = self._known("glossaries", self.glossaries, int(glossary[4:]))
            except ValueError:
                return
            if own is None:
                return
            glossary = f"own-{own}"
        row = {**row, "document_id": document, "glossary": glossary}
        self.db.execute(
            "INSERT INTO document_glossaries (document_id, glossary, active) "
            "VALUES (:document_id, :glossary, :active) "
            "ON CONFLICT (document_id, glossary) DO UPDATE SET active = excluded.active",
            row,
        )

    def _highlight(self, row: dict[str, Any]) -> None:
        document = self._known("documents", self.documents, row["document_id"])
        if document is None:
            return  # its document is unreadable: nothing to attach it to
        row = {**row, "document_id": document}
        found = self._one("SELECT id, updated FROM highlights WHERE uuid = :uuid", row)
        if found is None:
            self._insert("highlights", row, skip=("id",))
            self.result.highlights += 1
        elif (row.get("updated") or "") > (found[1] or ""):
            self._update("highlights", {**row, "id": found[0]}, "id = :id", ("id", "uuid"))
            self.result.highlights += 1

    def _bookmark(self, row: dict[str, Any]) -> None:
        document = self._known("documents", self.documents, row["document_id"])
        if document is None:
            return  # its document is unreadable: nothing to attach it to
        row = {**row, "document_id": document}
        found = self._one("SELECT id, updated FROM bookmarks WHERE uuid = :uuid", row)
        if found is None:
            self._insert("bookmarks", row, skip=("id",))
            self.result.other += 1
        elif (row.get("updated") or "") > (found[1] or ""):
            self._update("bookmarks", {**row, "id": found[0]}, "id = :id", ("id", "uuid"))
            self.result.other += 1

    def _label(self, row: dict[str, Any]) -> None:
        found = self._one("SELECT label FROM colour_labels WHERE colour = :colour", row)
        if found is None or found[0] != row["label"]:
            self.db.execute(
                "INSERT INTO colour_labels (colour, label) VALUES (:colour, :label) "
                "ON CONFLICT (colour) DO UPDATE SET label = excluded.label",
                row,
            )
            self.result.other += 1

    def _user_word(self, row: dict[str, Any]) -> None:
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO user_words (word, language) VALUES (:word, :language)", row
        )
        self.result.other += cursor.rowcount

    def _word(self, row: dict[str, Any]) -> None:
        document = row.get("document_id")
        known = self._known("documents", self.documents, document) if document else None
        row = {**row, "document_id": known}
        found = self._one(
            "SELECT id, updated FROM vocabulary "
            "WHERE language = :language AND headword = :headword",
            row,
        )
        if found is None:
            self._insert("vocabulary", row, skip=("id",))
            self.result.words += 1
        elif (row.get("updated") or "") > (found[1] or ""):
            where = "id = :id"
            self._update(
                "vocabulary", {**row, "id": found[0]}, where, ("id", "language", "headword")
            )
            self.result.words += 1
