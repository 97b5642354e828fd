"""The interface's icons: Lucide's line icons bundled in ``resources/icons`` (ISC
licence), drawn in the colour of the text of the theme in use, and the application's
own icon.

Each icon is drawn when it is painted, in the palette's colour of that moment: a new
theme (dark, sepia) recolours every icon shown without making them again."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)

from glossary.paths import RESOURCES

APP_ICON = "glossary-reader"
# The sizes each line icon is drawn at, as masks (resources/icons/masks/NAME-SIZE.png):
# drawn from the SVGs once (python -m desktop.icons), not when the app starts. Qt's SVG
# module costs 1.6 MB at start (its import, and its XML and style engine on the first
# drawing); a mask is painted in the theme's colour.
MASK_SIZES = (16, 24, 32, 48, 64)
APP_ICON_SIZES = (16, 32, 48, 64, 128, 256)


def icons_dir() -> Path:
    return RESOURCES / "icons"


def icon_path(name: str) -> Path:
    """The SVG file of icon ``name`` (a Lucide name, or ``APP_ICON``)."""
    path = icons_dir() / f"{name}.svg"
    if not path.is_file():
        raise ValueError(f"no icon {name!r} in {icons_dir()}")
    return path


def mask_path(name: str, size: int) -> Path:
    """The drawn mask of icon ``name`` at ``size`` pixels (``APP_ICON``: in colour)."""
    return icons_dir() / "masks" / f"{name}-{size}.png"


def _colour(mode: QIcon.Mode) -> QColor:
    """The colour an icon is drawn in: the text's, as the palette has it now."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.ButtonText)


class ThemedIconEngine(QIconEngine):
    """Draws a line icon's mask in the theme's text colour, at the nearest size drawn."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._masks: dict[int, QImage] = {}
        self._pixmaps: dict[tuple[int, int, int, int], QPixmap] = {}

    def _mask(self, pixels: int) -> QImage:
        size = next((s for s in MASK_SIZES if s >= pixels), MASK_SIZES[-1])
        mask = self._masks.get(size)
        if mask is None:
            mask = self._masks[size] = QImage(str(mask_path(self.name, size)))
        return mask

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        side = max(1, round(min(rect.width(), rect.height()) * scale))
        painter.drawPixmap(rect, self._tinted(side, mode))

    def _tinted(self, side: int, mode: QIcon.Mode) -> QPixmap:
        colour = _colour(mode)
        key = (side, side, mode.value, colour.rgba())
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            mask = self._mask(side)
            if mask.width() != side:
                mask = mask.scaled(
                    side,
                    side,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            image = QImage(mask.size(), QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(colour)
            painter = QPainter(image)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
            painter.drawImage(0, 0, mask)
            painter.end()
            pixmap = QPixmap.fromImage(image)
            if len(self._pixmaps) > 32:  # sizes and themes seen: a few
                self._pixmaps.clear()
            self._pixmaps[key] = pixmap
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._tinted(max(1, min(size.width(), size.height())), mode)

    def clone(self) -> QIconEngine:
        return ThemedIconEngine(self.name)


# The engines stay referenced here: a QIcon holds its engine, but Python must too.
_ENGINES: dict[str, ThemedIconEngine] = {}


@cache
def icon(name: str) -> QIcon:
    """Lucide's icon ``name`` (``resources/icons/<name>.svg``), in the theme's colours."""
    icon_path(name)  # (an unknown name is refused here, not when painted)
    engine = _ENGINES[name] = ThemedIconEngine(name)
    return QIcon(engine)


@cache
def app_icon() -> QIcon:
    """The application's own icon, in its own colours."""
    shown = QIcon()
    for size in APP_ICON_SIZES:
        shown.addFile(str(mask_path(APP_ICON, size)), QSize(size, size))
    return shown


def draw(svg: Path, size: int, colour: str | None = None) -> QImage:
    """``svg`` drawn at ``size`` pixels (its ``currentColor`` in ``colour``): the masks
    are made with it, and the tests check them against it. Needs Qt's SVG module."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    text = svg.read_text(encoding="utf-8")
    if colour is not None:
        text = text.replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def draw_masks() -> list[Path]:
    """Draw every icon's masks (and the app icon in colour) into resources/icons/masks."""
    folder = icons_dir() / "masks"
    folder.mkdir(exist_ok=True)
    written = []
    for svg in sorted(icons_dir().glob("*.svg")):
        name = svg.stem
        colour = None if name == APP_ICON else "#000000"
        for size in APP_ICON_SIZES if name == APP_ICON else MASK_SIZES:
            path = mask_path(name, size)
            draw(svg, size, colour).save(str(path))
            written.append(path)
    return written


if __name__ == "__main__":  # python -m desktop.icons: draw the masks again
    from PySide6.QtGui import QGuiApplication as _App

    _app = _App(sys.argv)
    print(f"{len(draw_masks())} masks written to {icons_dir() / 'masks'}")
