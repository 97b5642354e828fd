"""Light, dark and sepia themes, or the system's colour scheme (the default, followed
as it changes). A theme is a palette for the whole application; the reader lays its
text out again in the new colours, keeping the place being read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark", "sepia")

_COLOURS = {
    # window, base (text background), text, alternate base, button, highlight, link
    "light": ("#f3f3f3", "#ffffff", "#1e1e1e", "#f0f0f0", "#ececec", "#2f6fd6", "#1a5fb4"),
    "dark": ("#2b2b2b", "#1f1f1f", "#e6e6e6", "#2a2a2a", "#353535", "#3d7ee0", "#8ab4f8"),
    "sepia": ("#efe6d2", "#f7efdd", "#4a3b2a", "#efe4cc", "#e6dbc3", "#a0704a", "#7a4a1e"),
}


def palette_for(name: str) -> QPalette:
    window, base, text, alternate, button, highlight, link = (QColor(c) for c in _COLOURS[name])
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, window)
        palette.setColor(group, QPalette.ColorRole.WindowText, text)
        palette.setColor(group, QPalette.ColorRole.Base, base)
        palette.setColor(group, QPalette.ColorRole.AlternateBase, alternate)
        palette.setColor(group, QPalette.ColorRole.Text, text)
        palette.setColor(group, QPalette.ColorRole.Button, button)
        palette.setColor(group, QPalette.ColorRole.ButtonText, text)
        palette.setColor(group, QPalette.ColorRole.Highlight, highlight)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        palette.setColor(group, QPalette.ColorRole.Link, link)
        palette.setColor(group, QPalette.ColorRole.ToolTipBase, base)
        palette.setColor(group, QPalette.ColorRole.ToolTipText, text)
        faded = QColor(text)
        faded.setAlpha(150)
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, faded)
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
    chosen = system_theme() if name not in _COLOURS else name
    if isinstance(app, QApplication):
        app.setPalette(palette_for(chosen))
    return chosen
