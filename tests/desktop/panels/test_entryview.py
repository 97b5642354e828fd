"""The glossary entry shown follows the theme: its grey lines (the other language's
headword, the category) are written again in the new theme's colour."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from pytestqt.qtbot import QtBot

from desktop.panels.entryview import EntryView
from desktop.themes import apply_theme
from glossary import contrast
from glossary.terms.glossary import load_bundled_glossary


@pytest.fixture
def light_again() -> Iterator[None]:
    yield
    apply_theme("light")


def colour_of(view: EntryView, text: str) -> QColor:
    block = view.document().begin()
    while block.isValid():
        if text in block.text():
            return block.begin().fragment().charFormat().foreground().color()
        block = block.next()
    raise AssertionError(f"{text!r} is not shown")


def test_an_entry_shown_is_written_again_in_a_new_themes_colours(
    qtbot: QtBot, light_again: None
) -> None:
    apply_theme("light")
    view = EntryView()
    qtbot.addWidget(view)
    glossary = load_bundled_glossary()
    entry = glossary.get("soe")
    assert entry is not None
    view.show_entry(entry, glossary, None, "id")
    light = colour_of(view, "state-owned enterprise")
    apply_theme("dark")
    qtbot.waitUntil(lambda: colour_of(view, "state-owned enterprise") != light, timeout=2000)
    palette = QGuiApplication.palette()
    muted = colour_of(view, "state-owned enterprise")
    base = palette.color(QPalette.ColorRole.Base)
    ratio = contrast.contrast_ratio(
        (muted.red(), muted.green(), muted.blue()), (base.red(), base.green(), base.blue())
    )
    assert ratio >= 4.5, (muted.name(), base.name())
