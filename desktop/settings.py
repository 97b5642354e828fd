"""Settings, each declared once with its type and default, kept in the data folder.

User preferences and window state live in one INI file in the data folder, so that
``--data-dir`` (and tests) never touch the user's real settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from glossary.model import Language

T = TypeVar("T")


class Setting(Generic[T]):
    """A typed key with a default; read and written through :class:`Settings`."""

    def __init__(self, key: str, default: T, choices: tuple[T, ...] = ()) -> None:
        self.key = key
        self.default = default
        self.choices = choices


DEFINITION_FIRST: Setting[Language] = Setting("preferences/definition_first", "id", ("id", "en"))
NOTE_LANGUAGE: Setting[str] = Setting("preferences/note_language", "en", ("en", "id"))
# Exports: the reader's name as the author of shared notes, and the last choices.
EXPORT_CREATOR: Setting[str] = Setting("preferences/export_creator", "")
EXPORT_FORMAT: Setting[str] = Setting(
    "state/export_format", "html", ("md", "html", "pdf", "csv", "json", "apkg")
)
EXPORT_PAGE_SIZE: Setting[str] = Setting("preferences/export_page_size", "a4", ("a4", "letter"))
# "yes"/"no": an INI file gives booleans back as text.
EXPORT_GLOSSARY: Setting[str] = Setting("state/export_glossary", "yes", ("yes", "no"))
EXPORT_ARTICLE: Setting[str] = Setting("state/export_article", "no", ("yes", "no"))
EXPORT_FOLDER: Setting[str] = Setting("state/export_folder", "")
IMPORT_FOLDER: Setting[str] = Setting("state/import_folder", "")
# Word status tints in the text, and unknown words among them.
SHOW_WORD_STATUS: Setting[str] = Setting("preferences/show_word_status", "no", ("yes", "no"))
SHOW_UNKNOWN_WORDS: Setting[str] = Setting("preferences/show_unknown_words", "no", ("yes", "no"))
# Documents: the folder last opened from, the Recent list ("\n"-separated paths) and the
# zoom of the text (steps, as text: an INI file gives numbers back as text).
OPEN_FOLDER: Setting[str] = Setting("state/open_folder", "")
RECENT_FILES: Setting[str] = Setting("state/recent_files", "")
ZOOM: Setting[str] = Setting("preferences/zoom", "0")
# Reading comfort (Preferences): theme, the text's font ("" and "0": the defaults),
# line spacing (percent), the widest line (characters; "0": the window's width), and
# the language of the interface ("system": the system's).
THEME: Setting[str] = Setting("preferences/theme", "system", ("system", "light", "dark", "sepia"))
FONT_FAMILY: Setting[str] = Setting("preferences/font_family", "")
FONT_SIZE: Setting[str] = Setting("preferences/font_size", "0")
LINE_SPACING: Setting[str] = Setting("preferences/line_spacing", "135")
TEXT_WIDTH: Setting[str] = Setting("preferences/text_width", "0")
UI_LANGUAGE: Setting[str] = Setting("preferences/ui_language", "system", ("system", "en", "id"))
WINDOW_GEOMETRY = Setting("state/window_geometry", QByteArray())
WINDOW_STATE = Setting("state/window_state", QByteArray())
SPLITTER_STATE = Setting("state/splitter", QByteArray())
PANEL_SPLITTER_STATE = Setting("state/panel_splitter", QByteArray())


class Settings:
    """Reads and writes declared settings; unknown or bad stored values fall back."""

    def __init__(self, path: Path) -> None:
        self.folder = path.parent
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        value = self._qsettings.value(setting.key, setting.default)
        if isinstance(setting.default, QByteArray):
            return value if isinstance(value, QByteArray) else setting.default
        if not isinstance(value, type(setting.default)):
            return setting.default
        if setting.choices and value not in setting.choices:
            return setting.default
        return value

    def set(self, setting: Setting[T], value: T) -> None:
        self._qsettings.setValue(setting.key, value)

    def sync(self) -> None:
        self._qsettings.sync()
