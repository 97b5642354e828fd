"""What the controllers work with, built without a main window: a real notes store in
a throwaway folder, its adapter, the session, real widgets, and where messages go."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStatusBar, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop.feedback import Feedback
from desktop.messagebar import MessageBar
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.storeadapter import StoreAdapter
from glossary.notes.store import Store
from glossary.terms.glossary import Glossary, load_bundled_glossary
from glossary.terms.matching import TermMatcher


@pytest.fixture(scope="session")
def bundled() -> Glossary:
    return load_bundled_glossary()


@pytest.fixture
def notes(tmp_path: Path) -> Iterator[StoreAdapter]:
    adapter = StoreAdapter(Store(tmp_path / "notes.sqlite3"))
    yield adapter
    adapter.close()


@pytest.fixture
def session(bundled: Glossary, notes: StoreAdapter) -> DocumentSession:
    return DocumentSession(bundled, TermMatcher(bundled), notes)


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    """A plain widget that parents the dialogs (there is no main window)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def feedback(qtbot: QtBot) -> Feedback:
    bar, status = MessageBar(), QStatusBar()
    qtbot.addWidget(bar)
    qtbot.addWidget(status)
    return Feedback(bar, status)


@pytest.fixture
def reader(qtbot: QtBot) -> ReaderView:
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    return view


@pytest.fixture
def tabs(qtbot: QtBot) -> QTabWidget:
    widget = QTabWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()
