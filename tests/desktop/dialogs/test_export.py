"""File > Export… and File > Import Annotations… in the window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop import settings as keys
from desktop.controllers.sharing import SharingController
from desktop.dialogs.export import ExportDialog
from desktop.mainwindow import MainWindow
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store
from glossary.paths import NOTES_FILE

NOTE = "<b>Bukan tebal</b> & 🙂\nbaris kedua"


def highlight(window: MainWindow, passage: str, colour: int = 2, note: str = "") -> None:
    assert window.session.notes is not None and window.session.marked is not None
    assert window.session.document_id is not None
    start = window.session.marked.text.index(passage)
    added = window.session.notes.add(
        window.session.document_id, window.session.marked.text, start, start + len(passage), colour
    )
    if note:
        window.session.notes.set_note(added.id, note)


def open_dialog(window: MainWindow, qtbot: QtBot) -> ExportDialog:
    window.export_action.trigger()
    dialog = (
        window.controllers.sharing.export_dialog
    )  # the one just opened (a closed one may linger)
    assert isinstance(dialog, ExportDialog) and dialog.objectName() == "exportDialog"
    qtbot.waitExposed(dialog)
    return dialog


def choose(dialog: ExportDialog, name: str) -> None:
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(name))


def test_dialog_offers_each_format_with_its_options_and_a_preview(
    window: MainWindow, qtbot: QtBot
) -> None:
    highlight(window, "campuran pakar", note=NOTE)
    dialog = open_dialog(window, qtbot)
    assert dialog.accessibleName() == "Export notes"
    choose(dialog, "html")
    assert dialog.article_box.isVisible() and dialog.glossary_box.isVisible()
    assert not dialog.page_box.isVisible() and not dialog.scope_box.isVisible()
    preview = dialog.preview.toPlainText()
    assert "<b>Bukan tebal</b> & 🙂" in preview and "Glossary" in preview
    assert dialog.glossary_box.text().replace("&", "").endswith("terms in the highlights")
    dialog.article_box.setChecked(True)
    # With the whole article, the glossary covers all its terms, and says so.
    assert dialog.glossary_box.text().replace("&", "").endswith("all the terms in the article")
    assert "Article" in dialog.preview.toPlainText()
    dialog.article_box.setChecked(False)
    dialog.glossary_box.setChecked(False)
    assert "Glossary" not in dialog.preview.toPlainText()
    choose(dialog, "md")
    assert not dialog.article_box.isVisible()
    assert "\\<b>Bukan tebal\\</b> & 🙂" in dialog.preview.toPlainText()
    choose(dialog, "pdf")
    assert dialog.page_box.isVisible() and dialog.article_box.isVisible()
    choose(dialog, "json")
    assert dialog.creator_field.isVisible()
    assert json.loads(dialog.preview.toPlainText())["total"] == 1
    choose(dialog, "apkg")
    assert dialog.scope_box.isVisible()
    # One card per entry the article uses: 108 less the 12 it does not (test_glossary.py).
    assert dialog.preview_note.text() == "96 cards, one per glossary term."
    dialog.scope_box.setCurrentIndex(dialog.scope_box.findData("highlights"))
    assert dialog.preview_note.text() == "1 card, one per glossary term."
    card = dialog.preview.toPlainText()
    assert card.startswith("campuran pakar\n  Para peneliti juga menggunakan arsitektur")
    assert "\n  mixture of experts\n  id: " in card and "See also" in card
    choose(dialog, "csv")
    assert dialog.preview.toPlainText().startswith("document,section,quote")
    assert dialog.preview_note.text() == "1 highlight."
    dialog.reject()


@pytest.mark.parametrize("name", ["md", "csv", "json", "pdf"])
def test_export_writes_the_chosen_file(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    highlight(window, "campuran pakar", note=NOTE)
    target = tmp_path / "out" / f"handout.{name}"
    asked: list[Path] = []

    def ask_path(cls: type, parent: QWidget, suggested: Path, fmt: str) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(ExportDialog, "ask_path", classmethod(ask_path))
    dialog = open_dialog(window, qtbot)
    choose(dialog, name)
    dialog.creator_field.setText("Bu Sari")
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert signal.args == [str(target)]
    assert asked[0].name == f"{window.session.marked.document.title}.{name}"  # type: ignore[union-attr]
    assert target.stat().st_size > 0
    assert str(target) in window.statusBar().currentMessage()
    if name == "json":
        data = json.loads(target.read_text(encoding="utf-8"))
        assert data["first"]["items"][0]["creator"]["name"] == "Bu Sari"
    assert window.settings.get(keys.EXPORT_FORMAT) == name


def test_failed_export_says_why_and_keeps_the_dialog(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    highlight(window, "campuran pakar")
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    dialog = open_dialog(window, qtbot)
    choose(dialog, "md")
    dialog.export_to(blocker / "handout.md")
    qtbot.waitUntil(lambda: "cannot be written" in dialog.preview_note.text())
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert blocker.read_text(encoding="utf-8") == "x"
    dialog.reject()


def shared_file(tmp_path: Path, window: MainWindow) -> Path:
    assert window.session.marked is not None
    text = window.session.marked.text
    start = text.index("Made in China 2025")
    data = [
        {
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "id": "urn:uuid:7d7c5d3e-9a0e-4a35-9f5e-2f3b4c5d6e7f",
            "type": "Annotation",
            "creator": {"type": "Person", "name": "Ana"},
            "body": {"type": "TextualBody", "value": "Rencana sepuluh tahun."},
            "target": {
                "source": {"id": f"urn:sha256:{window.session.marked.document.sha256}"},
                "styleClass": "colour-4",
                "selector": [
                    {"type": "TextQuoteSelector", "exact": "Made in China 2025"},
                    {"type": "TextPositionSelector", "start": start, "end": start + 18},
                ],
            },
        }
    ]
    path = tmp_path / "shared.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_import_shows_the_notes_with_their_author(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = shared_file(tmp_path, window)
    monkeypatch.setattr(
        SharingController, "ask_import_path", classmethod(lambda cls, parent, folder: path)
    )
    window.import_action.trigger()
    assert "Imported 1 highlight into" in window.message_bar.text()
    model = window.notes_panel.model
    assert model.rowCount() == 1
    shown = model.data(model.index(0, 0))
    assert "“Made in China 2025”" in shown and "by Ana" in shown
    assert "Rencana sepuluh tahun." in shown
    window.import_action.trigger()
    assert "Imported 0 highlights" in window.message_bar.text()
    assert model.rowCount() == 1


def test_import_of_a_bad_file_changes_nothing(
    window: MainWindow, tmp_path: Path, data_dir: Path
) -> None:
    highlight(window, "campuran pakar", note="mine")
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "AnnotationCollection", "first": {"items": [{"type": "Annotation"}]}}')
    assert not window.controllers.sharing.import_annotations(bad)
    assert "Nothing was imported" in window.message_bar.text()
    assert "no 'selector'" in window.message_bar.text()
    window.close()
    with Store(data_dir / NOTES_FILE) as store:
        assert [
            h.note for d in Documents(store).all() for h in Highlights(store).of_document(d.id)
        ] == ["mine"]


def test_the_options_chosen_last_time_come_back(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_dialog(window, qtbot)
    choose(dialog, "pdf")
    dialog.article_box.setChecked(True)
    dialog.glossary_box.setChecked(False)
    dialog.page_box.setCurrentIndex(dialog.page_box.findData("letter"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_to(tmp_path / "handout.pdf")
    again = open_dialog(window, qtbot)
    assert again is not dialog and again.format_name() == "pdf"
    assert again.article_box.isChecked() and not again.glossary_box.isChecked()
    assert again.page_box.currentData() == "letter"
    again.reject()
