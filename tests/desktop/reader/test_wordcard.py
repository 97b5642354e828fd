"""The card beside a word: where it goes, what it shows (as plain text), its keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.reader.wordcard import GAP, WordCard, card_position
from glossary.model import Category, Entry
from glossary.notes.store import Store
from glossary.terms.glossary import load_bundled_glossary
from glossary.words.lookup import WordLookup
from glossary.words.setup import build_lookup
from glossary.words.vocabulary import LEARNING, Vocabulary, VocabularyItem

VIEW = QRect(0, 0, 800, 600)
SIZE = QSize(300, 120)


@pytest.fixture(scope="module")
def lookup() -> WordLookup:
    return build_lookup(None, load_bundled_glossary())


@pytest.fixture
def host(qtbot: QtBot) -> tuple[QWidget, QLineEdit, WordCard]:
    """A view with a field that has the focus (the text) and the card over it."""
    view = QWidget()
    qtbot.addWidget(view)
    view.resize(800, 600)
    field = QLineEdit(view)
    card = WordCard(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    return view, field, card


def entry(definition: str = "Perkiraan nilai sebuah perusahaan.") -> Entry:
    return Entry(
        "valuation",
        "finance",
        "valuation",
        "valuasi",
        (),
        (),
        "An estimate of what a company is worth.",
        definition,
        "",
        "",
        (),
    )


def item(folder: Path, status: int) -> VocabularyItem:
    """A word kept in a real notes store."""
    with Store(folder / "notes.sqlite3") as store:
        _before, after = Vocabulary(store).remember(
            headword="menyebabkan",
            root="sebab",
            word="menyebabkan",
            gloss="to cause",
            sentence="",
            document_id=None,
            status=status,
        )
    return after


def test_the_card_goes_below_the_word_or_above_it_and_stays_in_the_view() -> None:
    word = QRect(100, 50, 60, 20)
    assert card_position(word, SIZE, VIEW) == QPoint(100, word.bottom() + 1 + GAP)
    low = QRect(100, 560, 60, 20)  # no room below: above
    assert card_position(low, SIZE, VIEW) == QPoint(100, low.top() - GAP - SIZE.height())
    right = QRect(760, 50, 30, 20)  # kept inside on the right
    assert card_position(right, SIZE, VIEW).x() == VIEW.right() + 1 - SIZE.width()
    tall = QSize(300, 590)  # no room above either: as high as it can be
    assert card_position(QRect(10, 300, 40, 20), tall, VIEW).y() >= 0


def test_a_word_shows_its_root_affixes_part_of_speech_meaning_and_entry(
    lookup: WordLookup, host: tuple[QWidget, QLineEdit, WordCard], tmp_path: Path
) -> None:
    _view, _field, card = host
    info = lookup.lookup("menyebabkan")
    card.show_word(info, None, "id", None)
    card.popup_beside(QRect(100, 50, 80, 20))
    assert card.isVisible() and card.geometry().top() > 70
    assert card.title.text() == "menyebabkan"
    assert card.formula.text() == "menyebabkan = meN- + sebab + -kan"
    # The word's own class, and its root's beside the root (issue 20).
    assert card.grammar.text() == "verb — Root: sebab (noun)"
    assert "cause" in card.meaning.text()
    assert not card.entry_button.isVisibleTo(card)
    assert card.status_label.text() == "Not in your vocabulary." and card.status() == 0
    card.set_item(item(tmp_path, LEARNING))
    assert card.status() == LEARNING and card.status_buttons.checkedId() == LEARNING
    assert "learning" in card.status_label.text()
    assert not card.keep_button.isEnabled()  # kept already
    term = load_bundled_glossary().entry("artificial-intelligence")
    card.show_word(lookup.lookup("kecerdasan"), term, "id", None)
    assert card.entry_button.isVisibleTo(card)
    assert "kecerdasan buatan" in card.entry_button.text()
    sp500 = load_bundled_glossary().entry("sp500")  # "indeks S&P 500"
    card.show_word(lookup.lookup("indeks"), sp500, "id", None)
    assert card.entry_button.text().endswith("indeks S&&P 500")  # shown as "S&P", no mnemonic


def test_a_term_shows_its_headword_and_definition_in_the_language_shown_first(
    host: tuple[QWidget, QLineEdit, WordCard],
) -> None:
    _view, _field, card = host
    category = Category("finance", "Finance and markets", "Keuangan dan pasar")
    card.show_term(entry(), category, "id")
    assert (card.title.text(), card.subtitle.text()) == ("valuasi", "valuation")
    assert card.meaning.text() == "Perkiraan nilai sebuah perusahaan."
    assert card.grammar.text() == "Keuangan dan pasar"
    assert not card.keep_button.isVisibleTo(card)
    card.show_term(entry(), category, "en")
    assert card.title.text() == "valuation"
    assert card.meaning.text() == "An estimate of what a company is worth."
    assert card.grammar.text() == "Finance and markets"


def test_glossary_text_is_shown_as_text(host: tuple[QWidget, QLineEdit, WordCard]) -> None:
    _view, _field, card = host
    card.show_term(entry("<b>tebal</b> &amp; <i>miring</i>"), Category("x", "X", "X"), "id")
    assert card.meaning.textFormat() == Qt.TextFormat.PlainText
    assert card.meaning.text() == "<b>tebal</b> &amp; <i>miring</i>"


def test_keys_set_the_status_keep_open_the_panel_and_esc_gives_the_focus_back(
    lookup: WordLookup, qtbot: QtBot, host: tuple[QWidget, QLineEdit, WordCard]
) -> None:
    _view, field, card = host
    card.show_word(lookup.lookup("pasar"), None, "id", None)
    card.popup_beside(QRect(10, 10, 40, 20))
    qtbot.waitUntil(card.hasFocus)
    for key, status in ((Qt.Key.Key_1, 1), (Qt.Key.Key_4, 4)):
        with qtbot.waitSignal(card.status_requested) as asked:
            qtbot.keyClick(card, key)
        assert asked.args == [status]
    with qtbot.waitSignal(card.keep_requested):
        qtbot.keyClick(card, Qt.Key.Key_K)
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    assert not card.isVisible()
    assert QApplication.focusWidget() is field
    card.popup_beside(QRect(10, 10, 40, 20))
    with qtbot.waitSignal(card.panel_requested):
        qtbot.keyClick(card, Qt.Key.Key_Return)
    assert not card.isVisible()


def test_open_in_panel_of_a_term_asks_for_its_entry(
    qtbot: QtBot, host: tuple[QWidget, QLineEdit, WordCard]
) -> None:
    _view, _field, card = host
    card.show_term(entry(), Category("x", "X", "X"), "id")
    card.popup_beside(QRect(10, 10, 40, 20))
    assert card.status_buttons.checkedId() == -1
    qtbot.keyClick(card, Qt.Key.Key_2)  # a term has no status
    with qtbot.waitSignal(card.entry_requested) as asked:
        qtbot.mouseClick(card.panel_button, Qt.MouseButton.LeftButton)
    assert asked.args == ["valuation"]


def test_a_click_elsewhere_closes_it_and_goes_through(
    lookup: WordLookup, qtbot: QtBot, host: tuple[QWidget, QLineEdit, WordCard]
) -> None:
    _view, field, card = host
    card.show_word(lookup.lookup("pasar"), None, "id", None)
    card.popup_beside(QRect(300, 300, 40, 20))
    qtbot.mouseClick(card.title, Qt.MouseButton.LeftButton)  # on the card: it stays
    assert card.isVisible()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert not card.isVisible()
    assert field.hasFocus()
