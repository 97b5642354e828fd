"""Own glossaries in the notes store: entries, validation, imports, per-document use."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from glossary.documents.loading import load_bundled_article
from glossary.model import Category, Entry
from glossary.notes.documents import Documents
from glossary.notes.store import Store
from glossary.terms.files import TermList, parse_csv, read_glossary_file, to_csv, to_toml
from glossary.terms.own import BUNDLED, EntryProblems, OwnGlossaries, own_key

from .test_files import make_entry


@pytest.fixture
def own(tmp_path: Path) -> Iterator[OwnGlossaries]:
    with Store(tmp_path / "notes.sqlite3") as store:
        yield OwnGlossaries(store)


def dump(path: Path) -> list[tuple[object, ...]]:
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT * FROM glossary_entries ORDER BY glossary_id, id").fetchall()
    finally:
        db.close()


def test_create_add_edit_and_delete(own: OwnGlossaries) -> None:
    gid = own.create("  Kelas   Sepuluh ")
    assert [(g.name, g.entries) for g in own.all()] == [("Kelas Sepuluh", 0)]
    with pytest.raises(EntryProblems, match="exists already"):
        own.create("kelas sepuluh")
    own.save_entry(gid, make_entry(1))
    own.save_entry(gid, make_entry(2, related=("term-1",)))
    # Renaming an entry keeps its place and the links to it.
    own.save_entry(gid, make_entry(1, id="first", definition_en="Changed."), replacing="term-1")
    entries = own.entries(gid)
    assert [e.id for e in entries] == ["first", "term-2"]
    assert entries[0].definition_en == "Changed." and entries[1].related == ("first",)
    removed = own.delete_entry(gid, "first")
    assert removed.id == "first" and own.entries(gid)[0].related == ()
    glossary = own.load(gid)
    assert glossary.name == "Kelas Sepuluh" and "general" in glossary.categories


@pytest.mark.parametrize(
    ("entry", "field", "message"),
    [
        (make_entry(3, term_id="  "), "term_id", "must be non-empty text"),
        (make_entry(3, id="Not An Id"), "id", "lowercase"),
        (make_entry(3, aliases_en=("Alias 1",)), "aliases_en", "already used by 'term-1'"),
        (make_entry(3, category="zzz"), "category", "unknown category"),
        (make_entry(3, related=("nope",)), "related", "does not exist"),
    ],
)
def test_invalid_entries_are_refused_by_field(
    own: OwnGlossaries, tmp_path: Path, entry: Entry, field: str, message: str
) -> None:
    gid = own.create("Kelas")
    own.save_entry(gid, make_entry(1))
    before = dump(tmp_path / "notes.sqlite3")
    problems = own.check(gid, entry)
    assert [(p[1], message in p[2]) for p in problems] == [(field, True)]
    with pytest.raises(EntryProblems):
        own.save_entry(gid, entry)
    assert dump(tmp_path / "notes.sqlite3") == before


def test_an_edit_may_keep_its_own_aliases(own: OwnGlossaries) -> None:
    gid = own.create("Kelas")
    own.save_entry(gid, make_entry(1))
    own.save_entry(gid, make_entry(1, definition_en="Better."), replacing="term-1")
    assert own.entries(gid)[0].definition_en == "Better."


def test_import_plan_lists_new_changed_and_conflicting(own: OwnGlossaries) -> None:
    gid = own.create("Kelas")
    own.save_entry(gid, make_entry(1))
    own.save_entry(gid, make_entry(2))
    terms = TermList(
        "x",
        {"general": Category("general", "General", "Umum")},
        [make_entry(1), make_entry(2, definition_en="New."), make_entry(3)],
    )
    plan = own.plan_import(gid, terms)
    assert [e.id for e in plan.new] == ["term-3"]
    assert [(a.definition_en, b.definition_en) for a, b in plan.changed] == [
        ("Definition 2.", "New.")
    ]
    assert [e.id for e in plan.unchanged] == ["term-1"] and plan.conflicts == []
    own.apply_import(gid, terms)
    assert [e.definition_en for e in own.entries(gid)] == ["Definition 1.", "New.", "Definition 3."]
    clash = TermList("x", {}, [make_entry(9, term_en="term 1")])
    assert own.plan_import(gid, clash).conflicts[0][0] == "term-9"
    with pytest.raises(EntryProblems, match="already used"):
        own.apply_import(gid, clash)
    assert len(own.entries(gid)) == 3


def test_imported_entries_follow_the_existing_ones_in_the_files_order(own: OwnGlossaries) -> None:
    gid = own.create("Kelas")
    own.save_entry(gid, make_entry(1))
    terms = TermList("x", {}, [make_entry(5), make_entry(1, definition_en="New."), make_entry(3)])
    own.apply_import(gid, terms)
    own.save_entry(gid, make_entry(4))
    assert [e.id for e in own.entries(gid)] == ["term-1", "term-5", "term-3", "term-4"]


def test_thousand_entries_round_trip_through_both_files(own: OwnGlossaries, tmp_path: Path) -> None:
    gid = own.create("Seribu")
    big = TermList(
        "Seribu",
        {"general": Category("general", "General", "Umum")},
        [
            make_entry(
                n,
                definition_en=f"Line one, “quoted”; {n}\nline two.",
                aliases_id=(f"sebutan; {n}",),
                related=(f"term-{n - 1}",) if n else (),
            )
            for n in range(1000)
        ],
    )
    own.apply_import(gid, big)
    for fmt, text in (
        ("toml", to_toml("Seribu", own.categories(gid), own.entries(gid))),
        ("csv", to_csv(own.entries(gid))),
    ):
        path = tmp_path / f"seribu.{fmt}"
        path.write_text(text, encoding="utf-8")
        with Store(tmp_path / f"empty-{fmt}" / "notes.sqlite3") as store:
            fresh = OwnGlossaries(store)
            new = fresh.create("Seribu")
            fresh.apply_import(new, read_glossary_file(path))
            assert fresh.entries(new) == own.entries(gid), fmt


def test_documents_switch_glossaries_on_and_off(own: OwnGlossaries) -> None:
    doc = Documents(own.store).remember(load_bundled_article())
    gid = own.create("Kelas")
    assert own.is_active(doc, BUNDLED) and own.is_active(doc, own_key(gid))
    own.set_active(doc, BUNDLED, False)
    assert not own.is_active(doc, BUNDLED)
    own.set_active(doc, BUNDLED, True)
    assert own.is_active(doc, BUNDLED)
    own.set_active(doc, own_key(gid), False)
    own.delete(gid)
    assert own.all() == [] and own.is_active(doc, own_key(gid))


def test_hand_written_csv_imports_into_a_glossary(own: OwnGlossaries) -> None:
    gid = own.create("Kelas")
    terms = parse_csv(
        "term_id,term_en,definition_id,definition_en\nsawit,oil palm,Pohon.,A palm.\n",
        "kelas.csv",
        "Kelas",
    )
    own.apply_import(gid, terms)
    assert own.entries(gid)[0].id == "sawit"


def test_a_new_entry_never_overwrites_one_with_the_same_id(own: OwnGlossaries) -> None:
    gid = own.create("Kelas")
    own.save_entry(gid, make_entry(1))
    clash = make_entry(1, term_en="other", term_id="lain", aliases_en=())
    assert [p[1:] for p in own.check(gid, clash)] == [("id", "duplicate id")]
    with pytest.raises(EntryProblems):
        own.save_entry(gid, clash)
    # Nor may an edit take the id of another entry.
    own.save_entry(gid, make_entry(2))
    with pytest.raises(EntryProblems, match="duplicate id"):
        own.save_entry(gid, make_entry(2, id="term-1", aliases_en=()), replacing="term-2")
    assert [e.term_en for e in own.entries(gid)] == ["term 1", "term 2"]


def test_ids_of_deleted_glossaries_are_not_given_again(own: OwnGlossaries) -> None:
    first = own.create("Satu")
    own.delete(first)
    assert own.create("Dua") != first


def test_a_csv_import_keeps_the_category_labels(own: OwnGlossaries) -> None:
    gid = own.create("Kelas")
    own.add_category(gid, Category("econ", "Economics", "Ekonomi"))
    own.save_entry(gid, make_entry(1, category="econ"))
    terms = parse_csv(to_csv(own.entries(gid))[1:], "kelas.csv", "Kelas")
    own.apply_import(gid, terms)
    assert own.categories(gid)["econ"] == Category("econ", "Economics", "Ekonomi")


def test_a_deleted_entry_comes_back_in_its_place_with_its_links(own: OwnGlossaries) -> None:
    gid = own.create("Kelas")
    for n in range(3):
        own.save_entry(gid, make_entry(n))
    own.save_entry(gid, make_entry(2, related=("term-1",)), replacing="term-2")
    removal = own.snapshot(gid, "term-1")
    own.delete_entry(gid, "term-1")
    assert own.entries(gid)[1].related == ()
    own.restore(gid, removal)
    entries = own.entries(gid)
    assert [e.id for e in entries] == ["term-0", "term-1", "term-2"]
    assert entries[2].related == ("term-1",)


def test_a_damaged_entry_is_left_out_not_let_fail_the_glossary(tmp_path: Path) -> None:
    # A record that passes the file's check can still hold no JSON, JSON of no entry, or
    # bytes that are no UTF-8 where the fields belong (found by fuzzing).
    path = tmp_path / "notes.sqlite3"
    with Store(path) as store:
        own = OwnGlossaries(store)
        gid = own.create("Kelas")
        for n in range(1, 5):
            own.save_entry(gid, make_entry(n))
    db = sqlite3.connect(path)
    rows = [r[0] for r in db.execute("SELECT rowid FROM glossary_entries ORDER BY position")]
    for rowid, fields in zip(rows, ("{not json", '{"id": 3}', b"\xff\xfe{}"), strict=False):
        db.execute("UPDATE glossary_entries SET fields = ? WHERE rowid = ?", (fields, rowid))
    db.execute(
        "UPDATE glossary_entries SET fields = CAST(X'7B22FF' AS TEXT) WHERE rowid = ?", (rows[3],)
    )
    db.commit()
    db.close()
    with Store(path) as store:
        assert OwnGlossaries(store).load(gid).entries == ()
        assert [g.entries for g in OwnGlossaries(store).all()] == [4]
