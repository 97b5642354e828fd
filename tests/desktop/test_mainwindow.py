from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.app import build_window
from desktop.mainwindow import MainWindow
from desktop.settings import DEFINITION_FIRST, Settings
from glossary.documents.loading import load_bundled_article


def occurrence_point(window: MainWindow, start: int) -> QPoint:
    reader = window.reader
    cursor = QTextCursor(reader.document())
    cursor.setPosition(start + 1)
    reader.setTextCursor(cursor)
    reader.ensureCursorVisible()
    rect = reader.cursorRect(cursor)
    return rect.center()


def anchor_point(browser, href: str) -> QPoint:  # type: ignore[no-untyped-def]
    """Where the link ``href`` is drawn in ``browser``'s viewport."""
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + 1)
                return browser.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link {href}")


def first_occurrence(window: MainWindow, entry_id: str):  # type: ignore[no-untyped-def]
    assert window.session.marked is not None
    return window.session.marked.of_entry(entry_id)[0]


def test_opens_on_the_bundled_article_with_terms_marked(window: MainWindow) -> None:
    article = load_bundled_article()
    assert window.reader.toPlainText() == article.text
    assert window.session.marked is not None
    assert len(window.session.marked.occurrences) > 150
    assert "AI DeepSeek Tiongkok" in window.windowTitle()
    assert window.header.title_label.text() == article.title
    # A translation: its original's title below its own, and the original's date.
    original = window.header.original_label
    assert original.isVisible()
    assert original.text() == "Original: China’s DeepSeek AI Reveals Advantages Of Socialism"
    byline = window.header.byline_label.text()
    assert "Workers World, 10 Februari 2025" in byline
    assert byline.endswith(" · translated by Bergelora.com")
    # Each occurrence is a dotted-underlined anchor in the reader's document.
    occ = first_occurrence(window, "mic-2025")
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(occ.start + 1)
    fmt = cursor.charFormat()
    assert fmt.isAnchor()
    assert fmt.anchorHref().startswith("term:")
    assert fmt.underlineStyle().name == "DotLine"
    assert "Made in China 2025" in fmt.toolTip()
    assert window.marks_label.text().startswith(
        f"{len(window.session.marked.occurrences)} glossary terms"
    )


def test_clicking_a_term_shows_its_entry_in_both_languages(
    window: MainWindow, qtbot: QtBot
) -> None:
    occ = first_occurrence(window, "mixture-of-experts")
    point = occurrence_point(window, occ.start)
    with qtbot.waitSignal(window.reader.term_activated) as blocker:
        qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args[0] == "mixture-of-experts"
    entry = window.session.glossary.entry("mixture-of-experts")
    shown = window.panel.entry_view.toPlainText()
    assert entry.definition_en in shown
    assert entry.definition_id in shown
    assert entry.usage_id in shown
    assert window.session.current_entry == "mixture-of-experts"


def test_activating_an_occurrence_scrolls_and_flashes(window: MainWindow, qtbot: QtBot) -> None:
    window.panel.show_entry("deepseek")
    view = window.panel.entry_view
    occurrences = view.occurrences
    assert len(occurrences) > 10
    last = occurrences[-1]
    window.reader.verticalScrollBar().setValue(0)
    view.resize(400, 4000)  # every occurrence link on screen
    point = anchor_point(view, f"occurrence:{len(occurrences) - 1}")
    with qtbot.waitSignal(view.occurrence_requested):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.reader.flashed_range() == (last.start, last.end)
    assert window.reader.verticalScrollBar().value() > 0
    qtbot.waitUntil(lambda: window.reader.flashed_range() is None, timeout=3000)


def test_an_entry_lists_its_first_places_only(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A term of a 50 MB text may stand in it 100,000 times: the entry lists the first
    few hundred (each a snippet), says how many there are, and F3 goes through all."""
    from desktop.panels import entryview

    monkeypatch.setattr(entryview, "LISTED", 3)
    window.panel.show_entry("deepseek")
    view = window.panel.entry_view
    count = len(view.occurrences)
    assert count > 10
    shown = view.toPlainText()
    assert f"In the text ({count})" in shown
    assert "3. " in shown and "4. " not in shown and "…" in shown


def test_f3_steps_through_occurrences_and_wraps(window: MainWindow, qtbot: QtBot) -> None:
    window.panel.show_entry("mic-2025")
    starts = [o.start for o in window.session.marked.of_entry("mic-2025")]  # type: ignore[union-attr]
    window.reader.setFocus()
    seen = []
    for _ in range(len(starts) + 1):
        qtbot.keyClick(window.reader, Qt.Key.Key_F3)
        seen.append(window.reader.textCursor().selectionStart())
    assert seen == [*starts, starts[0]]
    qtbot.keyClick(window.reader, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.reader.textCursor().selectionStart() == starts[-1]


def test_ctrl_k_searches_and_enter_opens(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    field = window.panel.search_field
    assert QApplication.focusWidget() is field
    qtbot.keyClicks(field, "nvidia")
    assert window.panel.model.rowCount() >= 1
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.panel.entry_view.entry is not None
    assert window.panel.entry_view.entry.id == "nvidia"


def test_up_down_in_results_skip_category_headers(window: MainWindow, qtbot: QtBot) -> None:
    field = window.panel.search_field
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down)
    first = window.panel.results.currentIndex()
    assert first.row() == 1  # row 0 is a category header
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert window.panel.results.currentIndex().row() == 2
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert window.panel.results.currentIndex().row() == 1
    assert window.panel.entry_view.entry is not None


def test_did_you_mean_is_offered_and_clickable(window: MainWindow, qtbot: QtBot) -> None:
    field = window.panel.search_field
    qtbot.keyClicks(field, "nvidai")
    label = window.panel.suggestion_label
    assert label.isVisible()
    assert "href='suggest:nvidia'" in label.text()
    label.linkActivated.emit("suggest:nvidia")  # what a click on that link sends
    assert field.text() == "nvidia"
    assert window.panel.model.rowCount() >= 1
    assert not label.isVisible()


def test_opening_a_bad_file_keeps_the_article(window: MainWindow, tmp_path: Path) -> None:
    before = window.reader.toPlainText()
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00")
    for path in (tmp_path / "missing.md", binary):
        assert window.controllers.documents.open_file(path) is False
        assert path.name in window.message_bar.text()
        assert window.reader.toPlainText() == before


def test_opening_another_document_marks_it(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "catatan.md"
    path.write_text("# Catatan\n\nNvidia dan Kamar Dagang AS.\n", encoding="utf-8")
    assert window.controllers.documents.open_file(path)
    assert window.reader.toPlainText() == "Catatan\nNvidia dan Kamar Dagang AS."
    assert [o.text for o in window.session.marked.occurrences] == ["Nvidia", "Kamar Dagang AS"]  # type: ignore[union-attr]


def test_definition_language_order_is_a_remembered_setting(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    window.panel.show_entry("valuation")
    entry = window.session.glossary.entry("valuation")
    text = window.panel.entry_view.toPlainText()
    assert text.index(entry.definition_id) < text.index(entry.definition_en)
    window.english_first_action.trigger()
    text = window.panel.entry_view.toPlainText()
    assert text.index(entry.definition_en) < text.index(entry.definition_id)
    window.close()
    assert Settings(data_dir / "settings.ini").get(DEFINITION_FIRST) == "en"
    again = build_window(data_dir)
    qtbot.addWidget(again)
    assert again.english_first_action.isChecked()


def test_malformed_glossary_keeps_the_window_running(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, app_instance
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.toml"
    bad.write_text("[[entry]]\nid = 'x'\n", encoding="utf-8")
    win = build_window(data_dir, glossary_paths=[bad])
    qtbot.addWidget(win)
    assert "bad.toml" in win.message_bar.text()
    assert win.reader.toPlainText() == load_bundled_article().text
    assert win.session.marked is not None and win.session.marked.occurrences == []


def test_missing_file_at_start_falls_back_to_the_article(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, app_instance
) -> None:  # type: ignore[no-untyped-def]
    win = build_window(data_dir, tmp_path / "gone.md")
    qtbot.addWidget(win)
    assert "gone.md" in win.message_bar.text()
    assert win.reader.toPlainText() == load_bundled_article().text


def test_important_widgets_have_names(window: MainWindow) -> None:
    from PySide6.QtWidgets import QWidget

    for name in ("readerView", "glossaryPanel", "glossarySearch", "glossaryResults", "entryView"):
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def mark_format(window: MainWindow, entry_id: str):  # type: ignore[no-untyped-def]
    occ = first_occurrence(window, entry_id)
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(occ.start + 1)
    return cursor.charFormat()


def test_mark_colour_follows_the_theme(window: MainWindow) -> None:
    from PySide6.QtGui import QColor, QPalette

    palette = window.reader.palette()
    palette.setColor(QPalette.ColorRole.Link, QColor("#ff00aa"))
    window.reader.setPalette(palette)
    assert mark_format(window, "nvidia").underlineColor() == QColor("#ff00aa")
    # The marks are re-applied on the same document text.
    assert window.reader.toPlainText() == load_bundled_article().text


def test_terms_are_reachable_from_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    reader = window.reader
    reader.setFocus()
    cursor = QTextCursor(reader.document())
    reader.setTextCursor(cursor)
    # Tab moves to the next link (a marked term) inside the reader; Enter opens it.
    qtbot.keyClick(reader, Qt.Key.Key_Tab)
    assert reader.hasFocus()
    first = window.session.marked.occurrences[0]  # type: ignore[union-attr]
    assert reader.textCursor().selectionStart() == first.start
    with qtbot.waitSignal(reader.term_activated) as blocker:
        qtbot.keyClick(reader, Qt.Key.Key_Return)
    assert blocker.args == [first.entry_id, first.start]
    assert window.panel.entry_view.entry is not None
    assert window.panel.entry_view.entry.id == first.entry_id


def test_related_entries_are_links(window: MainWindow, qtbot: QtBot) -> None:
    window.panel.show_entry("mic-2025")
    view = window.panel.entry_view
    related = window.session.glossary.related(window.session.glossary.entry("mic-2025"))
    assert related
    view.resize(400, 2000)
    point = anchor_point(view, f"entry:{related[0].id}")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.entry is not None and view.entry.id == related[0].id
    assert window.session.current_entry == related[0].id


def test_switching_language_keeps_place_entry_and_messages(
    window: MainWindow, qtbot: QtBot
) -> None:
    qtbot.keyClicks(window.panel.search_field, "distil")
    window.panel.show_entry("distillation")
    window.reader.verticalScrollBar().setValue(900)
    window.feedback.problem("Something to keep reading.")
    document = window.reader.document()
    window.english_first_action.trigger()
    assert window.panel.entry_view.entry is not None
    assert window.panel.entry_view.entry.id == "distillation"
    assert window.reader.verticalScrollBar().value() == 900
    assert window.message_bar.text() == "Something to keep reading."
    assert window.reader.document() is document
    entry = window.session.glossary.entry("nvidia")
    assert entry.short_definition("en") in mark_format(window, "nvidia").toolTip()


def test_marks_and_jumps_stay_exact_after_emoji(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "emoji.md"
    path.write_text("# 😀 Catatan 𝔸\n\nNvidia 😀😀 dan DeepSeek 🚀 dan Nvidia.\n", encoding="utf-8")
    assert window.controllers.documents.open_file(path)
    marked = window.session.marked
    assert marked is not None
    assert [o.text for o in marked.occurrences] == ["Nvidia", "DeepSeek", "Nvidia"]
    for occ in marked.occurrences:
        cursor = window.reader.cursor_for(occ.start, occ.end)
        assert cursor.selectedText() == occ.text
        assert cursor.charFormat().anchorHref().startswith("term:")
    window.panel.show_entry("nvidia")
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F3)
    qtbot.keyClick(window.reader, Qt.Key.Key_F3)
    assert window.reader.textCursor().selectedText() == "Nvidia"
    assert window.reader.cursor_offset() == marked.occurrences[2].start
    assert window.reader.flashed_range() == (marked.occurrences[2].start, marked.occurrences[2].end)


def test_usage_notes_only_for_the_article_they_describe(window: MainWindow, tmp_path: Path) -> None:
    entry = window.session.glossary.entry("nvidia")
    window.panel.show_entry("nvidia")
    assert entry.usage_id in window.panel.entry_view.toPlainText()
    other = tmp_path / "lain.md"
    other.write_text("# Lain\n\nNvidia membuat chip.\n", encoding="utf-8")
    window.controllers.documents.open_file(other)
    window.panel.show_entry("nvidia")
    text = window.panel.entry_view.toPlainText()
    assert entry.definition_id in text and entry.usage_id not in text


def test_opens_at_the_top_and_f3_says_where_it_is(window: MainWindow, qtbot: QtBot) -> None:
    assert window.reader.verticalScrollBar().value() == 0
    assert window.reader.cursor_offset() == 0
    window.panel.show_entry("mic-2025")
    qtbot.keyClick(window.reader, Qt.Key.Key_F3)
    count = len(window.session.marked.of_entry("mic-2025"))  # type: ignore[union-attr]
    assert window.statusBar().currentMessage().endswith(f"occurrence 1 of {count}")


def test_typing_highlights_but_keeps_the_shown_entry(window: MainWindow, qtbot: QtBot) -> None:
    window.panel.show_entry("valuation")
    field = window.panel.search_field
    qtbot.keyClicks(field, "xqzzyv")
    assert window.panel.entry_view.entry is not None
    assert window.panel.entry_view.entry.id == "valuation"
    field.clear()
    qtbot.keyClicks(field, "nvidia")
    assert window.panel.results.currentIndex().row() == 0
    assert window.panel.entry_view.entry.id == "valuation"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.panel.entry_view.entry.id == "nvidia"


def test_enter_takes_the_first_suggestion_and_escape_goes_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    field = window.panel.search_field
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "nvidai")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "nvidia"
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.reader


def test_list_items_show_as_a_list_with_exact_text(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "daftar.md"
    path.write_text("# Daftar\n\n- Nvidia\n- DeepSeek\n\n1. AS\n", encoding="utf-8")
    assert window.controllers.documents.open_file(path)
    assert window.reader.toPlainText() == "Daftar\nNvidia\nDeepSeek\n1. AS"
    second = window.reader.document().findBlockByNumber(2)
    assert second.textList() is not None and second.textList().count() == 2
    assert [o.text for o in window.session.marked.occurrences] == ["Nvidia", "DeepSeek", "AS"]  # type: ignore[union-attr]


def test_ctrl_k_brings_the_glossary_search_forward_from_any_tab(
    window: MainWindow, qtbot: QtBot
) -> None:
    for tab in (window.notes_panel, window.word_panel, window.vocabulary_panel):
        window.tabs.setCurrentWidget(tab)
        window.reader.setFocus()
        qtbot.keyClick(window.reader, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentWidget() is window.panel
        qtbot.waitUntil(window.panel.search_field.hasFocus)


def test_every_text_field_of_the_window_leaves_ctrl_e_to_export(window: MainWindow) -> None:
    # On X11 a text field takes Ctrl+E for "end of line"; the window's Export goes first.
    # (Offscreen Qt binds no Ctrl+E to a field: under X11 this fails without the fix.)
    fields = [window.panel.search_field, window.notes_panel.search_field]
    fields += [window.vocabulary_panel.search_field, window.find_bar.field]
    for field in fields:
        assert isinstance(field, QLineEdit)
        override = QKeyEvent(
            QEvent.Type.ShortcutOverride, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
        )
        QApplication.sendEvent(field, override)
        assert not override.isAccepted(), field.objectName()
