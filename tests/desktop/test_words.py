"""Word lookup and the vocabulary in the window: double-click or Ctrl+D, keep, status
keys 1-4, tints, the Vocabulary panel, review and export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop.controllers.vocabulary import VocabularyController
from desktop.dialogs.dictionaries import DictionariesDialog
from desktop.mainwindow import MainWindow
from desktop.panels.vocabulary import GLOSS, VocabularyModel
from glossary.notes.store import Store
from glossary.paths import NOTES_FILE
from glossary.words.vocabulary import IGNORED, KNOWN, LEARNING, NEW, Vocabulary
from tests.glossary.dictfactories import write_dictd


def offset_of(window: MainWindow, word: str) -> int:
    text = window.session.marked.text  # type: ignore[union-attr]
    return text.index(f" {word}") + 1


def double_click(window: MainWindow, qtbot: QtBot, word: str) -> None:
    start = offset_of(window, word)
    window.reader.show_range(start, start + len(word))
    rect = window.reader.cursorRect(window.reader.cursor_for(start + 2))
    qtbot.mouseDClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def look_up(window: MainWindow, word: str) -> None:
    start = offset_of(window, word)
    window.reader.setTextCursor(window.reader.cursor_for(start, start + len(word)))
    window.lookup_action.trigger()


def focus_reader(window: MainWindow, qtbot: QtBot) -> None:
    """Keys 1-4 act while the text has the focus, in the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.reader.setFocus()
    qtbot.waitUntil(window.reader.hasFocus)


def kept(data_dir: Path) -> dict[str, tuple[int, str]]:
    with Store(data_dir / NOTES_FILE) as store:
        return {i.headword: (i.status, i.gloss) for i in Vocabulary(store).items()}


def test_double_click_shows_the_word_with_its_root_and_same_root_words(
    window: MainWindow, qtbot: QtBot
) -> None:
    double_click(window, qtbot, "menyebabkan")
    assert window.card_slot.card().isVisible()  # the card is in front, the Word tab behind
    shown = window.word_panel.view.toPlainText()
    assert "menyebabkan = meN- + sebab + -kan" in shown
    assert "to cause" in shown and "In the text" in shown
    qtbot.waitUntil(lambda: "Same root in this text" in window.word_panel.view.toPlainText())
    assert "disebabkan" in window.word_panel.view.toPlainText()


def test_a_same_root_link_scrolls_to_that_word(window: MainWindow, qtbot: QtBot) -> None:
    look_up(window, "menyebabkan")
    qtbot.waitUntil(lambda: window.controllers.words.document_words is not None)
    other = window.session.marked.text.index("disebabkan")  # type: ignore[union-attr]
    with qtbot.waitSignal(window.word_panel.range_requested) as blocker:
        window.word_panel.view.anchorClicked.emit(QUrl(f"word:{other}:{other + 10}"))
    assert blocker.args == [other, other + 10]
    assert window.reader.flashed_range() == (other, other + 10)


def test_ctrl_d_looks_up_the_selection_and_a_term_word_shows_its_entry(
    window: MainWindow, qtbot: QtBot
) -> None:
    start = offset_of(window, "kecerdasan")
    window.reader.setTextCursor(window.reader.cursor_for(start, start + 10))
    qtbot.keyClick(window.reader, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    shown = window.word_panel.view.toPlainText()
    assert "kecerdasan = ke- + cerdas + -an" in shown
    assert "In the glossary" in shown and "artificial intelligence" in shown


def test_keep_then_status_keys_and_undo(window: MainWindow, qtbot: QtBot, data_dir: Path) -> None:
    look_up(window, "perusahaan")
    window.word_panel.gloss_box.setCurrentText("a company")
    qtbot.mouseClick(window.word_panel.keep_button, Qt.MouseButton.LeftButton)
    assert kept(data_dir) == {"perusahaan": (NEW, "a company")}
    focus_reader(window, qtbot)
    for key, status in ((Qt.Key.Key_2, LEARNING), (Qt.Key.Key_3, KNOWN), (Qt.Key.Key_4, IGNORED)):
        qtbot.keyClick(window.reader, key)
        assert kept(data_dir)["perusahaan"][0] == status
    assert window.word_panel.status_buttons.checkedId() == IGNORED
    window.undo_stack.undo()
    assert kept(data_dir)["perusahaan"][0] == KNOWN
    for _ in range(3):
        window.undo_stack.undo()
    assert kept(data_dir) == {}


def test_a_status_key_on_an_unkept_word_keeps_it(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    look_up(window, "pasar")
    focus_reader(window, qtbot)
    qtbot.keyClick(window.reader, Qt.Key.Key_2)
    status, gloss = kept(data_dir)["pasar"]
    assert status == LEARNING and "market" in gloss


def test_digits_typed_in_a_field_are_not_status_keys(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    look_up(window, "pasar")
    window.tabs.setCurrentWidget(window.vocabulary_panel)
    field = window.vocabulary_panel.search_field
    focus_reader(window, qtbot)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "23")
    assert field.text() == "23"
    assert kept(data_dir) == {}


def test_word_status_tints_the_text(window: MainWindow, qtbot: QtBot) -> None:
    look_up(window, "perusahaan")
    window.controllers.words.set_status(LEARNING)
    window.show_status_action.setChecked(True)
    qtbot.waitUntil(lambda: window.controllers.words.document_words is not None)
    start = offset_of(window, "perusahaan")
    tints = {
        (s, e): c
        for s, e, c in window.controllers.words.word_tints(0, len(window.session.marked.text))
    }  # type: ignore[union-attr]
    shown = window.controllers.words.tint_colours()
    assert tints[(start, start + 10)] == shown[LEARNING]
    assert shown[0] not in tints.values()  # unknown words
    backgrounds = {s.format.background().color().rgba() for s in window.reader.extraSelections()}
    assert shown[LEARNING].rgba() in backgrounds
    window.show_unknown_action.setChecked(True)
    assert shown[0].rgba() in {
        s.format.background().color().rgba() for s in window.reader.extraSelections()
    }
    # Every word of the first paragraph is tinted, but names.
    first = window.session.marked.document.blocks[1]  # type: ignore[union-attr]
    tinted = {s for s, _e, _c in window.controllers.words.word_tints(first.start, first.end)}
    words = window.controllers.words.document_words
    assert words is not None and len(words.between(first.start, first.end)) > 20
    for token in words.between(first.start, first.end):
        assert (token.start in tinted) == (words.resolution(token).kind != "name"), token
    # Names are never tinted.
    deepseek = offset_of(window, "DeepSeek")
    assert all(s != deepseek for s, _e, _c in window.controllers.words.word_tints(0, deepseek + 20))
    window.show_status_action.setChecked(False)
    window.show_unknown_action.setChecked(False)
    assert window.reader.extraSelections() == []


def test_vocabulary_panel_filters_edits_and_deletes_with_undo(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    for word, status in (("pasar", LEARNING), ("perusahaan", NEW), ("rakyat", KNOWN)):
        look_up(window, word)
        window.controllers.words.set_status(status)
    panel = window.vocabulary_panel
    window.action("vocabularyAction").trigger()
    assert window.tabs.currentWidget() is panel
    assert panel.proxy.rowCount() == 3
    panel.status_box.setCurrentIndex(panel.status_box.findData(KNOWN))
    assert panel.proxy.rowCount() == 1
    panel.status_box.setCurrentIndex(0)
    qtbot.keyClicks(panel.search_field, "pasar")
    assert panel.proxy.rowCount() == 1
    index = panel.proxy.index(0, GLOSS)
    assert panel.proxy.setData(index, "marketplace")
    assert kept(data_dir)["pasar"][1] == "marketplace"
    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert "pasar" not in kept(data_dir)
    window.undo_stack.undo()
    assert kept(data_dir)["pasar"] == (LEARNING, "marketplace")
    window.undo_stack.undo()
    assert kept(data_dir)["pasar"][1] != "marketplace"


def test_vocabulary_model(qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    model = VocabularyModel()
    with Store(tmp_path / "notes.sqlite3") as store:
        vocabulary = Vocabulary(store)
        vocabulary.keep(
            headword="pasar",
            root="pasar",
            word="pasar",
            gloss="<b>market</b>",
            sentence="Harga <script>pasar</script> naik.",
        )
        model.set_items(vocabulary.items())
    qtmodeltester.check(model)
    assert model.data(model.index(0, GLOSS)) == "<b>market</b>"
    # The sentence is the user's: shown as text, never as markup.
    assert "&lt;script&gt;" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)


def test_review_shows_front_then_back_and_keys_rate(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    for word in ("pasar", "perusahaan"):
        look_up(window, word)
        window.controllers.words.on_keep_requested("")
    window.action("reviewAction").trigger()
    dialog = window.controllers.vocabulary.review_dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert "Due now: 2 (2 never reviewed, 0 again)" in dialog.counts_label.text()
    front = dialog.card.toPlainText()
    assert dialog.item is not None and dialog.item.word in front
    assert not dialog.rating_buttons[3].isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert dialog.rating_buttons[3].isEnabled()
    assert dialog.item.headword in dialog.card.toPlainText()
    qtbot.keyClick(dialog, Qt.Key.Key_3)
    assert "Due now: 1 (1 never reviewed" in dialog.counts_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_K)
    assert "Nothing to review now." in dialog.card.toPlainText()
    # The word answered "Good" comes back within minutes; the dialog waits for it.
    assert "due in" in dialog.card.toPlainText() and dialog.wait_timer.isActive()
    with Store(data_dir / NOTES_FILE) as store:
        items = {i.headword: i for i in Vocabulary(store).items()}
    statuses = sorted(i.status for i in items.values())
    assert statuses == [LEARNING, KNOWN]
    assert any(i.card for i in items.values())
    dialog.close()


def test_export_vocabulary_from_the_window(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    look_up(window, "pasar")
    window.controllers.words.on_keep_requested("market")
    target = tmp_path / "out" / "words.apkg"
    target.parent.mkdir()
    monkeypatch.setattr(VocabularyController, "ask_path", classmethod(lambda cls, p, f: target))
    window.action("exportVocabularyAction").trigger()
    qtbot.waitUntil(target.exists)
    qtbot.waitUntil(lambda: "Exported to" in window.statusBar().currentMessage())


def test_installed_dictionaries_show_under_their_names(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    folder = data_dir / "dictionaries"
    write_dictd(folder, "freedict-eng-ind", {"market": "pasar"}, compress=True)
    (folder / "broken.index").write_bytes(b"\x00\xff" * 50)
    look_up(window, "pasar")
    qtbot.waitUntil(lambda: "freedict-eng-ind" in window.word_panel.view.toPlainText())
    assert "English words for it" in window.word_panel.view.toPlainText()
    window.action("dictionariesAction").trigger()
    dialog = window.findChild(DictionariesDialog, "dictionariesDialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: "broken.index" in dialog.found_view.toPlainText())
    assert "freedict-eng-ind" in dialog.found_view.toPlainText()
    dialog.close()


def test_deleted_words_are_forgotten_at_the_next_start(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    from desktop.app import build_window

    look_up(window, "pasar")
    item = window.controllers.words.keep("market", None)
    assert item is not None
    window.session.notes.delete_word(item.id)  # type: ignore[union-attr]
    window.close()
    again = build_window(data_dir)
    qtbot.addWidget(again)
    with Store(data_dir / NOTES_FILE) as store:
        assert store.query("SELECT COUNT(*) FROM vocabulary").fetchone()[0] == 0


def test_undo_after_keeping_a_deleted_word_again_brings_back_the_old_one(
    window: MainWindow, data_dir: Path
) -> None:
    look_up(window, "pasar")
    item = window.controllers.words.keep("market (mine)", KNOWN)
    assert item is not None
    window.controllers.vocabulary.delete_word(item.id)
    look_up(window, "pasar")
    window.controllers.words.on_keep_requested("other")
    assert kept(data_dir)["pasar"] == (NEW, "other")
    window.undo_stack.undo()
    assert "pasar" not in kept(data_dir)
    window.undo_stack.undo()
    assert kept(data_dir)["pasar"] == (KNOWN, "market (mine)")
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert kept(data_dir)["pasar"] == (NEW, "other")


def test_status_buttons_follow_the_word_shown(window: MainWindow) -> None:
    look_up(window, "pasar")
    window.controllers.words.set_status(LEARNING)
    assert window.word_panel.status_buttons.checkedId() == LEARNING
    look_up(window, "menyebabkan")
    assert window.word_panel.status_buttons.checkedId() == -1
    assert window.word_panel.status_label.text() == "Not in your vocabulary."


def test_a_click_in_a_compound_looks_up_the_half_clicked(window: MainWindow) -> None:
    from glossary.documents.loading import parse_plain_text
    from glossary.documents.reading import MarkedDocument

    document = parse_plain_text("Kamus Indonesia-Inggris dan model-model baru.\n")
    window.session.marked = MarkedDocument(document, [])
    window.controllers.words.on_document_shown()
    start = document.text.index("Inggris")
    assert window.controllers.words.look_up(start + 2, start + 2)
    assert window.word_panel.info is not None and window.word_panel.info.word == "Inggris"
    start = document.text.index("model-model")
    assert window.controllers.words.look_up(start + 8, start + 8)
    assert window.word_panel.info.word == "model-model"
    assert "model-model = model ×2" in window.word_panel.view.toPlainText()


def test_undo_of_a_gloss_edit_leaves_a_later_review_alone(
    window: MainWindow, data_dir: Path
) -> None:
    look_up(window, "pasar")
    item = window.controllers.words.keep("market", None)
    assert item is not None
    window.controllers.vocabulary.on_gloss_edited(item.id, "marketplace")
    window.session.notes.review_word(item.id, 3)  # type: ignore[union-attr]
    window.session.notes.set_word_status(item.id, KNOWN)  # "Known" in the review
    window.undo_stack.undo()
    assert kept(data_dir)["pasar"] == (KNOWN, "market")


def test_a_word_of_another_document_can_be_kept_again_after_a_delete(
    window: MainWindow, data_dir: Path
) -> None:
    look_up(window, "pasar")
    item = window.controllers.words.keep("market", LEARNING)
    assert item is not None
    window.controllers.documents.open_file(
        write_text(data_dir.parent / "lain.txt", "Teks lain tanpa kata itu.\n")
    )
    window.controllers.words.show_kept_word(item.id)
    assert window.word_panel.item is not None
    window.controllers.vocabulary.delete_word(item.id)
    assert window.word_panel.item is None  # "Not in your vocabulary"
    window.controllers.words.set_status(KNOWN)
    assert kept(data_dir)["pasar"] == (KNOWN, "market")


def test_closing_the_window_closes_the_review(window: MainWindow, qtbot: QtBot) -> None:
    look_up(window, "pasar")
    window.controllers.words.on_keep_requested("market")
    window.action("reviewAction").trigger()
    dialog = window.controllers.vocabulary.review_dialog
    assert dialog is not None and dialog.isVisible()
    window.close()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_export_of_an_empty_list_writes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "words.csv"
    monkeypatch.setattr(VocabularyController, "ask_path", classmethod(lambda cls, p, f: target))
    window.action("exportVocabularyAction").trigger()
    assert "nothing to export" in window.statusBar().currentMessage()
    assert not target.exists()


def write_text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # offscreen: a menu
def test_a_digit_with_a_menu_open_is_for_the_menu_not_a_status(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    look_up(window, "pasar")
    focus_reader(window, qtbot)
    menu = window.encoding_menu  # its items are "&0 ...", "&1 ...": 1 chooses one
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    with qtbot.waitSignal(window.encoding_group.triggered) as chosen:
        qtbot.keyClick(menu, Qt.Key.Key_1)
    assert chosen.args[0].text().startswith("&1 ")
    assert kept(data_dir) == {}


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # offscreen: a menu
def test_a_status_key_in_the_words_menu_marks_the_word(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    look_up(window, "pasar")
    focus_reader(window, qtbot)
    menu = window.status_actions[LEARNING].associatedObjects()[-1]
    assert isinstance(menu, QMenu)
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_2)  # "Mark Word Learning  2", shown in the menu
    assert kept(data_dir)["pasar"][0] == LEARNING
    assert not menu.isVisible()


def test_inside_a_highlight_a_tint_is_an_underline_and_the_highlight_keeps_its_colour(
    window: MainWindow, qtbot: QtBot
) -> None:
    # Drawn as backgrounds, the tints over a yellow highlight made it look green.
    look_up(window, "perusahaan")
    window.controllers.words.set_status(LEARNING)
    window.show_status_action.setChecked(True)
    window.show_unknown_action.setChecked(True)
    qtbot.waitUntil(lambda: window.controllers.words.document_words is not None)
    start = offset_of(window, "perusahaan")
    assert window.session.notes is not None and window.session.document_id is not None
    text = window.session.marked.text  # type: ignore[union-attr]
    window.session.notes.add(window.session.document_id, text, start, start + 30, 1)
    qtbot.waitUntil(lambda: bool(window.reader.highlight_spans()))
    learning = window.controllers.words.tint_colours()[LEARNING]

    def format_at(offset: int) -> QTextCharFormat:
        [found] = [
            QTextCharFormat(s.format)  # (the selection's own goes with it)
            for s in window.reader.extraSelections()
            if s.cursor.selectionStart() == window.reader.cursor_for(offset).position()
            and (s.format.hasProperty(QTextCharFormat.Property.BackgroundBrush)
                 or s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline)
        ]  # fmt: skip
        return found

    inside = format_at(start)
    assert not inside.hasProperty(QTextCharFormat.Property.BackgroundBrush)
    assert inside.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert inside.underlineColor() == learning.darker(170)
    after = text.index(" perusahaan", start + 40) + 1  # the same word, not highlighted
    assert format_at(after).background().color().rgba() == learning.rgba()
    window.show_status_action.setChecked(False)
    window.show_unknown_action.setChecked(False)
