"""Bookmarks: places kept by offset with a paragraph's start as label, taken away and
brought back, found again when the text at the document's path changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.documents.loading import parse_markdown
from glossary.model import Document
from glossary.notes.backups import summarise
from glossary.notes.bookmarks import Bookmarks, label_at
from glossary.notes.documents import Documents
from glossary.notes.store import Store

TEXT = (
    "# Bab Satu\n\nParagraf pertama tentang kecerdasan buatan.\n\n"
    "# Bab Dua\n\nParagraf kedua yang jauh lebih panjang, tentang pusat data dan listrik "
    "yang dibutuhkan oleh model bahasa besar di seluruh dunia.\n"
)


def document(text: str = TEXT, path: Path | None = None) -> Document:
    doc = parse_markdown(text)
    if path is not None:
        doc = Document(doc.text, doc.blocks, doc.title, doc.meta, path)
    return doc


def test_a_bookmark_keeps_its_place_and_the_start_of_its_paragraph(store: Store) -> None:
    doc = document()
    doc_id = Documents(store).remember(doc)
    place = doc.text.index("pusat data")
    added = Bookmarks(store).add(doc, doc_id, place)
    assert added.position == place and len(added.uuid) == 36 and added.created
    assert added.label.startswith("Paragraf kedua yang jauh") and added.label.endswith("…")
    assert len(added.label) <= 61
    assert Bookmarks(store).of_document(doc_id) == [added]
    assert Bookmarks(store).within(doc_id, place - 5, place + 1) == [added]
    assert Bookmarks(store).within(doc_id, 0, place) == []


def test_a_deleted_bookmark_comes_back_until_it_is_purged(store: Store) -> None:
    doc = document()
    doc_id = Documents(store).remember(doc)
    bookmarks = Bookmarks(store)
    added = bookmarks.add(doc, doc_id, 0)
    assert bookmarks.delete(added.id).deleted is not None
    assert bookmarks.of_document(doc_id) == []
    assert bookmarks.restore(added.id).deleted is None
    assert [b.uuid for b in bookmarks.of_document(doc_id)] == [added.uuid]
    bookmarks.delete(added.id)
    assert bookmarks.purge_deleted() == 1
    with pytest.raises(KeyError):
        bookmarks.get(added.id)


def test_a_bookmark_is_found_again_when_the_text_at_its_path_changes(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "artikel.md"
    old = document(path=path)
    documents = Documents(store)
    old_id = documents.remember(old)
    bookmarks = Bookmarks(store)
    kept = bookmarks.add(old, old_id, old.text.index("pusat data"))
    last = bookmarks.add(old, old_id, len(old.text))
    new_text = TEXT.replace("# Bab Satu", "# Bab Satu\n\nSebuah paragraf baru di depan.")
    new = document(new_text, path)
    new_id, _moved = documents.open(new)
    moved = {b.uuid: b for b in bookmarks.move_onto(new_id, new)}
    assert moved[kept.uuid].position == new.text.index("pusat data")
    assert moved[last.uuid].position == len(new.text)  # kept within the text
    assert {b.document_id for b in bookmarks.of_document(new_id)} == {new_id}


def test_the_label_of_a_short_paragraph_is_all_of_it() -> None:
    doc = document()
    assert label_at(doc, doc.text.index("pertama")) == (
        "Paragraf pertama tentang kecerdasan buatan."
    )


def test_bookmarks_count_in_a_databases_summary(store: Store) -> None:
    doc = document()
    doc_id = Documents(store).remember(doc)
    before = summarise(store.query)
    added = Bookmarks(store).add(doc, doc_id, 3)
    after = summarise(store.query)
    assert after.rows == before.rows + 1 and after.digest != before.digest
    assert after.latest == added.updated
