"""Text fields that leave the window's own keys to the window.

On X11 a one-line text field takes Ctrl+E as "end of line" (Emacs bindings), so with the
focus in a search field the window's Export never happened, although the menu says
Ctrl+E. End does what Ctrl+E did there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

WINDOW_KEYS = (QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_E),)


class WindowKeysFirst(QObject):
    """An event filter: the keys of :data:`WINDOW_KEYS` are not the field's to take."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.keyCombination() in WINDOW_KEYS
        ):
            event.ignore()  # the window's shortcut goes first
            return True
        return super().eventFilter(watched, event)


def leave_window_keys(field: QLineEdit) -> None:
    """Let the window's own keys through ``field`` (the filter lives as long as it)."""
    field.installEventFilter(WindowKeysFirst(field))
