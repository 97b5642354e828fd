"""The tour: four cards, Back / Next / Done from the keyboard, in English or
Indonesian; ending it, however, means it is not offered at start again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desktop import settings as keys
from desktop import translations
from desktop.dialogs.tour import CARDS, TourDialog, card_text
from desktop.mainwindow import MainWindow
from desktop.settings import Settings


def open_tour(window: MainWindow, qtbot: QtBot) -> TourDialog:
    window.action("tourAction").trigger()
    tour = window.findChild(TourDialog)
    assert tour is not None
    qtbot.waitExposed(tour)
    return tour


def test_next_back_and_done_walk_through_the_cards(window: MainWindow, qtbot: QtBot) -> None:
    tour = open_tour(window, qtbot)
    assert not tour.isModal()  # the text stays usable behind it
    assert tour.step_label.text() == "1 of 4"
    assert tour.title_label.text() == "Terms with a dotted line"
    assert not tour.back_button.isEnabled() and not tour.done_button.isVisible()
    titles = [tour.title_label.text()]
    for _ in range(len(CARDS) - 1):
        qtbot.keyClick(tour, Qt.Key.Key_Return)  # Next is the default button
        titles.append(tour.title_label.text())
    assert titles == [card_text(card)[0] for card in CARDS]
    assert tour.step_label.text() == "4 of 4"
    assert tour.done_button.isVisible() and not tour.next_button.isVisible()
    ctrl_e = QKeySequence("Ctrl+E").toString(QKeySequence.SequenceFormat.NativeText)
    assert f"Export ({ctrl_e})" in tour.text_label.text()  # the keys as the platform says
    tour.back_button.click()
    assert tour.title_label.text() == "Highlights and notes"
    assert "%" not in tour.text_label.text()
    tour.next_button.click()
    assert not window.settings.get(keys.TOUR_SHOWN)
    qtbot.keyClick(tour, Qt.Key.Key_Return)  # Done
    assert not tour.isVisible()
    assert window.settings.get(keys.TOUR_SHOWN)
    assert Settings(window.settings.folder / "settings.ini").get(keys.TOUR_SHOWN)  # on disk


def test_esc_ends_it_too(window: MainWindow, qtbot: QtBot) -> None:
    tour = open_tour(window, qtbot)
    tour.next_button.click()
    qtbot.keyClick(tour, Qt.Key.Key_Escape)
    assert not tour.isVisible()
    assert window.settings.get(keys.TOUR_SHOWN)


def test_cards_and_buttons_are_named_for_screen_readers(window: MainWindow, qtbot: QtBot) -> None:
    tour = open_tour(window, qtbot)
    named = [tour, tour.title_label, tour.text_label, tour.back_button, tour.next_button]
    assert all(widget.accessibleName() for widget in named)
    assert tour.text_label.textFormat() == Qt.TextFormat.PlainText
    title, text = card_text(CARDS[0])
    assert tour.next_button.accessibleDescription() == f"{title}. {text}"
    # Help > Show Tour again while it is open brings the same one forward.
    window.action("tourAction").trigger()
    assert [t for t in window.findChildren(TourDialog) if t.isVisible()] == [tour]


def test_every_card_in_indonesian(qapp: object, tmp_path: Path) -> None:
    english = [card_text(card) for card in CARDS]
    translations.install("id")
    try:
        indonesian = [card_text(card) for card in CARDS]
    finally:
        translations.install("en")
    for (title, text), (judul, teks) in zip(english, indonesian, strict=True):
        assert judul != title and teks != text
        assert "%" not in teks
    assert indonesian[0][0] == "Istilah bergaris titik-titik"
