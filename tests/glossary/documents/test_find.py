from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glossary.documents.find import TextFinder, fold_for_finding


def test_case_accents_and_quotes_do_not_matter() -> None:
    text = "Ekonomi dan café — China’s “ekonomi” re-form, ÉKONOMI."
    finder = TextFinder(text)
    assert [text[s:e] for s, e in finder.find_all("ekonomi")] == ["Ekonomi", "ekonomi", "ÉKONOMI"]
    assert [text[s:e] for s, e in finder.find_all("cafe")] == ["café"]
    assert [text[s:e] for s, e in finder.find_all("china's")] == ["China’s"]
    assert [text[s:e] for s, e in finder.find_all("re form")] == ["re-form"]
    assert finder.find_all("   ") == []
    assert finder.find_all("tidak ada") == []


def test_overlapping_hits_are_all_found() -> None:
    assert TextFinder("aaaa").find_all("aa") == [(0, 2), (1, 3), (2, 4)]


@given(st.text(max_size=300))
def test_folding_keeps_the_length(text: str) -> None:
    assert len(fold_for_finding(text)) == len(text)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200), st.integers(0, 60))
def test_the_fast_folding_folds_each_character_as_the_plain_one(text: str, ascii_run: int) -> None:
    """Mostly-ASCII texts take a faster way; every character folds as on its own."""
    from glossary.documents.find import _base
    from glossary.textfold import fold_for_matching

    for sample in (text, "a" * ascii_run * 20 + text):
        folded = fold_for_matching(sample)
        assert fold_for_finding(sample) == "".join(_base(c) if ord(c) > 127 else c for c in folded)


def test_a_long_text_is_folded_a_piece_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces are cut after white space: no letter's case (a Greek final sigma) nor
    accent looks past it, and the folded text is the one of all of it at once."""
    from glossary.documents import bulk, find

    text = "ΟΔΥΣΣΕΥΣ  Café “Kutipan” — Istanbul ÉCOLE\n" * 20
    at_once = find.fold_for_finding(text)
    monkeypatch.setattr(bulk, "PIECE", 5)
    assert find.fold_for_finding(text) == at_once
    assert len(at_once) == len(text) and "οδυσσευς" in at_once and "cafe" in at_once
