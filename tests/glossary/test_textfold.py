from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from glossary.textfold import fold_for_matching, fold_for_search, is_acronym, match_key


@given(st.text())
def test_matching_fold_keeps_the_length(text: str) -> None:
    assert len(fold_for_matching(text)) == len(text)


def test_matching_fold_unifies_case_hyphens_and_quotes() -> None:
    assert fold_for_matching("Made‐in-China’s “AI”") == 'made in china\'s "ai"'
    assert match_key("  Made-in-China\t2025 ") == "made in china 2025"


def test_search_fold_ignores_case_accents_and_punctuation() -> None:
    assert fold_for_search("École  Normale-Supérieure!") == "ecole normale superieure"
    assert fold_for_search("Straße") == "strasse"


def test_acronyms() -> None:
    assert all(is_acronym(a) for a in ["AS", "RRT", "MIC 2025", "S&P", "ASPI"])
    assert not any(is_acronym(a) for a in ["Nvidia", "o1", "2025", "NVIDIACORP", "as"])
