"""Own glossaries in the window: Add Term from a selection, editing (own entries and
copies of bundled ones), validation in the editor, undo, and the Glossaries dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.dialogs.entryeditor import EditedEntry, EntryEditor
from desktop.dialogs.glossaries import GlossariesDialog
from desktop.mainwindow import MainWindow
from glossary.model import Entry
from glossary.terms.glossary import load_glossary
from glossary.terms.own import BUNDLED, ImportPlan


def select(window: MainWindow, passage: str) -> tuple[int, int]:
    assert window.session.marked is not None
    start = window.session.marked.text.index(passage)
    window.reader.setTextCursor(window.reader.cursor_for(start, start + len(passage)))
    return start, start + len(passage)


def marked_ids(window: MainWindow, passage: str) -> set[str]:
    assert window.session.marked is not None
    return {o.entry_id for o in window.session.marked.occurrences if o.text == passage}


def answer_editor(monkeypatch: pytest.MonkeyPatch, change: dict[str, object]) -> list[Entry]:
    """Make the editor answer at once with its prefilled entry, ``change``d."""
    seen: list[Entry] = []

    def ask(cls, glossaries, categories, check, entry, glossary_id, replacing, parent):  # type: ignore[no-untyped-def]
        assert glossary_id is not None
        entry = entry or Entry("", "general", "", "", (), (), "", "", "", "", ())
        seen.append(entry)
        edited = entry._replace(**change)
        if not edited.id:
            edited = edited._replace(id=edited.term_id.replace(" ", "-"))
        assert check(glossary_id, edited, replacing) == []
        return EditedEntry(glossary_id, edited, None)

    monkeypatch.setattr(EntryEditor, "ask", classmethod(ask))
    return seen


def test_add_term_from_a_selection_marks_it_at_once_and_undoes(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert marked_ids(window, "raksasa") == set()
    select(window, "raksasa")
    seen = answer_editor(
        monkeypatch,
        {
            "term_en": "giant",
            "definition_id": "Sesuatu yang sangat besar.",
            "definition_en": "Huge.",
        },
    )
    scroll = window.reader.verticalScrollBar().value()
    window.add_term_action.trigger()
    assert seen[0].term_id == "raksasa"
    assert "raksasa chip Nvidia" in seen[0].usage_id  # the sentence, as an example
    [own] = window.session.notes.glossaries.all()  # type: ignore[union-attr]
    assert own.name == "My glossary" and own.entries == 1
    assert marked_ids(window, "raksasa") == {f"own-{own.id}:raksasa"}
    assert window.reader.verticalScrollBar().value() == scroll
    assert "Huge." in window.panel.entry_view.toPlainText()
    assert "from My glossary" in window.panel.entry_view.toPlainText()
    start = window.session.marked.text.index("raksasa")  # type: ignore[union-attr]
    cursor = window.reader.cursor_for(start + 1, start + 2)
    assert cursor.charFormat().isAnchor()
    occurrence = window.reader.occurrence_for_url(QUrl(cursor.charFormat().anchorHref()))
    assert occurrence is not None and occurrence.text == "raksasa"
    window.undo_stack.undo()
    assert marked_ids(window, "raksasa") == set()
    # Only that mark went: the text's other marks still lead to their occurrences.
    assert not window.reader.cursor_for(start + 1, start + 2).charFormat().isAnchor()
    nvidia = window.session.marked.of_entry("nvidia")[0]  # type: ignore[union-attr]
    link = window.reader.cursor_for(nvidia.start + 1, nvidia.start + 2).charFormat()
    assert window.reader.occurrence_for_url(QUrl(link.anchorHref())) == nvidia
    window.undo_stack.redo()
    assert marked_ids(window, "raksasa") == {f"own-{own.id}:raksasa"}


def test_editing_a_bundled_entry_makes_an_own_copy_that_wins(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert marked_ids(window, "campuran pakar") == {"mixture-of-experts"}
    window.panel.show_entry("mixture-of-experts")
    answer_editor(monkeypatch, {"definition_en": "Our class's own words."})
    window.edit_term_action.trigger()
    [own] = window.session.notes.glossaries.all()  # type: ignore[union-attr]
    copy_id = f"own-{own.id}:mixture-of-experts"
    assert marked_ids(window, "campuran pakar") == {copy_id}
    window.panel.show_entry(copy_id)
    shown = window.panel.entry_view.toPlainText()
    assert "Our class's own words." in shown
    assert "Another definition of this term exists" in shown
    # The bundled entry itself is unchanged.
    assert (
        window.session.bundled.entry("mixture-of-experts").definition_en != "Our class's own words."
    )
    # Deleting the copy brings the bundled definition back to the text.
    window.action("deleteTermAction").trigger()
    assert marked_ids(window, "campuran pakar") == {"mixture-of-experts"}
    window.undo_stack.undo()
    assert marked_ids(window, "campuran pakar") == {copy_id}


def test_the_editor_shows_problems_by_field_and_writes_nothing(
    window: MainWindow, qtbot: QtBot
) -> None:
    notes = window.session.notes
    assert notes is not None
    gid = notes.create_glossary("Kelas")
    own = notes.glossaries
    editor = EntryEditor(own.all(), own.categories, own.check, None, gid, None, window)
    qtbot.addWidget(editor)
    editor.fields["term_en"].setText("chip")  # type: ignore[union-attr]
    editor.fields["definition_en"].setPlainText("A chip.")  # type: ignore[union-attr]
    editor.fields["aliases_id"].setText("<b>cip</b>; keping")  # type: ignore[union-attr]
    save = editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    problems = editor.problems_label.text()
    assert "Term (Indonesian): must be non-empty text" in problems
    assert "Definition (Indonesian): must be non-empty text" in problems
    assert editor.problems_label.textFormat() == Qt.TextFormat.PlainText
    assert editor.edited is None and own.entries(gid) == []
    editor.fields["term_id"].setText("cip komputer")  # type: ignore[union-attr]
    editor.fields["definition_id"].setPlainText("Keping.")  # type: ignore[union-attr]
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert editor.edited is not None
    assert editor.edited.entry.id == "cip-komputer"
    assert editor.edited.entry.aliases_id == ("<b>cip</b>", "keping")


def test_glossaries_dialog_switches_imports_and_exports(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.action("glossariesAction").trigger()
    dialog = window.controllers.glossaries.glossaries_dialog
    assert isinstance(dialog, GlossariesDialog)
    qtbot.waitExposed(dialog)
    assert dialog.keys() == [BUNDLED]
    source = tmp_path / "Kelas 10.csv"
    source.write_text(
        "term_id,term_en,definition_id,definition_en\n"
        "raksasa,giant,Sangat besar.,Huge.\ncampuran pakar,MoE,Versi kelas.,Class version.\n",
        encoding="utf-8",
    )
    previews: list[ImportPlan] = []

    def confirm(cls, parent: QWidget, name: str, plan: ImportPlan) -> bool:  # type: ignore[no-untyped-def]
        previews.append(plan)
        return True

    monkeypatch.setattr(GlossariesDialog, "confirm_import", classmethod(confirm))
    assert dialog.import_file(source)
    assert [e.id for e in previews[0].new] == ["raksasa", "campuran-pakar"]
    assert len(dialog.keys()) == 2 and "2 new" in dialog.status.text()
    key = dialog.keys()[1]
    assert marked_ids(window, "raksasa") == {f"{key}:raksasa"}
    # Switch the bundled glossary off for this document, then on again.
    assert window.panel.sources_label.text() == "Using: Kelas 10, DeepSeek article"
    dialog.model.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert marked_ids(window, "Nvidia") == set()
    assert window.panel.sources_label.text() == "Using: Kelas 10"
    dialog.model.item(0).setCheckState(Qt.CheckState.Checked)
    assert marked_ids(window, "Nvidia") == {"nvidia"}
    # Importing the same file again changes nothing; a broken one says why.
    assert dialog.import_file(source)
    assert "0 new, 0 changed, 2 unchanged" in dialog.status.text()
    broken = tmp_path / "broken.csv"
    broken.write_text("term_id,term_en\nsatu,one\n", encoding="utf-8")
    assert not dialog.import_file(broken)
    assert "column 'definition_id' is missing" in dialog.status.text()
    target = tmp_path / "out.toml"
    assert dialog.export_to(key, target)
    assert [e.id for e in load_glossary([target]).entries] == ["raksasa", "campuran-pakar"]
    dialog.reject()


def test_the_panel_shows_its_glossaries_and_adds_terms(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.panel.sources_label.text() == "Using: DeepSeek article"
    seen = answer_editor(
        monkeypatch,
        {
            "term_id": "sejarah",
            "term_en": "history",
            "definition_id": "Masa lalu.",
            "definition_en": "The past.",
            "id": "sejarah",
        },
    )
    qtbot.mouseClick(window.panel.add_button, Qt.MouseButton.LeftButton)
    assert seen[0].term_id == ""  # nothing was selected: an empty form
    assert window.panel.sources_label.text() == "Using: My glossary, DeepSeek article"
    assert marked_ids(window, "sejarah")
    qtbot.mouseClick(window.panel.sources_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.controllers.glossaries.glossaries_dialog, GlossariesDialog)
    window.controllers.glossaries.glossaries_dialog.reject()


def test_undo_after_the_glossary_was_deleted_does_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    select(window, "raksasa")
    answer_editor(
        monkeypatch, {"term_en": "giant", "definition_id": "Besar.", "definition_en": "Big."}
    )
    window.add_term_action.trigger()
    notes = window.session.notes
    assert notes is not None
    [own] = notes.glossaries.all()
    notes.delete_glossary(own.id)
    assert marked_ids(window, "raksasa") == set()
    window.undo_stack.undo()  # the entry's glossary is gone: nothing to undo, no error
    assert notes.glossaries.all() == [] and marked_ids(window, "raksasa") == set()


def test_the_editor_gives_a_new_term_a_free_id(window: MainWindow, qtbot: QtBot) -> None:
    notes = window.session.notes
    assert notes is not None
    gid = notes.create_glossary("Kelas")
    own = notes.glossaries
    editor = EntryEditor(own.all(), own.categories, own.check, None, gid, None, window)
    qtbot.addWidget(editor)
    for key, text in (
        ("term_id", "bunga bank"),
        ("term_en", "bank interest"),
        ("definition_id", "Imbalan."),
        ("definition_en", "Interest."),
    ):
        field = editor.fields[key]
        field.setPlainText(text) if hasattr(field, "setPlainText") else field.setText(text)  # type: ignore[union-attr]
    notes.save_entry(gid, editor.entry()[0])
    editor.fields["term_id"].setText("bunga (bank)")  # type: ignore[union-attr]
    editor.fields["term_en"].setText("interest on a loan")  # type: ignore[union-attr]
    editor.on_save_requested()
    assert editor.edited is not None and editor.edited.entry.id == "bunga-bank-2"


def test_cancelling_leaves_no_glossary_behind(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(EntryEditor, "ask", classmethod(lambda cls, *args: None))
    window.panel.show_entry("mixture-of-experts")
    window.edit_term_action.trigger()
    select(window, "raksasa")
    window.add_term_action.trigger()
    assert window.session.notes is not None and window.session.notes.glossaries.all() == []


def test_a_copy_keeps_its_category(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.panel.show_entry("mixture-of-experts")
    answer_editor(monkeypatch, {"definition_en": "Ours."})
    window.edit_term_action.trigger()
    notes = window.session.notes
    assert notes is not None
    [own] = notes.glossaries.all()
    [copy] = notes.glossaries.entries(own.id)
    assert copy.category == "ai"
    assert notes.glossaries.categories(own.id)["ai"].label_en == "Artificial intelligence"
