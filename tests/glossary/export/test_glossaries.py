"""A glossary written as TOML, CSV or an Anki deck (the Glossaries dialog and
``glossary-reader glossary export`` both write through glossary.export.glossaries)."""

from __future__ import annotations

import csv
import hashlib
import io
from html import escape
from pathlib import Path

import pytest

from glossary.export import ExportError
from glossary.export.anki import GUID_NAMESPACE, MODEL_ID, deck_id
from glossary.export.ankideck import guid_for
from glossary.export.glossaries import FORMATS, write_glossary
from glossary.terms.glossary import Glossary, load_glossary
from tests.glossary.export.ankifiles import read_package


def test_toml_reads_back_as_the_same_glossary(glossary: Glossary, tmp_path: Path) -> None:
    path = write_glossary(glossary, tmp_path / "out" / "deepseek.toml")
    again = load_glossary([path])
    assert again.name == glossary.name
    assert again.entries == glossary.entries
    assert [p.name for p in path.parent.iterdir()] == ["deepseek.toml"]


def test_the_format_is_named_or_taken_from_the_extension(
    glossary: Glossary, tmp_path: Path
) -> None:
    assert FORMATS == ("toml", "csv", "apkg")
    sheet = write_glossary(glossary, tmp_path / "terms.csv")
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["id", "category", "term_id"] and len(rows) == len(glossary) + 1
    named = write_glossary(glossary, tmp_path / "terms.txt", "csv")
    assert named.read_text(encoding="utf-8-sig").startswith("id,category,term_id")
    # Any other extension, as before, gives TOML.
    other = write_glossary(glossary, tmp_path / "terms.list")
    assert load_glossary([other]).entries == glossary.entries


def test_the_deck_has_a_card_per_entry_with_stable_ids(glossary: Glossary, tmp_path: Path) -> None:
    package = read_package(write_glossary(glossary, tmp_path / "deck.apkg"))
    # The deck's id comes from the glossary's name, as when the command line wrote it.
    same_deck = deck_id(hashlib.sha256(glossary.name.encode("utf-8")).hexdigest())
    assert package.decks[str(same_deck)]["name"] == f"Glossary Reader::{glossary.name}"
    assert list(package.models) == [str(MODEL_ID)]
    by_guid = {guid: (fields, tags) for guid, fields, tags in package.notes}
    assert len(by_guid) == len(glossary)
    entry = glossary.entry("mixture-of-experts")
    fields, tags = by_guid[guid_for(GUID_NAMESPACE, entry.id)]
    assert fields[:5] == [
        escape(entry.term_id),
        "",  # no document: no sentence
        escape(entry.term_en),
        escape(entry.definition_id),
        escape(entry.definition_en),
    ]
    assert fields[5].startswith("Lihat juga / See also: ")
    assert tags == f"glossary::{entry.category}"


@pytest.mark.parametrize("name", FORMATS)
def test_an_unwritable_destination_is_a_clear_error(
    glossary: Glossary, tmp_path: Path, name: str
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="is a file, not a folder"):
        write_glossary(glossary, blocker / f"glossary.{name}")
    assert blocker.read_text(encoding="utf-8") == "x"


@pytest.mark.parametrize("fmt", ["toml", "csv"])
def test_an_empty_glossary_reads_back_as_empty(tmp_path: Path, fmt: str) -> None:
    from glossary.terms.files import read_glossary_file

    path = write_glossary(Glossary("Kosong", (), {}), tmp_path / f"kosong.{fmt}")
    terms = read_glossary_file(path)
    assert (terms.name, terms.entries, terms.categories) == (
        "Kosong" if fmt == "toml" else "kosong",
        [],
        {},
    )
    if fmt == "toml":
        assert len(load_glossary([path])) == 0
