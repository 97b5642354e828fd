"""Reading progress in the status bar: the percent read and the time left at the
reader's pace, learned as the reader reads (a clock the test moves) and kept."""

from __future__ import annotations

import math
import re
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop import settings as keys
from desktop.controllers.progress import ProgressController
from desktop.mainwindow import MainWindow
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.settings import Settings
from glossary.documents.loading import parse_plain_text
from glossary.pace import DEFAULT_PACE


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_status_bar_shows_the_progress(window: MainWindow) -> None:
    assert re.fullmatch(r"0% · \d+ min left", window.progress_label.text())
    assert "1000 characters a minute" in window.progress_label.toolTip()


def test_the_pace_is_learned_from_reading_and_kept(
    session: DocumentSession, reader: ReaderView, qtbot: QtBot, tmp_path: Path
) -> None:
    text = "\n\n".join(f"Paragraf {n}. " + "Kalimat yang cukup panjang. " * 12 for n in range(100))
    session.open(parse_plain_text(text))
    assert session.marked is not None
    reader.show()
    qtbot.waitExposed(reader)
    reader.show_document(session.marked, session.tooltips())
    settings = Settings(tmp_path / "settings.ini")
    label, clock = QLabel(), FakeClock()
    qtbot.addWidget(label)
    progress = ProgressController(session, reader, settings, label, clock)
    progress.on_document_shown()
    length = len(session.marked.text)
    assert label.text() == f"0% · {math.ceil(length / DEFAULT_PACE)} min left"
    # Read slowly, a screen at a time: 800 characters in a minute and a half.
    place = 0
    for _screen in range(6):
        place += 800
        clock.now += 90
        pace = progress.estimator.pace
        reader.scroll_to_offset(place)
        qtbot.waitUntil(lambda pace=pace: progress.estimator.pace < pace)
    learned = settings.get(keys.READING_PACE)
    assert learned < DEFAULT_PACE - 50
    shown = re.fullmatch(r"(\d+)% · (\d+) min left", label.text())
    assert shown is not None
    percent, minutes = shown.groups()
    assert 0 < int(percent) < 25 and int(minutes) > math.ceil(length / DEFAULT_PACE)
    # A jump to the end is no reading: the pace stays; nothing is left there.
    clock.now += 5
    reader.scroll_to_offset(length)
    qtbot.waitUntil(lambda: label.text() == "100%")
    assert settings.get(keys.READING_PACE) == learned
    # The next session starts from the pace learned.
    again = ProgressController(session, reader, settings, QLabel(), clock)
    assert round(again.estimator.pace) == learned
