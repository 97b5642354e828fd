"""Glossary files: TOML in the bundled schema and CSV, both ways, and bad files."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.model import Category, Entry
from glossary.terms.files import (
    GlossaryFileError,
    parse_csv,
    parse_toml,
    read_glossary_file,
    slug,
    to_csv,
    to_toml,
)
from glossary.terms.glossary import load_bundled_glossary, load_glossary

CATEGORIES = {"general": Category("general", "General", "Umum")}


def make_entry(n: int, **fields: object) -> Entry:
    base = Entry(
        id=f"term-{n}",
        category="general",
        term_en=f"term {n}",
        term_id=f"istilah {n}",
        aliases_en=(f"alias {n}",),
        aliases_id=(),
        definition_en=f"Definition {n}.",
        definition_id=f"Definisi {n}.",
        usage_en="",
        usage_id="",
        related=(),
    )
    return base._replace(**fields)  # type: ignore[arg-type]


def test_bundled_glossary_survives_both_formats(tmp_path: Path) -> None:
    bundled = load_bundled_glossary()
    toml_path = tmp_path / "deepseek.toml"
    toml_path.write_text(to_toml("DeepSeek", bundled.categories, bundled.entries), "utf-8")
    # The exported file is valid bundled data.
    assert load_glossary([toml_path]).entries == bundled.entries
    assert read_glossary_file(toml_path).entries == list(bundled.entries)
    csv_path = tmp_path / "deepseek.csv"
    csv_path.write_text(to_csv(bundled.entries), "utf-8")
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read_glossary_file(csv_path).entries == list(bundled.entries)


text = st.text(
    alphabet=st.characters(blacklist_categories=["Cs", "Cc"]) | st.sampled_from("\n\t;\\\"'=+"),
    min_size=1,
    max_size=40,
).filter(lambda t: t.strip() == t and t.strip())
word = st.text(alphabet=string.ascii_letters + "ąéü’", min_size=2, max_size=12)


@st.composite
def entries(draw: st.DrawFn) -> list[Entry]:
    count = draw(st.integers(1, 8))
    found = []
    for n in range(count):
        aliases = draw(st.lists(word, max_size=3, unique=True))
        found.append(
            make_entry(
                n,
                term_en=f"{draw(word)} {n}",
                term_id=f"{draw(word)} x{n}",
                aliases_en=tuple(f"{a} {n}e" for a in aliases),
                aliases_id=tuple(f"{a}; {n}i" for a in aliases),
                definition_en=draw(text),
                definition_id=draw(text),
                usage_en=draw(st.one_of(st.just(""), text)),
                related=tuple(f"term-{m}" for m in range(n)),
            )
        )
    return found


@settings(max_examples=60, deadline=None)
@given(entries())
def test_any_entries_round_trip(found: list[Entry]) -> None:
    assert parse_toml(to_toml("Daftar", CATEGORIES, found), "x.toml").entries == found
    assert parse_csv(to_csv(found)[1:], "x.csv", "Daftar").entries == found


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("[[entry]]\nid = 'a'\n = broken", "x.toml: Invalid"),
        (
            '[categories.general]\nen = "G"\nid = "U"\n\n[[entry]]\nid = "a"\n'
            'category = "general"\nterm_en = "alpha"\nterm_id = ""\naliases_en = []\n'
            'aliases_id = []\ndefinition_en = "d"\ndefinition_id = "d"\nusage_en = ""\n'
            'usage_id = ""\nrelated = []\n',
            "x.toml: line 9: field 'term_id': must be non-empty text.",
        ),
        (
            '[[entry]]\nid = "a"\ncategory = "nope"\nterm_en = "alpha"\nterm_id = "alfa"\n'
            'aliases_en = []\naliases_id = []\ndefinition_en = "d"\ndefinition_id = "d"\n'
            'usage_en = ""\nusage_id = ""\nrelated = ["b"]\n',
            "x.toml: line 3: field 'category': unknown category 'nope'.",
        ),
    ],
)
def test_bad_toml_names_line_and_field(source: str, message: str) -> None:
    with pytest.raises(GlossaryFileError) as error:
        parse_toml(source, "x.toml")
    assert message in str(error.value)


ENTRY = (
    '{{id = "{id}", category = "general", term_en = "{id} en", term_id = "{id} id", '
    "aliases_en = [], aliases_id = [], definition_en = 'd', definition_id = 'd', "
    "usage_en = '', usage_id = '', related = []}}"
)


def test_entries_may_be_an_inline_array() -> None:
    source = f"entry = [\n  {ENTRY.format(id='satu')},\n  {ENTRY.format(id='dua')},\n]\n"
    terms = parse_toml(source + '[categories.general]\nen = "G"\nid = "U"\n', "x.toml")
    assert [e.id for e in terms.entries] == ["satu", "dua"]
    # Their problems are told on the line of "entry =".
    with pytest.raises(GlossaryFileError) as error:
        parse_toml("# A list\n" + source.replace('"dua"', '"Dua"'), "x.toml")
    assert [str(problem) for problem in error.value.problems] == [
        "x.toml: line 2: field 'id': must be lowercase letters, digits and single hyphens.",
        "x.toml: line 2: field 'category': unknown category 'general'.",
    ]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("x = " + "[" * 3000 + "]" * 3000, "x.toml: maximum recursion depth exceeded."),
        ("x = " + "{a = " * 3000 + "1" + "}" * 3000, "x.toml: maximum recursion depth exceeded."),
        ("x = " + "9" * 5000, "x.toml: Exceeds the limit (4300 digits)"),
        ("[entry]\nid = 'a'", "'entry' must be an array of tables"),
        ("entry = 3", "'entry' must be an array of tables"),
        ("entry = [[1, 2], 'a']", "x.toml: line 1: the entry is not a table."),
        ("# A list\nentry = [{ id = 'a' }]", "x.toml: line 2: field 'aliases_en': missing."),
        ("glossary = 3", "[glossary] must be a table."),
        ("categories = 3", "[categories] must be a table."),  # was silently ignored
    ],
)
def test_odd_toml_is_refused_not_a_crash(source: str, message: str) -> None:
    with pytest.raises(GlossaryFileError) as error:
        parse_toml(source, "x.toml")
    assert message in str(error.value)


def test_toml_without_entries_is_an_empty_glossary() -> None:
    terms = parse_toml('[glossary]\nname = "Kosong"\n', "x.toml")
    assert (terms.name, terms.entries) == ("Kosong", [])
    assert parse_toml("", "kosong.toml") == ("kosong", {}, [])


def test_hand_written_csv_needs_only_headwords_and_definitions() -> None:
    source = (
        "Term_ID,term_en,definition_id,definition_en,aliases_id\n"
        "Kecerdasan Buatan,artificial intelligence,Mesin yang berpikir.,Thinking machines.,AI; KB\n"
        "Kecerdasan buatan!,AI 2,Lain.,Other.,\n"
        "'=SUM(A1),x,'+y,'-z,\n"
    )
    terms = parse_csv(source, "hand.csv", "Kelas")
    assert terms.name == "Kelas"
    ids = [e.id for e in terms.entries]
    assert ids == ["kecerdasan-buatan", "kecerdasan-buatan-2", "sum-a1"]
    assert terms.entries[0].aliases_id == ("AI", "KB")
    assert terms.entries[2].term_id == "=SUM(A1)"  # the spreadsheet guard comes off
    assert terms.entries[2].definition_id == "+y"
    assert set(terms.categories) == {"general"}


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("", "the file is empty"),
        ("term_id,term_en,colour\n", "line 1: column 'colour': unknown column."),
        ("term_id,term_en\n", "line 1: column 'definition_id' is missing."),
        (  # the last column of a name used to win without a word
            "term_id,term_en,definition_id,definition_en,Term_EN\nsatu,one,d,d,two\n",
            "line 1: column 'term_en' appears twice.",
        ),
        (
            "term_id,term_en,definition_id,definition_en\nsatu,one,,One.\n",
            "line 2: field 'definition_id': must be non-empty text.",
        ),
        (
            'term_id,term_en,definition_id,definition_en\n"dua\nbaris",two,d,d\ntiga,two,d,d\n',
            "line 4: field 'term_en': the alias 'two' is already used by 'dua-baris'.",
        ),
        ("term_id,term_en,definition_id,definition_en\na,b,c,d,e\n", "line 2: 5 cells for 4"),
    ],
)
def test_bad_csv_names_line_and_field(source: str, message: str) -> None:
    with pytest.raises(GlossaryFileError) as error:
        parse_csv(source, "x.csv", "x")
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.toml", None, "no such file"),
        ("binary.csv", b"\x00\x01\x02", "binary"),
        ("latin.csv", "term_id\nkafé\n".encode("latin-1"), "line 2: the file is not UTF-8"),
        ("words.txt", b"hello", "only .toml and .csv"),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, content: bytes | None, message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(GlossaryFileError, match=message):
        read_glossary_file(path)


def test_csv_ids_made_from_the_same_headword_are_numbered() -> None:
    # Headwords without a Latin letter all make the id "term".
    header = "id,term_id,term_en,definition_id,definition_en\n"
    rows = [",日本,japan,d,d", "term-3,中国,china,d,d", ",韓国,korea,d,", ",台湾,taiwan,d,d"]
    rows += [",香港,hong kong,d,d", ",澳門,macau,d,d"]
    with pytest.raises(GlossaryFileError, match="line 4: field 'definition_en'"):
        parse_csv(header + "\n".join(rows), "x.csv", "x")
    terms = parse_csv(header + "\n".join(rows).replace(",d,\n", ",d,d\n"), "x.csv", "x")
    assert [e.id for e in terms.entries] == [
        "term",
        "term-3",
        "term-2",
        "term-4",
        "term-5",
        "term-6",
    ]


def test_a_csv_cell_too_large_is_refused_on_its_line() -> None:
    source = (
        "term_id,term_en,definition_id,definition_en\na,b,c,d\n" + '"' + "x" * 200_000 + '",b,c,d\n'
    )
    with pytest.raises(GlossaryFileError, match=r"x\.csv: line 3: field larger than field limit"):
        parse_csv(source, "x.csv", "x")


def test_slug() -> None:
    assert slug("Kecerdasan Buatan (AI)") == "kecerdasan-buatan-ai"
    assert slug("Ésai") == "esai" and slug("…") == "term"
