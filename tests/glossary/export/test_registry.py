from __future__ import annotations

from pathlib import Path

import pytest

from glossary.export import FORMATS, ExportError, default_output, export, safe_filename
from glossary.export.handout import Handout


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("China’s DeepSeek AI", "China’s DeepSeek AI.md"),
        ("../../etc/passwd", "etc passwd.md"),
        ('a/b\\c:d*e?f"g<h>i|j', "a b c d e f g h i j.md"),
        ("line\nbreak\x00nul\x1b", "line break nul.md"),
        ("CON", "notes CON.md"),
        ("nul.txt", "notes nul.txt.md"),
        ("...", "notes.md"),
        ("", "notes.md"),
        ("x" * 300, "x" * 80 + ".md"),
        ("🙂" * 70, "🙂" * 45 + ".md"),  # at most 180 bytes before the extension
    ],
)
def test_safe_filename(title: str, expected: str) -> None:
    assert safe_filename(title, "md") == expected


@pytest.mark.parametrize("name", ["md", "html", "csv", "json", "apkg"])
def test_every_format_writes_its_file(handout: Handout, tmp_path: Path, name: str) -> None:
    tmp_path = tmp_path / "out"
    path = export(handout, name, default_output(handout, name, tmp_path))
    assert path.name == f"China’s DeepSeek AI Reveals Advantages Of Socialism.{name}"
    assert path.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary left


@pytest.mark.parametrize("name", ["md", "apkg"])
def test_a_file_where_the_folder_should_be_gives_a_message(
    handout: Handout, tmp_path: Path, name: str
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="cannot be written"):
        export(handout, name, blocker / f"out.{name}")
    assert blocker.read_text(encoding="utf-8") == "x"


@pytest.mark.parametrize("name", ["md", "apkg"])
def test_a_folder_in_the_way_gives_a_message_and_leaves_nothing(
    handout: Handout, tmp_path: Path, name: str
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / f"out.{name}"
    target.mkdir()  # a folder where the file should go: fails for root too
    with pytest.raises(ExportError, match="cannot be written"):
        export(handout, name, target)
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    assert list(target.iterdir()) == []


def test_registry_names_every_format() -> None:
    assert set(FORMATS) == {"md", "html", "pdf", "csv", "json", "apkg"}


def test_long_non_ascii_titles_can_be_written(handout: Handout, tmp_path: Path) -> None:
    import dataclasses

    for title in ("🙂" * 70, "漢" * 80):
        named = dataclasses.replace(handout, title=title)
        path = export(named, "md", default_output(named, "md", tmp_path / "out"))
        assert path.is_file() and len(path.name.encode("utf-8")) <= 183


def test_a_file_in_the_way_is_named_in_the_message(handout: Handout, tmp_path: Path) -> None:
    blocker = tmp_path / "notes"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="notes is a file, not a folder"):
        export(handout, "csv", blocker / "sub" / "out.csv")
