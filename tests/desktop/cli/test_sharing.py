"""``glossary-reader export`` and ``glossary-reader import``."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.cli.main import main
from glossary.documents.loading import load_bundled_article
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store
from glossary.paths import NOTES_FILE, NOTES_LOCK
from tests.conftest import REPO


@pytest.fixture
def data(tmp_path: Path) -> Path:
    article = load_bundled_article()
    folder = tmp_path / "data"
    with Store(folder / NOTES_FILE) as store:
        doc = Documents(store).remember(article)
        start = article.text.index("campuran pakar")
        Highlights(store).add(doc, article.text, start, start + 14, 2, "=1+1 <b>MoE</b>\n🙂")
    return folder


def test_export_every_text_format_with_default_names(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    for name in ("md", "html", "csv", "json", "apkg"):
        assert main(["--data-dir", str(data), "export", "--format", name]) == 0
    title = load_bundled_article().title
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{title}.{ext}" for ext in ("md", "html", "csv", "json", "apkg")
    )
    printed = capsys.readouterr().out
    # The deck holds the entries the article uses: 108 less the 12 it does not (test_glossary.py).
    assert "(1 highlights)" in printed and "(96 terms)" in printed
    rows = list(
        csv.reader((out / f"{title}.csv").read_text(encoding="utf-8-sig").splitlines(keepends=True))
    )
    assert rows[0][-2:] == ["author", "page"] and rows[1][-1] == ""  # (no pages: no PDF)
    assert rows[1][2] == "campuran pakar" and rows[1][3] == "'=1+1 <b>MoE</b>\n🙂"
    assert "&lt;b&gt;MoE&lt;/b&gt;" in (out / f"{title}.html").read_text(encoding="utf-8")
    data_json = json.loads((out / f"{title}.json").read_text(encoding="utf-8"))
    assert data_json["total"] == 1
    assert zipfile.is_zipfile(out / f"{title}.apkg")


def test_export_options_and_output_folder(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "handout.html"
    args = ["export", "--format", "html", "--article", "--output", str(target)]
    assert main(["--data-dir", str(data), *args]) == 0
    page = target.read_text(encoding="utf-8")
    assert '<h2 id="article">Article</h2>' in page and '<h2 id="glossary">' in page
    bare = tmp_path / "bare.md"
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "export",
                "--format",
                "md",
                "--no-glossary",
                "--output",
                str(bare),
            ]
        )
        == 0
    )
    assert "## Glossary" not in bare.read_text(encoding="utf-8")
    assert (
        main(["--data-dir", str(data), "export", "--format", "md", "--output", str(tmp_path)]) == 0
    )
    assert (tmp_path / f"{load_bundled_article().title}.md").is_file()


def test_export_pdf_from_the_command_line(qapp: object, data: Path, tmp_path: Path) -> None:
    target = tmp_path / "handout.pdf"
    args = ["export", "--format", "pdf", "--page-size", "letter", "--output", str(target)]
    assert main(["--data-dir", str(data), *args]) == 0
    assert target.read_bytes().startswith(b"%PDF-")


def test_the_pdf_exporter_starts_qt_itself_on_the_command_line(data: Path, tmp_path: Path) -> None:
    """A process without a Qt application (the command line) gets one for the PDF."""
    target = tmp_path / "handout.pdf"
    args = ["--data-dir", str(data), "export", "--format", "pdf", "--output", str(target)]
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote {target} (1 highlights).\n"
    assert target.read_bytes().startswith(b"%PDF-")


def test_export_errors_exit_2(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    args = ["--data-dir", str(data), "export", "--format", "md", "--output", str(blocker / "x.md")]
    assert main(args) == 2
    assert "cannot be written" in capsys.readouterr().err
    assert main(["--data-dir", str(data), "export", "--format", "md", "--document", "ffffff"]) == 2
    assert "no document's hash starts so" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", str(data), "export", "--format", "docx"])
    assert exit_info.value.code == 2


def test_import_round_trip_and_repeat(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared.json"
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "export",
                "--format",
                "json",
                "--creator",
                "Bu Sari",
                "--output",
                str(shared),
            ]
        )
        == 0
    )
    fresh = tmp_path / "student"
    assert main(["--data-dir", str(fresh), "import", str(shared)]) == 0
    assert "Imported 1 highlight into" in capsys.readouterr().out
    assert main(["--data-dir", str(fresh), "import", str(shared)]) == 0
    assert "Imported 0 highlights" in capsys.readouterr().out
    assert main(["--data-dir", str(fresh), "notes", "list"]) == 0
    listing = capsys.readouterr().out
    assert "“campuran pakar”  (by Bu Sari)" in listing and "<b>MoE</b>" in listing


def test_import_of_a_bad_file_exits_2_and_writes_nothing(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\x00\x01binary")
    before = (data / NOTES_FILE).read_bytes()
    assert main(["--data-dir", str(data), "import", str(bad)]) == 2
    assert "bad.json: the file is binary, not JSON text." in capsys.readouterr().err
    assert (data / NOTES_FILE).read_bytes() == before


def test_import_refuses_while_a_window_has_the_notes_open(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared.json"
    args = ["export", "--format", "json", "--output", str(shared)]
    assert main(["--data-dir", str(data), *args]) == 0
    fresh = tmp_path / "student"
    fresh.mkdir()
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (fresh / NOTES_LOCK).write_text(f"{window.pid}\nglossary-reader\nhost\n")
        assert main(["--data-dir", str(fresh), "import", str(shared)]) == 2
    finally:
        window.kill()
        window.wait()
    assert "Glossary Reader is open on this data folder" in capsys.readouterr().err
    assert not (fresh / NOTES_FILE).exists()
    # Once the window is gone (its lock is stale), the import goes ahead.
    assert main(["--data-dir", str(fresh), "import", str(shared)]) == 0
