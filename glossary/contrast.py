"""Colours measured as a reader sees them: WCAG contrast ratios, a translucent colour laid
over another, hue angles and perceived differences (CIE L*a*b*). The themes and the
reader's tints are checked with these; nothing here knows Qt."""

from __future__ import annotations

import colorsys
import math

RGB = tuple[int, int, int]
RGBA = tuple[int, int, int, int]

AA_TEXT = 4.5  # WCAG 2 level AA, normal text


def parse(colour: str) -> RGB:
    """``#rrggbb`` (or ``#rgb``) as red, green and blue, each 0-255."""
    hex_digits = colour.strip().lstrip("#")
    if len(hex_digits) == 3:
        hex_digits = "".join(c * 2 for c in hex_digits)
    if len(hex_digits) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    value = int(hex_digits, 16)
    return (value >> 16) & 255, (value >> 8) & 255, value & 255


def over(top: RGBA, bottom: RGB) -> RGB:
    """``top`` (alpha 0-255) painted over the opaque ``bottom``."""
    red, green, blue, alpha = top
    a = alpha / 255
    return (
        round(red * a + bottom[0] * (1 - a)),
        round(green * a + bottom[1] * (1 - a)),
        round(blue * a + bottom[2] * (1 - a)),
    )


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: RGB) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    red, green, blue = (_linear(c) for c in colour)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: RGB, second: RGB) -> float:
    """The WCAG contrast ratio of two opaque colours, 1 to 21."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def hue(colour: RGB) -> float:
    """The hue angle in degrees (0 red, 120 green, 240 blue)."""
    h, _l, _s = colorsys.rgb_to_hls(*(c / 255 for c in colour))
    return h * 360


def hue_distance(first: RGB, second: RGB) -> float:
    """How far apart two hues are round the colour wheel, 0 to 180 degrees."""
    difference = abs(hue(first) - hue(second)) % 360
    return min(difference, 360 - difference)


def lab(colour: RGB) -> tuple[float, float, float]:
    """CIE L*a*b* under D65."""
    red, green, blue = (_linear(c) for c in colour)
    x = (0.4124 * red + 0.3576 * green + 0.1805 * blue) / 0.95047
    y = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    z = (0.0193 * red + 0.1192 * green + 0.9505 * blue) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def difference(first: RGB, second: RGB) -> float:
    """CIE76 ΔE: about 2.3 is just noticeable, over 10 plainly different."""
    return math.dist(lab(first), lab(second))


def readable_on(text: RGB, background: RGB, ratio: float = AA_TEXT) -> RGB:
    """``text`` toward ``background`` as far as it goes keeping ``ratio`` against it (a
    muted colour for secondary text); ``text`` itself when even it falls short."""
    best = text
    for step in range(1, 101):
        share = step / 100
        mixed = over((*background, round(255 * share)), text)
        if contrast_ratio(mixed, background) < ratio:
            break
        best = mixed
    return best
