"""The own-glossaries controller without a main window: a bundled entry edited becomes
an own copy, and the category it brings is added and taken away in the same undo step
as the entry, in one transaction."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.controllers.ownglossaries import OwnGlossariesController
from desktop.dialogs.entryeditor import EditedEntry, EntryEditor
from desktop.feedback import Feedback
from desktop.panels.glossary import GlossaryPanel
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.storeadapter import StoreAdapter
from glossary.documents.loading import load_bundled_article
from glossary.model import Entry
from glossary.terms.own import EntryProblems


@pytest.fixture
def controller(
    session: DocumentSession,
    notes: StoreAdapter,
    undo_stack: QUndoStack,
    reader: ReaderView,
    feedback: Feedback,
    host: QWidget,
    qtbot: QtBot,
) -> OwnGlossariesController:
    panel = GlossaryPanel(session.glossary)
    qtbot.addWidget(panel)
    session.glossary_changed.connect(lambda: panel.set_glossary(session.glossary))
    session.open(load_bundled_article())
    settings = Settings(notes.path.parent / "settings.ini")
    return OwnGlossariesController(
        session, notes, settings, undo_stack, reader, panel, feedback, host
    )


def answer(monkeypatch: pytest.MonkeyPatch, change: dict[str, object]) -> None:
    """The editor answers at once with its entry ``change``d."""

    def ask(cls, glossaries, categories, check, entry, glossary_id, replacing, parent):  # type: ignore[no-untyped-def]
        assert entry is not None and glossary_id is not None
        edited = entry._replace(**change)
        assert check(glossary_id, edited, replacing) == []
        return EditedEntry(glossary_id, edited, None)

    monkeypatch.setattr(EntryEditor, "ask", classmethod(ask))


def test_a_copied_entry_and_its_category_are_one_undo_step(
    controller: OwnGlossariesController,
    session: DocumentSession,
    notes: StoreAdapter,
    undo_stack: QUndoStack,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bundled = session.bundled.entry("mixture-of-experts")
    controller.panel.show_entry("mixture-of-experts")
    answer(monkeypatch, {"definition_en": "Only some experts work on each word."})
    controller.edit_term()
    [own] = notes.glossaries.all()
    assert bundled.category in notes.glossaries.categories(own.id)  # brought by the copy
    assert [e.id for e in notes.glossaries.entries(own.id)] == ["mixture-of-experts"]
    assert undo_stack.count() == 1
    undo_stack.undo()
    assert notes.glossaries.entries(own.id) == []
    assert bundled.category not in notes.glossaries.categories(own.id)  # gone with it
    undo_stack.redo()
    assert bundled.category in notes.glossaries.categories(own.id)
    assert notes.glossaries.entries(own.id)[0].definition_en.startswith("Only some experts")


def test_an_entry_that_cannot_be_saved_adds_no_category(
    controller: OwnGlossariesController,
    notes: StoreAdapter,
    undo_stack: QUndoStack,
) -> None:
    glossary_id = notes.create_glossary("Kelas")
    entry = Entry("ada", "general", "x", "ada", (), (), "x", "x", "", "", ())
    notes.save_entry(glossary_id, entry)
    new = notes.glossaries.categories(glossary_id)["general"]._replace(id="baru")
    # The same id again is refused: nothing of the save is written, its category neither.
    with pytest.raises(EntryProblems, match="duplicate"):
        notes.save_entry(glossary_id, entry._replace(category="baru"), None, new)
    assert "baru" not in notes.glossaries.categories(glossary_id)


def test_undo_of_a_term_whose_glossary_went_says_so(
    controller: OwnGlossariesController,
    session: DocumentSession,
    notes: StoreAdapter,
    undo_stack: QUndoStack,
    feedback: Feedback,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller.panel.show_entry("nvidia")
    answer(monkeypatch, {"definition_en": "A chip maker."})
    controller.edit_term()
    [own] = notes.glossaries.all()
    notes.delete_glossary(own.id)  # from the Glossaries dialog, say
    undo_stack.undo()
    assert undo_stack.count() == 0  # nothing left to act on: the step went
    assert "Undo of “Add Term” failed" in feedback.message_bar.text()
