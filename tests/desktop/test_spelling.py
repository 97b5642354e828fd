"""Spell-checking notes as you type: wavy underlines, suggestions, the user's words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCharFormat, QTextCursor
from pytestqt.qtbot import QtBot

from desktop.mainwindow import MainWindow
from desktop.panels.notes import NoteEditor
from glossary.notes.store import Store
from glossary.notes.userwords import UserWords
from glossary.paths import NOTES_FILE
from tests.desktop.test_highlights import select


def underlined(editor: NoteEditor) -> list[str]:
    block = editor.document().firstBlock()
    text = block.text()
    return [
        text[r.start : r.start + r.length]
        for r in block.layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]


def start_note(window: MainWindow, qtbot: QtBot) -> NoteEditor:
    select(window, "kecerdasan buatan")
    window.highlight_actions[0].trigger()
    panel = window.notes_panel
    with qtbot.waitSignal(panel.editor.highlighter.ready, timeout=20_000):
        panel.list.setCurrentIndex(panel.list.model().index(0, 0))
    return panel.editor


def test_english_notes_get_wavy_underlines_and_suggestions(
    window: MainWindow, qtbot: QtBot
) -> None:
    editor = start_note(window, qtbot)
    qtbot.keyClicks(editor, "An artifical intelligence")
    assert underlined(editor) == ["artifical"]
    cursor = QTextCursor(editor.document())
    cursor.setPosition(5)
    labels = [a.text() for a in editor.spelling_actions(cursor)]
    assert "artificial" in labels
    assert labels[-1] == "Add “artifical” to Dictionary"


def test_indonesian_notes_and_the_users_dictionary(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    with qtbot.waitSignal(window.notes_panel.editor.highlighter.ready, timeout=20_000):
        window.note_language_actions["id"].trigger()
    editor = start_note(window, qtbot)
    qtbot.keyClicks(editor, "Valuasinya menyebabkan gelembung spekulasi xyzzyq")
    assert underlined(editor) == ["xyzzyq"]
    cursor = QTextCursor(editor.document())
    cursor.setPosition(len(editor.toPlainText()) - 2)
    add = editor.spelling_actions(cursor)[-1]
    add.trigger()
    assert underlined(editor) == []
    window.close()
    with Store(data_dir / NOTES_FILE) as store:
        assert UserWords(store).of("id") == {"xyzzyq"}
