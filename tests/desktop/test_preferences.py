"""Edit > Preferences: theme, font, spacing, width and languages, applied and kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import settings as keys
from desktop.app import build_window
from desktop.dialogs.preferences import PreferencesDialog
from desktop.mainwindow import MainWindow
from desktop.themes import palette_for


def test_preferences_apply_and_are_kept(window: MainWindow, qtbot: QtBot, data_dir: Path) -> None:
    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    dialog.theme.setCurrentIndex(dialog.theme.findData("sepia"))
    dialog.font_size.setValue(12)
    dialog.line_spacing.setValue(160)
    dialog.text_width.setCurrentIndex(dialog.text_width.findData("narrow"))
    dialog.definition_first.setCurrentIndex(dialog.definition_first.findData("en"))
    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    place = window.reader.top_offset()
    dialog.on_accepted()
    sepia = palette_for("sepia").color(QPalette.ColorRole.Base)
    assert QApplication.palette().color(QPalette.ColorRole.Base) == sepia
    assert window.reader.font().pointSizeF() == 12
    block = QTextCursor(window.reader.document()).blockFormat()
    assert block.lineHeight() == 160
    assert window.reader.viewportMargins().left() > 0  # a column of about 60 characters
    assert window.panel.language == "en"
    assert window.reader.top_offset() == place
    window.close()
    again = build_window(data_dir)
    qtbot.addWidget(again)
    assert again.reader.font().pointSizeF() == 12
    assert again.settings.get(keys.UI_LANGUAGE) == "id"
    again.preferences_action.trigger()
    reopened = again.findChild(PreferencesDialog)
    assert reopened is not None and reopened.theme.currentData() == "sepia"
    reopened.theme.setCurrentIndex(reopened.theme.findData("light"))
    reopened.on_default_font_clicked()
    reopened.line_spacing.setValue(135)
    reopened.text_width.setCurrentIndex(reopened.text_width.findData("window"))
    reopened.on_accepted()
    assert again.reader.viewportMargins().left() == 0


def test_the_first_step_up_from_default_is_readable(window: MainWindow) -> None:
    dialog = PreferencesDialog(window.settings, window)
    assert (
        dialog.font_size.text() == "Default"
        or dialog.font_size.value() == dialog.font_size.minimum()
    )
    dialog.font_size.stepUp()
    assert dialog.font_size.value() == 6


def test_each_language_has_its_voice_and_speed_found_when_first_chosen(
    window: MainWindow,
) -> None:
    asked: list[str] = []

    def voices(language: str) -> list[tuple[str, str]]:
        asked.append(language)
        return [(f"{language}/1", f"Voice one ({language})"), (f"{language}/2", "Voice two")]

    dialog = PreferencesDialog(window.settings, window, voices)
    assert not asked  # no engine looked for as Preferences opens
    box = dialog.voices["id"]
    assert box.count() == 1 and box.currentData() == ""  # Default
    box.fill()
    assert asked == ["id"]
    box.setCurrentIndex(box.findData("id/2"))
    dialog.speeds["en"].setValue(140)
    dialog.on_accepted()
    assert window.settings.get(keys.SPEECH_VOICE["id"]) == "id/2"
    assert window.settings.get(keys.SPEECH_VOICE["en"]) == ""
    assert window.settings.get(keys.SPEECH_SPEED["en"]) == 140
    assert window.settings.get(keys.SPEECH_SPEED["id"]) == 100
    # Opened again, the voice chosen is shown, by its name, before the engines are asked.
    again = PreferencesDialog(window.settings, window, voices)
    assert again.voices["id"].currentData() == "id/2"
    assert again.voices["id"].currentText() == "Voice two"
    assert asked == ["id"]
    again.voices["id"].fill()
    assert again.voices["id"].currentData() == "id/2"
    assert again.voices["id"].currentText() == "Voice two"
