"""Selecting with the keyboard and caret browsing (issue 18): a passage is selected
with Shift and the arrows from where the reader clicked, highlighted with Ctrl+1..5,
and F7 gives a caret that the arrows move; without it they scroll as before."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from desktop.mainwindow import MainWindow
from desktop.reader.view import ReaderView
from tests.desktop.reader.test_long_text import long_text

Key = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def point_of(reader: ReaderView, offset: int) -> QPoint:
    """Where the character at ``offset`` starts on screen (in the viewport)."""
    rect = reader.cursorRect(reader.cursor_for(offset))
    return QPoint(rect.left() + 1, rect.center().y())


def click_at(window: MainWindow, qtbot: QtBot, offset: int) -> None:
    reader = window.reader
    reader.setFocus()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(reader, offset))


def selected(window: MainWindow) -> str:
    start, end = window.reader.selection_range()
    return window.session.marked.text[start:end]  # type: ignore[union-attr]


def test_shift_and_the_arrows_select_from_where_the_reader_clicked(
    window: MainWindow, qtbot: QtBot
) -> None:
    text = window.session.marked.text  # type: ignore[union-attr]
    start = text.index("Kenaikan pesat")
    click_at(window, qtbot, start)
    reader = window.reader
    for _ in range(3):
        qtbot.keyClick(reader, Key.Key_Right, SHIFT)
    assert selected(window) == "Ken"  # exactly, never grown to the word
    qtbot.keyClick(reader, Key.Key_Right, SHIFT | CTRL)
    assert selected(window).startswith("Kenaikan") and len(selected(window)) <= len("Kenaikan ")
    qtbot.keyClick(reader, Key.Key_End, SHIFT)
    line_end = selected(window)
    assert len(line_end) > len("Kenaikan ") and text.startswith(line_end, start)
    qtbot.keyClick(reader, Key.Key_Home, SHIFT)
    assert reader.selection_range() == (start, start) or not selected(window)
    qtbot.keyClick(reader, Key.Key_Down, SHIFT)
    below = selected(window)
    assert text.startswith(below, start) and len(below) > 20  # a line's worth
    qtbot.keyClick(reader, Key.Key_Left, SHIFT)
    assert selected(window) == below[:-1]


def test_a_keyboard_selection_is_highlighted_with_ctrl_number(
    window: MainWindow, qtbot: QtBot
) -> None:
    text = window.session.marked.text  # type: ignore[union-attr]
    start = text.index("Kenaikan pesat")
    click_at(window, qtbot, start)
    for _ in range(2):
        qtbot.keyClick(window.reader, Key.Key_Right, SHIFT | CTRL)
    passage = selected(window)
    assert passage.strip() == "Kenaikan pesat"
    qtbot.keyClick(window.reader, Key.Key_1, CTRL)
    assert window.session.notes is not None and window.session.document_id is not None
    [highlight] = window.session.notes.highlights.of_document(window.session.document_id)
    # Selected by words, the passage ends after a space: the highlight does not.
    assert passage == "Kenaikan pesat "
    assert (highlight.start, highlight.end) == (start, start + len("Kenaikan pesat"))
    assert highlight.exact == "Kenaikan pesat"


def test_shift_page_down_selects_a_page_and_scrolls(window: MainWindow, qtbot: QtBot) -> None:
    reader = window.reader
    text = window.session.marked.text  # type: ignore[union-attr]
    click_at(window, qtbot, text.index("Kenaikan pesat"))
    bar = reader.verticalScrollBar()
    before = bar.value()
    qtbot.keyClick(reader, Key.Key_PageDown, SHIFT)
    assert bar.value() > before
    assert selected(window).count(" ") > 60  # a screen of text
    cursor_top = reader.cursorRect(reader.textCursor()).top()
    assert 0 <= cursor_top < reader.viewport().height()  # the end of it is on screen
    qtbot.keyClick(reader, Key.Key_PageUp, SHIFT)
    assert len(selected(window)) < 40  # back about where it began


def test_without_caret_browsing_the_arrows_scroll_and_f7_gives_a_caret(
    window: MainWindow, qtbot: QtBot
) -> None:
    reader = window.reader
    reader.setFocus()
    bar = reader.verticalScrollBar()
    caret_before = reader.textCursor().position()
    qtbot.keyClick(reader, Key.Key_Down)
    qtbot.keyClick(reader, Key.Key_PageDown)
    assert bar.value() > 0  # scrolled
    assert reader.textCursor().position() == caret_before  # no caret moved
    action = window.actions_by_name["caretBrowsingAction"]
    assert not action.isChecked() and action in window.menuBar().actions()[-2].menu().actions()
    qtbot.keyClick(window, Key.Key_F7)
    assert action.isChecked() and reader.caret.enabled
    assert "Caret browsing on" in window.statusBar().currentMessage()
    assert reader.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    start = reader.textCursor().position()
    assert 0 <= reader.cursorRect().top() < reader.viewport().height()  # where the reader is
    qtbot.keyClick(reader, Key.Key_Down)
    assert reader.textCursor().position() > start and not reader.textCursor().hasSelection()
    qtbot.keyClick(reader, Key.Key_Right, CTRL)
    moved = reader.textCursor()
    assert not moved.hasSelection()
    qtbot.keyClick(window, Key.Key_F7)
    assert not reader.caret.enabled
    assert "Caret browsing off" in window.statusBar().currentMessage()
    value = bar.value()
    qtbot.keyClick(reader, Key.Key_Down)
    assert bar.value() > value and reader.textCursor().position() == moved.position()


def test_tab_and_enter_still_go_to_terms_with_the_caret_on(
    window: MainWindow, qtbot: QtBot
) -> None:
    reader = window.reader
    marked = window.session.marked
    assert marked is not None
    reader.caret.set_enabled(True)
    reader.setFocus()
    reader.setTextCursor(QTextCursor(reader.document()))
    qtbot.keyClick(reader, Key.Key_Tab)
    first = marked.occurrences[0]
    assert reader.selection_range() == (first.start, first.end)
    with qtbot.waitSignal(reader.term_activated) as activated:
        qtbot.keyClick(reader, Key.Key_Return)
    assert activated.args == [first.entry_id, first.start]


def test_the_caret_stays_on_its_character_as_a_long_texts_window_moves(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    reader = window.reader
    assert window.controllers.documents.open_file(long_text(tmp_path))
    marked = window.session.marked
    assert marked is not None
    reader.scroll_to_offset(marked.text.index("Tiongkok", len(marked.text) // 2))
    feeder = reader.feeder
    assert feeder is not None and feeder.first > 0
    reader.caret.set_enabled(True)
    reader.setFocus()
    for _ in range(3):
        qtbot.keyClick(reader, Key.Key_Down)
    qtbot.keyClick(reader, Key.Key_Right, SHIFT | CTRL)
    chosen = reader.selection_range()
    passage = selected(window)
    assert passage.strip()
    # Up to the window's top: the text before it goes in, above the caret.
    first = feeder.first
    reader.verticalScrollBar().setValue(10)
    qtbot.waitUntil(lambda: feeder.first < first, timeout=5_000)
    assert reader.selection_range() == chosen and selected(window) == passage
    # A full window, at its bottom: text is taken off its top, far above the caret.
    feeder.limit = 150_000
    qtbot.waitUntil(lambda: feeder.full and not feeder.active, timeout=5_000)
    bar, page = reader.verticalScrollBar(), reader.viewport().height()
    bar.setValue(bar.maximum() - 2 * page - 10)  # (not yet near enough to move it)
    reader.clear_selection()
    qtbot.keyClick(reader, Key.Key_Down)  # the caret scrolled away: from the screen's top
    qtbot.keyClick(reader, Key.Key_Right, SHIFT | CTRL)
    chosen, passage = reader.selection_range(), selected(window)
    assert chosen[0] > reader.top_offset() and passage.strip()
    first = feeder.first
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: feeder.first > first, timeout=5_000)
    assert reader.selection_range() == chosen and selected(window) == passage
    qtbot.keyClick(reader, Key.Key_Right, SHIFT)
    assert reader.selection_range() == (chosen[0], chosen[1] + 1)
    # (The documents left go away a part at a time: not while the next test measures.)
    qtbot.waitUntil(lambda: not reader.disposer.timer.isActive(), timeout=20_000)


def test_caret_browsing_is_kept_for_the_next_session(
    window: MainWindow, qtbot: QtBot, data_dir: Path, app_instance: object
) -> None:
    from desktop.app import build_window

    qtbot.keyClick(window, Key.Key_F7)
    assert window.reader.caret.enabled
    window.close()
    again = build_window(data_dir)
    qtbot.addWidget(again)
    assert again.reader.caret.enabled
    action = again.actions_by_name["caretBrowsingAction"]
    assert action.isChecked()
    action.trigger()
    assert not again.reader.caret.enabled
