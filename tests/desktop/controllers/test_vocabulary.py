"""The vocabulary controller without a main window: the Vocabulary tab follows the
adapter's change sets, deleting a word is undoable, and an export that fails (with no
handler of its own) is said in the message bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop.controllers.vocabulary import VocabularyController
from desktop.feedback import Feedback
from desktop.panels.vocabulary import VocabularyPanel
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.storeadapter import StoreAdapter
from glossary.documents.loading import load_bundled_article


@pytest.fixture
def controller(
    session: DocumentSession,
    notes: StoreAdapter,
    undo_stack: QUndoStack,
    tabs: QTabWidget,
    feedback: Feedback,
    host: QWidget,
    qtbot: QtBot,
    tmp_path: Path,
) -> VocabularyController:
    panel = VocabularyPanel()
    qtbot.addWidget(panel)
    controller = VocabularyController(
        session, notes, Settings(tmp_path / "settings.ini"), undo_stack, panel, tabs, feedback, host
    )
    session.open(load_bundled_article())
    controller.on_document_shown()
    return controller


def keep(notes: StoreAdapter, word: str) -> int:
    _, item = notes.remember_word(
        headword=word, root=word, word=word, gloss="g", sentence="", document_id=None, status=None
    )
    return item.id


def test_the_tab_follows_the_notes_and_a_deleted_word_comes_back(
    controller: VocabularyController,
    notes: StoreAdapter,
    undo_stack: QUndoStack,
    feedback: Feedback,
) -> None:
    item_id = keep(notes, "usaha")
    assert [i.headword for i in controller.panel.visible_items()] == ["usaha"]
    controller.delete_word(item_id)
    assert controller.panel.visible_items() == []
    assert "Ctrl+Z brings it back" in feedback.status_bar.currentMessage()
    undo_stack.undo()
    assert [i.headword for i in controller.panel.visible_items()] == ["usaha"]


def test_an_export_that_fails_is_said(
    controller: VocabularyController,
    notes: StoreAdapter,
    feedback: Feedback,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    keep(notes, "usaha")
    blocker = tmp_path / "berkas"
    blocker.write_text("not a folder", encoding="utf-8")
    target = blocker / "kata.csv"  # its folder is a file: the write fails off the UI thread
    monkeypatch.setattr(VocabularyController, "ask_path", classmethod(lambda cls, p, f: target))
    controller.export()
    qtbot.waitUntil(lambda: "cannot be written" in feedback.message_bar.text(), timeout=10_000)
    assert not target.exists()
