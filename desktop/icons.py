"""The interface's icons: Lucide's line icons bundled in ``resources/icons`` (ISC
licence), drawn in the colour of the text of the theme in use, and the application's
own icon.

Each icon is drawn when it is painted, in the palette's colour of that moment: a new
theme (dark, sepia) recolours every icon shown without making them again."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

APP_ICON = "glossary-reader"


def icons_dir() -> Path:
    return Path(str(resources.files("resources.icons")))


def icon_path(name: str) -> Path:
    """The SVG file of icon ``name`` (a Lucide name, or ``APP_ICON``)."""
    path = icons_dir() / f"{name}.svg"
    if not path.is_file():
        raise ValueError(f"no icon {name!r} in {icons_dir()}")
    return path


def _colour(mode: QIcon.Mode) -> QColor:
    """The colour an icon is drawn in: the text's, as the palette has it now."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.ButtonText)


class ThemedIconEngine(QIconEngine):
    """Draws a line icon (``stroke="currentColor"``) in the theme's text colour."""

    def __init__(self, svg: str) -> None:
        super().__init__()
        self.svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, int, int], QPixmap] = {}

    def _renderer(self, colour: QColor) -> QSvgRenderer:
        name = colour.name(QColor.NameFormat.HexRgb)
        renderer = self._renderers.get(name)
        if renderer is None:
            data = QByteArray(self.svg.replace("currentColor", name).encode("utf-8"))
            renderer = self._renderers[name] = QSvgRenderer(data)
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        colour = _colour(mode)
        painter.save()
        painter.setOpacity(painter.opacity() * colour.alphaF())
        self._renderer(colour).render(painter, QRectF(rect))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode.value, _colour(mode).rgba())
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
            painter.end()
            if len(self._pixmaps) > 32:  # sizes and themes seen: a few
                self._pixmaps.clear()
            self._pixmaps[key] = pixmap
        return pixmap

    def clone(self) -> QIconEngine:
        return ThemedIconEngine(self.svg)


# The engines stay referenced here: a QIcon holds its engine, but Python must too.
_ENGINES: dict[str, ThemedIconEngine] = {}


@cache
def icon(name: str) -> QIcon:
    """Lucide's icon ``name`` (``resources/icons/<name>.svg``), in the theme's colours."""
    engine = _ENGINES[name] = ThemedIconEngine(icon_path(name).read_text(encoding="utf-8"))
    return QIcon(engine)


@cache
def app_icon() -> QIcon:
    """The application's own icon, in its own colours."""
    return QIcon(str(icon_path(APP_ICON)))
