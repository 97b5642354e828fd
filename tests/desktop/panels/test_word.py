"""The hints of the Word and Glossary tabs: in the interface's text size, not smaller."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextDocument
from pytestqt.qtbot import QtBot

from desktop.panels.entryview import EntryView
from desktop.panels.word import WordPanel


def smaller_texts(document: QTextDocument, size: float) -> list[str]:
    """The texts of ``document`` set smaller than ``size`` points."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            # "font-size: small" is kept as a negative size adjustment.
            adjusted = fmt.intProperty(QTextCharFormat.Property.FontSizeAdjustment)
            if adjusted < 0 or 0 < fmt.fontPointSize() < size:
                found.append(fragment.text())
            it += 1
        block = block.next()
    return found


def test_the_hints_are_not_tiny(qtbot: QtBot) -> None:
    panel = WordPanel()
    view = EntryView()
    qtbot.addWidget(panel)
    qtbot.addWidget(view)
    view.show_placeholder()
    for document, font in ((panel.view.document(), panel.font()), (view.document(), view.font())):
        assert document.toPlainText().strip()
        assert smaller_texts(document, font.pointSizeF()) == []
