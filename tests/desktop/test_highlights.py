"""Highlighting passages in the window: Ctrl+1..5, recolour, delete, undo/redo,
kept in the notes database in the data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from desktop.app import build_window
from desktop.mainwindow import MainWindow
from desktop.reader.view import highlight_colour
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store
from glossary.paths import NOTES_FILE


def select(window: MainWindow, passage: str, nth: int = 0) -> tuple[int, int]:
    text = window.session.marked.text  # type: ignore[union-attr]
    start = -1
    for _ in range(nth + 1):
        start = text.index(passage, start + 1)
    end = start + len(passage)
    window.reader.setTextCursor(window.reader.cursor_for(start, end))
    return start, end


def drawn(window: MainWindow) -> list[tuple[int, int, object]]:
    """The highlights painted under the text: (start, end, background colour)."""
    return list(window.reader.highlight_spans())


def stored(data_dir: Path) -> list[tuple[str, int, str]]:
    with Store(data_dir / NOTES_FILE) as store:
        return [
            (h.exact, h.colour, h.note)
            for d in Documents(store).all()
            for h in Highlights(store).of_document(d.id)
        ]


def test_ctrl_number_highlights_the_selection_and_keeps_it(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    start, end = select(window, "campuran pakar")
    qtbot.keyClick(window.reader, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert drawn(window) == [(start, end, highlight_colour(2))]
    assert not window.reader.textCursor().hasSelection()
    # The text itself is unchanged and the glossary mark is still there.
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(start + 1)
    assert cursor.charFormat().isAnchor()
    window.close()
    assert stored(data_dir) == [("campuran pakar", 2, "")]
    again = build_window(data_dir)
    qtbot.addWidget(again)
    assert drawn(again) == [(start, end, highlight_colour(2))]


def test_recolour_delete_and_undo_redo(window: MainWindow, qtbot: QtBot, data_dir: Path) -> None:
    start, end = select(window, "Made in China 2025")
    window.highlight_actions[0].trigger()
    window.reader.setTextCursor(window.reader.cursor_for(start + 3))
    window.highlight_actions[4].trigger()  # cursor inside: recolour to purple
    assert drawn(window) == [(start, end, highlight_colour(5))]
    window.delete_highlight_action.trigger()
    assert drawn(window) == []
    window.undo_action.trigger()  # undelete
    assert drawn(window) == [(start, end, highlight_colour(5))]
    window.undo_action.trigger()  # back to yellow
    assert drawn(window) == [(start, end, highlight_colour(1))]
    window.undo_action.trigger()  # not highlighted at all
    assert drawn(window) == []
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert drawn(window) == [(start, end, highlight_colour(1))]
    window.close()
    assert stored(data_dir) == [("Made in China 2025", 1, "")]


def test_highlight_after_emoji_lands_on_the_right_characters(
    window: MainWindow, tmp_path: Path, data_dir: Path
) -> None:
    path = tmp_path / "emoji.md"
    path.write_text("# 😀 Judul\n\n🚀🚀 Nvidia dan DeepSeek.\n", encoding="utf-8")
    assert window.controllers.documents.open_file(path)
    select(window, "DeepSeek")
    window.highlight_actions[2].trigger()
    (start, end, _colour) = drawn(window)[0]
    cursor = window.reader.cursor_for(0)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "DeepSeek"
    window.close()
    assert stored(data_dir) == [("DeepSeek", 3, "")]


def test_without_a_selection_nothing_is_highlighted(window: MainWindow) -> None:
    window.reader.setTextCursor(window.reader.cursor_for(10))
    window.highlight_actions[0].trigger()
    assert drawn(window) == []
    assert "Select a passage" in window.statusBar().currentMessage()


def test_clicking_a_highlight_selects_it_for_recolouring(window: MainWindow, qtbot: QtBot) -> None:
    start, end = select(window, "sebelumnya, yang mengakibatkan")
    window.highlight_actions[0].trigger()
    inside = window.reader.cursor_for(start + 14)  # inside "yang", not on a term
    point = window.reader.cursorRect(inside).center()
    window.reader.clear_selection()
    with qtbot.waitSignal(window.reader.highlight_clicked) as blocker:
        qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.reader.selection_range() == (start, end)
    row = window.notes_panel.list.currentIndex()
    assert row.isValid() and blocker.args == [row.data(Qt.ItemDataRole.UserRole + 1)]
    window.highlight_actions[2].trigger()  # the clicked highlight is recoloured, not doubled
    assert drawn(window) == [(start, end, highlight_colour(3))]


def test_closing_takes_a_backup_when_notes_changed(window: MainWindow, data_dir: Path) -> None:
    select(window, "Nasdaq")
    window.highlight_actions[0].trigger()
    window.close()
    backups = list((data_dir / "backups").glob("notes-*.sqlite3"))
    assert len(backups) == 1


def _tinted_share(window: MainWindow, start: int, end: int, colour: QColor) -> float:
    """The share of the pixels of the first line of ``start..end`` on screen that show
    ``colour`` blended over the reader's background."""
    reader = window.reader
    left = reader.cursorRect(reader.cursor_for(start)).topLeft()
    right = reader.cursorRect(reader.cursor_for(end)).bottomLeft()
    image = reader.viewport().grab().toImage()
    base = reader.palette().color(reader.viewport().backgroundRole())
    alpha = colour.alphaF()
    blended = [
        round(c * alpha + b * (1 - alpha))
        for c, b in zip(colour.getRgb()[:3], base.getRgb()[:3], strict=True)
    ]
    pixels = [
        image.pixelColor(x, y).getRgb()[:3]
        for x in range(left.x() + 1, right.x() - 1)
        for y in range(left.y() + 1, right.y() - 1)
    ]
    near = [p for p in pixels if all(abs(a - b) <= 3 for a, b in zip(p, blended, strict=True))]
    return len(near) / max(1, len(pixels))


def test_a_highlight_is_painted_under_its_text(window: MainWindow, qtbot: QtBot) -> None:
    start, end = select(window, "pasar AS")
    qtbot.keyClick(window.reader, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    colour = highlight_colour(3)
    qtbot.waitUntil(lambda: _tinted_share(window, start, end, colour) > 0.5)
    window.reader.grab()  # the text is drawn over the tint: some pixels are ink
    assert _tinted_share(window, start, end, colour) < 0.98
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _tinted_share(window, start, end, colour) == 0)


def test_only_highlights_near_the_screen_are_drawn(window: MainWindow, tmp_path: Path) -> None:
    long = tmp_path / "panjang.md"
    long.write_text(
        "\n\n".join(f"Paragraf {i}: Nvidia dan DeepSeek." for i in range(400)), encoding="utf-8"
    )
    assert window.controllers.documents.open_file(long)
    text = window.session.marked.text  # type: ignore[union-attr]
    assert window.session.notes is not None and window.session.document_id is not None
    for i in range(0, 400, 2):
        start = text.index(f"Paragraf {i}:")
        window.session.notes.add(window.session.document_id, text, start, start + 8, 1 + i % 5)
    near_top = drawn(window)
    assert 0 < len(near_top) < 200
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum())
    near_bottom = drawn(window)
    last = text.index("Paragraf 398:")
    assert any(start == last for start, _, _ in near_bottom)
    assert all(start > near_top[-1][0] for start, _, _ in near_bottom)


def test_a_selection_shows_the_floating_bar(window: MainWindow, qtbot: QtBot) -> None:
    """A selection the reader made (with the mouse here) brings the bar; one the app
    made (desktop/reader/test_view.py) does not."""
    from tests.desktop.reader.test_view import drag

    reader = window.reader
    start, end = select(window, "Nvidia kehilangan")
    reader.clear_selection()
    drag(reader, start, end)
    assert reader.selection_range() == (start, end)
    bar = reader.selection_toolbar
    qtbot.waitUntil(bar.isVisible, timeout=3000)  # once the selection rests
    assert abs(bar.geometry().bottom() - reader.cursorRect(reader.cursor_for(start)).top()) < 40
    buttons = bar.findChildren(QToolButton)
    assert [b.defaultAction() for b in buttons] == [*window.highlight_actions, window.note_action]
    buttons[3].click()  # pink
    assert drawn(window) == [(start, end, highlight_colour(4))]
    assert not bar.isVisible()  # the selection is gone, and so is the bar


def test_note_action_highlights_and_opens_the_note(window: MainWindow, qtbot: QtBot) -> None:
    select(window, "High-Flyer")
    window.note_action.trigger()
    assert window.tabs.currentWidget() is window.notes_panel
    assert QApplication.focusWidget() is window.notes_panel.editor
    qtbot.keyClicks(window.notes_panel.editor, "dana kuantitatif")
    window.notes_panel.flush()
    assert window.session.notes is not None
    notes = [
        h.note for h in window.session.notes.highlights.of_document(window.session.document_id)
    ]  # type: ignore[arg-type]
    assert notes == ["dana kuantitatif"]
    assert drawn(window)[0][2] == highlight_colour(1)


def test_a_damaged_notes_database_is_replaced_and_the_user_told(
    qtbot: QtBot, data_dir: Path, app_instance
) -> None:  # type: ignore[no-untyped-def]
    first = build_window(data_dir)
    qtbot.addWidget(first)
    select(first, "Nasdaq")
    first.highlight_actions[0].trigger()
    first.close()  # takes a backup
    (data_dir / NOTES_FILE).write_bytes(b"this is no longer a database " * 500)
    for suffix in ("-wal", "-shm"):
        Path(f"{data_dir / NOTES_FILE}{suffix}").unlink(missing_ok=True)
    again = build_window(data_dir)
    qtbot.addWidget(again)
    message = again.message_bar.text()
    assert "damaged" in message and "restored" in message
    assert len(list(data_dir.glob("notes.sqlite3.damaged-*"))) == 1
    assert [a for a, _, _ in drawn(again)] == [again.session.marked.text.index("Nasdaq")]  # type: ignore[union-attr]


def test_the_trash_older_than_30_days_goes_once_the_window_has_painted(
    qtbot: QtBot, tmp_path: Path
) -> None:
    import gc
    import sqlite3

    from desktop.app import _after_first_paint
    from glossary.documents.loading import load_bundled_article

    data = tmp_path / "data"
    article = load_bundled_article()
    with Store(data / NOTES_FILE) as store:
        doc = Documents(store).remember(article)
        old = Highlights(store).add(doc, article.text, 0, 5)
        recent = Highlights(store).add(doc, article.text, 10, 15)
        Highlights(store).delete(old.id)
        Highlights(store).delete(recent.id)
    db = sqlite3.connect(data / NOTES_FILE)
    db.execute(
        "UPDATE highlights SET deleted = '2020-01-01T00:00:00.000+00:00' WHERE id = ?", (old.id,)
    )
    db.commit()
    db.close()
    window = build_window(data)
    qtbot.addWidget(window)
    assert window.session.notes is not None
    assert len(window.session.notes.highlights.trash()) == 2  # not on the way to the first paint
    try:
        _after_first_paint(window, data)
    finally:
        gc.unfreeze()
    assert [h.id for h in window.session.notes.highlights.trash()] == [recent.id]
