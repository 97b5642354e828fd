from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.documents.loading import load_bundled_article, parse_markdown
from glossary.terms.glossary import Glossary, load_bundled_glossary, load_glossary
from glossary.terms.matching import TermMatcher
from tests.glossary.factories import entry, write_glossary


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> TermMatcher:
    path = write_glossary(
        tmp_path_factory.mktemp("g") / "g.toml",
        entry("us", "United States", "Amerika Serikat", aliases_en=["US"], aliases_id=["AS"]),
        entry("ai", "artificial intelligence", "kecerdasan buatan", aliases_en=["AI"]),
        entry("chamber", "US Chamber of Commerce", "Kamar Dagang AS"),
        entry("mic", "Made in China 2025", aliases_en=["MIC 2025"]),
        entry("moe", "mixture of experts", "campuran pakar"),
        entry("distill", "distillation", "versi sulingan", aliases_id=["sulingan"]),
        entry("valuation", "valuation", "valuasi"),
        entry("rl", "reinforcement learning", "pembelajaran penguatan", aliases_id=["penguatan"]),
        entry("r1", "R1"),
        entry("china", "China", "Tiongkok", aliases_en=["China's"]),
        entry("sp", "S&P 500", aliases_en=["S&P"]),
    )
    return TermMatcher(load_glossary([path]))


def found(matcher: TermMatcher, text: str) -> list[tuple[str, str]]:
    return [(o.entry_id, o.text) for o in matcher.find(text)]


def test_acronyms_match_only_as_written_and_as_whole_words(matcher: TermMatcher) -> None:
    assert found(matcher, "AS as As SAID BIAS AS.") == [("us", "AS"), ("us", "AS")]
    assert found(matcher, "AI ai said R1 R10 r1 xR1") == [("ai", "AI"), ("r1", "R1")]


def test_words_are_case_insensitive(matcher: TermMatcher) -> None:
    assert found(matcher, "MIXTURE OF EXPERTS, Campuran Pakar") == [
        ("moe", "MIXTURE OF EXPERTS"),
        ("moe", "Campuran Pakar"),
    ]


def test_never_inside_other_words(matcher: TermMatcher) -> None:
    assert found(matcher, "Chinatown Tiongkoknya? notvaluasi") == [("china", "Tiongkoknya")]


def test_hyphens_spaces_and_line_breaks_are_alike(matcher: TermMatcher) -> None:
    assert found(matcher, "Made-in-China 2025 and Made in China-2025") == [
        ("mic", "Made-in-China 2025"),
        ("mic", "Made in China-2025"),
    ]
    # A line break inside a paragraph is a space in the document's text.
    doc = parse_markdown("Arsitektur campuran\npakar dan Made-in-China\n2025.")
    assert found(matcher, doc.text) == [("moe", "campuran pakar"), ("mic", "Made-in-China 2025")]


def test_no_term_spans_two_blocks(matcher: TermMatcher) -> None:
    doc = parse_markdown("# Tentang campuran\n\npakar itu.\n\n> Kamar Dagang\n\nAS lagi")
    assert found(matcher, doc.text) == [("us", "AS")]


def test_curly_and_straight_apostrophes_are_alike(matcher: TermMatcher) -> None:
    assert found(matcher, "China’s and China's") == [("china", "China’s"), ("china", "China's")]


def test_longest_match_wins(matcher: TermMatcher) -> None:
    assert found(matcher, "Kamar Dagang AS dan AS") == [
        ("chamber", "Kamar Dagang AS"),
        ("us", "AS"),
    ]
    assert found(matcher, "pasar S&P 500 dan S&P turun") == [("sp", "S&P 500"), ("sp", "S&P")]


def test_indonesian_affixed_forms(matcher: TermMatcher) -> None:
    assert found(matcher, "valuasinya, penyulingan, sulingannya, kecerdasan buatan") == [
        ("valuation", "valuasinya"),
        ("distill", "penyulingan"),
        ("distill", "sulingannya"),
        ("ai", "kecerdasan buatan"),
    ]


def test_unrelated_words_are_not_matched(matcher: TermMatcher) -> None:
    # Same root as "penguatan" (kuat) or "sulingan" (suling), but not affixed forms of them;
    # "evaluasi" contains "valuasi" but is another word.
    text = "kekuatan menguatkan kuat suling menyuling evaluasi akar"
    assert found(matcher, text) == []


def test_offsets_refer_to_the_original_text(matcher: TermMatcher) -> None:
    text = "İİ “Made‐in‐China 2025” — AS"
    for occ in matcher.find(text):
        assert text[occ.start : occ.end] == occ.text
    assert found(matcher, text) == [("mic", "Made‐in‐China 2025"), ("us", "AS")]


def test_empty_glossary_finds_nothing() -> None:
    assert TermMatcher(Glossary("empty", (), {})).find("anything at all") == []


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "AS",
                    "as",
                    "Made-in-China 2025",
                    "campuran\npakar",
                    "valuasinya",
                    "R1",
                    "R10",
                    "Kamar Dagang AS",
                    "S&P",
                    "’",
                    "-",
                    "\n",
                    " ",
                    "İ",
                    "ß",
                    "“",
                    "penyulingan",
                    "(valuasinya),",
                    "penguatannya'penyulingan",
                    "sulingan-sulingan",
                    "kevaluasian2",
                ]
            ),
            st.text(max_size=6),
        ),
        max_size=30,
    )
)
def test_occurrences_are_ordered_disjoint_and_exact(matcher: TermMatcher, parts: list[str]) -> None:
    text = " ".join(parts)
    last_end = 0
    for occ in matcher.find(text):
        assert 0 <= occ.start < occ.end <= len(text)
        assert occ.start >= last_end
        assert text[occ.start : occ.end] == occ.text
        last_end = occ.end


def test_bundled_article_marks_terms_of_every_kind() -> None:
    glossary = load_bundled_glossary()
    article = load_bundled_article()
    occurrences = TermMatcher(glossary).find(article.text)
    texts = {o.text for o in occurrences}
    assert {"Made in China 2025", "MIC 2025", "Kamar Dagang AS", "ASPI"} <= texts
    # "AS" (United States) is marked, but never inside "ASPI" or as a word part.
    for occ in occurrences:
        before = article.text[occ.start - 1] if occ.start else " "
        after = article.text[occ.end] if occ.end < len(article.text) else " "
        assert not (before.isalnum() and occ.text[0].isalnum())
        assert not (after.isalnum() and occ.text[-1].isalnum())


def test_matching_in_a_file_with_windows_line_breaks(tmp_path: Path, matcher: TermMatcher) -> None:
    from glossary.documents.loading import load_document

    path = tmp_path / "crlf.txt"
    # Wrapped at about 40 characters: the term is broken across the line break.
    path.write_bytes(
        b"Menurut laporan terbaru dari Kamar Dagang\r\nAS berkata ekspor chip turun tajam\r\n"
        b"pada kuartal ini, jauh di bawah target.\r\n\r\nLalu AS.\r\n"
    )
    doc = load_document(path)
    assert found(matcher, doc.text) == [("chamber", "Kamar Dagang AS"), ("us", "AS")]


def test_combining_accents_belong_to_their_word(matcher: TermMatcher) -> None:
    # "AS" + combining acute is another word; "é" + "AS" written together too.
    assert found(matcher, "AS\u0301 e\u0301AS AS") == [("us", "AS")]


@settings(max_examples=40, deadline=None)
@given(
    edits=st.lists(
        st.tuples(
            st.integers(0, 9),
            st.sampled_from(["valuasi", "chip komputer", "AS", "model", "pasar", "Nvidia", ""]),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_an_updated_matcher_finds_what_a_new_one_finds(edits: list[tuple[int, str]]) -> None:
    from glossary.terms.glossary import load_bundled_glossary

    bundled = load_bundled_glossary()
    article = load_bundled_article()
    entries = list(bundled.entries[:10])
    matcher = TermMatcher(Glossary("g", tuple(entries), bundled.categories))
    occurrences = matcher.find(article.text)
    for index, alias in edits:
        aliases = (alias,) if alias else ()
        entries[index] = entries[index]._replace(aliases_id=aliases)
        glossary = Glossary("g", tuple(entries), bundled.categories)
        before, matcher = matcher, matcher.updated(glossary)
        fresh = TermMatcher(glossary).find(article.text)
        assert matcher.find(article.text) == fresh
        # Searching again only the blocks where a changed form stands gives the same.
        occurrences = matcher.refind(article, occurrences, before)
        assert occurrences == fresh


def test_a_term_at_the_very_end_is_found_behind_a_longer_unfinished_one() -> None:
    # "Made in China" begins "Made in China 2025": at the end of the text the shorter
    # "China" must still be reported.
    bundled = load_bundled_glossary()
    found = TermMatcher(bundled).find("Strategi Made in China")
    assert [o.text for o in found] == ["China"]
    document = parse_markdown("# Strategi Made in China\n\nLalu China lagi.\n")
    matcher = TermMatcher(bundled)
    occurrences = matcher.find(document.text)
    extra = entry("strategi", "strategy", "strategi")
    from glossary.terms.glossary import entry_from

    edited = Glossary("g", (entry_from(extra), *bundled.entries), bundled.categories)
    updated = matcher.updated(edited)
    assert updated.refind(document, occurrences, matcher) == TermMatcher(edited).find(document.text)


def in_pieces(matcher: TermMatcher, text: str, size: int) -> list[tuple[str, int, int]]:
    """What a long paragraph gives searched a piece of about ``size`` at a time."""
    found: list[tuple[str, int, int]] = []
    start = keep = 0
    while keep < len(text):
        part, start, keep = matcher.find_part(text, start, len(text), size, keep)
        found += [(o.entry_id, o.start, o.end) for o in part]
    return found


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Kamar Dagang AS",
                "Made in China 2025",
                "kecerdasan buatan",
                "campuran pakar",
                "penguatannya",
                "versi sulingan",
                "sulingan",
                "AS",
                "dan",
                "pasar",
                "(valuasinya),",
            ]
        ),
        max_size=60,
    ),
    st.integers(5, 40),
)
def test_a_long_paragraph_in_pieces_gives_what_it_gives_at_once(
    matcher: TermMatcher, words: list[str], size: int
) -> None:
    """A paragraph of megabytes is searched a piece at a time (the reader marks it so):
    terms of several words across a cut, and those whose finding depends on the words
    before them, are found as in one search."""
    text = " ".join(words)
    at_once = [(o.entry_id, o.start, o.end) for o in matcher.find(text)]
    assert in_pieces(matcher, text, size) == at_once


def test_the_bundled_article_in_pieces_is_the_article_at_once() -> None:
    matcher = TermMatcher(load_bundled_glossary())
    text = load_bundled_article().text.replace("\n", " ")  # one paragraph
    at_once = [(o.entry_id, o.start, o.end) for o in matcher.find(text)]
    assert len(at_once) > 100
    assert in_pieces(matcher, text, 200) == at_once
    # Offsets of a part of a longer text: those of the longer text.
    shifted = matcher.find(text[500:3000], 500)
    assert shifted and all(text[o.start : o.end] == o.text for o in shifted)
    alone = matcher.find(text[500:3000])
    assert [(o.start - 500, o.end - 500) for o in shifted] == [(o.start, o.end) for o in alone]


def test_a_term_of_several_words_takes_an_ending_on_its_last() -> None:
    # The article: "Nvidia kehilangan $600 miliar dari nilai sahamnya".
    matcher = TermMatcher(load_bundled_glossary())
    text = "dari nilai sahamnya; nilai sahamnyalah itu; nilai sahamku. nilai sahambaru"
    hits = [(text[o.start : o.end], o.entry_id) for o in matcher.find(text)]
    assert hits == [
        ("nilai sahamnya", "market-value"),
        ("nilai sahamnyalah", "market-value"),
        ("nilai sahamku", "market-value"),
    ]  # ("sahambaru" is another word: no ending)
    article = load_bundled_article()
    found = [article.text[o.start : o.end] for o in matcher.find(article.term_text)]
    assert "nilai sahamnya" in found
