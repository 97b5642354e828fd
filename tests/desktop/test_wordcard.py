"""The card beside a word in the window: a double-click or Ctrl+D opens a word's card,
a click or Enter on a term its card; the side panel follows quietly; keys 1-4, Esc and
"Open in Panel"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.mainwindow import MainWindow
from glossary.notes.store import Store
from glossary.paths import NOTES_FILE
from glossary.words.vocabulary import KNOWN, LEARNING, Vocabulary


def offset_of(window: MainWindow, word: str) -> int:
    text = window.session.marked.text  # type: ignore[union-attr]
    return text.index(f" {word}") + 1


def double_click(window: MainWindow, qtbot: QtBot, word: str) -> tuple[int, int]:
    start = offset_of(window, word)
    window.reader.show_range(start, start + len(word))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    rect = window.reader.cursorRect(window.reader.cursor_for(start + 2))
    qtbot.mouseDClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return start, start + len(word)


def kept(data_dir: Path) -> dict[str, int]:
    with Store(data_dir / NOTES_FILE) as store:
        return {i.headword: i.status for i in Vocabulary(store).items()}


def test_a_double_click_opens_the_card_beside_the_word(window: MainWindow, qtbot: QtBot) -> None:
    before = window.tabs.currentWidget()
    assert window.card_slot.built is None  # start-up does not build it
    start, end = double_click(window, qtbot, "menyebabkan")
    card = window.card_slot.card()
    assert window.card_slot.built is card and window.card_slot.shown is card
    assert card.isVisible()
    assert card.title.text() == "menyebabkan"
    assert card.formula.text() == "menyebabkan = meN- + sebab + -kan"
    word = window.reader.rect_for(start, end)
    assert card.geometry().top() > word.bottom() or card.geometry().bottom() < word.top()
    assert window.reader.viewport().rect().contains(card.geometry())
    # The Word tab follows quietly: filled in, not brought to the front.
    assert window.tabs.currentWidget() is before
    assert "menyebabkan = meN- + sebab + -kan" in window.word_panel.view.toPlainText()
    card.panel_button.click()
    assert window.tabs.currentWidget() is window.word_panel
    assert not card.isVisible()


def test_keys_on_the_card_set_the_status_and_esc_goes_back_to_the_text(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    start, end = double_click(window, qtbot, "perusahaan")
    card = window.card_slot.card()
    qtbot.waitUntil(card.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    assert kept(data_dir) == {"perusahaan": LEARNING}
    assert card.status() == LEARNING and card.status_buttons.checkedId() == LEARNING
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    assert kept(data_dir) == {"perusahaan": KNOWN}
    assert window.word_panel.status_buttons.checkedId() == KNOWN  # the panel follows
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not card.isVisible()
    assert QApplication.focusWidget() is window.reader
    assert window.reader.selection_range() == (start, end)  # at the same place


def test_keep_on_the_card_keeps_the_word_with_its_gloss(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    double_click(window, qtbot, "pasar")
    qtbot.mouseClick(window.card_slot.card().keep_button, Qt.MouseButton.LeftButton)
    with Store(data_dir / NOTES_FILE) as store:
        items = Vocabulary(store).items()
    assert [(i.headword, "market" in i.gloss) for i in items] == [("pasar", True)]
    card = window.card_slot.card()
    assert card.isVisible() and "pasar" in card.status_label.text()


def test_a_click_on_a_term_opens_its_card_and_open_in_panel_shows_the_entry(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.tabs.setCurrentWidget(window.notes_panel)
    marked = window.session.marked
    assert marked is not None
    occ = next(o for o in marked.occurrences if o.entry_id == "valuation")
    window.reader.show_range(occ.start, occ.start, select=False)
    rect = window.reader.rect_for(occ.start, occ.end)
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    card = window.card_slot.card()
    qtbot.waitUntil(card.isVisible)
    entry = window.session.glossary.entry("valuation")
    language = window.session.language
    assert card.title.text() == entry.headword(language)
    assert card.meaning.text() == entry.short_definition(language, 320)
    assert window.tabs.currentWidget() is window.notes_panel  # not taken over
    assert window.panel.entry_view.entry is not None
    assert window.panel.entry_view.entry.id == "valuation"  # filled in behind
    qtbot.mouseClick(card.panel_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.panel
    assert not card.isVisible()


def test_enter_on_a_term_reached_with_tab_opens_its_card(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.reader.setFocus()
    window.reader.setTextCursor(window.reader.cursor_for(0))
    qtbot.keyClick(window.reader, Qt.Key.Key_Tab)
    selected = window.reader.textCursor().selectedText()
    assert selected
    qtbot.keyClick(window.reader, Qt.Key.Key_Return)
    card = window.card_slot.card()
    assert card.isVisible() and card.hasFocus()
    assert card.entry_id == window.session.current_entry
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    assert window.reader.hasFocus()
    assert window.reader.textCursor().selectedText() == selected


def test_a_double_click_on_a_word_of_a_term_opens_the_word_card(
    window: MainWindow, qtbot: QtBot
) -> None:
    # The first click opens the term's card; the second must still reach the text.
    double_click(window, qtbot, "kecerdasan")
    card = window.card_slot.card()
    assert card.isVisible() and card.title.text() == "kecerdasan"
    assert "kecerdasan buatan" in card.entry_button.text()
    with qtbot.waitSignal(card.entry_requested) as asked:
        card.entry_button.click()
    assert asked.args == ["artificial-intelligence"]
    assert window.tabs.currentWidget() is window.panel


def test_a_click_elsewhere_or_a_scroll_closes_the_card(window: MainWindow, qtbot: QtBot) -> None:
    double_click(window, qtbot, "menyebabkan")
    assert window.card_slot.card().isVisible()
    qtbot.mouseClick(window.panel.search_field, Qt.MouseButton.LeftButton)
    assert not window.card_slot.card().isVisible()
    double_click(window, qtbot, "menyebabkan")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # search
    assert not window.card_slot.card().isVisible()


def test_a_scroll_closes_the_card(window: MainWindow, qtbot: QtBot) -> None:
    double_click(window, qtbot, "menyebabkan")
    viewport = window.reader.viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert not window.card_slot.card().isVisible()


def test_s_on_the_card_and_its_speaker_button_speak_the_word_or_term(
    window: MainWindow, qtbot: QtBot
) -> None:
    from tests.desktop.controllers.test_readaloud import FakeSpeaker

    assert window.controllers is not None
    speaker = FakeSpeaker()
    window.controllers.read_aloud.set_speakers([speaker])
    double_click(window, qtbot, "menyebabkan")
    card = window.card_slot.card()
    qtbot.waitUntil(card.hasFocus)
    qtbot.keyClick(card, Qt.Key.Key_S)
    assert speaker.said[-1][:2] == ("menyebabkan", "id")
    assert card.isVisible()  # the card stays, to hear it again
    # A term's card speaks its headword in the language shown first.
    marked = window.session.marked
    assert marked is not None
    occ = next(o for o in marked.occurrences if o.entry_id == "valuation")
    window.reader.show_range(occ.start, occ.start, select=False)
    rect = window.reader.rect_for(occ.start, occ.end)
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: card.isVisible() and card.kind == "term")
    qtbot.mouseClick(card.listen_button, Qt.MouseButton.LeftButton)
    language = window.session.language
    entry = window.session.glossary.entry("valuation")
    assert speaker.said[-1][:2] == (entry.headword(language), language)
