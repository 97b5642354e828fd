"""Every text the application shows meets WCAG AA (4.5:1) in every theme: the palette's
text roles on each background they are shown on, and every colour the application sets
for text or under it (quotes, hints, links, highlights, Find's hits, errors)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from desktop.reader.layout import block_formats
from desktop.reader.selectionbar import HIGHLIGHT_ALPHA
from desktop.reader.view import CLASS_NOTE_TINT, FIND_CURRENT, FIND_HIT, FLASH, SPOKEN
from desktop.themes import THEME_COLOURS, error_colour, palette_for
from glossary import contrast
from glossary.model import Block
from glossary.notes.colours import HIGHLIGHT_RGB

THEMES = sorted(THEME_COLOURS)
Role = QPalette.ColorRole
BACKGROUNDS = (Role.Window, Role.Base, Role.AlternateBase, Role.Button)
# Text roles and the backgrounds each is shown on.
PAIRS = [
    *((Role.WindowText, b) for b in BACKGROUNDS),
    *((Role.Text, b) for b in BACKGROUNDS),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    *((Role.Link, b) for b in (Role.Window, Role.Base, Role.AlternateBase)),
    # Hints, labels and the placeholders of fields.
    *((Role.PlaceholderText, b) for b in BACKGROUNDS),
]


def rgb(colour: QColor) -> contrast.RGB:
    assert colour.alpha() == 255, colour.name()  # a faded colour depends on what is under it
    return colour.red(), colour.green(), colour.blue()


def rgba(colour: QColor) -> contrast.RGBA:
    return colour.red(), colour.green(), colour.blue(), colour.alpha()


@pytest.mark.parametrize("theme", THEMES)
def test_the_palette_text_roles_are_readable(theme: str) -> None:
    palette = palette_for(theme)
    for text, background in PAIRS:
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            ratio = contrast.contrast_ratio(
                rgb(palette.color(group, text)), rgb(palette.color(group, background))
            )
            assert ratio >= contrast.AA_TEXT, f"{theme}: {text.name} on {background.name}"


@pytest.mark.parametrize("theme", THEMES)
def test_block_quotes_are_readable(theme: str) -> None:
    # A quote was grey italic #7B7B7B on white, 4.2:1.
    palette = palette_for(theme)
    _block, char_format = block_formats(Block("quote", 0, 10), 12.0, palette)
    quote = rgb(char_format.foreground().color())
    base = rgb(palette.color(Role.Base))
    assert contrast.contrast_ratio(quote, base) >= contrast.AA_TEXT
    # and highlighted: grey quotes were 2.6:1 on the yellow highlight in the dark theme
    for colour, under in HIGHLIGHT_RGB.items():
        highlighted = contrast.over((*under, HIGHLIGHT_ALPHA), base)
        ratio = contrast.contrast_ratio(quote, highlighted)
        assert ratio >= contrast.AA_TEXT, f"{theme}: a quote on highlight {colour}"


@pytest.mark.parametrize("theme", THEMES)
def test_text_on_highlights_and_find_hits_is_readable(theme: str) -> None:
    palette = palette_for(theme)
    base, text = rgb(palette.color(Role.Base)), rgb(palette.color(Role.Text))
    unders = {f"highlight {c}": (*v, HIGHLIGHT_ALPHA) for c, v in HIGHLIGHT_RGB.items()}
    unders |= {"find hit": rgba(FIND_HIT), "find current": rgba(FIND_CURRENT)}
    unders["flash"] = rgba(FLASH)
    unders["the sentence read aloud"] = rgba(SPOKEN)
    unders["a class's note"] = rgba(CLASS_NOTE_TINT)
    # and the sentence read aloud inside a highlight
    for c, v in HIGHLIGHT_RGB.items():
        inside = contrast.over((*v, HIGHLIGHT_ALPHA), base)
        unders[f"read aloud in highlight {c}"] = (*contrast.over(rgba(SPOKEN), inside), 255)
    for name, under in unders.items():
        ratio = contrast.contrast_ratio(text, contrast.over(under, base))
        assert ratio >= contrast.AA_TEXT, f"{theme}: text on {name}"


@pytest.mark.parametrize("theme", THEMES)
def test_error_text_is_readable(theme: str) -> None:
    palette = palette_for(theme)
    error = contrast.parse(error_colour(palette))
    for background in BACKGROUNDS:
        ratio = contrast.contrast_ratio(error, rgb(palette.color(background)))
        assert ratio >= contrast.AA_TEXT, f"{theme}: error on {background.name}"
