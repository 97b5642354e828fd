"""One writer for every Anki deck: a handout's terms, a glossary's and the vocabulary."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from glossary.export import ExportError
from glossary.export.ankideck import Deck, Note, NoteType, guid_for, write_deck
from glossary.export.handout import Handout
from glossary.export.registry import Options
from glossary.notes.store import Store
from glossary.words.vocabulary import Vocabulary
from tests.conftest import REPO
from tests.glossary.export.ankifiles import read_package

KIND = NoteType(
    1_700_000_001,
    "Test card",
    ("Front", "Back"),
    "Card",
    "{{Front}}",
    '{{FrontSide}}<hr id="answer">{{Back}}',
    ".card { font-family: serif; }",
)
DECK = Deck(1_700_000_002, "Glossary Reader::Test", KIND)


def test_a_deck_keeps_its_ids_notes_and_tags(tmp_path: Path) -> None:
    notes = [
        Note(["satu &amp; <b>1</b>", "one"], guid_for("test", "1"), ["glossary::general"]),
        Note(["dua", "two"], guid_for("test", "2")),
    ]
    path = write_deck(tmp_path / "out" / "test.apkg", DECK, notes)
    package = read_package(path)
    assert package.models[str(KIND.id)]["name"] == "Test card"
    assert [f["name"] for f in package.models[str(KIND.id)]["flds"]] == ["Front", "Back"]
    assert package.models[str(KIND.id)]["tmpls"][0]["qfmt"] == "{{Front}}"
    assert package.decks[str(DECK.id)]["name"] == "Glossary Reader::Test"
    assert package.notes == [
        (guid_for("test", "1"), ["satu &amp; <b>1</b>", "one"], "glossary::general"),
        (guid_for("test", "2"), ["dua", "two"], ""),
    ]
    assert [p.name for p in path.parent.iterdir()] == ["test.apkg"]  # no temporary left


def test_guids_come_from_the_values_alone() -> None:
    assert guid_for("glossary-reader", "nvidia") == guid_for("glossary-reader", "nvidia")
    assert guid_for("glossary-reader", "nvidia") != guid_for("glossary-reader", "nvidia2")


def test_an_unwritable_deck_is_a_clear_error_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="is a file, not a folder"):
        write_deck(blocker / "deck.apkg", DECK, [Note(["a", "b"], guid_for("a"))])
    assert blocker.read_text(encoding="utf-8") == "x"
    folder = tmp_path / "deck.apkg"
    folder.mkdir()  # a folder where the deck should go
    with pytest.raises(ExportError, match="cannot be written"):
        write_deck(folder, DECK, [])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.apkg", "file"]
    assert list(folder.iterdir()) == []


def test_only_the_deck_writer_uses_genanki() -> None:
    """The handout's deck, the glossary's and the vocabulary's are all written by
    write_deck: no other module of the app imports genanki."""
    users = []
    for folder in ("glossary", "desktop"):
        for path in sorted((REPO / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                if any(name.split(".")[0] == "genanki" for name in names):
                    users.append(path.relative_to(REPO).as_posix())
    assert sorted(set(users)) == ["glossary/export/ankideck.py"]


def test_the_three_decks_keep_their_note_types_and_deck_ids(
    handout: Handout, store: Store, tmp_path: Path
) -> None:
    from glossary.export import anki, vocabulary
    from glossary.export.glossaries import write_glossary

    terms = read_package(anki.export(handout, tmp_path / "terms.apkg", Options()))
    assert list(terms.models) == [str(anki.MODEL_ID)]
    assert str(anki.deck_id(handout.sha256)) in terms.decks
    own = read_package(write_glossary(handout.glossary, tmp_path / "glossary.apkg"))
    assert list(own.models) == [str(anki.MODEL_ID)]
    assert len(own.notes) == len(handout.glossary.entries)
    words = Vocabulary(store)
    words.keep(headword="sebab", root="sebab", word="menyebabkan", gloss="cause", sentence="")
    kept = read_package(vocabulary.write(words.items(), "apkg", tmp_path / "words.apkg"))
    assert list(kept.models) == [str(vocabulary.MODEL_ID)]
    assert kept.decks[str(vocabulary.DECK_ID)]["name"] == "Glossary Reader::Vocabulary"
    assert [tags for _guid, _fields, tags in kept.notes] == ["vocabulary::new"]
