"""``glossary-reader lookup`` and ``export --vocabulary`` from the command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from desktop.cli.main import main
from glossary.notes.store import Store
from glossary.words.vocabulary import LEARNING, Vocabulary
from tests.glossary.dictfactories import write_dictd


def test_lookup_prints_root_affixes_and_glosses(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lookup", "menyebabkan", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "root: sebab" in out
    assert "menyebabkan = meN- + sebab + -kan" in out
    assert "[Word list] menyebabkan: to cause" in out


def test_lookup_json_with_an_installed_dictionary(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_dictd(data_dir / "dictionaries", "freedict-eng-ind", {"company": "perusahaan, usaha"})
    assert main(["--data-dir", str(data_dir), "lookup", "--json", "Perusahaannya", "AI"]) == 0
    word, acronym = json.loads(capsys.readouterr().out)
    assert word["headword"] == "perusahaan" and word["root"] == "usaha"
    assert word["endings"] == ["-nya"] and word["prefixes"] == ["per-"]
    sources = {(g["source"], g["headword"], g.get("reverse", False)) for g in word["glosses"]}
    assert ("Word list", "perusahaan", False) in sources
    assert ("freedict-eng-ind", "company", True) in sources
    assert acronym["glossary"][0]["id"] == "artificial-intelligence"


def test_lookup_of_no_word_exits_2(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lookup", " ", "--data-dir", str(data_dir)]) == 2
    assert "is not a word" in capsys.readouterr().err


def test_a_damaged_dictionary_is_a_warning_not_a_failure(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = data_dir / "dictionaries"
    folder.mkdir()
    (folder / "broken.index").write_bytes(b"\x00\x01\x02" * 100)
    assert main(["lookup", "pasar", "--data-dir", str(data_dir)]) == 0
    captured = capsys.readouterr()
    assert "broken.index" in captured.err
    assert "[Word list] pasar" in captured.out


def test_export_vocabulary_as_csv_and_anki(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store(data_dir / "notes.sqlite3") as store:
        vocabulary = Vocabulary(store)
        vocabulary.keep(headword="sebab", root="sebab", word="menyebabkan", gloss="cause")
        item = vocabulary.keep(headword="pasar", root="pasar", word="pasar", gloss="market")
        vocabulary.set_status(item.id, LEARNING)
    out = tmp_path / "words.csv"
    args = ["--data-dir", str(data_dir), "export", "--vocabulary", "--format", "csv"]
    assert main([*args, "--output", str(out), "--status", "learning"]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [r[0] for r in rows[1:]] == ["pasar"]
    assert "Wrote" in capsys.readouterr().out
    apkg = ["--data-dir", str(data_dir), "export", "--vocabulary", "--format", "apkg"]
    assert main([*apkg, "--output", str(tmp_path)]) == 0
    assert (tmp_path / "vocabulary.apkg").stat().st_size > 0
    assert main([*args[:-1], "md", "--output", str(tmp_path)]) == 2
    assert "csv or --format apkg" in capsys.readouterr().err


def test_lookup_shows_entries_of_your_own_glossaries(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from glossary.terms.glossary import entry_from
    from glossary.terms.own import OwnGlossaries
    from tests.glossary.factories import entry

    with Store(data_dir / "notes.sqlite3") as store:
        own = OwnGlossaries(store)
        glossary_id = own.create("Ekonomi")
        own.save_entry(
            glossary_id, entry_from(entry("market-share", "market share", "pangsa pasar"))
        )
    assert main(["--data-dir", str(data_dir), "lookup", "--json", "pangsa"]) == 0
    (word,) = json.loads(capsys.readouterr().out)
    assert [e["term_en"] for e in word["glossary"]] == ["market share"]
    assert main(["--data-dir", str(data_dir), "lookup", "pangsa", "--glossary", "nope"]) == 2
    assert "no glossary named 'nope'" in capsys.readouterr().err


def test_lookup_json_gives_the_words_own_class_and_its_roots(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # terakhir, kehilangan, melalui: the word list's class, not their affixes' (ter-:
    # verb; ke-...-an: noun; meN-: verb), as the article uses them.
    words = ["menyebabkan", "penguatan", "keterbukaan", "bertentangan", "terakhir",
             "kehilangan", "melalui"]  # fmt: skip
    args = ["--data-dir", str(data_dir), "lookup", "--no-dictionaries"]
    assert main([*args, *words, "--json"]) == 0
    found = {w["word"]: (w["part_of_speech"], w["root"], w["root_part_of_speech"]) for w in
             json.loads(capsys.readouterr().out)}  # fmt: skip
    assert found == {
        "menyebabkan": ("verb", "sebab", "noun"),
        "penguatan": ("noun", "kuat", "adjective"),
        "keterbukaan": ("noun", "buka", "verb"),
        "bertentangan": ("verb", "tentang", "verb"),
        "terakhir": ("adjective", "akhir", "noun"),
        "kehilangan": ("verb", "hilang", "verb"),
        "melalui": ("preposition", "lalu", "verb"),
    }
    assert main([*args, "menyebabkan", "terakhir"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("menyebabkan (verb) — root: sebab (noun)\n")
    assert "\nterakhir (adjective) — root: akhir (noun)\n" in out
