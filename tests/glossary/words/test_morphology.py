from __future__ import annotations

import pytest

from glossary.words.morphology import analyse, reduplication, strip_endings, word_class


@pytest.mark.parametrize(
    ("word", "root", "formula"),
    [
        ("menyebabkan", "sebab", "menyebabkan = meN- + sebab + -kan"),
        ("memperkenalkan", "kenal", "memperkenalkan = meN- + per- + kenal + -kan"),
        ("mengatakan", "kata", "mengatakan = meN- + kata + -kan"),
        ("perusahaannya", "usaha", "perusahaannya = per- + usaha + -an + -nya"),
        ("kebijakan", "bijak", "kebijakan = ke- + bijak + -an"),
        ("dibangun", "bangun", "dibangun = di- + bangun"),
        ("belajarlah", "ajar", "belajarlah = ber- + ajar + -lah"),
        ("bukunyakah", "buku", "bukunyakah = buku + -nya + -kah"),
        ("rumahku", "rumah", "rumahku = rumah + -ku"),
        ("merekapun", "mereka", "merekapun = mereka + -pun"),
        ("model-model", "model", "model-model = model ×2"),
        ("sebesar-besarnya", "besar", "sebesar-besarnya = se- + besar ×2 + -nya"),
        ("Teknologi", "teknologi", "teknologi"),
    ],
)
def test_a_word_is_explained_as_affixes_around_its_root(word: str, root: str, formula: str) -> None:
    assert analyse(word, root).formula == formula


def test_the_parts_are_named_separately() -> None:
    found = analyse("menyebabkannya", "sebab")
    assert found.prefixes == ("meN-",)
    assert found.suffixes == ("-kan",)
    assert found.endings == ("-nya",)
    assert not found.reduplicated
    assert found.affixed


def test_a_root_that_cannot_be_found_in_the_word_is_shown_alone() -> None:
    found = analyse("pergi", "datang")
    assert found.pieces == ["datang"]


def test_endings_are_stripped_but_three_letters_stay() -> None:
    assert strip_endings("bukunyalah") == ["bukunyalah", "bukunya", "buku"]
    assert strip_endings("punya") == ["punya"]
    assert "mu" not in strip_endings("ilmu")


def test_reduplication_needs_two_halves() -> None:
    assert reduplication("model-model") == ("model", "model")
    assert reduplication("model") is None
    assert reduplication("a-b-c") is None


@pytest.mark.parametrize(
    ("word", "root", "root_class", "own"),
    [
        ("menyebabkan", "sebab", "noun", "verb"),
        ("disebabkan", "sebab", "noun", "verb"),
        ("bertentangan", "tentang", "preposition", "verb"),
        ("penguatan", "kuat", "adjective", "noun"),
        ("keterbukaan", "buka", "verb", "noun"),
        ("pengamat", "amat", "verb", "noun"),
        ("bagian", "bagi", "verb", "noun"),
        ("terbesar", "besar", "adjective", "adjective"),
        ("terbentuk", "bentuk", "noun", "verb"),
        ("sahamnya", "saham", "noun", "noun"),  # an ending does not change the class
        ("saham", "saham", "noun", "noun"),
    ],
)
def test_a_derived_word_has_the_class_its_affixes_make(
    word: str, root: str, root_class: str, own: str
) -> None:
    assert word_class(analyse(word, root), root_class) == own
