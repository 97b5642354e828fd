from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop import translations
from desktop.app import application, build_window
from desktop.mainwindow import MainWindow
from desktop.reader.marking import ProgressiveMarker


@pytest.fixture(autouse=True, scope="session")
def english(qapp):  # type: ignore[no-untyped-def]
    """The interface in English, as a window sets it up: its plurals ("1 highlight")
    come from the English translation, which controllers tested alone need too."""
    translations.install("en")


@pytest.fixture
def app_instance(qapp):  # type: ignore[no-untyped-def]
    return application()


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, app_instance) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = build_window(data_dir)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    # Closed at the test's end, the window is deleted only when an event loop next runs:
    # a long text it was still marking must not go on being marked (with the heap frozen)
    # in the tests after it.
    for marker in win.findChildren(ProgressiveMarker):
        marker.stop()
