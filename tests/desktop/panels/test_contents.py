"""The Contents tab: the outline as a list model, the section being read marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.panels.contents import ContentsPanel, StartRole
from glossary.model import OutlineEntry

OUTLINE = [
    OutlineEntry("Bab 1", 0, 1),
    OutlineEntry("Bagian 1.1", 500, 2),
    OutlineEntry("Bab 2", 1200, 1),
]


def test_the_outline_is_listed_indented_and_the_place_marked(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    panel = ContentsPanel()
    qtbot.addWidget(panel)
    panel.set_outline(OUTLINE)
    qtmodeltester.check(panel.model)
    model = panel.model
    assert [model.index(r).data() for r in range(3)] == ["Bab 1", "    Bagian 1.1", "Bab 2"]
    assert model.index(1).data(Qt.ItemDataRole.ToolTipRole) == "Bagian 1.1"
    assert model.index(2).data(StartRole) == 1200
    for offset, title in ((0, "Bab 1"), (700, "Bagian 1.1"), (5000, "Bab 2")):
        panel.set_place(offset)
        assert panel.current_title() == title
    with qtbot.waitSignal(panel.entry_chosen) as chosen:
        panel.list.activated.emit(model.index(1))
    assert chosen.args == [500]
    # An article whose headings start at level 2 is not indented all through.
    panel.set_outline([OutlineEntry("Satu", 0, 2), OutlineEntry("Dua", 10, 3)])
    assert [model.index(r).data() for r in range(2)] == ["Satu", "    Dua"]
    panel.set_outline([])
    assert model.rowCount() == 0 and panel.current_title() == ""
