"""Damage never loses notes: a damaged or emptied database is set aside, the newest
backup restored, what is still readable in the damaged file merged back, and the
backups are never rotated away by copies of an empty or restored database."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from glossary.documents.loading import parse_markdown
from glossary.model import DEFAULT_CATEGORY, Entry
from glossary.notes.backups import (
    backups,
    open_store,
    rotate,
    summarise,
    summary_of,
    take_backup,
)
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.recovery import salvage, sqlite_program
from glossary.notes.store import Store
from glossary.terms.own import OwnGlossaries
from glossary.words.vocabulary import Vocabulary

TEXT = "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh"
LONG = "catatan panjang yang ditulis setelah cadangan terakhir dibuat. " * 8


def all_notes(store: Store) -> list[str]:
    return sorted(
        h.note for d in Documents(store).all() for h in Highlights(store).of_document(d.id)
    )


def write_notes(store: Store, prefix: str, count: int) -> list[str]:
    docs = Documents(store)
    doc = docs.all()[0].id if docs.all() else docs.remember(parse_markdown(TEXT))
    notes = [f"{prefix} {i:04d} {LONG}" for i in range(count)]
    for note in notes:
        Highlights(store).add(doc, TEXT, 5, 8, note=note)
    return notes


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file, so that damaging the file damages data."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def backed_up(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """A notes database with a backup of 3 notes, and 200 notes written after it."""
    path, folder = tmp_path / "notes.sqlite3", tmp_path / "backups"
    with Store(path) as store:
        before = write_notes(store, "sebelum", 3)
        assert take_backup(store, folder) is not None
        write_notes(store, "sesudah", 200)
    checkpoint(path)
    return path, folder, before


# -- an emptied database ------------------------------------------------------------------


def test_a_database_cut_to_nothing_is_restored_from_its_backup(tmp_path: Path) -> None:
    path, folder, before = backed_up(tmp_path)
    path.write_bytes(b"")
    store, message = open_store(path, folder)
    with store:
        assert all_notes(store) == before
    assert message is not None
    assert "is empty, although its backups hold notes" in message
    assert "was restored" in message
    (aside,) = tmp_path.glob("notes.sqlite3.damaged-*")  # set aside, not deleted
    assert aside.stat().st_size == 0


def test_ten_starts_on_an_emptied_database_keep_the_last_good_backup(tmp_path: Path) -> None:
    # The worst case the QA found: every start's backup of an empty database pushed
    # a good one out, until the last copy of the notes was gone.
    path, folder = tmp_path / "notes.sqlite3", tmp_path / "backups"
    with Store(path) as store:
        kept = write_notes(store, "penting", 2)
        take_backup(store, folder)
    path.unlink()  # gone (a sync tool, a cleaner): the app starts on a new database
    for start in range(12):
        store, _message = open_store(path, folder)
        with store:
            take_backup(store, folder, datetime.now(UTC) + timedelta(minutes=start))
    with_notes = [p for _, p in backups(folder) if _rows(p)]
    assert with_notes
    with Store(with_notes[0]) as copy:
        assert all_notes(copy) == kept


def _rows(backup: Path) -> int:
    summary = summary_of(backup)
    return summary.rows if summary is not None else 0


def test_a_restored_database_is_not_backed_up_again_as_a_newer_copy(tmp_path: Path) -> None:
    path, folder, _before = backed_up(tmp_path)
    path.write_bytes(b"")
    store, _message = open_store(path, folder)
    with store:
        listed = backups(folder)
        assert take_backup(store, folder) == listed[0][1]  # the same rows: not copied
        assert backups(folder) == listed


def _backup_name(when: datetime) -> str:
    return f"notes-{when.strftime('%Y%m%dT%H%M%S%fZ')}.sqlite3"


def test_rotation_keeps_the_backup_that_holds_what_the_live_database_lacks(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 1, 1, tzinfo=UTC)
    # Thirty backups of other, older content, named as if made later...
    for step in range(30):
        with Store(tmp_path / f"other-{step}.sqlite3") as other:
            Documents(other).remember(parse_markdown(f"lain {step}"))
            other.backup(folder / _backup_name(now + timedelta(weeks=10, hours=step)))
    # ...and the one that holds the latest notes, named as old: past every policy.
    with Store(tmp_path / "old.sqlite3") as store:
        write_notes(store, "terakhir", 1)
        precious = store.backup(folder / _backup_name(now))
    with Store(tmp_path / "live.sqlite3") as live:  # emptied
        live_summary = summarise(live.query)
    removed = rotate(folder, now + timedelta(weeks=11), live_summary)
    assert removed  # the policy still thins the others out
    assert precious in [p for _, p in backups(folder)]


def test_duplicates_and_empty_backups_take_no_place(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    now = datetime(2026, 6, 1, tzinfo=UTC)
    with Store(tmp_path / "a.sqlite3") as store:
        for step in range(5):
            write_notes(store, f"b{step}", 1)
            newest = take_backup(store, folder, now + timedelta(minutes=step))
    with Store(tmp_path / "empty.sqlite3") as empty:
        empty.backup(folder / _backup_name(now + timedelta(minutes=6)))
    # Copies of the newest, as older versions of the app made at each start.
    assert newest is not None
    for step in range(10, 20):
        shutil.copyfile(newest, folder / _backup_name(now + timedelta(minutes=step)))
    rotate(folder, now + timedelta(minutes=30))
    digests = [getattr(summary_of(p), "digest", None) for _, p in backups(folder)]
    assert len(digests) == 5 == len(set(digests))  # one of each content, none empty


# -- a damaged database: restored, and what came after the backup salvaged ----------------


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[: len(data) * 2 // 3])
    elif how == "overwritten-middle":
        page = 4096
        path.write_bytes(data[: 4 * page] + b"\x5a" * (3 * page) + data[7 * page :])
    elif how == "header":
        path.write_bytes(b"\x00" * 100 + data[100:])


@pytest.mark.parametrize("how", ["truncated", "overwritten-middle"])
@pytest.mark.parametrize("sqlite_recover", [True, False], ids=["recover", "row-by-row"])
def test_notes_written_after_the_backup_are_salvaged(
    tmp_path: Path, how: str, sqlite_recover: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if sqlite_recover and sqlite_program() is None:
        pytest.skip("the sqlite3 program is not installed")
    if not sqlite_recover:
        monkeypatch.setattr("glossary.notes.recovery.sqlite_program", lambda: None)
    path, folder, before = backed_up(tmp_path)
    written = set(before) | {n for n in _notes_in(path)}
    _damage(path, how)
    store, message = open_store(path, folder)
    with store:
        notes = all_notes(store)
        assert store.integrity_ok()
    assert set(before) <= set(notes)  # the backup's
    after = [n for n in notes if n.startswith("sesudah")]
    assert len(after) >= 60, f"only {len(after)} of 200 notes after the backup salvaged"
    assert set(notes) <= written  # nothing invented
    assert len(notes) == len(set(notes))  # nothing twice
    assert message is not None and "restored" in message
    assert "recovered from the damaged file" in message


def _notes_in(path: Path) -> list[str]:
    with Store(path) as store:
        return all_notes(store)


def test_a_damaged_file_with_its_write_ahead_log_gives_back_the_latest_notes(
    tmp_path: Path,
) -> None:
    # A crash left the latest notes in the WAL, and the file itself was then damaged.
    live, folder = tmp_path / "live" / "notes.sqlite3", tmp_path / "backups"
    path = tmp_path / "notes.sqlite3"
    with Store(live) as store:
        before = write_notes(store, "sebelum", 2)
        take_backup(store, folder)
        latest = write_notes(store, "terbaru", 5)
        for suffix in ("", "-wal"):  # the files as a crash leaves them
            shutil.copyfile(f"{live}{suffix}", f"{path}{suffix}")
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\xff" * 200 + data[300:])
    store, message = open_store(path, folder)
    with store:
        notes = all_notes(store)
    assert set(before) <= set(notes)
    assert set(latest) <= set(notes), message


def test_salvage_merges_words_and_glossary_entries_too(tmp_path: Path) -> None:
    path, folder = tmp_path / "notes.sqlite3", tmp_path / "backups"
    with Store(path) as store:
        write_notes(store, "a", 1)
        take_backup(store, folder)
        vocabulary = Vocabulary(store)
        vocabulary.keep(headword="menguras", root="kuras", word="menguras", gloss="drain")
        own = OwnGlossaries(store)
        glossary_id = own.create("Kelas")
        own.save_entry(glossary_id, _entry())
    restored = tmp_path / "restored.sqlite3"
    shutil.copyfile(backups(folder)[0][1], restored)
    with Store(restored) as into:
        salvaged = salvage(path, into)
        assert (salvaged.words, salvaged.entries) == (1, 1)
        item = Vocabulary(into).get("menguras")
        assert item is not None and item.gloss == "drain"
        [glossary] = OwnGlossaries(into).all()
        assert glossary.name == "Kelas"
        assert [e.id for e in OwnGlossaries(into).entries(glossary.id)] == ["kuras"]


def _entry() -> Entry:
    return Entry(
        id="kuras",
        category=DEFAULT_CATEGORY.id,
        term_en="drain",
        term_id="kuras",
        aliases_en=(),
        aliases_id=(),
        definition_en="To empty completely.",
        definition_id="Mengosongkan sampai habis.",
        usage_en="",
        usage_id="",
        related=(),
    )


def test_the_damaged_file_is_never_changed(tmp_path: Path) -> None:
    path, folder, _before = backed_up(tmp_path)
    _damage(path, "truncated")
    damaged = path.read_bytes()
    store, _message = open_store(path, folder)
    store.close()
    (aside,) = tmp_path.glob("notes.sqlite3.damaged-*")
    assert aside.read_bytes() == damaged


def test_a_note_whose_text_was_damaged_reads_with_a_replacement_character(
    tmp_path: Path,
) -> None:
    # SQLite's check does not look inside texts: a flipped byte there passes it.
    path = tmp_path / "notes.sqlite3"
    with Store(path) as store:
        write_notes(store, "catatan", 1)
    db = sqlite3.connect(path)
    # "ka", a byte that UTF-8 never has, "ta"
    db.execute("UPDATE highlights SET note = CAST(X'6B61FF7461' AS TEXT)")
    db.commit()
    db.close()
    store, message = open_store(path)
    with store:
        assert all_notes(store) == ["ka\ufffdta"]
    assert message is None


def test_a_version_number_damaged_with_the_pages_is_damage_not_a_newer_app(
    tmp_path: Path,
) -> None:
    path, folder, before = backed_up(tmp_path)
    data = bytearray(path.read_bytes())
    data[60:64] = (250).to_bytes(4, "big")  # PRAGMA user_version lives here
    data[4 * 4096 : 6 * 4096] = b"\xa5" * (2 * 4096)
    path.write_bytes(bytes(data))
    store, message = open_store(path, folder)
    with store:
        assert set(before) <= set(all_notes(store))
    assert message is not None and "restored" in message


def test_a_database_that_fails_only_the_full_check_is_restored_and_salvaged(
    tmp_path: Path,
) -> None:
    path, folder, _before = backed_up(tmp_path)
    written = _notes_in(path)
    # Break an index behind SQLite's back: quick_check passes, integrity_check fails.
    db = sqlite3.connect(path)
    db.execute("PRAGMA writable_schema = ON")
    db.execute(
        "UPDATE sqlite_schema SET sql = replace(sql, 'start_offset', 'colour') "
        "WHERE name = 'highlights_by_document'"
    )
    db.commit()
    db.close()
    with Store(path) as check:
        if check.integrity_ok():
            pytest.skip("this SQLite did not notice the broken index")
    store, message = open_store(path, folder)
    with store:
        assert store.integrity_ok()
        assert all_notes(store) == written  # every note, the later ones salvaged
    assert message is not None and "recovered from the damaged file" in message


def test_salvage_merges_bookmarks_by_their_uuid(tmp_path: Path) -> None:
    from glossary.notes.bookmarks import Bookmarks

    path, folder = tmp_path / "notes.sqlite3", tmp_path / "backups"
    with Store(path) as store:
        write_notes(store, "a", 1)
        doc = parse_markdown(TEXT)
        doc_id = Documents(store).remember(doc)
        early = Bookmarks(store).add(doc, doc_id, 4)
        take_backup(store, folder)
        Bookmarks(store).delete(early.id)  # changed since the backup
        later = Bookmarks(store).add(doc, doc_id, 9)
    restored = tmp_path / "restored.sqlite3"
    shutil.copyfile(backups(folder)[0][1], restored)
    with Store(restored) as into:
        salvaged = salvage(path, into)
        assert salvaged.other >= 2
        rows = into.query("SELECT uuid, position, deleted FROM bookmarks ORDER BY id").fetchall()
        assert [(u, p, d is not None) for u, p, d in rows] == [
            (early.uuid, 4, True),
            (later.uuid, 9, False),
        ]
        salvage(path, into)  # again: nothing twice
        assert into.query("SELECT count(*) FROM bookmarks").fetchone()[0] == 2
