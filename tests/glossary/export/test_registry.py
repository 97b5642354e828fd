from __future__ import annotations

from pathlib import Path

import pytest

from glossary.export import ExportError, safe_filename
from glossary.export.handout import Handout
from glossary.export.registry import EXPORTERS, HandoutOptions, Options, by_name


def export(handout: Handout, name: str, path: Path) -> Path:
    return by_name()[name].export(handout, path, Options())


def default_output(handout: Handout, name: str, folder: Path) -> Path:
    return folder / by_name()[name].file_name(handout.title)


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
    assert path.name == f"AI DeepSeek Tiongkok Mengungkap Keunggulan Sosialisme.{name}"
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


def test_registry_names_every_domain_format_once() -> None:
    # The PDF needs Qt: desktop.exporters adds it (tests/desktop/test_exporters.py).
    assert [e.name for e in EXPORTERS] == ["md", "html", "csv", "json", "apkg"]


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


def test_each_format_gathers_what_it_shows() -> None:
    md, html, csv, apkg = (by_name()[name] for name in ("md", "html", "csv", "apkg"))
    assert md.handout_options(Options()) == HandoutOptions(True, False, "highlights")
    assert md.handout_options(Options(glossary=False)).include_glossary is False
    # A Markdown handout has no article: asking for one changes nothing.
    assert md.handout_options(Options(article=True)) == HandoutOptions(True, False, "highlights")
    # With the whole article, the glossary covers every term of the text.
    assert html.handout_options(Options(article=True)) == HandoutOptions(True, True, "document")
    assert html.handout_options(Options(article=True, terms="highlights")).scope == "highlights"
    # The deck holds the terms whatever a handout would, every term unless told.
    assert apkg.handout_options(Options(glossary=False)) == HandoutOptions(True, False, "document")
    assert apkg.handout_options(Options(terms="highlights")).scope == "highlights"
    # A spreadsheet shows no glossary: none is gathered.
    assert csv.handout_options(Options()).include_glossary is False


def test_the_preview_shows_what_the_file_holds(handout: Handout) -> None:
    for exporter in EXPORTERS:
        preview = exporter.preview(handout, Options(creator="Bu Sari"))
        assert preview.text and not preview.text.startswith("\ufeff"), exporter.name
        assert preview.rich == (exporter.name == "html")
    assert "Bu Sari" in by_name()["json"].preview(handout, Options(creator="Bu Sari")).text
    cards = by_name()["apkg"].preview(handout, Options()).text.split("\n\n")
    assert len(cards) == min(30, len(handout.entries))
