"""The bundled word list: valid, and covering every word of the bundled article."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.documents.loading import load_bundled_article
from glossary.terms.glossary import load_bundled_glossary
from glossary.words.lookup import LISTED, NAME, NUMBER, UNLISTED
from glossary.words.morphology import WORD_PATTERN
from glossary.words.setup import build_lookup
from glossary.words.wordlist import (
    PARTS_OF_SPEECH,
    WordListError,
    load_bundled_word_list,
    load_word_list,
)


def test_the_bundled_word_list_is_valid() -> None:
    words = load_bundled_word_list()
    assert len(words) > 400
    assert all(root.pos in PARTS_OF_SPEECH for root in words.roots.values())
    assert all(all(g.strip() for g in root.glosses) for root in words.roots.values())
    assert words.derived["perusahaan"].root == "usaha"
    assert words.is_name("DeepSeek") and words.is_name("nvidia")


def test_every_word_of_the_bundled_article_resolves() -> None:
    """Each word is in the word list (as itself, a derived form or through its root),
    a name, a number, or part of a glossary term."""
    document = load_bundled_article()
    glossary = load_bundled_glossary()
    lookup = build_lookup(None, glossary)
    missing = []
    kinds: dict[str, int] = {}
    for word in set(WORD_PATTERN.findall(document.text)):
        found = lookup.resolve(word)
        kinds[found.kind] = kinds.get(found.kind, 0) + 1
        if found.kind == UNLISTED and not lookup.entries_with(word):
            missing.append(word)
    assert missing == []
    assert kinds[LISTED] > 400 and kinds[NAME] > 50
    assert NUMBER not in kinds  # digits are not words; "2025" is not a token


def test_a_listed_word_has_the_meaning_of_its_headword() -> None:
    lookup = build_lookup(None)
    assert lookup.resolve("perusahaannya").headword == "perusahaan"
    assert lookup.resolve("menyebabkan").root == "sebab"
    assert lookup.resolve("model-model").headword == "model"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", r"no \[words\] tables"),
        (b"\x00\x01\x02binary", "not valid TOML"),
        (b"\xff\xfe bad", "not UTF-8"),
        (b"[words.Besar]\npos='adjective'\ngloss=['big']\n", "lowercase"),
        (b"[words.besar]\npos='colour'\ngloss=['big']\n", "unknown part of speech"),
        (b"[words.besar]\npos='adjective'\ngloss=[]\n", "gloss must be a list"),
        (b"[words.besar]\npos='adjective'\ngloss=['big']\nderived={Membesar='x'}\n", "lowercase"),
        (b"names = 3\n[words.besar]\npos='adjective'\ngloss=['big']\n", "names must be"),
        (b"[words.besar]\npos=['adjective']\ngloss=['big']\n", "unknown part of speech"),
        (b"[words.besar]\npos='adjective'\ngloss=['  ']\n", "gloss must be"),
        (b"x = " + b"[" * 2000 + b"]" * 2000 + b"\n", "not valid TOML"),
    ],
)
def test_a_malformed_word_list_is_refused_with_the_reason(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "words.toml"
    path.write_bytes(content)
    with pytest.raises(WordListError, match=message):
        load_word_list(path)


def test_a_word_list_may_start_with_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "words.toml"
    path.write_bytes(b"\xef\xbb\xbf[words.besar]\npos='adjective'\ngloss=['big']\n")
    assert load_word_list(path).roots["besar"].glosses == ("big",)


def test_a_missing_word_list_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WordListError, match="no such file"):
        load_word_list(tmp_path / "none.toml")


def test_a_homographs_senses_are_checked(tmp_path: Path) -> None:
    from glossary.words.wordlist import WordListError, load_word_list

    good = tmp_path / "baik.toml"
    good.write_text(
        '[words.bisa]\nsenses = [\n  { pos = "auxiliary", gloss = ["can"] },\n'
        '  { pos = "noun", gloss = ["venom"], derived = { berbisa = "venomous" } },\n]\n',
        encoding="utf-8",
    )
    words = load_word_list(good)
    assert words.roots["bisa"].glosses == ("can", "venom")
    assert words.derived["berbisa"].root_pos == "noun"
    bad = tmp_path / "buruk.toml"
    bad.write_text('[words.bisa]\nsenses = [{ pos = "auxiliary", gloss = ["can"] }]\n', "utf-8")
    with pytest.raises(WordListError) as raised:
        load_word_list(bad)
    assert "senses must be a list of two or more tables" in str(raised.value)


def test_a_derived_word_may_state_its_own_part_of_speech(tmp_path: Path) -> None:
    """A derived word is a gloss, or a table of its class and gloss, written inline or
    one word a line under its root (a homograph's sense too)."""
    path = tmp_path / "words.toml"
    path.write_text(
        "[words.akhir]\n"
        'pos = "noun"\n'
        'gloss = ["end"]\n'
        'derived = { berakhir = "to end", terakhir = { pos = "adjective", gloss = "last" } }\n'
        "\n[words.sebab]\n"
        'pos = "noun"\n'
        'gloss = ["cause"]\n'
        'derived.menyebabkan = { pos = "verb", gloss = "to cause" }\n'
        'derived.disebabkan = { gloss = "caused (by)" }\n'
        "\n[[words.bisa.senses]]\n"
        'pos = "auxiliary"\n'
        'gloss = ["can"]\n'
        "\n[[words.bisa.senses]]\n"
        'pos = "noun"\n'
        'gloss = ["venom"]\n'
        'derived.berbisa = { pos = "adjective", gloss = "venomous" }\n',
        encoding="utf-8",
    )
    derived = load_word_list(path).derived
    assert [(w, derived[w].gloss, derived[w].pos) for w in derived] == [
        ("berakhir", "to end", ""),
        ("terakhir", "last", "adjective"),
        ("menyebabkan", "to cause", "verb"),
        ("disebabkan", "caused (by)", ""),
        ("berbisa", "venomous", "adjective"),
    ]
    assert derived["berbisa"].root_pos == "noun"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('{ pos = "adjectiv", gloss = "last" }', "'terakhir' has an unknown part of speech"),
        ('{ pos = 3, gloss = "last" }', "'terakhir' has an unknown part of speech 3"),
        ('{ pos = "adjective" }', "'terakhir' needs a gloss"),
        ('{ pos = "adjective", gloss = " " }', "'terakhir' needs a gloss"),
        ('{ class = "adjective", gloss = "last" }', "'terakhir' has unknown keys: class"),
        ("3", "'terakhir' needs a gloss"),
    ],
)
def test_a_malformed_derived_word_is_refused_naming_it(
    tmp_path: Path, value: str, message: str
) -> None:
    path = tmp_path / "words.toml"
    path.write_text(
        f'[words.akhir]\npos = "noun"\ngloss = ["end"]\nderived.terakhir = {value}\n', "utf-8"
    )
    with pytest.raises(WordListError, match=f"akhir: derived word {message}"):
        load_word_list(path)
