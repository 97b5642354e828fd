from __future__ import annotations

from pathlib import Path

import pytest

from glossary.terms.glossary import load_bundled_glossary, load_glossary
from glossary.terms.search import (
    RANK_DEFINITION,
    RANK_EXACT,
    RANK_PREFIX,
    RANK_SUBSTRING,
    GlossarySearch,
)
from tests.glossary.factories import entry, write_glossary


@pytest.fixture(scope="module")
def search(tmp_path_factory: pytest.TempPathFactory) -> GlossarySearch:
    path = write_glossary(
        tmp_path_factory.mktemp("g") / "g.toml",
        entry("chip", "chip", "cip", definition_en="A small piece of silicon."),
        entry("chips-act", "CHIPS Act", "Undang-Undang CHIPS"),
        entry("microchip", "microchip", "mikrocip"),
        entry("nvidia", "Nvidia", definition_en="Designs chips for graphics and AI."),
        entry("perusahaan", "company", "perusahaan", aliases_id=["korporasi"]),
        entry("deng", "Deng Xiaoping", definition_id="Pemimpin Tiongkok yang memulai reformasi."),
        entry("ecole", "École Normale", definition_en="A French school."),
    )
    return GlossarySearch(load_glossary([path]))


def ranked(search: GlossarySearch, query: str) -> list[tuple[str, int]]:
    return [(h.entry_id, h.rank) for h in search.search(query)]


def test_exact_before_prefix_before_substring_before_definition(search: GlossarySearch) -> None:
    assert ranked(search, "chip") == [
        ("chip", RANK_EXACT),
        ("chips-act", RANK_PREFIX),
        ("microchip", RANK_SUBSTRING),
        ("nvidia", RANK_DEFINITION),
    ]


def test_case_accents_and_punctuation_do_not_matter(search: GlossarySearch) -> None:
    assert ranked(search, "ECOLE normale")[0] == ("ecole", RANK_EXACT)
    assert ranked(search, "undang undang")[0] == ("chips-act", RANK_PREFIX)
    assert ranked(search, "Undang-Undang CHIPS")[0] == ("chips-act", RANK_EXACT)


def test_both_languages_and_aliases_are_searched(search: GlossarySearch) -> None:
    assert ranked(search, "korporasi") == [("perusahaan", RANK_EXACT)]
    assert ranked(search, "reformasi") == [("deng", RANK_DEFINITION)]
    assert ranked(search, "silicon") == [("chip", RANK_DEFINITION)]


def test_blank_query_and_limit(search: GlossarySearch) -> None:
    assert search.search("   ") == []
    assert len(search.search("c", limit=2)) == 2


def test_did_you_mean_offers_queries_that_find_something(search: GlossarySearch) -> None:
    assert search.search("nvidai") == []
    suggestions = search.suggestions("nvidai")
    assert suggestions and suggestions[0] == "nvidia"
    assert search.suggestions("perushaan")[0] == "perusahaan"
    assert search.suggestions("qqqqqqqq") == []


def test_bundled_glossary_search() -> None:
    search = GlossarySearch(load_bundled_glossary())
    assert (
        search.search("campuran pakar")[0].entry_id
        == search.search("mixture of experts")[0].entry_id
    )
    assert search.search("MIC 2025")[0].rank == RANK_EXACT


def test_glossary_file_untouched_by_search(tmp_path: Path) -> None:
    path = write_glossary(tmp_path / "g.toml", entry("a", "alpha"))
    before = path.read_bytes()
    GlossarySearch(load_glossary([path])).suggestions("alhpa")
    assert path.read_bytes() == before


def test_did_you_mean_two_edits_away(search: GlossarySearch) -> None:
    assert search.suggestions("nivdai")[0] == "nvidia"  # a swap and a substitution
    assert search.suggestions("xiaopnig")  # "xiaoping": swap + ...


def test_edit_distance() -> None:
    from glossary.terms.search import edit_distance

    assert edit_distance("nvidia", "nvidia", 2) == 0
    assert edit_distance("nvidai", "nvidia", 2) == 1
    assert edit_distance("kitten", "sitting", 5) == 3
    assert edit_distance("abcdef", "uvwxyz", 2) == 3


def test_spaces_and_short_queries(search: GlossarySearch) -> None:
    assert ranked(search, "micro chip")[0] == ("microchip", RANK_SUBSTRING)
    # One or two letters match names, never the inside of every definition.
    assert all(rank != RANK_DEFINITION for _, rank in ranked(search, "ch"))
