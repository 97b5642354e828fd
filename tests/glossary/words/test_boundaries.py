"""Selections snapped to whole words: Indonesian reduplication is one word,
punctuation at a selection's edge stays as chosen."""

from __future__ import annotations

import pytest

from glossary.words.boundaries import passage, snap_to_words, trim_space, word_around

TEXT = "Menurut laporan (MIC 2024), perusahaan-perusahaan baru untuk kupu-kupu Qur'an."


def snapped(selected_from: str, selected: str) -> str:
    """What a selection of ``selected`` (found after ``selected_from``) becomes."""
    start = TEXT.index(selected, TEXT.index(selected_from))
    lo, hi = snap_to_words(TEXT, start, start + len(selected))
    return TEXT[lo:hi]


@pytest.mark.parametrize(
    ("selected_from", "selected", "expected"),
    [
        ("baru", "aru untu", "baru untuk"),  # both ends mid-word grow
        ("(MIC", "(MIC 202", "(MIC 2024"),  # the bracket stays, the number grows
        ("(MIC", "MIC 2024)", "MIC 2024)"),  # at word edges: exactly as chosen
        ("laporan", "apor", "laporan"),  # inside one word: the word
        ("perusahaan-", "perusahaan b", "perusahaan-perusahaan baru"),
        ("perusahaan-", "aan-per", "perusahaan-perusahaan"),
        ("kupu", "upu-k", "kupu-kupu"),
        ("Qur", "ur'a", "Qur'an"),
        ("Qur", "Qur'an.", "Qur'an."),
        ("2024", ", perusahaan-perusahaan", ", perusahaan-perusahaan"),  # a comma stays
    ],
)
def test_a_selection_grows_to_whole_words(selected_from: str, selected: str, expected: str) -> None:
    assert snapped(selected_from, selected) == expected


def test_an_empty_selection_and_the_text_edges_stay() -> None:
    assert snap_to_words(TEXT, 5, 5) == (5, 5)
    assert snap_to_words(TEXT, 0, len(TEXT)) == (0, len(TEXT))
    assert snap_to_words("kata", 1, 2) == (0, 4)


def test_a_word_is_found_only_strictly_inside_it() -> None:
    start = TEXT.index("laporan")
    assert word_around(TEXT, start) is None  # its first edge
    assert word_around(TEXT, start + 7) is None  # its last edge
    assert word_around(TEXT, start + 3) == (start, start + 7)
    assert word_around(TEXT, TEXT.index("(")) is None


def test_white_space_at_the_ends_of_a_passage_is_left_out() -> None:
    text = "Kenaikan pesat DeepSeek\n menyebabkan"
    assert trim_space(text, 0, 15) == (0, 14)
    assert trim_space(text, 14, 25) == (15, 23)
    assert trim_space(text, 23, 25) == (25, 25)  # only space: nothing


def test_a_passage_highlighted_is_whole_words_without_space_at_its_ends() -> None:
    text = "sosialis pertama Mao Zedong. Perencanaan"
    start = text.index("rtama")
    assert text[slice(*passage(text, start, text.index("Zedong") + 2))] == "pertama Mao Zedong"
    assert text[slice(*passage(text, start - 3, text.index("Mao") + 4))] == "pertama Mao"
    assert passage(text, 5, 5) == (5, 5)  # nothing selected: nothing grows
