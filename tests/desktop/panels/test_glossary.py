"""The Glossary tab's search: results, "did you mean", Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.panels.glossary import GlossaryPanel
from glossary.terms.glossary import load_bundled_glossary


def test_one_enter_takes_the_suggestion_and_shows_its_entry(qtbot: QtBot) -> None:
    panel = GlossaryPanel(load_bundled_glossary())
    qtbot.addWidget(panel)
    panel.show_entry("valuation")
    qtbot.keyClicks(panel.search_field, "nvidai")
    assert panel.suggestion_label.isVisibleTo(panel)
    with qtbot.waitSignal(panel.entry_shown) as shown:
        qtbot.keyClick(panel.search_field, Qt.Key.Key_Return)
    assert panel.search_field.text() == "nvidia"
    assert shown.args == ["nvidia"]
    assert panel.entry_view.entry is not None and panel.entry_view.entry.id == "nvidia"


def test_a_click_on_a_suggestion_shows_its_entry_too(qtbot: QtBot) -> None:
    panel = GlossaryPanel(load_bundled_glossary())
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.search_field, "nvidai")
    panel.suggestion_label.linkActivated.emit("suggest:nvidia")  # what a click sends
    assert panel.search_field.text() == "nvidia"
    assert panel.entry_view.entry is not None and panel.entry_view.entry.id == "nvidia"
