"""Typed settings: each kind reads its type back from the INI file, reads what earlier
versions wrote, and falls back to its default on anything else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from desktop import settings as keys
from desktop.settings import Settings


def test_values_come_back_as_their_types(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.set(keys.SHOW_WORD_STATUS, True)
    settings.set(keys.ZOOM, 3)
    settings.set(keys.THEME, "sepia")
    settings.set(keys.RECENT_FILES, ["/a/satu.md", "/b/dua, tiga.txt"])
    settings.set(keys.WINDOW_GEOMETRY, QByteArray(b"\x01\x02"))
    settings.sync()
    again = Settings(tmp_path / "settings.ini")
    assert again.get(keys.SHOW_WORD_STATUS) is True
    assert again.get(keys.ZOOM) == 3
    assert again.get(keys.THEME) == "sepia"
    assert again.get(keys.RECENT_FILES) == ["/a/satu.md", "/b/dua, tiga.txt"]
    assert again.get(keys.WINDOW_GEOMETRY) == QByteArray(b"\x01\x02")


def test_defaults_when_nothing_is_stored(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    assert settings.get(keys.EXPORT_GLOSSARY) is True
    assert settings.get(keys.SHOW_UNKNOWN_WORDS) is False
    assert settings.get(keys.LINE_SPACING) == 135
    assert settings.get(keys.RECENT_FILES) == []
    assert settings.get(keys.WINDOW_STATE).isEmpty()


def test_what_earlier_versions_wrote_is_read(tmp_path: Path) -> None:
    """Booleans were "yes"/"no", numbers text, the Recent list lines of text."""
    ini = tmp_path / "settings.ini"
    ini.write_text(
        "[preferences]\nshow_word_status=yes\nshow_unknown_words=no\nzoom=-2\n"
        "line_spacing=150\nfont_size=0\n"
        "[state]\nexport_glossary=no\nrecent_files=/a.md\\n/b.md\n",
        encoding="utf-8",
    )
    settings = Settings(ini)
    assert settings.get(keys.SHOW_WORD_STATUS) is True
    assert settings.get(keys.SHOW_UNKNOWN_WORDS) is False
    assert settings.get(keys.EXPORT_GLOSSARY) is False
    assert settings.get(keys.ZOOM) == -2
    assert (settings.get(keys.LINE_SPACING), settings.get(keys.FONT_SIZE)) == (150, 0)
    assert settings.get(keys.RECENT_FILES) == ["/a.md", "/b.md"]


def test_damaged_values_give_the_default_or_the_nearest_bound(tmp_path: Path) -> None:
    ini = tmp_path / "settings.ini"
    ini.write_text(
        "[preferences]\nshow_word_status=perhaps\nzoom=many\nline_spacing=900\n"
        "theme=neon\ndefinition_first=fr\n[state]\nwindow_geometry=not bytes\n",
        encoding="utf-8",
    )
    settings = Settings(ini)
    assert settings.get(keys.SHOW_WORD_STATUS) is False
    assert settings.get(keys.ZOOM) == 0
    assert settings.get(keys.LINE_SPACING) == 250
    assert settings.get(keys.THEME) == "system"
    assert settings.get(keys.DEFINITION_FIRST) == "id"
    assert settings.get(keys.WINDOW_GEOMETRY).isEmpty()
