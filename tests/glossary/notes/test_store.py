from __future__ import annotations

import dataclasses
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from glossary.documents.loading import load_bundled_article, parse_markdown
from glossary.notes.migrations import MIGRATIONS, SCHEMA_VERSION
from glossary.notes.store import Store, StoreError


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "notes.sqlite3") as opened:
        yield opened


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


def test_documents_are_known_by_the_hash_of_their_text(store: Store, tmp_path: Path) -> None:
    article = load_bundled_article()
    first = store.remember_document(article)
    assert store.remember_document(article) == first
    moved = dataclasses.replace(article, title="Moved", path=tmp_path / "moved.md")
    assert moved.sha256 == article.sha256
    assert store.remember_document(moved) == first
    other = store.remember_document(parse_markdown("# Lain\n\nteks lain"))
    assert other != first
    assert store.document_id(article.sha256) == first
    record = next(d for d in store.documents() if d.id == first)
    assert (record.title, record.path) == ("Moved", str(tmp_path / "moved.md"))


def test_highlight_keeps_quote_and_position_selectors(store: Store) -> None:
    article = load_bundled_article()
    doc = store.remember_document(article)
    start = article.text.index("campuran pakar")
    end = start + len("campuran pakar")
    highlight = store.add_highlight(doc, article.text, start, end, colour=3, note="MoE")
    assert (highlight.start, highlight.end, highlight.exact) == (start, end, "campuran pakar")
    assert highlight.prefix == article.text[start - 32 : start]
    assert highlight.suffix == article.text[end : end + 32]
    assert (highlight.colour, highlight.note, highlight.orphaned) == (3, "MoE", False)
    assert highlight.created == highlight.updated
    assert len(highlight.uuid) == 36


def test_offsets_count_code_points_after_emoji(store: Store) -> None:
    text = "😀😀 Nvidia 🚀 DeepSeek"
    doc = store.remember_document(parse_markdown(text))
    start = text.index("DeepSeek")
    highlight = store.add_highlight(doc, text, start, start + 8)
    assert highlight.exact == "DeepSeek" and highlight.start == 12


def test_notes_are_kept_verbatim_and_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    hostile = "<img src=x onerror=alert(1)> <b>bold</b> '; DROP TABLE highlights; --"
    with Store(path) as store:
        doc = store.remember_document(parse_markdown("satu dua tiga"))
        highlight = store.add_highlight(doc, "satu dua tiga", 5, 8, note=hostile)
    with Store(path) as store:
        assert store.highlight(highlight.id).note == hostile
        assert [h.exact for h in store.highlights(doc)] == ["dua"]


def test_edit_recolour_delete_restore_and_trash(store: Store) -> None:
    text = "satu dua tiga empat"
    doc = store.remember_document(parse_markdown(text))
    a = store.add_highlight(doc, text, 0, 4)
    b = store.add_highlight(doc, text, 9, 13, colour=2)
    assert store.set_note(a.id, "catatan").note == "catatan"
    assert store.set_colour(a.id, 5).colour == 5
    with pytest.raises(ValueError):
        store.set_colour(a.id, 6)
    store.delete_highlight(b.id)
    assert [h.id for h in store.highlights(doc)] == [a.id]
    assert [h.id for h in store.trash()] == [b.id]
    assert store.empty_trash() == 0  # deleted just now: kept for 30 days
    store.restore_highlight(b.id)
    assert [h.id for h in store.highlights(doc)] == [a.id, b.id]
    store.delete_highlight(b.id)
    assert store.empty_trash(older_than=timedelta(0)) == 1
    with pytest.raises(KeyError):
        store.highlight(b.id)


def test_bad_passages_are_refused(store: Store) -> None:
    doc = store.remember_document(parse_markdown("pendek"))
    for start, end in ((3, 3), (4, 2), (-1, 2), (0, 99)):
        with pytest.raises(ValueError):
            store.add_highlight(doc, "pendek", start, end)
    assert store.highlights(doc) == []


def test_a_document_with_notes_cannot_be_deleted_silently(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    with Store(path) as store:
        doc = store.remember_document(parse_markdown("satu dua"))
        store.add_highlight(doc, "satu dua", 0, 4)
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM documents")
    db.close()


def test_search_over_quotes_and_notes_of_all_documents(store: Store) -> None:
    one = "Perusahaan modal ventura menggelontorkan miliaran dolar."
    two = "Kebijakan reformasi dan keterbukaan."
    d1 = store.remember_document(parse_markdown(one))
    d2 = store.remember_document(parse_markdown(two))
    a = store.add_highlight(d1, one, 11, 24, note="Venture capital, lihat glosarium")
    b = store.add_highlight(d2, two, 10, 35, note="Deng Xiaoping memulainya")
    assert [h.id for h in store.search("ventura")] == [a.id]
    assert [h.id for h in store.search("venture")] == [a.id]  # in the note
    assert [h.id for h in store.search("DENG xiao")] == [b.id]  # case, word prefix
    c = store.add_highlight(d1, one, 0, 10, note="juga soal Deng")
    assert [h.id for h in store.search("deng")] == [c.id, b.id]  # newest first
    assert {h.id for h in store.search("glosarium deng")} == set()
    store.delete_highlight(a.id)
    assert store.search("ventura") == []
    assert store.search('  "" ') == []


def test_search_ignores_accents(store: Store) -> None:
    text = "Une école normale supérieure"
    doc = store.remember_document(parse_markdown(text))
    h = store.add_highlight(doc, text, 4, 9)
    assert [x.id for x in store.search("ecole")] == [h.id]


def test_failed_transaction_changes_nothing(store: Store) -> None:
    doc = store.remember_document(parse_markdown("satu dua"))
    with pytest.raises(RuntimeError), store.transaction() as db:
        db.execute("UPDATE documents SET title = 'changed' WHERE id = :id", {"id": doc})
        raise RuntimeError("boom")
    assert [d.title for d in store.documents()] == [""]


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
    doc = store.remember_document(parse_markdown("satu dua"))
    store.add_highlight(doc, "satu dua", 0, 4, note="x")
    copy = store.backup(tmp_path / "b" / "copy.sqlite3")
    with Store(copy) as restored:
        assert [h.note for h in restored.highlights(doc)] == ["x"]


def test_changed_text_at_the_same_path_moves_and_reanchors_highlights(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "artikel.md"
    old = parse_markdown("# Judul\n\nSatu dua tiga. Empat lima enam.", path=path)
    old_id = store.remember_document(old)
    kept = store.add_highlight(
        old_id, old.text, old.text.index("Empat"), old.text.index("enam") + 4
    )
    gone = store.add_highlight(old_id, old.text, old.text.index("Satu"), old.text.index("tiga") + 4)
    new = parse_markdown("# Judul baru\n\nPembuka. Empat lima enam.", path=path)
    new_id, moved = store.reanchor(new)
    assert new_id != old_id
    by_id = {h.id: h for h in moved}
    assert new.text[by_id[kept.id].start : by_id[kept.id].end] == "Empat lima enam"
    assert not by_id[kept.id].orphaned
    assert by_id[gone.id].orphaned and by_id[gone.id].exact == "Satu dua tiga"
    assert by_id[kept.id].exact == "Empat lima enam"  # the quote as highlighted, kept
    assert [h.id for h in store.highlights(new_id)] == [kept.id, gone.id]  # orphans last
    assert store.highlights(old_id) == []
    assert store.reanchor(new) == (new_id, [])


def test_colour_labels_default_and_rename(store: Store) -> None:
    assert store.colour_labels()[1] == "Important"
    store.set_colour_label(4, "  Tidak  setuju ")
    assert store.colour_labels()[4] == "Tidak setuju"
    store.set_colour_label(4, "")
    assert store.colour_labels()[4] == "Disagree"


def test_user_dictionary(store: Store) -> None:
    store.add_user_word("DeepSeek", "id")
    store.add_user_word("deepseek", "id")
    assert store.user_words("id") == {"deepseek"}
    assert store.user_words("en") == set()
