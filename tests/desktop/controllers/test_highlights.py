"""The highlights controller without a main window: it writes through the adapter, the
text and the Notes tab follow the change set, undo stays true to the database when a
write fails, and taking a document out of the library refreshes the Notes tab."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop.controllers.highlights import HighlightsController
from desktop.dialogs.library import LibraryDialog
from desktop.feedback import Feedback
from desktop.panels.notes import NotesPanel
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.storeadapter import StoreAdapter
from glossary.documents.loading import load_bundled_article, parse_markdown
from glossary.notes import store as store_module
from glossary.notes.store import Store
from glossary.terms.glossary import Glossary
from glossary.terms.matching import TermMatcher


@pytest.fixture
def panel(qtbot: QtBot) -> NotesPanel:
    widget = NotesPanel()
    qtbot.addWidget(widget)
    return widget


def build(
    session: DocumentSession,
    notes: StoreAdapter,
    undo_stack: QUndoStack,
    reader: ReaderView,
    panel: NotesPanel,
    tabs: QTabWidget,
    feedback: Feedback,
    host: QWidget,
    tmp_path: Path,
) -> HighlightsController:
    controller = HighlightsController(
        session,
        notes,
        undo_stack,
        reader,
        panel,
        tabs,
        feedback,
        tmp_path,
        lambda path: False,
        host,
    )
    # What the window wires.
    panel.search_requested.connect(controller.search)
    panel.note_edited.connect(controller.on_note_edited)
    session.open(load_bundled_article())
    assert session.marked is not None
    reader.show_document(session.marked, session.tooltips())
    controller.on_document_shown()
    return controller


def select(reader: ReaderView, session: DocumentSession, passage: str) -> tuple[int, int]:
    assert session.marked is not None
    start = session.marked.text.index(passage)
    reader.setTextCursor(reader.cursor_for(start, start + len(passage)))
    return start, start + len(passage)


@pytest.fixture
def controller(
    session: DocumentSession,
    notes: StoreAdapter,
    undo_stack: QUndoStack,
    reader: ReaderView,
    panel: NotesPanel,
    tabs: QTabWidget,
    feedback: Feedback,
    host: QWidget,
    tmp_path: Path,
) -> HighlightsController:
    return build(session, notes, undo_stack, reader, panel, tabs, feedback, host, tmp_path)


def test_a_highlight_shows_in_the_text_and_the_notes_tab_by_the_change_set(
    controller: HighlightsController,
    session: DocumentSession,
    notes: StoreAdapter,
    reader: ReaderView,
    panel: NotesPanel,
    undo_stack: QUndoStack,
) -> None:
    start, end = select(reader, session, "campuran pakar")
    controller.highlight_selection(2)
    assert [(h.start, h.end, h.colour) for h in reader.highlights()] == [(start, end, 2)]
    assert panel.model.rowCount() == 1 and undo_stack.count() == 1
    undo_stack.undo()  # to the Trash: both views follow the adapter's announcement
    assert reader.highlights() == [] and panel.model.rowCount() == 0
    assert [h.exact for h in notes.highlights.trash()] == ["campuran pakar"]


@pytest.fixture
def locker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[sqlite3.Connection]:
    """A second program holding the notes database: every write waits 50 ms, then fails."""
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 50)
    other = sqlite3.connect(tmp_path / "notes.sqlite3", isolation_level=None)
    yield other
    other.close()


def test_undo_that_cannot_write_keeps_the_stack_true_and_says_why(
    tmp_path: Path,
    locker: sqlite3.Connection,
    bundled: Glossary,
    undo_stack: QUndoStack,
    reader: ReaderView,
    panel: NotesPanel,
    tabs: QTabWidget,
    feedback: Feedback,
    host: QWidget,
) -> None:
    notes = StoreAdapter(Store(tmp_path / "notes.sqlite3"))
    session = DocumentSession(bundled, TermMatcher(bundled), notes)
    controller = build(session, notes, undo_stack, reader, panel, tabs, feedback, host, tmp_path)
    select(reader, session, "campuran pakar")
    controller.highlight_selection(1)
    assert undo_stack.canUndo()
    locker.execute("BEGIN EXCLUSIVE")  # the database is busy while the reader undoes
    undo_stack.undo()
    locker.execute("ROLLBACK")
    # The highlight is still in the database, and the stack does not pretend otherwise:
    # the step is gone, there is nothing to redo, and the reader is told why.
    assert [h.exact for h in notes.highlights.of_document(session.document_id or 0)] == [
        "campuran pakar"
    ]
    assert undo_stack.count() == 0 and not undo_stack.canRedo()
    assert "Undo of “Highlight” failed" in feedback.message_bar.text()
    assert "in use by another program" in feedback.message_bar.text()
    assert len(reader.highlights()) == 1
    notes.close()


def test_removing_a_document_from_the_library_refreshes_the_notes_search(
    controller: HighlightsController,
    session: DocumentSession,
    notes: StoreAdapter,
    panel: NotesPanel,
    host: QWidget,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = parse_markdown("# Lain\n\nDana kuantitatif membeli saham.")
    other_id, _ = notes.open_document(other)
    notes.add(other_id, other.text, 0, 4, 3)
    highlight = notes.highlights.of_document(other_id)[0]
    notes.set_note(highlight.id, "kuantitatif: lihat catatan")
    panel.search_field.setText("kuantitatif")
    assert panel.model.rowCount() == 1  # the other document's note is found
    dialog = LibraryDialog(notes, session.document_id, host)
    row = next(i for i, e in enumerate(dialog.model.entries) if e.id == other_id)
    dialog.table.selectRow(row)
    monkeypatch.setattr(LibraryDialog, "ask_keep_notes", classmethod(lambda cls, p, e: False))
    dialog.remove_button.click()
    assert other_id not in [e.id for e in dialog.model.entries]
    assert panel.model.rowCount() == 0  # the search result went with its document
    dialog.deleteLater()


def test_a_note_that_cannot_be_saved_is_kept_in_a_file(
    controller: HighlightsController,
    session: DocumentSession,
    notes: StoreAdapter,
    reader: ReaderView,
    feedback: Feedback,
    tmp_path: Path,
) -> None:
    select(reader, session, "campuran pakar")
    controller.highlight_selection(1)
    [highlight] = reader.highlights()
    notes.close()
    controller.on_note_edited(highlight.id, "Mixture of experts: only some experts work.", 1)
    [kept] = (tmp_path / "unsaved-notes").iterdir()
    assert kept.read_text(encoding="utf-8") == "Mixture of experts: only some experts work."
    assert str(kept) in feedback.message_bar.text()
