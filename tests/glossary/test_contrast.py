from __future__ import annotations

import pytest

from glossary import contrast


def test_contrast_ratios_are_those_of_wcag() -> None:
    assert contrast.contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21)
    assert contrast.contrast_ratio((255, 255, 255), (255, 255, 255)) == pytest.approx(1)
    # The grey of the quotes before: 4.2:1 on white, under AA.
    assert contrast.contrast_ratio(contrast.parse("#7b7b7b"), (255, 255, 255)) == pytest.approx(
        4.24, abs=0.01
    )
    assert contrast.contrast_ratio(contrast.parse("#767676"), (255, 255, 255)) >= 4.5


def test_parse_over_and_hue() -> None:
    assert contrast.parse("#1a5FB4") == (26, 95, 180)
    assert contrast.parse("#fff") == (255, 255, 255)
    with pytest.raises(ValueError):
        contrast.parse("#12345")
    assert contrast.over((0, 0, 0, 255), (255, 255, 255)) == (0, 0, 0)
    assert contrast.over((0, 0, 0, 0), (9, 9, 9)) == (9, 9, 9)
    assert contrast.over((255, 0, 0, 128), (0, 0, 255)) == (128, 0, 127)
    assert contrast.hue_distance((255, 0, 0), (0, 0, 255)) == pytest.approx(120)
    assert contrast.hue_distance((255, 0, 10), (255, 10, 0)) < 5  # round the wheel
    assert contrast.difference((255, 214, 0), (255, 214, 0)) == 0
    assert contrast.difference((255, 214, 0), (240, 66, 240)) > 50


def test_readable_on_mutes_text_only_as_far_as_aa_allows() -> None:
    muted = contrast.readable_on((0, 0, 0), (255, 255, 255))
    assert muted != (0, 0, 0)
    assert contrast.contrast_ratio(muted, (255, 255, 255)) >= contrast.AA_TEXT
    assert contrast.contrast_ratio(muted, (255, 255, 255)) < 5.0
    assert contrast.readable_on((200, 200, 200), (255, 255, 255)) == (200, 200, 200)
