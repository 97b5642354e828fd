"""``glossary-reader notes list``: the highlights kept in the data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from desktop.app import application
from desktop.cli.main import main
from glossary.documents.loading import load_bundled_article, load_document
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store
from glossary.paths import NOTES_FILE, default_data_dir


@pytest.fixture
def data(tmp_path: Path) -> Path:
    article = load_bundled_article()
    other_path = tmp_path / "lain.md"
    other_path.write_text("# Lain\n\nNvidia <b>membuat</b> chip.\n", encoding="utf-8")
    other = load_document(other_path)
    folder = tmp_path / "data"
    with Store(folder / NOTES_FILE) as store:
        a = Documents(store).remember(article)
        start = article.text.index("campuran pakar")
        Highlights(store).add(a, article.text, start, start + 14, colour=2, note="MoE\nbaris dua")
        b = Documents(store).remember(other)
        Highlights(store).add(b, other.text, 5, 11, note="<script>x</script>")
    return folder


def test_lists_every_highlight_as_json(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data), "notes", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["quote"] for r in rows] == ["campuran pakar", "Nvidia"]
    first = rows[0]
    assert first["note"] == "MoE\nbaris dua" and first["colour"] == 2
    text = load_bundled_article().text
    assert text[first["start"] : first["end"]] == "campuran pakar"
    assert first["document"]["sha256"] == load_bundled_article().sha256
    assert {"created", "updated", "id", "orphaned"} <= set(first)


def test_one_document_by_path_or_hash(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["notes", "list", "--document", str(tmp_path / "lain.md"), "--data-dir", str(data)])
        == 0
    )
    out = capsys.readouterr().out
    assert "“Nvidia”" in out and "<script>x</script>" in out and "campuran" not in out
    sha = load_bundled_article().sha256
    assert main(["--data-dir", str(data), "notes", "list", "--document", sha[:10], "--json"]) == 0
    assert [r["quote"] for r in json.loads(capsys.readouterr().out)] == ["campuran pakar"]


def test_unknown_document_or_missing_store_exit_2(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data), "notes", "list", "--document", "ffffff"]) == 2
    assert "no document" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "empty"), "notes", "list"]) == 2
    assert "no notes yet" in capsys.readouterr().err


def test_default_data_dir_is_qt_app_data_location(qapp) -> None:  # type: ignore[no-untyped-def]
    application()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert Path(location) == default_data_dir()
