"""The Vocabulary tab's table: every word shown whole, the gloss taking what is left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.panels.vocabulary import GLOSS, STATUS, WORD, VocabularyPanel
from glossary.words.vocabulary import LEARNING, DueCounts, VocabularyItem


def item(item_id: int, headword: str, gloss: str) -> VocabularyItem:
    return VocabularyItem(
        item_id, "id", headword, headword, headword, gloss, "", None, LEARNING,
        None, None, "2026-01-01", "2026-01-01", None,
    )  # fmt: skip


def test_long_words_are_shown_whole(qtbot: QtBot) -> None:
    # "memungkinkan" was cut to "memungkink…" while the gloss column stayed wide.
    panel = VocabularyPanel()
    qtbot.addWidget(panel)
    panel.resize(360, 400)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_items(
        [
            item(1, "memungkinkan", "to make possible"),
            item(2, "kecerdasan", "intelligence, cleverness, quick wits"),
            item(3, "pertanggungjawaban", "accountability"),
        ],
        DueCounts(0, 0),
    )
    table = panel.table
    metrics = table.fontMetrics()
    for row in range(table.model().rowCount()):
        word = table.model().index(row, WORD).data(Qt.ItemDataRole.DisplayRole)
        assert table.columnWidth(WORD) >= metrics.horizontalAdvance(word), word
    status = table.model().index(0, STATUS).data(Qt.ItemDataRole.DisplayRole)
    assert table.columnWidth(STATUS) >= metrics.horizontalAdvance(status)
    assert table.columnWidth(GLOSS) > 0
