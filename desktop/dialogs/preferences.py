"""Edit > Preferences…: the settings introduced across the app, in one place — the
language of the interface, the theme, the text's font, line spacing and width, which
definition comes first, the spelling language of notes, the dictionary folders, and
the voice and speed of reading aloud in each language."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import settings as keys
from desktop.settings import Settings
from glossary.model import Language

FONT_DEFAULT = 5  # the box's "Default": the step up from it is 6 pt


class VoiceBox(QComboBox):
    """A choice of voices, filled when the reader first goes to it: the speech engines
    are looked for then, not when Preferences opens."""

    def __init__(
        self, find: Callable[[], list[tuple[str, str]]] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._find = find

    def fill(self) -> None:
        """Add the voices found (once), keeping the one chosen."""
        find, self._find = self._find, None
        if find is None:
            return
        chosen = self.currentData()
        for value, label in find():
            if self.findData(value) < 0:
                self.addItem(label, value)
            else:
                self.setItemText(self.findData(value), label)
        self.setCurrentIndex(max(0, self.findData(chosen)))

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.fill()  # the arrow keys choose among them too
        super().focusInEvent(event)


class PreferencesDialog(QDialog):
    """Shows the settings and writes them on OK.

    Signals:
        applied(): the settings were saved; the window applies them.
        dictionaries_requested(): open the Dictionaries dialog.
        sync_requested(): open the sync settings.
    """

    applied = Signal()
    dictionaries_requested = Signal()
    sync_requested = Signal()

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        voices: Callable[[Language], list[tuple[str, str]]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setAccessibleName(self.tr("Preferences"))
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.language = self._combo(
            "preferencesLanguage",
            self.tr("Language of the interface"),
            [
                ("system", self.tr("As the system")),
                ("en", "English"),
                ("id", "Bahasa Indonesia"),
            ],
            settings.get(keys.UI_LANGUAGE),
        )
        self.theme = self._combo(
            "preferencesTheme",
            self.tr("Theme"),
            [
                ("system", self.tr("As the system (light or dark)")),
                ("light", self.tr("Light")),
                ("dark", self.tr("Dark")),
                ("sepia", self.tr("Sepia")),
            ],
            settings.get(keys.THEME),
        )
        self.font_family = QFontComboBox(self)
        self.font_family.setObjectName("preferencesFont")
        self.font_family.setAccessibleName(self.tr("Font of the text"))
        family = settings.get(keys.FONT_FAMILY)
        if family:
            self.font_family.setCurrentFont(QFont(family))
        self.default_font = QPushButton(self.tr("Default Font"), self)
        self.default_font.setObjectName("preferencesDefaultFont")
        self.default_font.setAccessibleName(self.tr("Use the default font"))
        self.use_default_font = not family
        # The lowest value of each box stands for the default, so that the first step
        # up from it is a readable size.
        self.font_size = self._spin(
            "preferencesFontSize",
            self.tr("Text size"),
            FONT_DEFAULT,
            48,
            settings.get(keys.FONT_SIZE),
        )
        self.font_size.setSpecialValueText(self.tr("Default"))
        self.font_size.setSuffix(" pt")
        self.line_spacing = self._spin(
            "preferencesLineSpacing",
            self.tr("Line spacing"),
            100,
            250,
            settings.get(keys.LINE_SPACING),
        )
        self.line_spacing.setSuffix(" %")
        self.line_spacing.setSingleStep(5)
        self.text_width = self._combo(
            "preferencesTextWidth",
            self.tr("Width of the text"),
            [
                ("narrow", self.tr("Narrow (about 60 characters)")),
                ("medium", self.tr("Medium (about 70 characters)")),
                ("wide", self.tr("Wide (about 85 characters)")),
                ("window", self.tr("As wide as the window")),
            ],
            settings.get(keys.LINE_WIDTH),
        )
        self.mark_mode = self._combo(
            "preferencesMarkMode",
            self.tr("Glossary terms underlined"),
            [
                ("first", self.tr("The first in each section")),
                ("every", self.tr("Every occurrence")),
                ("hover", self.tr("Only when I point at one")),
            ],
            settings.get(keys.MARK_MODE),
        )
        self.definition_first = self._combo(
            "preferencesDefinitionFirst",
            self.tr("Definition shown first"),
            [("id", self.tr("Indonesian")), ("en", self.tr("English"))],
            settings.get(keys.DEFINITION_FIRST),
        )
        self.note_language = self._combo(
            "preferencesNoteLanguage",
            self.tr("Spelling of notes"),
            [("en", self.tr("English")), ("id", self.tr("Indonesian"))],
            keys.note_language(settings),
        )
        self.dictionaries = QPushButton(self.tr("&Dictionary Folders…"), self)
        self.dictionaries.setObjectName("preferencesDictionaries")
        self.dictionaries.setAccessibleName(self.tr("Dictionary folders"))
        self.voices: dict[Language, QComboBox] = {}
        self.speeds: dict[Language, QSpinBox] = {}
        languages: tuple[tuple[Language, str], ...] = (
            ("id", self.tr("Indonesian")),
            ("en", self.tr("English")),
        )
        for language, name in languages:
            chosen = settings.get(keys.SPEECH_VOICE[language])
            box = VoiceBox(partial(voices, language) if voices is not None else None, self)
            box.setObjectName(f"preferencesVoice{language.upper()}")
            box.setAccessibleName(self.tr("Voice for %1").replace("%1", name))
            box.addItem(self.tr("Default"), "")
            if chosen:
                box.addItem(settings.get(keys.SPEECH_VOICE_NAME[language]) or chosen, chosen)
                box.setCurrentIndex(1)
            self.voices[language] = box
            speed = self._spin(
                f"preferencesSpeed{language.upper()}",
                self.tr("Reading speed in %1").replace("%1", name),
                keys.SPEECH_SPEED[language].low,
                keys.SPEECH_SPEED[language].high,
                settings.get(keys.SPEECH_SPEED[language]),
            )
            speed.setSuffix(" %")
            speed.setSingleStep(10)
            self.speeds[language] = speed
        self.sync = QPushButton(self.tr("S&ync…"), self)
        self.sync.setObjectName("preferencesSync")
        self.sync.setAccessibleName(self.tr("Sync settings"))
        self.sync.setToolTip(self.tr("Your notes on every device, through a shared folder"))
        form = QFormLayout()
        form.addRow(self.tr("&Interface language:"), self.language)
        note = QLabel(self.tr("(used from the next start)"), self)
        note.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", note)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Font:"), self.font_family)
        form.addRow("", self.default_font)
        form.addRow(self.tr("Text &size:"), self.font_size)
        form.addRow(self.tr("&Line spacing:"), self.line_spacing)
        form.addRow(self.tr("Text &width:"), self.text_width)
        form.addRow(self.tr("&Underline terms:"), self.mark_mode)
        form.addRow(self.tr("Definition &first:"), self.definition_first)
        form.addRow(self.tr("S&pelling of notes:"), self.note_language)
        form.addRow(self.tr("Dictionaries:"), self.dictionaries)
        form.addRow(self.tr("Sync:"), self.sync)
        form.addRow(self.tr("Indonesian &voice:"), self.voices["id"])
        form.addRow(self.tr("I&ndonesian speed:"), self.speeds["id"])
        form.addRow(self.tr("English v&oice:"), self.voices["en"])
        form.addRow(self.tr("English sp&eed:"), self.speeds["en"])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("preferencesButtons")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.on_accepted)
        buttons.rejected.connect(self.reject)
        self.dictionaries.clicked.connect(self.dictionaries_requested)
        self.sync.clicked.connect(self.sync_requested)
        self.default_font.clicked.connect(self.on_default_font_clicked)
        self.font_family.currentFontChanged.connect(self.on_font_changed)

    def _combo(
        self, name: str, accessible: str, choices: list[tuple[str, str]], current: str
    ) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        for value, label in choices:
            box.addItem(label, value)
        index = box.findData(current)
        box.setCurrentIndex(max(0, index))
        return box

    def _spin(self, name: str, accessible: str, low: int, high: int, value: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.setRange(low, high)
        box.setValue(min(max(value, low), high) if value else low)  # 0: the default
        return box

    @Slot()
    def on_default_font_clicked(self) -> None:
        self.use_default_font = True
        self.font_size.setValue(FONT_DEFAULT)

    @Slot(QFont)
    def on_font_changed(self, _font: QFont) -> None:
        self.use_default_font = False

    @Slot()
    def on_accepted(self) -> None:
        s = self.settings
        s.set(keys.UI_LANGUAGE, keys.UI_LANGUAGE.decode(self.language.currentData()))
        s.set(keys.THEME, keys.THEME.decode(self.theme.currentData()))
        family = "" if self.use_default_font else self.font_family.currentFont().family()
        s.set(keys.FONT_FAMILY, family)
        size = self.font_size.value()
        s.set(keys.FONT_SIZE, 0 if size == FONT_DEFAULT else size)
        s.set(keys.LINE_SPACING, self.line_spacing.value())
        s.set(keys.LINE_WIDTH, keys.LINE_WIDTH.decode(self.text_width.currentData()))
        s.set(keys.MARK_MODE, keys.MARK_MODE.decode(self.mark_mode.currentData()))
        s.set(
            keys.DEFINITION_FIRST, keys.DEFINITION_FIRST.decode(self.definition_first.currentData())
        )
        note_language = keys.NOTE_LANGUAGE.decode(self.note_language.currentData())
        if s.is_set(keys.NOTE_LANGUAGE) or note_language != keys.note_language(s):
            s.set(keys.NOTE_LANGUAGE, note_language)  # else it follows the interface still
        for language in self.voices:
            box = self.voices[language]
            s.set(keys.SPEECH_VOICE[language], str(box.currentData() or ""))
            s.set(keys.SPEECH_VOICE_NAME[language], box.currentText() if box.currentData() else "")
            s.set(keys.SPEECH_SPEED[language], self.speeds[language].value())
        s.sync()
        self.applied.emit()
        self.accept()
