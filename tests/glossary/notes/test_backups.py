from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from glossary.documents.loading import parse_markdown
from glossary.notes.backups import backups, is_good, open_store, rotate, take_backup
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.migrations import SCHEMA_VERSION
from glossary.notes.store import Store, StoreError, clean_mark, verified_since_clean_close

TEXT = "satu dua tiga empat"


def store_with_note(path: Path, note: str = "penting") -> Store:
    store = Store(path)
    doc = Documents(store).remember(parse_markdown(TEXT))
    Highlights(store).add(doc, TEXT, 5, 8, note=note)
    return store


def notes(store: Store) -> list[str]:
    return [h.note for d in Documents(store).all() for h in Highlights(store).of_document(d.id)]


def test_backup_is_verified_and_named_by_time(tmp_path: Path) -> None:
    with store_with_note(tmp_path / "notes.sqlite3") as store:
        made = take_backup(store, tmp_path / "backups")
    assert made is not None and is_good(made)
    assert [p for _, p in backups(tmp_path / "backups")] == [made]
    assert not list((tmp_path / "backups").glob(".*"))  # no partial file left
    with Store(made) as copy:
        assert notes(copy) == ["penting"]


def test_rotation_keeps_newest_daily_and_weekly(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    # Every 6 hours for 40 days.
    made = []
    for step in range(40 * 4):
        when = now - timedelta(hours=6 * step)
        path = folder / f"notes-{when.strftime('%Y%m%dT%H%M%S%fZ')}.sqlite3"
        path.write_bytes(b"x")
        made.append((when, path))
    rotate(folder, now)
    kept = [when for when, _ in backups(folder)]
    assert kept[:8] == [when for when, _ in made[:8]]  # the newest 8
    days = {w.date() for w in kept if now - w <= timedelta(days=7)}
    assert len(days) >= 7
    assert all(now - w <= timedelta(weeks=4) for w in kept)
    assert len(kept) <= 8 + 7 + 4


def test_no_backup_of_a_database_that_fails_its_check(tmp_path: Path) -> None:
    with store_with_note(tmp_path / "notes.sqlite3"):
        # Break an index behind SQLite's back: the check fails, the data is still there.
        db = sqlite3.connect(tmp_path / "notes.sqlite3")
        db.execute("PRAGMA writable_schema = ON")
        db.execute(
            "UPDATE sqlite_schema SET sql = replace(sql, 'start_offset', 'colour') "
            "WHERE name = 'highlights_by_document'"
        )
        db.commit()
        db.close()
        with Store(tmp_path / "notes.sqlite3") as reopened:
            if reopened.integrity_ok():
                pytest.skip("this SQLite did not notice the broken index")
            assert take_backup(reopened, tmp_path / "backups") is None
    assert backups(tmp_path / "backups") == []


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "random":
        path.write_bytes(data[:100] + b"\x17\x23" * 2000 + data[4100:])
    elif how == "truncated":
        path.write_bytes(data[: len(data) // 3])
    elif how == "zero":
        path.write_bytes(b"")
    elif how == "not-a-database":
        path.write_bytes(b"%PDF-1.7 this is not a database\n" * 300)
    elif how == "newer":
        db = sqlite3.connect(path)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        db.close()


@pytest.mark.parametrize("how", ["random", "truncated", "not-a-database"])
def test_damaged_database_is_set_aside_and_backup_restored(tmp_path: Path, how: str) -> None:
    path = tmp_path / "notes.sqlite3"
    with store_with_note(path, "dari cadangan") as store:
        take_backup(store, tmp_path / "backups")
        Highlights(store).add(Documents(store).all()[0].id, TEXT, 0, 4, note="setelah cadangan")
    # Fold the WAL into the file so that damaging the file damages the data.
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    _damage(path, how)
    damaged = path.read_bytes()
    store, message = open_store(path, tmp_path / "backups")
    with store:
        assert notes(store) == ["dari cadangan"]
    assert message is not None and "restored" in message
    (aside,) = tmp_path.glob("notes.sqlite3.damaged-*")
    assert aside.read_bytes() == damaged  # moved, never deleted or changed
    assert aside.name in message


def test_newer_database_is_refused_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    with store_with_note(path) as store:
        take_backup(store, tmp_path / "backups")
    _damage(path, "newer")
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        open_store(path, tmp_path / "backups")
    assert info.value.kind == "newer"
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.damaged-*"))


def test_damaged_database_without_backup_starts_empty(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"garbage " * 1000)
    store, message = open_store(path)
    with store:
        assert notes(store) == []
        assert store.integrity_ok()
    assert message is not None and "start empty" in message
    assert len(list(tmp_path.glob("notes.sqlite3.damaged-*"))) == 1


def test_zero_length_file_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"")
    store, message = open_store(path)
    store.close()
    assert message is None


def test_a_sound_database_opens_without_a_message(tmp_path: Path) -> None:
    store_with_note(tmp_path / "notes.sqlite3").close()
    store, message = open_store(tmp_path / "notes.sqlite3")
    with store:
        assert notes(store) == ["penting"] and message is None


def test_locked_is_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    store_with_note(path).close()
    blocker = sqlite3.connect(path, isolation_level=None, timeout=0.1)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as info:
            store, _ = open_store(path)
            with store, store.transaction():
                pass
        assert info.value.kind == "locked"
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert not list(tmp_path.glob("*.damaged-*"))


def test_the_command_line_refuses_a_database_the_window_would_repair(tmp_path: Path) -> None:
    # Emptied while its backup holds notes, or damaged: the command line does not write
    # into it (an emptied one would then look new, and its backup never come back); it
    # says to open the window, which sets it aside and restores the backup.
    from glossary.notes.backups import open_unrepaired

    path = tmp_path / "notes.sqlite3"
    with store_with_note(path) as store:
        take_backup(store, tmp_path / "backups")
    with open_unrepaired(path) as store:
        assert notes(store) == ["penting"]
    sound = path.read_bytes()
    for damaged in (b"", sound[: len(sound) // 2], b"%PDF-1.4\n" + bytes(5000)):
        path.write_bytes(damaged)
        with pytest.raises(StoreError, match="Open Glossary Reader to repair it") as info:
            open_unrepaired(path)
        assert info.value.kind == "damaged"
        assert path.read_bytes() == damaged
        assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "notes.sqlite3"]
    store, message = open_store(path)  # the window
    with store:
        assert notes(store) == ["penting"] and message is not None


def test_the_command_line_takes_an_empty_file_without_backups_for_a_new_database(
    tmp_path: Path,
) -> None:
    from glossary.notes.backups import open_unrepaired

    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"")
    with open_unrepaired(path) as store:
        assert store.version == SCHEMA_VERSION


@pytest.mark.parametrize("version", [0, 1, -1])
def test_a_schema_version_that_does_not_match_the_tables_is_damage(
    tmp_path: Path, version: int
) -> None:
    # A damaged header can say version 0 or 1 of a file at the latest: migrating it
    # failed on "table documents already exists", which was no reason to restore the
    # backup; -1 ran the last migration first (found by fuzzing).
    from glossary.notes.backups import open_unrepaired

    path = tmp_path / "notes.sqlite3"
    with store_with_note(path) as store:
        take_backup(store, tmp_path / "backups")
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {version}")
    db.close()
    with pytest.raises(StoreError, match="does not match its schema version") as info:
        open_unrepaired(path)
    assert info.value.kind == "damaged"
    store, message = open_store(path)
    with store:
        assert notes(store) == ["penting"] and store.version == SCHEMA_VERSION
    assert message is not None and "restored" in message


def test_a_schema_whose_damage_sqlite_cannot_put_in_words_is_damage(tmp_path: Path) -> None:
    # SQLite's message quotes the damaged table name ("malformed database schema
    # (\x80ocuments)"), which the sqlite3 module fails to decode: UnicodeDecodeError,
    # not an sqlite3 error (found by fuzzing).
    from glossary.notes.backups import open_unrepaired

    path = tmp_path / "notes.sqlite3"
    with store_with_note(path) as store:
        take_backup(store, tmp_path / "backups")
    data = bytearray(path.read_bytes())
    name = data.index(b"tabledocumentsdocuments") + len(b"table")
    data[name] = 0x80
    sql = data.index(b"CREATE TABLE documents (")
    data[sql + len(b"CREATE TABLE documents (") - 1] = ord("!")  # and its SQL unreadable
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="is damaged") as info:
        open_unrepaired(path)
    assert info.value.kind == "damaged"
    with pytest.raises(StoreError, match="malformed database schema"):
        Store(path)
    store, message = open_store(path)
    with store:
        assert notes(store) == ["penting"]
    assert message is not None


def _broken_index(path: Path) -> None:
    """An index pointed at the wrong column behind SQLite's back: only the full
    integrity check sees it (the file's pages are all readable)."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA writable_schema = ON")
    db.execute(
        "UPDATE sqlite_schema SET sql = replace(sql, 'start_offset', 'colour') "
        "WHERE name = 'highlights_by_document'"
    )
    db.commit()
    db.close()


def test_a_file_as_a_clean_close_left_it_is_not_checked_again_that_week(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    store_with_note(path).close()  # not opened by open_store: no mark, a full check
    store, message = open_store(path, tmp_path / "backups")
    assert message is None and store.verified is not None
    checked = store.verified
    store.close()
    assert clean_mark(path).exists()
    again, _ = open_store(path, tmp_path / "backups")
    assert again.verified == checked  # not checked again: the check of then stands
    assert not clean_mark(path).exists()  # a run that ends without closing leaves none
    again.close()
    later = datetime.fromisoformat(checked) + timedelta(days=8)
    assert verified_since_clean_close(path, later) is None  # a week on: checked in full


def test_a_file_changed_after_its_clean_close_is_checked_in_full(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    with store_with_note(path, "dari cadangan") as store:
        take_backup(store, tmp_path / "backups")
    store, _ = open_store(path, tmp_path / "backups")
    store.close()  # closed cleanly: marked
    _broken_index(path)  # changed since: its size or time of change differ
    with Store(path) as reopened:
        if reopened.integrity_ok():
            pytest.skip("this SQLite did not notice the broken index")
    store, message = open_store(path, tmp_path / "backups")
    with store:
        assert notes(store) == ["dari cadangan"]
    assert message is not None and "restored" in message


def test_a_run_that_did_not_close_cleanly_gets_a_full_check(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    store_with_note(path).close()
    store, _ = open_store(path, tmp_path / "backups")
    # Still open (a crash would leave it so): its log is there, and no mark.
    assert verified_since_clean_close(path) is None
    store.close()
    assert verified_since_clean_close(path) is not None
