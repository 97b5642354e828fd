"""The bookmarks controller without a main window: Ctrl+B adds a bookmark at the top
of the view or removes the one there, the Notes tab lists it by the change set,
activating it goes there, Delete removes it, and undo brings it back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.controllers.bookmarks import BookmarksController
from desktop.feedback import Feedback
from desktop.panels.notes import NotesPanel
from desktop.panels.noteslist import BookmarkRole, QuoteRole
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.storeadapter import StoreAdapter
from glossary.documents.loading import load_bundled_article
from glossary.notes.store import Store


@pytest.fixture
def panel(qtbot: QtBot) -> NotesPanel:
    widget = NotesPanel()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def controller(
    session: DocumentSession,
    notes: StoreAdapter,
    undo_stack: QUndoStack,
    reader: ReaderView,
    panel: NotesPanel,
    feedback: Feedback,
    qtbot: QtBot,
) -> BookmarksController:
    reader.show()
    qtbot.waitExposed(reader)
    made = BookmarksController(session, notes, undo_stack, reader, panel, feedback)
    # What the window wires.
    panel.bookmark_activated.connect(made.on_bookmark_activated)
    panel.bookmark_delete_requested.connect(made.on_bookmark_delete_requested)
    session.open(load_bundled_article())
    assert session.marked is not None
    reader.show_document(session.marked, session.tooltips())
    made.on_document_shown()
    return made


def listed(panel: NotesPanel) -> list[str]:
    model = panel.list.model()
    return [
        str(model.index(r, 0).data(QuoteRole))
        for r in range(model.rowCount())
        if model.index(r, 0).data(BookmarkRole) is not None
    ]


def scroll_to(reader: ReaderView, session: DocumentSession, passage: str) -> int:
    assert session.marked is not None
    offset = session.marked.text.index(passage)
    reader.scroll_to_offset(offset)
    top = reader.top_offset()
    assert abs(top - offset) < 5
    return top


def test_ctrl_b_adds_a_bookmark_at_the_reading_place_and_removes_it_again(
    controller: BookmarksController,
    session: DocumentSession,
    notes: StoreAdapter,
    reader: ReaderView,
    panel: NotesPanel,
    undo_stack: QUndoStack,
    qtbot: QtBot,
) -> None:
    top = scroll_to(reader, session, "Inovasi-inovasi ini")
    states: list[bool] = []
    controller.state_changed.connect(states.append)
    controller.toggle()
    assert session.document_id is not None
    [bookmark] = notes.bookmarks.of_document(session.document_id)
    assert bookmark.position == top and bookmark.label.startswith("Inovasi-inovasi ini")
    assert listed(panel) == [bookmark.label] and states == [True]
    assert panel.list.currentIndex().data(BookmarkRole) == bookmark.id
    controller.toggle()  # the same place: the bookmark goes
    assert listed(panel) == [] and states == [True, False]
    undo_stack.undo()  # the removal undone
    assert listed(panel) == [bookmark.label]
    undo_stack.undo()  # the bookmark undone
    assert listed(panel) == []
    undo_stack.redo()
    assert listed(panel) == [bookmark.label]


def test_activating_a_bookmark_goes_there_and_delete_removes_it_with_undo(
    controller: BookmarksController,
    session: DocumentSession,
    reader: ReaderView,
    panel: NotesPanel,
    undo_stack: QUndoStack,
    qtbot: QtBot,
) -> None:
    top = scroll_to(reader, session, "Inovasi-inovasi ini")
    controller.toggle()
    reader.scroll_to_offset(0)
    assert reader.top_offset() < top
    index = panel.list.model().index(0, 0)
    panel.list.activated.emit(index)
    qtbot.waitUntil(lambda: abs(reader.top_offset() - top) < 5, timeout=3000)
    panel.list.setCurrentIndex(index)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert listed(panel) == []
    assert undo_stack.undoText() == "Remove Bookmark"
    undo_stack.undo()
    assert len(listed(panel)) == 1


def test_bookmarks_stay_in_the_store_and_follow_the_filter(
    controller: BookmarksController,
    session: DocumentSession,
    notes: StoreAdapter,
    reader: ReaderView,
    panel: NotesPanel,
    tmp_path: Path,
) -> None:
    scroll_to(reader, session, "Inovasi-inovasi ini")
    controller.toggle()
    assert session.marked is not None and session.document_id is not None
    start = session.marked.text.index("campuran pakar")
    notes.add(session.document_id, session.marked.text, start, start + 14, 2)
    panel.set_labels({1: "Important", 2: "Term"})
    panel.show_highlights(session.marked.document, notes.highlights.of_document(1))
    assert panel.list.model().rowCount() == 2
    panel.colour_filter.setCurrentIndex(panel.colour_filter.findData("bookmark"))
    assert panel.list.model().rowCount() == 1 and len(listed(panel)) == 1
    panel.colour_filter.setCurrentIndex(panel.colour_filter.findData(2))
    assert panel.list.model().rowCount() == 1 and listed(panel) == []
    with Store(tmp_path / "notes.sqlite3") as store:
        (count,) = store.query("SELECT count(*) FROM bookmarks").fetchone()
    assert count == 1
