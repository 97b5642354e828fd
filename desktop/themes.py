"""Light, dark and sepia themes, or the system's colour scheme (the default, followed
as it changes). A theme is a palette for the whole application; the reader lays its
text out again in the new colours, keeping the place being read."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark", "sepia")


class ThemeColours(NamedTuple):
    """The colours of a theme, as ``#rrggbb``; every text colour keeps WCAG AA (4.5:1)
    on every background it is shown on (tests/desktop/test_themes.py)."""

    window: str
    base: str  # the background of text: the reader, lists, fields
    text: str
    alternate: str  # every other row of a list
    button: str
    highlight: str  # the selection, under highlighted_text
    link: str
    muted: str  # secondary text: hints, labels, quotes, placeholders
    highlighted_text: str = "#ffffff"


THEME_COLOURS = {
    "light": ThemeColours(
        "#f3f3f3", "#ffffff", "#1e1e1e", "#f0f0f0", "#ececec", "#2f6fd6", "#1a5fb4", "#5f5f5f"
    ),
    "dark": ThemeColours(
        "#2b2b2b", "#1f1f1f", "#e6e6e6", "#2a2a2a", "#353535", "#2f66bf", "#8ab4f8", "#a8a8a8"
    ),
    "sepia": ThemeColours(
        "#efe6d2", "#f7efdd", "#4a3b2a", "#efe4cc", "#e6dbc3", "#8a5d3b", "#7a4a1e", "#66563f"
    ),
}

# Text that tells of a problem (a field's error), on a light or a dark window.
ERROR_TEXT = {"light": "#b00020", "dark": "#ff8a80"}


def error_colour(palette: QPalette) -> str:
    """The colour of error text on ``palette``'s window, readable on it."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return ERROR_TEXT["dark" if dark else "light"]


def palette_for(name: str) -> QPalette:
    colours = THEME_COLOURS[name]
    text = QColor(colours.text)
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: colours.window,
        QPalette.ColorRole.WindowText: colours.text,
        QPalette.ColorRole.Base: colours.base,
        QPalette.ColorRole.AlternateBase: colours.alternate,
        QPalette.ColorRole.Text: colours.text,
        QPalette.ColorRole.Button: colours.button,
        QPalette.ColorRole.ButtonText: colours.text,
        QPalette.ColorRole.Highlight: colours.highlight,
        QPalette.ColorRole.HighlightedText: colours.highlighted_text,
        QPalette.ColorRole.Link: colours.link,
        QPalette.ColorRole.ToolTipBase: colours.base,
        QPalette.ColorRole.ToolTipText: colours.text,
        # Opaque, not the text faded: a faded colour is too faint on some backgrounds.
        QPalette.ColorRole.PlaceholderText: colours.muted,
    }
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in roles.items():
            palette.setColor(group, role, QColor(colour))
    disabled = QColor(text)
    disabled.setAlpha(110)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def system_theme() -> str:
    """ "dark" or "light", as the system's colour scheme is now."""
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def apply_theme(name: str) -> str:
    """Give the application the palette of theme ``name`` ("system": the system's
    scheme); returns the theme applied."""
    app = QApplication.instance()
    chosen = system_theme() if name not in THEME_COLOURS else name
    if isinstance(app, QApplication):
        app.setPalette(palette_for(chosen))
    return chosen
