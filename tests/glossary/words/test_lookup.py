from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.documents.loading import parse_plain_text
from glossary.terms.glossary import load_bundled_glossary
from glossary.words.lookup import (
    LISTED,
    NAME,
    NUMBER,
    UNKNOWN,
    UNLISTED,
    DocumentWords,
    WordLookup,
    _chunks,
    word_at,
)
from glossary.words.morphology import WORD_PATTERN
from glossary.words.setup import build_lookup, find_dictionaries
from glossary.words.vocabulary import KNOWN, LEARNING
from tests.glossary.dictfactories import write_dictd, write_stardict


@pytest.fixture(scope="module")
def lookup():  # type: ignore[no-untyped-def]
    return build_lookup(None, load_bundled_glossary())


def test_a_derived_word_shows_its_root_affixes_and_both_meanings(lookup) -> None:  # type: ignore[no-untyped-def]
    info = lookup.lookup("menyebabkan")
    assert (info.kind, info.headword, info.root) == (LISTED, "menyebabkan", "sebab")
    assert info.analysis.formula == "menyebabkan = meN- + sebab + -kan"
    assert info.derived_gloss and "cause" in info.derived_gloss
    assert "cause" in " ".join(info.root_glosses)
    assert info.gloss == info.derived_gloss


def test_clitics_particles_and_reduplication(lookup) -> None:  # type: ignore[no-untyped-def]
    assert lookup.lookup("perusahaannya").headword == "perusahaan"
    assert lookup.lookup("perusahaannya").analysis.endings == ("-nya",)
    models = lookup.lookup("model-model")
    assert models.headword == "model" and models.analysis.reduplicated
    assert lookup.lookup("Sosialis").kind == LISTED


def test_names_numbers_and_unknown_words(lookup) -> None:  # type: ignore[no-untyped-def]
    assert lookup.lookup("DeepSeek").kind == NAME
    assert lookup.lookup("2025").kind == NUMBER
    unknown = lookup.lookup("zzqx")
    assert unknown.kind == UNLISTED and unknown.gloss == ""


def test_a_word_of_a_glossary_term_shows_the_entry(lookup) -> None:  # type: ignore[no-untyped-def]
    assert "artificial-intelligence" in lookup.lookup("kecerdasan").entries
    # At a clicked place, the window passes the entries standing there instead.
    assert lookup.lookup("kecerdasan", entries=[]).entries == ()


def test_word_at_a_cursor_or_a_selection() -> None:
    text = "Ada model-model baru, kata China’s."
    assert word_at(text, 6, 6) == (4, 15)  # inside "model-model"
    assert word_at(text, 4, 9) == (4, 15)  # "model" selected by a double-click
    assert text[slice(*word_at(text, 30, 30))] == "China’s"  # type: ignore[misc]
    assert word_at(text, 20, 21) is None  # a comma
    assert word_at(text, 3, 3) == (0, 3)  # right after "Ada"


def test_document_words_group_by_root(lookup) -> None:  # type: ignore[no-untyped-def]
    document = parse_plain_text("Sebab itu menyebabkan kerugian. Disebabkan oleh pasar.\n")
    words = DocumentWords(document, lookup)
    assert [t.word for t in words.with_root("sebab")] == ["Sebab", "menyebabkan", "Disebabkan"]
    token = words.token_at(12)
    assert token is not None and token.word == "menyebabkan"
    assert [t.word for t in words.between(0, 9)] == ["Sebab", "itu"]


def test_the_same_root_by_form_its_first_places_and_counts(lookup) -> None:  # type: ignore[no-untyped-def]
    """What the Word view lists: a 50 MB text has 7 million words, and a form may stand
    in it 100,000 times; the first few of each form, and how many."""
    text = "sebab Sebab menyebabkan sebab itu. Disebabkan sebab lain, menyebabkan."
    document = parse_plain_text(text + "\n")
    words = DocumentWords(document, lookup)
    assert len(words) == 9
    groups = [
        (form, [t.start for t in tokens], n) for form, tokens, n in words.same_root("sebab", 2)
    ]
    assert groups == [("sebab", [0, 6], 4), ("menyebabkan", [12, 58], 2), ("disebabkan", [35], 1)]
    assert all(text[t.start : t.end] == t.word for t in words.with_root("sebab"))


def test_tints_by_status_and_unknown_words_but_never_names(lookup) -> None:  # type: ignore[no-untyped-def]
    document = parse_plain_text("DeepSeek menyebabkan kerugian pada 2025 di pasar.\n")
    words = DocumentWords(document, lookup)
    statuses = {"menyebabkan": LEARNING, "pasar": KNOWN}
    spans = {document.text[s:e]: k for s, e, k in words.tints(0, 99, statuses)}
    assert spans == {"menyebabkan": LEARNING, "pasar": KNOWN}
    everything = {document.text[s:e]: k for s, e, k in words.tints(0, 99, statuses, unknown=True)}
    assert everything == {
        "menyebabkan": LEARNING,
        "kerugian": UNKNOWN,
        "pada": UNKNOWN,
        "di": UNKNOWN,
        "pasar": KNOWN,
    }
    only_unknown = words.tints(0, 99, statuses, by_status=False, unknown=True)
    assert {document.text[s:e] for s, e, _k in only_unknown} == {"kerugian", "pada", "di"}


def test_installed_dictionaries_add_meanings_under_their_names(tmp_path: Path) -> None:
    write_dictd(
        tmp_path / "dictd",
        "freedict-ind-eng",
        {"sebab": "cause, reason", "pasar": "market"},
        compress=True,
        short_name="Kamus Uji",
    )
    write_dictd(
        tmp_path / "dictd",
        "freedict-eng-ind",
        {
            "cause": "sebab, alasan",
            "because": "karena, sebab",
            "market": "pasar",
            "idiom": "sebab akibat selalu ada",  # "sebab" is only a word of it
        },
    )
    write_stardict(tmp_path / "stardict", "kamus", {"usaha": "effort"}, bookname="Kamus Star")
    found = find_dictionaries([str(tmp_path / "dictd"), str(tmp_path / "stardict")])
    assert found.warnings == []
    lookup = build_lookup(None, None, found)
    meanings = lookup.lookup("menyebabkan").meanings
    # Forward: the word, its headword and its root; in reverse only the headword.
    assert [(m.source, m.headword, m.text, m.reverse) for m in meanings] == [
        ("Kamus Uji", "sebab", "cause, reason", False)
    ]
    sebab = lookup.lookup("sebabnya")
    reverse = sorted(m.headword for m in sebab.meanings if m.reverse)
    assert reverse == ["because", "cause"]
    (english,) = sebab.english_words().values()
    assert sorted(english) == ["because", "cause"]
    # The word list's gloss first; English words found in reverse last.
    assert sebab.gloss_choices()[0] == "; ".join(sebab.root_glosses)
    assert sebab.gloss_choices()[-1] == ", ".join(english)
    assert [m.source for m in lookup.lookup("perusahaan").meanings] == ["Kamus Star"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab -’'\n.", max_size=400), st.integers(min_value=1, max_value=30))
def test_words_read_in_pieces_are_the_words_of_the_whole(text: str, size: int) -> None:
    pieces = list(_chunks(text, size))
    assert "".join(piece for _start, piece in pieces) == text
    found = [
        (start + m.start(), start + m.end())
        for start, piece in pieces
        for m in WORD_PATTERN.finditer(piece)
    ]
    assert found == [(m.start(), m.end()) for m in WORD_PATTERN.finditer(text)]


def test_reading_words_can_be_given_up(lookup) -> None:  # type: ignore[no-untyped-def]
    from glossary.words.lookup import Cancelled

    document = parse_plain_text("kata " * 20_000 + "\n")
    with pytest.raises(Cancelled):
        DocumentWords(document, lookup, cancelled=lambda: True)
    assert len(DocumentWords(document, lookup, cancelled=lambda: False)) == 20_000


@pytest.mark.parametrize(
    ("word", "root"),
    [
        ("café", "café"),
        ("Éclair", "éclair"),
        ("naïf", "naïf"),
        ("cafe\u0301", "café"),  # a text with combining accents: the same word
        ("dikafékan", "kafé"),  # affixes around an accented root
    ],
)
def test_an_accented_word_keeps_its_letters(lookup, word: str, root: str) -> None:  # type: ignore[no-untyped-def]
    # PySastrawi drops every letter outside a-z: "café" came back as "caf", "résumé"
    # as "r sum".
    info = lookup.lookup(word)
    assert info.root == root
    assert info.word == unicodedata.normalize("NFC", word)


def test_a_word_with_combining_accents_is_one_word() -> None:
    text = "di re\u0301sume\u0301 itu"
    start = text.index("re")
    assert word_at(text, start + 1, start + 1) == (start, start + 8)
    assert WORD_PATTERN.findall(text) == ["di", "re\u0301sume\u0301", "itu"]


@pytest.mark.parametrize(
    ("word", "root"),
    [("menguras", "kuras"), ("mengira", "kira"), ("memukul", "pukul"), ("menulis", "tulis")],
)
def test_the_word_lists_root_wins_over_the_stemmers(
    lookup: WordLookup, word: str, root: str
) -> None:
    # PySastrawi reads "menguras" as meng- + "uras" and "mengira" as meng- + "ira".
    info = lookup.lookup(word)
    assert (info.root, info.kind) == (root, LISTED)
    assert info.analysis.formula == f"{word} = meN- + {root}"
    assert info.pos == "verb"


def test_root_candidates_put_back_what_men_and_pen_drop() -> None:
    from glossary.words.morphology import root_candidates

    assert {"kuras", "uras"} <= set(root_candidates("menguras"))
    assert "sebab" in root_candidates("menyebabkannya")
    assert "ajar" in root_candidates("mempelajari")


@pytest.mark.parametrize(
    ("word", "pos", "root", "root_pos", "root_gloss"),
    [
        ("pengamat", "noun", "amat", "verb", "to observe, watch"),  # not amat, "very"
        ("amat", "adverb", "amat", "adverb", "very; to observe, watch"),
        ("bagian", "noun", "bagi", "verb", "divide, share"),  # not bagi, "for"
        ("menandatangani", "verb", "tanda tangan", "noun", "signature"),
        ("pelajaran", "noun", "ajar", "noun", "teaching, instruction"),
        # The root's sense the word is built on, not its commoner one.
        ("pendiri", "noun", "diri", "verb", "to stand"),  # not "self"
        ("melalui", "preposition", "lalu", "verb", "to pass, go by"),  # not "then"
        ("bertentangan", "verb", "tentang", "verb", "to oppose, go against"),  # not "about"
        # -nya makes a noun of a verb: "mengakibatkan hilangnya …", "sebelum munculnya …".
        ("hilangnya", "noun", "hilang", "verb", "disappear; be lost"),
        ("jatuhnya", "noun", "jatuh", "verb", "fall"),
        ("munculnya", "noun", "muncul", "verb", "appear, emerge"),
        ("masuknya", "noun", "masuk", "verb", "enter, come in"),
    ],
)
def test_homographs_compounds_and_their_classes(
    lookup: WordLookup, word: str, pos: str, root: str, root_pos: str, root_gloss: str
) -> None:
    info = lookup.lookup(word)
    assert (info.pos, info.root, info.root_pos) == (pos, root, root_pos)
    assert "; ".join(info.root_glosses) == root_gloss
    if word == "menandatangani":
        assert info.analysis.formula == "menandatangani = meN- + tanda tangan + -i"
    if word == "pelajaran":
        assert info.derived_gloss == "lesson"


def test_a_root_written_otherwise_shows_its_standard_spelling(lookup: WordLookup) -> None:
    assert lookup.lookup("respon").standard == "respons"
    assert lookup.lookup("saham").standard == ""


def test_every_derived_word_of_the_article_has_the_class_the_word_list_gives_it(
    lookup: WordLookup,
) -> None:
    """Each word of the bundled article built with a prefix or a suffix (or listed as a
    derived form: "sebelumnya", "alih-alih") is in the word list with its own class, and
    lookup gives that class, whatever its affixes would suggest. (Endings such as -nya
    and a doubled plural, "negara-negara", keep the headword's class.)"""
    from glossary.documents.loading import load_bundled_article

    derived = lookup.words.derived
    checked: set[str] = set()
    without_class: list[str] = []
    wrong: list[str] = []
    for word in sorted(set(WORD_PATTERN.findall(load_bundled_article().text))):
        info = lookup.lookup(word)
        if info.kind not in (LISTED, UNLISTED):
            continue  # a name or a number
        listed = derived.get(info.headword)
        if listed is None and not (info.analysis.prefixes or info.analysis.suffixes):
            continue  # a root, with an ending or doubled at most
        if listed is None or not listed.pos:
            without_class.append(f"{word} ({info.analysis.formula or info.headword})")
            continue
        checked.add(info.headword)
        if info.pos != listed.pos:
            wrong.append(f"{word}: lookup says {info.pos}, the word list {listed.pos}")
    assert without_class == [], (
        "derived words of the article without their own class in the word list "
        "(add derived.WORD = { pos = ..., gloss = ... } under their root in "
        f"resources/vocabulary/id-en.toml): {', '.join(without_class)}"
    )
    assert wrong == [], "\n".join(wrong)
    assert len(checked) > 240


@pytest.mark.parametrize(
    ("word", "pos", "by_affixes"),
    [
        ("terakhir", "adjective", "verb"),  # "tahun terakhir": the last year
        ("Terakhirnya", "adjective", "verb"),  # an ending keeps the listed class
        ("kehilangan", "verb", "noun"),  # "Nvidia kehilangan $600 miliar": lost
        ("melalui", "preposition", "verb"),  # "melalui DeepSeek": through
        ("buatan", "adjective", "noun"),  # "kecerdasan buatan": artificial
        ("terbebas", "verb", "adjective"),  # "setelah benar-benar terbebas": freed
        ("menyebabkannya", "verb", "verb"),  # listed as its affixes say
        ("diakhiri", "verb", "verb"),  # not listed: its affixes decide
        ("sebabnya", "noun", "noun"),  # not listed, an ending only: its root's class
    ],
)
def test_the_listed_class_wins_then_the_affixes_then_the_roots(
    lookup: WordLookup, word: str, pos: str, by_affixes: str
) -> None:
    from glossary.words.morphology import word_class

    info = lookup.lookup(word)
    assert info.pos == pos
    assert word_class(info.analysis, info.root_pos) == by_affixes
