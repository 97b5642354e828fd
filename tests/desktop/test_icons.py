"""The icons: bundled with their licence, drawn in the theme's text colour (a dark
theme gets light icons), on the window's actions, and the application's own icon."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon, QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QToolBar

from desktop.icons import (
    APP_ICON,
    APP_ICON_SIZES,
    MASK_SIZES,
    draw,
    icon,
    icon_path,
    icons_dir,
    mask_path,
)
from desktop.mainwindow import MainWindow
from desktop.themes import THEME_COLOURS, palette_for

# Every action of the window that shows an icon (the highlight colours show swatches).
WITH_ICONS = {
    "openAction", "libraryAction", "exportAction", "importAction", "quitAction",
    "noteAction", "deleteHighlightAction", "colourLabelsAction", "trashAction",
    "preferencesAction", "findAction", "searchAction", "nextOccurrenceAction",
    "previousOccurrenceAction", "contentsAction", "addTermAction", "editTermAction",
    "deleteTermAction", "glossariesAction", "lookUpWordAction", "vocabularyAction",
    "reviewAction", "exportVocabularyAction", "dictionariesAction", "zoomInAction",
    "zoomOutAction", "zoomResetAction", "fullScreenAction", "aboutAction",
}  # fmt: skip


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    before = qapp.palette()
    yield qapp
    qapp.setPalette(before)


def drawn_colours(shown: QIcon) -> set[str]:
    """The opaque colours of ``shown`` drawn at 48 pixels."""
    image = shown.pixmap(48, 48).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(48)
        for y in range(48)
        if image.pixelColor(x, y).alpha() == 255
    }


def test_every_bundled_icon_is_a_valid_svg_and_lucides_licence_comes_with_them() -> None:
    svgs = sorted(icons_dir().glob("*.svg"))
    assert len(svgs) >= 25
    for path in svgs:
        assert QSvgRenderer(str(path)).isValid(), path.name
    licence = (icons_dir() / "LICENSE").read_text(encoding="utf-8")
    assert "ISC License" in licence and "Lucide" in licence
    assert icon_path(APP_ICON).is_file()
    with pytest.raises(ValueError):
        icon_path("no-such-icon")


@pytest.mark.parametrize("theme", sorted(THEME_COLOURS))
def test_icons_are_drawn_in_the_themes_text_colour(themed: QApplication, theme: str) -> None:
    themed.setPalette(palette_for(theme))
    assert drawn_colours(icon("zoom-in")) == {THEME_COLOURS[theme].text}


def test_a_new_theme_recolours_an_icon_already_made(themed: QApplication) -> None:
    shown = icon("arrow-left")  # Back, wired by the navigation's actions
    themed.setPalette(palette_for("light"))
    assert drawn_colours(shown) == {THEME_COLOURS["light"].text}
    themed.setPalette(palette_for("dark"))
    assert drawn_colours(shown) == {THEME_COLOURS["dark"].text}
    assert not icon("arrow-right").isNull()
    disabled = shown.pixmap(48, 48, QIcon.Mode.Disabled).toImage()
    alphas = {disabled.pixelColor(x, y).alpha() for x in range(48) for y in range(48)}
    assert max(alphas) < 255  # faded, as disabled text is


def test_the_window_and_its_actions_have_icons(window: MainWindow, qapp: QApplication) -> None:
    missing = {name for name in WITH_ICONS if window.action(name).icon().isNull()}
    assert missing == set()
    assert not window.windowIcon().isNull() and not qapp.windowIcon().isNull()
    assert qapp.desktopFileName() == "glossary-reader"
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    assert all(not a.icon().isNull() for a in toolbar.actions() if not a.isSeparator())


def test_the_shipped_masks_are_the_svgs_drawn(qapp: QApplication) -> None:
    # The app draws its icons from masks made from the SVGs (python -m desktop.icons):
    # an SVG changed or added without drawing its masks again fails here.
    for svg in sorted(icons_dir().glob("*.svg")):
        own = svg.stem == APP_ICON
        for size in APP_ICON_SIZES if own else MASK_SIZES:
            shipped = QImage(str(mask_path(svg.stem, size)))
            assert not shipped.isNull(), f"{svg.stem}-{size}.png is missing"
            drawn = draw(svg, size, None if own else "#000000")
            shipped = shipped.convertToFormat(drawn.format())
            worst = max(
                abs(drawn.pixelColor(x, y).alpha() - shipped.pixelColor(x, y).alpha())
                for x in range(size)
                for y in range(size)
            )
            assert worst <= 8, f"{svg.stem}-{size}.png differs from its SVG"


def test_the_window_starts_without_qts_svg_module_or_the_markdown_reader(tmp_path: Path) -> None:
    # Qt's SVG module cost 1.6 MB at start (its import, and its first drawing); the
    # Markdown reader 1.3 MB, once the bundled article's reading is in the cache.
    script = (
        "import sys; from pathlib import Path\n"
        "from desktop.app import application, build_window\n"
        "app = application(); w = build_window(Path(sys.argv[1])); w.show()\n"
        "[app.processEvents() for _ in range(5)]\n"
        "print(sorted(m for m in sys.modules if 'Svg' in m or m == 'markdown_it'))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        env=env, capture_output=True, text=True, check=True, cwd=Path(__file__).parents[2],
    )  # fmt: skip
    assert done.stdout.strip().splitlines()[-1] == "['markdown_it']"  # (read once)
    again = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        env=env, capture_output=True, text=True, check=True, cwd=Path(__file__).parents[2],
    )  # fmt: skip
    assert again.stdout.strip().splitlines()[-1] == "[]"
