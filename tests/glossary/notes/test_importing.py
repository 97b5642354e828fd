"""Importing Web Annotation files: round trips, repeats, other tools' files, bad files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from glossary.documents.loading import load_bundled_article, load_document
from glossary.export.handout import build_handout
from glossary.export.webanno import AnnotationFileError, render
from glossary.model import Document
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.importing import (
    import_annotations,
    known_documents,
    read_annotation_file,
)
from glossary.notes.store import Store
from glossary.terms.glossary import load_bundled_glossary

NOTES = [
    ("Nvidia", 6, 3, "<b>bold?</b> <script>alert(1)</script>"),
    ("campuran pakar", 14, 2, "Baris satu\nbaris dua 🙂\n\n  indented"),
    ("Made in China 2025", 18, 5, ""),
]


def export_json(store: Store, document: Document, reader: str = "") -> str:
    doc = Documents(store).id_of(document.sha256)
    assert doc is not None
    handout = build_handout(
        Highlights(store).of_document(doc), load_bundled_glossary(), document=document
    )
    return render(handout, reader=reader)


def fill(store: Store, document: Document) -> None:
    doc = Documents(store).remember(document)
    for find, length, colour, note in NOTES:
        start = document.text.index(find)
        Highlights(store).add(doc, document.text, start, start + length, colour, note)


def snapshot(path: Path) -> list[tuple[object, ...]]:
    db = sqlite3.connect(path)
    try:
        return db.execute(
            "SELECT h.uuid, d.sha256, exact, start_offset, end_offset, colour, note, created, "
            "updated, creator, orphaned FROM highlights h JOIN documents d ON d.id = document_id "
            "ORDER BY h.uuid"
        ).fetchall()
    finally:
        db.close()


@pytest.fixture
def article() -> Document:
    return load_bundled_article()


def test_round_trip_into_an_empty_data_folder(tmp_path: Path, article: Document) -> None:
    with Store(tmp_path / "teacher" / "notes.sqlite3") as teacher:
        fill(teacher, article)
        shared = tmp_path / "shared.json"
        shared.write_text(export_json(teacher, article), encoding="utf-8")
    with Store(tmp_path / "student" / "notes.sqlite3") as student:
        result = import_annotations(student, read_annotation_file(shared), known_documents(student))
        assert result.added == 3 and result.already_present == 0
        assert result.documents == [article.title]
    assert snapshot(tmp_path / "student" / "notes.sqlite3") == snapshot(
        tmp_path / "teacher" / "notes.sqlite3"
    )


def test_importing_twice_adds_nothing(tmp_path: Path, article: Document) -> None:
    with Store(tmp_path / "a.sqlite3") as source:
        fill(source, article)
        shared = tmp_path / "shared.json"
        shared.write_text(export_json(source, article, reader="Bu Sari"), encoding="utf-8")
    with Store(tmp_path / "b.sqlite3") as target:
        annotations = read_annotation_file(shared)
        assert import_annotations(target, annotations, [article]).added == 3
        again = import_annotations(target, annotations, [article])
        assert (again.added, again.already_present) == (0, 3)
        doc = Documents(target).id_of(article.sha256)
        assert doc is not None
        highlights = Highlights(target).of_document(doc)
    assert len(highlights) == 3
    assert {h.creator for h in highlights} == {"Bu Sari"}  # the author is kept


def test_quote_only_annotations_from_another_tool_find_their_document(
    tmp_path: Path, article: Document
) -> None:
    start = article.text.index("campuran pakar")
    foreign = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "first": {
            "type": "AnnotationPage",
            "items": [
                {
                    "id": "https://hypothes.is/a/abc123",
                    "type": "Annotation",
                    "creator": {"type": "Person", "name": "Ana"},
                    "body": {"type": "TextualBody", "value": "Ini MoE."},
                    "target": {
                        "source": "https://example.org/deepseek.html",
                        "selector": {
                            "type": "TextQuoteSelector",
                            "exact": "campuran pakar",
                            "prefix": "arsitektur ‘",
                        },
                    },
                }
            ],
        },
    }
    path = tmp_path / "foreign.json"
    path.write_text(json.dumps(foreign), encoding="utf-8")
    with Store(tmp_path / "notes.sqlite3") as store:
        result = import_annotations(store, read_annotation_file(path), known_documents(store))
        assert result.documents == [article.title]
        doc = Documents(store).id_of(article.sha256)
        assert doc is not None
        [h] = Highlights(store).of_document(doc)
    assert (h.start, h.end, h.note, h.creator, h.colour) == (
        start,
        start + 14,
        "Ini MoE.",
        "Ana",
        1,
    )
    assert h.prefix == article.text[start - 32 : start]


def test_a_changed_text_is_found_by_its_quotes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "esai.md"
    path.write_text("# Esai\n\nSatu dua tiga. Empat lima enam.\n", encoding="utf-8")
    old = load_document(path)
    with Store(tmp_path / "a.sqlite3") as source:
        doc = Documents(source).remember(old)
        Highlights(source).add(doc, old.text, old.text.index("Empat"), old.text.index("Empat") + 5)
        shared = tmp_path / "shared.json"
        shared.write_text(export_json(source, old), encoding="utf-8")
    annotations = read_annotation_file(shared)
    with Store(tmp_path / "b.sqlite3") as target:
        # The hash names no document the target has, and "Empat" is in no known text.
        with pytest.raises(AnnotationFileError, match="1 of 1 passages of Esai"):
            import_annotations(target, annotations, [load_bundled_article()])
        assert Documents(target).all() == []
        # The edited file contains the passage: it is found there.
        path.write_text("# Esai\n\nNol. Satu dua tiga. Empat lima enam.\n", encoding="utf-8")
        new = load_document(path)
        import_annotations(target, annotations, [new])
        doc = Documents(target).id_of(new.sha256)
        assert doc is not None
        [h] = Highlights(target).of_document(doc)
        assert new.text[h.start : h.end] == "Empat" and not h.orphaned


def test_known_hash_without_its_file_keeps_the_positions(tmp_path: Path) -> None:
    path = tmp_path / "esai.md"
    path.write_text("# Esai\n\nSatu dua tiga.\n", encoding="utf-8")
    document = load_document(path)
    with Store(tmp_path / "a.sqlite3") as source:
        fill_one = Documents(source).remember(document)
        Highlights(source).add(fill_one, document.text, 5, 9, note="n")
        shared = tmp_path / "shared.json"
        shared.write_text(export_json(source, document), encoding="utf-8")
    with Store(tmp_path / "b.sqlite3") as target:
        Documents(target).remember(document)
        path.unlink()  # the student moved the file away
        result = import_annotations(target, read_annotation_file(shared), known_documents(target))
        assert result.added == 1
        doc = Documents(target).id_of(document.sha256)
        assert doc is not None
        [h] = Highlights(target).of_document(doc)
        assert (h.start, h.end, h.exact, h.orphaned) == (5, 9, "Satu", False)


def test_positions_at_the_edge_of_sqlite_s_range_are_anchored_by_the_quote(
    tmp_path: Path,
) -> None:
    path = tmp_path / "esai.md"
    path.write_text("# Esai\n\nSatu dua tiga.\n", encoding="utf-8")
    document = load_document(path)
    with Store(tmp_path / "a.sqlite3") as source:
        Highlights(source).add(Documents(source).remember(document), document.text, 5, 9)
        exported = json.loads(export_json(source, document))
    for selector in exported["first"]["items"][0]["target"]["selector"]:
        if selector["type"] == "TextPositionSelector":
            selector["start"], selector["end"] = 2**63 - 2, 2**63 - 1
    shared = tmp_path / "shared.json"
    shared.write_text(json.dumps(exported), encoding="utf-8")
    with Store(tmp_path / "b.sqlite3") as target:
        result = import_annotations(target, read_annotation_file(shared), [document])
        assert result.added == 1
        doc = Documents(target).id_of(document.sha256)
        assert doc is not None
        [h] = Highlights(target).of_document(doc)
        assert (h.start, h.end, h.exact) == (5, 9, "Satu")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json at all", "not JSON"),
        (b"\xff\xfegarbage", "not UTF-8"),
        (b"\x00\x01\x02", "binary"),
        (b'{"type": "Annotation"}', "no 'selector'"),
        (b"[" * 50_000 + b"]" * 50_000, "nested too deeply"),
        (
            json.dumps(
                [
                    {
                        "type": "Annotation",
                        "target": {
                            "source": "urn:x",
                            "selector": {"type": "TextQuoteSelector", "exact": "tidak ada di sini"},
                        },
                    }
                ]
            ).encode(),
            "not in any document the app knows",
        ),
    ],
)
def test_invalid_files_write_nothing(
    tmp_path: Path, article: Document, content: bytes, message: str
) -> None:
    with Store(tmp_path / "notes.sqlite3") as store:
        fill(store, article)
    before = snapshot(tmp_path / "notes.sqlite3")
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with Store(tmp_path / "notes.sqlite3") as store, pytest.raises(AnnotationFileError) as error:
        import_annotations(store, read_annotation_file(bad), known_documents(store))
    assert message in str(error.value)
    assert snapshot(tmp_path / "notes.sqlite3") == before


def test_one_bad_passage_rejects_the_whole_file(tmp_path: Path, article: Document) -> None:
    with Store(tmp_path / "a.sqlite3") as source:
        fill(source, article)
        data = json.loads(export_json(source, article))
    for item in data["first"]["items"]:
        item["target"]["source"]["id"] = "urn:sha256:" + "0" * 64  # an unknown text
    data["first"]["items"][1]["target"]["selector"][0]["exact"] = "kalimat yang tidak ada"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with Store(tmp_path / "b.sqlite3") as target:
        with pytest.raises(AnnotationFileError, match="1 of 3 passages"):
            import_annotations(target, read_annotation_file(bad), [article])
        assert Documents(target).all() == []


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(AnnotationFileError, match="no such file"):
        read_annotation_file(tmp_path / "nope.json")
    with pytest.raises(AnnotationFileError, match="is a folder"):
        read_annotation_file(tmp_path)


def test_an_orphaned_highlight_stays_orphaned_through_a_round_trip(
    tmp_path: Path, article: Document
) -> None:
    path = tmp_path / "esai.md"
    path.write_text("# Esai\n\nSatu dua tiga. Empat lima enam.\n", encoding="utf-8")
    old = load_document(path)
    with Store(tmp_path / "a.sqlite3") as source:
        doc = Documents(source).remember(old)
        Highlights(source).add(doc, old.text, old.text.index("Empat"), old.text.index("Empat") + 10)
        path.write_text("# Esai\n\nSatu dua tiga. Tujuh delapan.\n", encoding="utf-8")
        new = load_document(path)
        _, [moved] = Documents(source).open(new)
        assert moved.orphaned
        shared = tmp_path / "shared.json"
        shared.write_text(export_json(source, new), encoding="utf-8")
    with Store(tmp_path / "b.sqlite3") as target:
        import_annotations(target, read_annotation_file(shared), [new])
        doc = Documents(target).id_of(new.sha256)
        assert doc is not None
        [h] = Highlights(target).of_document(doc)
    assert h.orphaned and h.exact == "Empat lima"
