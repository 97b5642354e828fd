from __future__ import annotations

import sqlite3
import zipfile
from html import escape
from pathlib import Path

from glossary.export.anki import FIELDS, GUID_NAMESPACE, deck_id, export
from glossary.export.handout import Handout, build_handout
from glossary.export.registry import Options
from glossary.model import Document
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store
from glossary.terms.glossary import Glossary
from tests.glossary.terms.test_glossary import NOT_IN_THE_ARTICLE


def notes_of(path: Path, tmp_path: Path, deck: int | None = None) -> list[tuple[str, list[str]]]:
    with zipfile.ZipFile(path) as archive:
        assert "collection.anki2" in archive.namelist()
        archive.extract("collection.anki2", tmp_path / "unzipped")
    db = sqlite3.connect(tmp_path / "unzipped" / "collection.anki2")
    try:
        rows = db.execute("SELECT guid, flds FROM notes ORDER BY id").fetchall()
        decks = db.execute("SELECT decks FROM col").fetchone()[0]
    finally:
        db.close()
    if deck is not None:
        assert f'"{deck}"' in decks  # the deck's id is a key of the collection's decks
    return [(guid, fields.split("\x1f")) for guid, fields in rows]


def test_deck_holds_every_term_of_the_document(
    store: Store, article: Document, glossary: Glossary, tmp_path: Path
) -> None:
    import genanki

    doc = Documents(store).id_of(article.sha256)
    assert doc is not None
    handout = build_handout(
        Highlights(store).of_document(doc), glossary, document=article, scope="document"
    )
    export(handout, tmp_path / "deck.apkg", Options())
    notes = notes_of(tmp_path / "deck.apkg", tmp_path)
    # Every entry the article uses (not those it does not: test_glossary.py).
    assert len(notes) == len(glossary.entries) - len(NOT_IN_THE_ARTICLE)
    by_guid = dict(notes)
    entry = glossary.entry("mixture-of-experts")
    fields = dict(zip(FIELDS, by_guid[genanki.guid_for(GUID_NAMESPACE, entry.id)], strict=True))
    assert fields["Headword"] == entry.term_id
    assert "<b>campuran pakar</b>" in fields["Sentence"]
    assert fields["Sentence"].startswith("Para peneliti juga")
    assert fields["English"] == "mixture of experts"
    assert fields["Definition (en)"] == escape(entry.definition_en)
    assert fields["Definition (id)"] == escape(entry.definition_id)
    assert "See also" in fields["Related"]


def test_guids_are_stable_so_an_updated_deck_updates_cards(
    handout: Handout, tmp_path: Path
) -> None:
    export(handout, tmp_path / "one.apkg", Options())
    first = notes_of(tmp_path / "one.apkg", tmp_path / "a", deck_id(handout.sha256))
    export(handout, tmp_path / "two.apkg", Options())
    second = notes_of(tmp_path / "two.apkg", tmp_path / "b")
    assert [g for g, _ in first] == [g for g, _ in second]
    assert len(first) == len(handout.entries) > 0
    assert deck_id(handout.sha256) == deck_id(handout.sha256)
    assert 1 << 30 <= deck_id(handout.sha256) < 1 << 31


def test_fields_are_escaped(glossary: Glossary, tmp_path: Path) -> None:
    from glossary.documents.loading import parse_markdown

    document = parse_markdown("<b>Nvidia</b> & <i>chip</i>.\n")
    handout = build_handout([], glossary, document=document, scope="document")
    export(handout, tmp_path / "deck.apkg", Options())
    [(_, fields)] = [n for n in notes_of(tmp_path / "deck.apkg", tmp_path) if n[1][0] == "Nvidia"]
    assert fields[1] == "&lt;b&gt;<b>Nvidia</b>&lt;/b&gt; &amp; &lt;i&gt;chip&lt;/i&gt;."
