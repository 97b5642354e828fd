"""Highlights: their selectors, notes kept verbatim, the Trash, and search."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from glossary.documents.loading import load_bundled_article, parse_markdown
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store


def test_highlight_keeps_quote_and_position_selectors(store: Store) -> None:
    article = load_bundled_article()
    doc = Documents(store).remember(article)
    start = article.text.index("campuran pakar")
    end = start + len("campuran pakar")
    highlight = Highlights(store).add(doc, article.text, start, end, colour=3, note="MoE")
    assert (highlight.start, highlight.end, highlight.exact) == (start, end, "campuran pakar")
    assert highlight.prefix == article.text[start - 32 : start]
    assert highlight.suffix == article.text[end : end + 32]
    assert (highlight.colour, highlight.note, highlight.orphaned) == (3, "MoE", False)
    assert highlight.created == highlight.updated
    assert len(highlight.uuid) == 36


def test_offsets_count_code_points_after_emoji(store: Store) -> None:
    text = "😀😀 Nvidia 🚀 DeepSeek"
    doc = Documents(store).remember(parse_markdown(text))
    start = text.index("DeepSeek")
    highlight = Highlights(store).add(doc, text, start, start + 8)
    assert highlight.exact == "DeepSeek" and highlight.start == 12


def test_notes_are_kept_verbatim_and_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    hostile = "<img src=x onerror=alert(1)> <b>bold</b> '; DROP TABLE highlights; --"
    with Store(path) as store:
        doc = Documents(store).remember(parse_markdown("satu dua tiga"))
        highlight = Highlights(store).add(doc, "satu dua tiga", 5, 8, note=hostile)
    with Store(path) as store:
        assert Highlights(store).get(highlight.id).note == hostile
        assert [h.exact for h in Highlights(store).of_document(doc)] == ["dua"]


def test_edit_recolour_delete_restore_and_trash(store: Store) -> None:
    text = "satu dua tiga empat"
    doc = Documents(store).remember(parse_markdown(text))
    a = Highlights(store).add(doc, text, 0, 4)
    b = Highlights(store).add(doc, text, 9, 13, colour=2)
    assert Highlights(store).set_note(a.id, "catatan").note == "catatan"
    assert Highlights(store).set_colour(a.id, 5).colour == 5
    with pytest.raises(ValueError):
        Highlights(store).set_colour(a.id, 6)
    Highlights(store).delete(b.id)
    assert [h.id for h in Highlights(store).of_document(doc)] == [a.id]
    assert [h.id for h in Highlights(store).trash()] == [b.id]
    assert Highlights(store).empty_trash() == 0  # deleted just now: kept for 30 days
    Highlights(store).restore(b.id)
    assert [h.id for h in Highlights(store).of_document(doc)] == [a.id, b.id]
    Highlights(store).delete(b.id)
    assert Highlights(store).empty_trash(older_than=timedelta(0)) == 1
    with pytest.raises(KeyError):
        Highlights(store).get(b.id)


def test_bad_passages_are_refused(store: Store) -> None:
    doc = Documents(store).remember(parse_markdown("pendek"))
    for start, end in ((3, 3), (4, 2), (-1, 2), (0, 99)):
        with pytest.raises(ValueError):
            Highlights(store).add(doc, "pendek", start, end)
    assert Highlights(store).of_document(doc) == []


def test_search_over_quotes_and_notes_of_all_documents(store: Store) -> None:
    one = "Perusahaan modal ventura menggelontorkan miliaran dolar."
    two = "Kebijakan reformasi dan keterbukaan."
    d1 = Documents(store).remember(parse_markdown(one))
    d2 = Documents(store).remember(parse_markdown(two))
    a = Highlights(store).add(d1, one, 11, 24, note="Venture capital, lihat glosarium")
    b = Highlights(store).add(d2, two, 10, 35, note="Deng Xiaoping memulainya")
    assert [h.id for h in Highlights(store).search("ventura")] == [a.id]
    assert [h.id for h in Highlights(store).search("venture")] == [a.id]  # in the note
    assert [h.id for h in Highlights(store).search("DENG xiao")] == [b.id]  # case, word prefix
    c = Highlights(store).add(d1, one, 0, 10, note="juga soal Deng")
    assert [h.id for h in Highlights(store).search("deng")] == [c.id, b.id]  # newest first
    assert {h.id for h in Highlights(store).search("glosarium deng")} == set()
    Highlights(store).delete(a.id)
    assert Highlights(store).search("ventura") == []
    assert Highlights(store).search('  "" ') == []


def test_search_ignores_accents(store: Store) -> None:
    text = "Une école normale supérieure"
    doc = Documents(store).remember(parse_markdown(text))
    h = Highlights(store).add(doc, text, 4, 9)
    assert [x.id for x in Highlights(store).search("ecole")] == [h.id]


def test_a_damaged_record_is_read_with_the_types_its_fields_have(tmp_path: Path) -> None:
    # SQLite keeps any type in any column: a damaged record that passes the file's check
    # can hold bytes where a note belongs, or text where an offset does (found by the
    # fuzz tests: "notes list --json" failed on the bytes).
    import json
    import sqlite3

    from glossary.notes.report import notes_json, select_highlights

    path = tmp_path / "notes.sqlite3"
    article = load_bundled_article()
    with Store(path) as store:
        doc = Documents(store).remember(article)
        Highlights(store).add(doc, article.text, 10, 20, note="catatan")
    db = sqlite3.connect(path)
    db.execute("PRAGMA ignore_check_constraints = ON")  # as damage would, unchecked
    db.execute(
        "UPDATE highlights SET note = X'6361746174616E', prefix = 12, "
        "start_offset = 'sepuluh', end_offset = 20.0, creator = X'FF'"
    )
    db.execute("UPDATE documents SET title = X'4A7564756C'")
    db.commit()
    db.close()
    with Store(path) as store:
        (record,) = Documents(store).all()
        (highlight,) = Highlights(store).of_document(record.id)
        listed = json.loads(notes_json(select_highlights(store)))
    assert record.title == "Judul"
    assert (highlight.note, highlight.prefix, highlight.creator) == ("catatan", "12", "\ufffd")
    assert (highlight.start, highlight.end) == (0, 20)
    assert listed[0]["note"] == "catatan"
