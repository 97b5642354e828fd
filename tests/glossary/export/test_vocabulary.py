from __future__ import annotations

import csv
import io
import sqlite3
import zipfile
from pathlib import Path

import pytest

from glossary.export import ExportError
from glossary.export.vocabulary import formula, guid, render_csv, write
from glossary.notes.store import Store
from glossary.words.vocabulary import LEARNING, Vocabulary, VocabularyItem


@pytest.fixture
def items(tmp_path: Path) -> list[VocabularyItem]:
    with Store(tmp_path / "notes.sqlite3") as store:
        vocabulary = Vocabulary(store)
        vocabulary.keep(
            headword="sebab",
            root="sebab",
            word="menyebabkan",
            gloss="=cause",
            sentence="Itu menyebabkan <b>jatuhnya</b> nilai.",
        )
        item = vocabulary.keep(
            headword="perusahaan", root="usaha", word="perusahaan", gloss="company"
        )
        vocabulary.set_status(item.id, LEARNING)
        return vocabulary.items()


def test_csv_has_a_row_per_word_and_no_formula(items: list[VocabularyItem]) -> None:
    text = render_csv(items)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows[0][:5] == ["headword", "root", "word", "gloss", "status"]
    assert rows[1][:5] == ["perusahaan", "usaha", "perusahaan", "company", "learning"]
    assert rows[2][3] == "'=cause"  # a spreadsheet does not run it


def test_the_formula_explains_the_kept_form(items: list[VocabularyItem]) -> None:
    by_headword = {i.headword: i for i in items}
    assert formula(by_headword["sebab"]) == "menyebabkan = meN- + sebab + -kan"
    assert formula(by_headword["perusahaan"]) == "perusahaan = per- + usaha + -an"


def test_anki_deck_has_stable_guids_per_headword_and_escaped_fields(
    items: list[VocabularyItem], tmp_path: Path
) -> None:
    first = write(items, "apkg", tmp_path / "a.apkg")
    second = write(list(reversed(items)), "apkg", tmp_path / "b.apkg")

    def notes(path: Path) -> dict[str, str]:
        with zipfile.ZipFile(path) as archive:
            (tmp_path / "db").write_bytes(archive.read("collection.anki2"))
        db = sqlite3.connect(tmp_path / "db")
        try:
            return dict(db.execute("SELECT guid, flds FROM notes").fetchall())
        finally:
            db.close()

    one, two = notes(first), notes(second)
    assert set(one) == set(two) == {guid(i) for i in items}
    fields = next(f for f in one.values() if f.startswith("menyebabkan"))
    assert "&lt;b&gt;jatuhnya&lt;/b&gt;" in fields and "<b>menyebabkan</b>" in fields


def test_an_unwritable_destination_is_a_clear_error(
    items: list[VocabularyItem], tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="is a file, not a folder"):
        write(items, "csv", blocker / "vocabulary.csv")
    assert blocker.read_text() == "x"
