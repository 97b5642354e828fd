"""The composition root's choices at start: the tour on the very first start only."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop import settings as keys
from desktop.app import build_window, offer_tour
from desktop.dialogs.tour import TourDialog
from desktop.mainwindow import MainWindow


def tours(window: MainWindow) -> list[TourDialog]:
    return [tour for tour in window.findChildren(TourDialog) if tour.isVisible()]


def test_a_built_window_shows_no_tour(window: MainWindow) -> None:
    assert tours(window) == []  # scripts and tests build windows without it


def test_the_tour_on_the_first_start_only(window: MainWindow, qtbot: QtBot) -> None:
    assert offer_tour(window)
    [tour] = tours(window)
    qtbot.waitExposed(tour)
    tour.close()  # closing it counts as having seen it
    assert not offer_tour(window)
    assert tours(window) == []


def test_no_tour_for_a_reader_of_an_earlier_version(
    qtbot: QtBot, data_dir: Path, app_instance: object
) -> None:
    first = build_window(data_dir)
    qtbot.addWidget(first)
    first.close()  # its place is saved, as every earlier version did
    again = build_window(data_dir)
    qtbot.addWidget(again)
    assert not again.settings.get(keys.TOUR_SHOWN)
    assert not offer_tour(again)
    assert tours(again) == []
