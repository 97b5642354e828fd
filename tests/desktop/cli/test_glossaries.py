"""``glossary-reader glossary list|export|import`` and ``terms --glossary``."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.cli.main import main
from glossary.paths import NOTES_FILE, NOTES_LOCK
from glossary.terms.glossary import load_glossary

CLASS_LIST = (
    "term_id,term_en,definition_id,definition_en,aliases_id\n"
    "campuran pakar,mixture of experts,Versi kelas kami.,Our class version.,\n"
    "sawit,oil palm,Pohon penghasil minyak.,A palm grown for oil.,kelapa sawit\n"
)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def test_import_list_export_and_use_an_own_glossary(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kelas.csv"
    source.write_text(CLASS_LIST, encoding="utf-8")
    assert run(data, "glossary", "import", str(source), "--name", "Kelas 10", "--dry-run") == 0
    assert "A new glossary “Kelas 10” with 2 entries." in capsys.readouterr().out
    assert not (data / NOTES_FILE).exists()  # a dry run writes nothing
    assert run(data, "glossary", "import", str(source), "--name", "Kelas 10") == 0
    assert "2 new, 0 changed" in capsys.readouterr().out
    assert run(data, "glossary", "list") == 0
    listing = capsys.readouterr().out
    assert "bundled" in listing and "2 entries  Kelas 10" in listing
    # The own definition marks "campuran pakar"; with --glossary bundled, the app's does.
    assert run(data, "terms", "--json") == 0
    rows = [r for r in json.loads(capsys.readouterr().out) if r["text"] == "campuran pakar"]
    assert {(r["glossary"], r["entry"], r["category"]) for r in rows} == {
        ("Kelas 10", "campuran-pakar", "general")
    }
    assert run(data, "terms", "--json", "--glossary", "bundled") == 0
    rows = [r for r in json.loads(capsys.readouterr().out) if r["text"] == "campuran pakar"]
    assert {r["entry"] for r in rows} == {"mixture-of-experts"}
    toml = tmp_path / "kelas.toml"
    assert (
        run(data, "glossary", "export", "kelas 10", "--format", "toml", "--output", str(toml)) == 0
    )
    assert [e.id for e in load_glossary([toml]).entries] == ["campuran-pakar", "sawit"]
    deck = tmp_path / "kelas.apkg"
    assert (
        run(data, "glossary", "export", "Kelas 10", "--format", "apkg", "--output", str(deck)) == 0
    )
    assert zipfile.is_zipfile(deck)
    # Importing the exported file again changes nothing.
    assert run(data, "glossary", "import", str(toml)) == 0
    assert "0 new, 0 changed, 2 unchanged" in capsys.readouterr().out


def test_the_bundled_glossary_exports_too(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert run(data, "glossary", "export", "bundled", "--format", "csv", "--output", str(out)) == 0
    [written] = out.iterdir()
    assert written.name == "DeepSeek article.csv"
    assert written.read_text(encoding="utf-8-sig").startswith("id,category,term_id")


def test_errors_exit_2_and_write_nothing(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data, "glossary", "export", "nope", "--format", "csv") == 2
    assert "no glossary named 'nope'" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text("term_id,term_en,definition_id,definition_en\nsatu,one,,One.\n", "utf-8")
    assert run(data, "glossary", "import", str(bad)) == 2
    assert "bad.csv: line 2: field 'definition_id'" in capsys.readouterr().err
    good = tmp_path / "kelas.csv"
    good.write_text(CLASS_LIST, encoding="utf-8")
    assert run(data, "glossary", "import", str(good)) == 0
    clash = tmp_path / "clash.csv"
    clash.write_text(
        "id,term_id,term_en,definition_id,definition_en\nlain,sawit,palm 2,d,d\n", "utf-8"
    )
    assert run(data, "glossary", "import", str(clash), "--name", "kelas") == 2
    err = capsys.readouterr().err
    assert "the alias 'sawit' is already used by 'sawit'" in err
    assert run(data, "terms", "--glossary", "nope") == 2
    assert "no glossary named 'nope'" in capsys.readouterr().err


def test_import_refuses_while_a_window_has_the_data_open(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data.mkdir()
    source = tmp_path / "kelas.csv"
    source.write_text(CLASS_LIST, encoding="utf-8")
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (data / NOTES_LOCK).write_text(f"{window.pid}\n", encoding="utf-8")
        assert run(data, "glossary", "import", str(source)) == 2
    finally:
        window.kill()
        window.wait()
    assert "open on this data folder" in capsys.readouterr().err


def test_terms_reads_an_older_notes_database_without_changing_it(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    from glossary.notes.migrations import MIGRATIONS

    data.mkdir()
    db = sqlite3.connect(data / NOTES_FILE, isolation_level=None)
    for number in range(2):
        db.executescript(f"BEGIN;{MIGRATIONS[number]}PRAGMA user_version = {number + 1};COMMIT;")
    db.close()
    before = (data / NOTES_FILE).read_bytes()
    assert run(data, "terms", "--json") == 0
    assert json.loads(capsys.readouterr().out)
    assert (data / NOTES_FILE).read_bytes() == before and not (data / "backups").exists()


def test_terms_with_a_notes_database_from_a_newer_version_says_so(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    data.mkdir()
    db = sqlite3.connect(data / NOTES_FILE)
    db.execute("PRAGMA user_version = 99")
    db.close()
    assert run(data, "terms") == 2
    assert "newer version" in capsys.readouterr().err
