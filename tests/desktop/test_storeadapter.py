"""The store adapter: each write that commits announces what it changed, and a write
that fails announces nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.storeadapter import Changes, StoreAdapter
from glossary.documents.loading import load_bundled_article
from glossary.model import Entry
from glossary.notes.store import Store, StoreError
from glossary.terms.own import EntryProblems


@pytest.fixture
def notes(tmp_path: Path) -> Iterator[StoreAdapter]:
    adapter = StoreAdapter(Store(tmp_path / "notes.sqlite3"))
    yield adapter
    adapter.close()


def heard(notes: StoreAdapter) -> list[Changes]:
    found: list[Changes] = []
    notes.changed.connect(found.append)
    return found


def test_every_write_says_what_it_changed(notes: StoreAdapter, qtbot: QtBot) -> None:
    article = load_bundled_article()
    document_id, _ = notes.open_document(article)
    changes = heard(notes)
    highlight = notes.add(document_id, article.text, 0, 10, 1)
    notes.set_note(highlight.id, "catatan")
    notes.delete(highlight.id)
    notes.set_colour_labels({1: "Penting"})
    notes.add_user_word("kata", "id")
    glossary_id = notes.create_glossary("Kelas")
    notes.remember_word(
        headword="usaha",
        root="usaha",
        word="usaha",
        gloss="",
        sentence="",
        document_id=None,
        status=None,
    )
    bookmark = notes.add_bookmark(article, document_id, 5)
    notes.delete_bookmark(bookmark.id)
    notes.restore_bookmark(bookmark.id)
    notes.remove_document(document_id, keep_notes=False)
    mine = frozenset({document_id})
    assert changes == [
        Changes(highlights=mine, library=True),
        Changes(highlights=mine),
        Changes(highlights=mine, trash=True, library=True),
        Changes(labels=True),
        Changes(user_words=True),
        Changes(glossaries=True),
        Changes(vocabulary=True),
        Changes(bookmarks=mine),
        Changes(bookmarks=mine),
        Changes(bookmarks=mine),
        Changes(
            highlights=mine,
            trash=True,
            library=True,
            vocabulary=True,
            documents=mine,
            bookmarks=mine,
        ),
    ]
    assert changes[0].of_document(document_id) and not changes[3].of_document(document_id)
    assert changes[7].of_bookmarks(document_id) and not changes[0].of_bookmarks(document_id)
    assert notes.bookmarks.of_document(document_id) == []  # gone with the document
    assert glossary_id > 0


def test_a_write_that_fails_announces_nothing(notes: StoreAdapter, qtbot: QtBot) -> None:
    glossary_id = notes.create_glossary("Kelas")
    changes = heard(notes)
    bad = Entry("", "general", "", "", (), (), "", "", "", "", ())
    with pytest.raises(EntryProblems):
        notes.save_entry(glossary_id, bad)
    notes.close()
    with pytest.raises(StoreError):
        notes.add_user_word("kata", "id")
    assert changes == []


WRITERS = {
    "Store",
    "Highlights",
    "Documents",
    "ColourLabels",
    "UserWords",
    "Library",
    "OwnGlossaries",
    "Vocabulary",
    "Bookmarks",
}


def test_only_the_adapter_holds_the_repositories_in_the_window() -> None:
    """The window writes through the adapter alone: no other module of desktop/ (the
    command line apart, which has no window) imports the store or a repository."""
    import ast

    from tests.conftest import REPO

    found = []
    for path in sorted((REPO / "desktop").rglob("*.py")):
        relative = path.relative_to(REPO).as_posix()
        if relative == "desktop/storeadapter.py" or "/cli/" in relative:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("glossary."):
                found += [f"{relative}: {a.name}" for a in node.names if a.name in WRITERS]
    assert found == []
