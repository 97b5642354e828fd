"""The notes store: the connection, its safety settings, transactions, migrations,
damaged and newer files, backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from glossary.documents.loading import parse_markdown
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.migrations import MIGRATIONS, SCHEMA_VERSION
from glossary.notes.store import Store, StoreError


def test_new_database_is_durable_and_current(tmp_path: Path) -> None:
    path = tmp_path / "data" / "notes.sqlite3"
    Store(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()
    with Store(path) as store:
        assert store.pragmas() == {
            "journal_mode": "wal",
            "synchronous": 2,  # FULL
            "foreign_keys": 1,
            "busy_timeout": 5000,
            "user_version": SCHEMA_VERSION,
        }
        assert store.integrity_ok()


def test_a_document_with_notes_cannot_be_deleted_silently(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    with Store(path) as store:
        doc = Documents(store).remember(parse_markdown("satu dua"))
        Highlights(store).add(doc, "satu dua", 0, 4)
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM documents")
    db.close()


def test_failed_transaction_changes_nothing(store: Store) -> None:
    doc = Documents(store).remember(parse_markdown("satu dua"))
    with pytest.raises(RuntimeError), store.transaction() as db:
        db.execute("UPDATE documents SET title = 'changed' WHERE id = :id", {"id": doc})
        raise RuntimeError("boom")
    assert [d.title for d in Documents(store).all()] == [""]


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_migrates_from_every_earlier_version(tmp_path: Path, version: int) -> None:
    path = tmp_path / "notes.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    for number in range(version):
        db.executescript(f"BEGIN;{MIGRATIONS[number]}PRAGMA user_version = {number + 1};COMMIT;")
    db.close()
    with Store(path, backups=tmp_path / "backups") as store:
        assert store.version == SCHEMA_VERSION
        assert store.integrity_ok()
    backups = list((tmp_path / "backups").glob("before-migration-*.sqlite3"))
    assert len(backups) == (1 if version > 0 else 0)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is not a database at all, just some text" * 100, "damaged"),
        (b"SQLite format 3\x00" + b"\xff" * 2000, "damaged"),
    ],
)
def test_damaged_database_raises_a_store_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=message):
        Store(path)
    assert path.read_bytes() == content  # never changed or deleted


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        Store(path)
    assert path.read_bytes() == before


def test_zero_length_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"")
    with Store(path) as store:
        assert store.version == SCHEMA_VERSION


def test_backup_is_a_consistent_copy(store: Store, tmp_path: Path) -> None:
    doc = Documents(store).remember(parse_markdown("satu dua"))
    Highlights(store).add(doc, "satu dua", 0, 4, note="x")
    copy = store.backup(tmp_path / "b" / "copy.sqlite3")
    with Store(copy) as restored:
        assert [h.note for h in Highlights(restored).of_document(doc)] == ["x"]


@pytest.mark.parametrize("what", ["pipe", "device", "folder"])
def test_a_notes_path_that_is_no_file_is_refused_not_waited_on(tmp_path: Path, what: str) -> None:
    # SQLite would wait forever for a pipe's writer, and take /dev/zero for an empty
    # database; neither may be opened, nor read for its schema version.
    import os

    from glossary.notes.store import schema_version

    path = tmp_path / "notes.sqlite3"
    if what == "pipe":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no named pipes here")
        os.mkfifo(path)
    elif what == "device":
        if not Path("/dev/zero").exists():
            pytest.skip("no /dev/zero here")
        path.symlink_to("/dev/zero")
    else:
        path.mkdir()
    for open_it in (Store, schema_version):
        with pytest.raises(StoreError, match="is not a file"):
            open_it(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_what_sqlite_says_of_a_damaged_schema_is_one_short_line(tmp_path: Path) -> None:
    # Its message quotes the damaged SQL, line breaks and all (found by fuzzing): the
    # command line says what is wrong in one line.
    path = tmp_path / "notes.sqlite3"
    with Store(path):
        pass
    data = bytearray(path.read_bytes())
    at = data.index(b"CREATE TABLE documents (") + len(b"CREATE TABLE documents (")
    data[at : at + 4] = b"[\x01\x01\x01"
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="malformed database schema") as info:
        Store(path)
    assert "\n" not in str(info.value) and len(str(info.value)) < len(str(path)) + 260
