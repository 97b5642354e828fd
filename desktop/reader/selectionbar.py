"""The highlight colours as the reader draws them, and the floating bar shown above a
selection made with the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from glossary.notes.colours import HIGHLIGHT_RGB

# Yellow, green, blue, pink, purple: translucent, so text and term marks stay legible.
HIGHLIGHT_ALPHA = 90


def highlight_colour(colour: int) -> QColor:
    red, green, blue = HIGHLIGHT_RGB.get(colour, HIGHLIGHT_RGB[1])
    return QColor(red, green, blue, HIGHLIGHT_ALPHA)


def colour_icon(colour: int) -> QIcon:
    """A small swatch of a highlight colour, opaque."""
    pixmap = QPixmap(14, 14)
    swatch = highlight_colour(colour)
    swatch.setAlpha(255)
    pixmap.fill(swatch)
    return QIcon(pixmap)


class SelectionToolbar(QFrame):
    """The floating bar shown above a selection: the five colours and "Note"."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("selectionToolbar")
        self.setAccessibleName(self.tr("Highlight the selection"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(3, 2, 3, 2)
        self._layout.setSpacing(2)
        self.hide()

    def set_actions(self, actions: list[QAction]) -> None:
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonIconOnly
                if not action.icon().isNull()
                else Qt.ToolButtonStyle.ToolButtonTextOnly
            )
            self._layout.addWidget(button)
        self.adjustSize()
