"""The interface in Indonesian: every menu, menu entry and side-panel tab of the window
is translated (compared with the same window in English)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QMenu, QWidget
from pytestqt.qtbot import QtBot

from desktop import settings as keys
from desktop import translations
from desktop.app import build_window
from desktop.mainwindow import MainWindow
from desktop.settings import Settings

if TYPE_CHECKING:
    from desktop.dialogs.entryeditor import EntryEditor

# Entries named by a proper noun or a code: the same in both languages.
SAME_IN_BOTH = {"encodingMenu"}


def texts(window: MainWindow) -> dict[str, str]:
    """Where -> text of the menus (by their place), their named actions and the tabs."""
    found: dict[str, str] = {}

    def walk(menu: QMenu, place: str) -> None:
        found[menu.objectName() or f"menu:{place}"] = menu.title()
        for index, action in enumerate(menu.actions()):
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{place}.{index}")
            elif action.objectName() and not action.isSeparator():
                found[action.objectName()] = action.text()

    for index, action in enumerate(window.menuBar().actions()):
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, str(index))
    for index in range(window.tabs.count()):
        found[f"tab:{index}"] = window.tabs.tabText(index)
    return found


@pytest.fixture
def language() -> Iterator[None]:
    yield
    translations.install("en")  # the other tests run in English


_OPENED: list[MainWindow] = []


@pytest.fixture(autouse=True)
def close_windows() -> Iterator[None]:
    """The windows a test made are closed at its end, their notes with them (a window
    only dropped would go without closing its notes database)."""
    yield
    while _OPENED:
        _OPENED.pop().close()


def window_in(data_dir: Path, qtbot: QtBot, language: str) -> MainWindow:
    settings = Settings(data_dir / "settings.ini")
    settings.set(keys.UI_LANGUAGE, language)
    settings.sync()
    window = build_window(data_dir)
    qtbot.addWidget(window)
    _OPENED.append(window)
    return window


def test_every_menu_and_tab_is_translated_into_indonesian(
    tmp_path: Path, qtbot: QtBot, language: None
) -> None:
    english = texts(window_in(tmp_path / "en", qtbot, "en"))
    indonesian = texts(window_in(tmp_path / "id", qtbot, "id"))
    assert indonesian.keys() == english.keys()
    untranslated = {
        name: text
        for name, text in indonesian.items()
        if text == english[name] and name not in SAME_IN_BOTH
    }
    assert untranslated == {}
    assert indonesian["openAction"] == "&Buka…"
    assert "Kuning" in indonesian["highlightYellowAction"]


def test_redo_and_review_have_two_names_in_indonesian(
    tmp_path: Path, qtbot: QtBot, language: None
) -> None:
    """Both were "Ulangi": a reader looking for Review found Redo."""
    indonesian = texts(window_in(tmp_path / "id", qtbot, "id"))

    def verb(name: str) -> str:
        return indonesian[name].replace("&", "").split()[0]

    assert verb("redoAction") == "Ulangi"
    assert verb("reviewAction") != verb("redoAction")


def test_the_language_follows_the_system_unless_chosen() -> None:
    assert translations.interface_language("id") == "id"
    assert translations.interface_language("en") == "en"
    assert translations.interface_language("system") in ("en", "id")


def test_every_translation_file_is_complete() -> None:
    ts = (translations.TRANSLATIONS / "glossary-reader_id.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts
    assert (translations.TRANSLATIONS / "glossary-reader_id.qm").stat().st_size > 10_000


def widget_texts(root: QWidget) -> dict[str, str]:
    """objectName -> visible text of the named labels, buttons and fields under ``root``."""
    found: dict[str, str] = {}
    for widget in root.findChildren(QWidget):
        name = widget.objectName()
        if not name or name.startswith("qt_"):
            continue
        if isinstance(widget, QAbstractButton | QLabel) and widget.text():
            found[name] = widget.text()
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            found[name] = widget.placeholderText()
        if widget.toolTip():
            found[f"{name}:tip"] = widget.toolTip()
    return found


# Texts that are the same in both languages: names, numbers, symbols, the document.
SAME_TEXT = {"documentTitle", "documentByline", "marksSummary", "encodingLabel"}


def untranslated(english: dict[str, str], indonesian: dict[str, str]) -> dict[str, str]:
    return {
        name: text
        for name, text in indonesian.items()
        if english.get(name) == text
        and name.split(":")[0] not in SAME_TEXT
        and any(ch.isalpha() for ch in text)
    }


def test_panels_and_dialogs_are_translated_into_indonesian(
    tmp_path: Path, qtbot: QtBot, language: None
) -> None:
    from desktop.dialogs.dictionaries import DictionariesDialog
    from desktop.dialogs.library import LibraryDialog
    from desktop.dialogs.preferences import PreferencesDialog

    def everything(window: MainWindow) -> dict[str, str]:
        found = widget_texts(window)
        assert window.session.notes is not None
        for dialog in (
            PreferencesDialog(window.settings, window),
            LibraryDialog(window.session.notes, window.session.document_id, window),
            DictionariesDialog(window.settings.folder, None, window),
        ):
            found.update({f"{dialog.objectName()}/{k}": v for k, v in widget_texts(dialog).items()})
            found[dialog.objectName()] = dialog.windowTitle()
        return found

    english = everything(window_in(tmp_path / "en", qtbot, "en"))
    translations.install("id")
    indonesian = everything(window_in(tmp_path / "id", qtbot, "id"))
    assert len(indonesian) > 40
    assert untranslated(english, indonesian) == {}


@pytest.mark.usefixtures("language")
def test_why_a_document_does_not_open_is_told_in_indonesian(
    data_dir: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    window = window_in(data_dir, qtbot, "id")
    binary = tmp_path / "biner.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    assert not window.controllers.documents.open_file(binary)
    assert window.message_bar.text() == f"{binary} adalah berkas biner, bukan teks."
    not_a_book = tmp_path / "bukan-buku.epub"
    not_a_book.write_bytes(b"bukan zip")
    assert not window.controllers.documents.open_file(not_a_book)
    assert window.message_bar.text() == (
        f"{not_a_book} bukan buku EPUB (bukan arsip zip, atau terpotong)."
    )
    # A field that is a message itself is translated too; English is what str() gives.
    from glossary.documents.loading import DocumentError, parse_plain_text

    with pytest.raises(DocumentError) as raised:
        parse_plain_text("   \n")
    assert str(raised.value) == "The document has no text to show."
    assert translations.problem_text(raised.value) == (
        "Dokumen tidak berisi teks yang dapat ditampilkan."
    )


def test_default_colour_labels_follow_the_interface_language(
    tmp_path: Path, qtbot: QtBot, language: None
) -> None:
    from desktop.dialogs.labels import LabelsDialog
    from glossary.notes.colours import DEFAULT_LABELS

    window = window_in(tmp_path, qtbot, "id")
    assert window.session.notes is not None
    dialog = LabelsDialog(window.session.notes.labels.all(), window)
    qtbot.addWidget(dialog)
    assert dialog.fields[1].text() == "Penting"
    assert dialog.fields[4].placeholderText() == "Tidak setuju"
    dialog.fields[2].setText("Definisi")
    # Left as shown, a default stays the default: in English it reads "Important" again.
    assert dialog.labels() == {**DEFAULT_LABELS, 2: "Definisi"}
    window.controllers.highlights.apply_labels(dialog.labels())
    assert window.session.notes.labels.all()[1] == "Important"
    assert window.notes_panel._labels[1] == "Penting"
    assert window.notes_panel._labels[2] == "Definisi"


def test_file_dialog_filters_and_word_facts_are_translated(
    tmp_path: Path, qtbot: QtBot, language: None
) -> None:
    from desktop import filefilters
    from desktop.translations import domain_text

    window_in(tmp_path, qtbot, "id")
    assert filefilters.documents().startswith("Dokumen (*.txt")
    assert filefilters.glossary_exports()["apkg"] == "Dek Anki (*.apkg)"
    assert domain_text("noun") == "nomina"
    from desktop.dialogs.glossaries import preview_text
    from desktop.exporters import exporter
    from glossary.terms.own import ImportPlan

    assert domain_text(exporter("md").label) == "Bahan ajar Markdown"
    plan = ImportPlan([], [], [], [])
    assert preview_text("Kelas", plan) == "“Kelas”: 0 entri baru, 0 berubah, 0 tetap."


def test_qt_buttons_and_text_menus_speak_indonesian(
    tmp_path: Path, qtbot: QtBot, language: None
) -> None:
    """Qt ships no Indonesian for its own words: resources/translations/qt_id.ts has
    the ones the reader meets."""
    from PySide6.QtWidgets import QDialogButtonBox

    window = window_in(tmp_path, qtbot, "id")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text() == "Batal"
    menu = window.reader.createStandardContextMenu()
    entries = [action.text().split("\t")[0] for action in menu.actions()]
    assert "&Salin" in entries and "Pilih Semua" in entries
    menu.deleteLater()
    # Qt's own file dialog (where the system has none of its own).
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"} <= labels


def test_notes_database_and_export_problems_are_told_in_indonesian(
    tmp_path: Path, qtbot: QtBot, language: None
) -> None:
    from glossary.export import describe_os_error
    from glossary.notes.store import Store, StoreError

    window_in(tmp_path / "data", qtbot, "id")
    folder = tmp_path / "folder.sqlite3"
    folder.mkdir()
    with pytest.raises(StoreError) as raised:
        Store(folder)  # a folder is no database
    assert translations.problem_text(raised.value).startswith("Basis data catatan ")
    unwritable = describe_os_error(tmp_path / "x" / "catatan.md", PermissionError(13, "Ditolak"))
    assert translations.problem_text(unwritable) == (
        f"{tmp_path / 'x' / 'catatan.md'} tidak dapat ditulis (Ditolak). "
        "Pilih folder atau nama lain."
    )


def test_why_an_annotation_file_is_refused_is_told_in_indonesian(
    tmp_path: Path, qtbot: QtBot, language: None
) -> None:
    window = window_in(tmp_path / "data", qtbot, "id")
    shared = tmp_path / "kelas.json"
    shared.write_text('{"type": "Annotation", "target": 5', encoding="utf-8")
    assert not window.controllers.sharing.import_annotations(shared)
    assert "berkas bukan JSON (baris 1, kolom" in window.message_bar.text()
    assert window.message_bar.text().startswith("Tidak ada yang diimpor: ")


def editor_in_indonesian(tmp_path: Path, qtbot: QtBot) -> EntryEditor:
    """The entry editor of a new own glossary, in an Indonesian window."""
    from desktop.dialogs.entryeditor import EntryEditor

    window = window_in(tmp_path, qtbot, "id")
    assert window.session.notes is not None
    own = window.session.notes.glossaries
    gid = window.session.notes.create_glossary("Kelas")
    editor = EntryEditor(own.all(), own.categories, own.check, None, gid, None, window)
    qtbot.addWidget(editor)
    return editor


def test_categories_are_named_in_the_interface_language(
    tmp_path: Path, qtbot: QtBot, language: None
) -> None:
    editor = editor_in_indonesian(tmp_path, qtbot)
    names = [editor.category_box.itemText(i) for i in range(editor.category_box.count())]
    assert "Umum" in names and "General" not in names


def test_a_handout_is_written_in_the_interface_language(
    tmp_path: Path, qtbot: QtBot, language: None
) -> None:
    from glossary.export.markdown import render

    window = window_in(tmp_path, qtbot, "id")
    window.controllers.documents.show(window.session.marked.document)  # type: ignore[union-attr]
    assert window.session.notes is not None and window.session.document_id is not None
    text = window.session.marked.text  # type: ignore[union-attr]
    start = text.index("campuran pakar")
    window.session.notes.add(window.session.document_id, text, start, start + 14, 1)
    markdown = render(window.controllers.sharing.make_handout(True, False, "highlights"))
    assert "## Sorotan" in markdown and "## Glosarium" in markdown
    assert "*Penting* · Istilah: campuran pakar" in markdown
    assert "Diekspor: " in markdown


def test_the_entry_editor_says_what_is_wrong_in_indonesian(
    tmp_path: Path, qtbot: QtBot, language: None
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    editor = editor_in_indonesian(tmp_path, qtbot)
    editor.fields["term_en"].setText("chip")  # type: ignore[union-attr]
    save = editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    problems = editor.problems_label.text()
    assert "harus berisi teks" in problems and "must be" not in problems


def test_why_a_glossary_file_is_refused_is_told_in_indonesian(
    tmp_path: Path, qtbot: QtBot, language: None
) -> None:
    from glossary.terms.files import GlossaryFileError, read_glossary_file

    window_in(tmp_path / "data", qtbot, "id")
    path = tmp_path / "kelas.csv"
    path.write_text("term_id,term_en,definition_id,definition_en,warna\n", encoding="utf-8")
    with pytest.raises(GlossaryFileError) as raised:
        read_glossary_file(path)
    assert "column 'warna': unknown column" in str(raised.value)  # the CLI's English
    assert translations.problem_text(raised.value) == (
        "kelas.csv: baris 1: kolom 'warna': kolom tidak dikenal."
    )
    path.write_text("term_id,term_en,definition_id,definition_en\nchip,,,\n", encoding="utf-8")
    with pytest.raises(GlossaryFileError) as raised:
        read_glossary_file(path)
    assert "baris 2: kolom 'term_en': harus berisi teks." in translations.problem_text(raised.value)


def test_why_a_dictionary_is_skipped_is_told_in_indonesian(
    tmp_path: Path, qtbot: QtBot, language: None
) -> None:
    from glossary.dictionaries.installed import discover

    window_in(tmp_path / "data", qtbot, "id")
    folder = tmp_path / "kamus"
    folder.mkdir()
    (folder / "rusak.index").write_text("", encoding="utf-8")
    found = discover([folder])
    assert found.warnings and found.warnings[0].endswith("beside it.")  # as text: English
    assert translations.problem_text(found.warnings[0]) == (
        f"{folder / 'rusak.index'}: tidak ada rusak.dict / rusak.dict.dz di folder yang sama."
    )


def test_no_english_is_left_in_the_indonesian_panels(
    tmp_path: Path, qtbot: QtBot, language: None
) -> None:
    # The glossary and word hints were shown in English with an Indonesian line under
    # them, the bundled glossary was named "DeepSeek article", and notes were spelt in
    # English although the interface was Indonesian.
    window = window_in(tmp_path, qtbot, "id")
    glossary_hint = window.panel.entry_view.toPlainText()
    word_hint = window.word_panel.view.toPlainText()
    assert "Klik istilah bergaris bawah" in glossary_hint
    assert "Klik dua kali kata" in word_hint
    for english in ("Click a term", "Double-click", "dotted underline", "select it"):
        assert english not in glossary_hint + word_hint
    assert window.panel.sources_label.text() == "Menggunakan: Artikel DeepSeek"
    assert window.controllers.spelling.language == "id"
    assert window.findChild(QAction, "noteLanguageIDAction").isChecked()


def test_the_spelling_of_notes_follows_the_interface_until_chosen(
    tmp_path: Path, qtbot: QtBot, language: None
) -> None:
    assert window_in(tmp_path / "en", qtbot, "en").controllers.spelling.language == "en"
    translations.install("id")
    chosen = Settings(tmp_path / "id" / "settings.ini")
    chosen.set(keys.NOTE_LANGUAGE, "en")  # chosen once: kept whatever the interface
    chosen.sync()
    assert window_in(tmp_path / "id", qtbot, "id").controllers.spelling.language == "en"
