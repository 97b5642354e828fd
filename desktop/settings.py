"""Settings, each declared once with its type and default, kept in the data folder.

User preferences (``preferences/``) and window state (``state/``) live in one INI file
in the data folder, so that ``--data-dir`` (and tests) never touch the user's real
settings. An INI file gives every value back as text: each kind of setting turns it
into its type here, once, and a missing, damaged or unknown value gives the default.
"""

from __future__ import annotations

from pathlib import Path
from typing import Generic, Literal, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from glossary.documents.reading import MARK_MODES, MarkMode
from glossary.model import Language
from glossary.pace import DEFAULT_PACE, PACE_RANGE

T = TypeVar("T")
C = TypeVar("C", bound=str)


class Setting(Generic[T]):
    """A key with its default; :meth:`decode` turns what is stored into ``T``."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    def decode(self, stored: object) -> T:
        """The value of what is stored (None when nothing is)."""
        return self.default

    def encode(self, value: T) -> object:
        return value


class BoolSetting(Setting[bool]):
    """Stored as ``true``/``false`` (``yes``/``no`` from earlier versions read too)."""

    def decode(self, stored: object) -> bool:
        if isinstance(stored, bool):
            return stored
        text = str(stored).strip().lower()
        if text in ("true", "yes", "1"):
            return True
        if text in ("false", "no", "0"):
            return False
        return self.default

    def encode(self, value: bool) -> object:
        return "true" if value else "false"


class IntSetting(Setting[int]):
    """A whole number within ``[low, high]``; outside it, the nearest bound."""

    def __init__(self, key: str, default: int, low: int, high: int) -> None:
        super().__init__(key, default)
        self.low = low
        self.high = high

    def decode(self, stored: object) -> int:
        try:
            number = int(float(str(stored)))
        except ValueError:
            return self.default
        return min(max(number, self.low), self.high)

    def encode(self, value: int) -> object:
        return str(min(max(value, self.low), self.high))


class TextSetting(Setting[str]):
    def decode(self, stored: object) -> str:
        return stored if isinstance(stored, str) else self.default


class ChoiceSetting(Setting[C]):
    """One of ``choices``; anything else stored gives the default."""

    def __init__(self, key: str, default: C, choices: tuple[C, ...]) -> None:
        super().__init__(key, default)
        self.choices = choices

    def decode(self, stored: object) -> C:
        return next((c for c in self.choices if c == stored), self.default)


class ListSetting(Setting[list[str]]):
    """Lines of text (paths, say), stored one per line."""

    def decode(self, stored: object) -> list[str]:
        return [line for line in stored.split("\n") if line] if isinstance(stored, str) else []

    def encode(self, value: list[str]) -> object:
        return "\n".join(value)


class BytesSetting(Setting[QByteArray]):
    """Qt's saved state of a widget (geometry, splitter sizes)."""

    def decode(self, stored: object) -> QByteArray:
        return stored if isinstance(stored, QByteArray) else QByteArray()


Theme = Literal["system", "light", "dark", "sepia"]
InterfaceLanguage = Literal["system", "en", "id"]
PageSize = Literal["a4", "letter"]
LineWidth = Literal["narrow", "medium", "wide", "window"]  # the column of text

# -- preferences ----------------------------------------------------------------------
DEFINITION_FIRST: ChoiceSetting[Language] = ChoiceSetting(
    "preferences/definition_first", "id", ("id", "en")
)
# The spelling of notes; until the reader chooses, the interface's language
# (note_language below).
NOTE_LANGUAGE: ChoiceSetting[Language] = ChoiceSetting(
    "preferences/note_language", "en", ("en", "id")
)
# Exports: the reader's name as the author of shared notes, and the page size.
EXPORT_CREATOR = TextSetting("preferences/export_creator", "")
EXPORT_PAGE_SIZE: ChoiceSetting[PageSize] = ChoiceSetting(
    "preferences/export_page_size", "a4", ("a4", "letter")
)
# Word status tints in the text, and unknown words among them.
SHOW_WORD_STATUS = BoolSetting("preferences/show_word_status", False)
SHOW_UNKNOWN_WORDS = BoolSetting("preferences/show_unknown_words", False)
# Which glossary terms are underlined: every occurrence, the first of each in each
# section, or only the one under the mouse pointer (glossary.documents.reading).
MARK_MODE: ChoiceSetting[MarkMode] = ChoiceSetting("preferences/mark_mode", "first", MARK_MODES)
# The notes of a class the reader follows, underlined beside their own (View > Show
# Class Notes).
SHOW_CLASS_NOTES = BoolSetting("preferences/show_class_notes", True)
# Caret browsing (F7), kept from one session to the next.
CARET_BROWSING = BoolSetting("preferences/caret_browsing", False)
# Read-aloud, for each language: the speed in percent of the engine's normal pace
# (glossary.speech.SPEED_RANGE, not imported at start) and the voice ("": the default).
SPEECH_SPEED: dict[Language, IntSetting] = {
    language: IntSetting(f"preferences/speech_speed_{language}", 100, 50, 200)
    for language in ("id", "en")
}
SPEECH_VOICE: dict[Language, TextSetting] = {
    language: TextSetting(f"preferences/speech_voice_{language}", "") for language in ("id", "en")
}
# The chosen voice's name as its engine gave it: shown before the engines are asked.
SPEECH_VOICE_NAME: dict[Language, TextSetting] = {
    language: TextSetting(f"preferences/speech_voice_name_{language}", "")
    for language in ("id", "en")
}
# The zoom of the text, in steps of Ctrl++ and Ctrl+-.
ZOOM = IntSetting("preferences/zoom", 0, -5, 10)
# Reading comfort: theme, the text's font ("" and 0: the defaults), line spacing
# (percent), the widest line (characters; 0: the window's width), and the language of
# the interface ("system": the system's).
THEME: ChoiceSetting[Theme] = ChoiceSetting(
    "preferences/theme", "system", ("system", "light", "dark", "sepia")
)
FONT_FAMILY = TextSetting("preferences/font_family", "")
FONT_SIZE = IntSetting("preferences/font_size", 0, 0, 48)
LINE_SPACING = IntSetting("preferences/line_spacing", 135, 100, 250)
LINE_WIDTH: ChoiceSetting[LineWidth] = ChoiceSetting(
    "preferences/line_width", "medium", ("narrow", "medium", "wide", "window")
)
UI_LANGUAGE: ChoiceSetting[InterfaceLanguage] = ChoiceSetting(
    "preferences/ui_language", "system", ("system", "en", "id")
)

# -- state of the window and the last choices -------------------------------------------
# The name of an exporter (desktop.exporters): the dialog offers the default for any
# name it does not list.
EXPORT_FORMAT = TextSetting("state/export_format", "html")
EXPORT_GLOSSARY = BoolSetting("state/export_glossary", True)
EXPORT_ARTICLE = BoolSetting("state/export_article", False)
EXPORT_FOLDER = TextSetting("state/export_folder", "")
IMPORT_FOLDER = TextSetting("state/import_folder", "")
OPEN_FOLDER = TextSetting("state/open_folder", "")
RECENT_FILES = ListSetting("state/recent_files", [])
READING_PACE = IntSetting("state/reading_pace", DEFAULT_PACE, *PACE_RANGE)  # characters a minute
WINDOW_GEOMETRY = BytesSetting("state/window_geometry", QByteArray())
WINDOW_STATE = BytesSetting("state/window_state", QByteArray())
SPLITTER_STATE = BytesSetting("state/splitter", QByteArray())
PANEL_SPLITTER_STATE = BytesSetting("state/panel_splitter", QByteArray())
# The first-start tour has been shown (and ended): it is not offered at start again.
TOUR_SHOWN = BoolSetting("state/tour_shown", False)


class Settings:
    """Reads and writes declared settings; unknown or bad stored values fall back."""

    def __init__(self, path: Path) -> None:
        self.folder = path.parent
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        return setting.decode(self._qsettings.value(setting.key))

    def is_set(self, setting: Setting[T]) -> bool:
        """Whether a value of ``setting`` is stored (chosen once), not its default."""
        return bool(self._qsettings.contains(setting.key))

    def set(self, setting: Setting[T], value: T) -> None:
        self._qsettings.setValue(setting.key, setting.encode(value))

    def sync(self) -> None:
        self._qsettings.sync()


def note_language(settings: Settings) -> Language:
    """The spelling language of notes: the one chosen, else the interface's language."""
    if settings.is_set(NOTE_LANGUAGE):
        return settings.get(NOTE_LANGUAGE)
    from desktop.translations import current_language

    return current_language()
