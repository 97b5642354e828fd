"""Glossary files, TOML and CSV, are read in time linear in their size: ordinary term
lists, and the shapes that once made reading quadratic (an entry of thousands of
unknown keys; thousands of headwords without a Latin letter, which all make the id
"term")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from glossary.model import Category, Entry
from glossary.terms.files import GlossaryFileError, TermList, parse_csv, parse_toml, to_csv, to_toml
from tests.glossary.linear import assert_linear

Make = Callable[[int], str]
CATEGORIES = {"general": Category("general", "General", "Umum")}


def entry(n: int, **fields: object) -> Entry:
    base = Entry(
        id=f"istilah-{n}",
        category="general",
        term_en=f"term {n}",
        term_id=f"istilah {n}",
        aliases_en=(f"alias {n}", f"other {n}"),
        aliases_id=(f"sebutan {n}",),
        definition_en=f'What term {n} means, in a sentence or two; "quoted"\\.',
        definition_id=f"Arti istilah {n}, dalam satu atau dua kalimat.",
        usage_en="",
        usage_id="",
        related=(f"istilah-{n - 1}",) if n else (),
    )
    return base._replace(**fields)  # type: ignore[arg-type]


def toml_list(n: int) -> str:
    return to_toml("Daftar", CATEGORIES, [entry(i) for i in range(n)])


def csv_list(n: int) -> str:
    return to_csv([entry(i) for i in range(n)])[1:]


def inline_array(n: int) -> str:
    tables = [
        f'{{id = "istilah-{i}", category = "general", term_en = "term {i}", '
        f'term_id = "istilah {i}", aliases_en = [], aliases_id = [], definition_en = "d", '
        f'definition_id = "d", usage_en = "", usage_id = "", related = []}}'
        for i in range(n)
    ]
    return "entry = [\n" + ",\n".join(tables) + '\n]\n[categories.general]\nen = "G"\nid = "U"\n'


def shared_alias(n: int) -> str:
    return toml_list(n).replace('aliases_id = ["sebutan', 'aliases_id = ["sama", "sebutan')


def cjk(i: int) -> str:
    """A headword of two Chinese characters, the ``i``-th of 400 million."""
    return chr(0x4E00 + i % 20_000) + chr(0x4E00 + i // 20_000)


def unknown_keys(n: int) -> str:
    return toml_list(1) + "".join(f"x{i} = 1\n" for i in range(n))


def cjk_headwords(n: int) -> str:
    return CSV_HEADER + "".join(f"{cjk(i)},japan {i},d,d,\n" for i in range(n))


CSV_HEADER = "term_id,term_en,definition_id,definition_en,aliases_en\n"

# (what the file is like, the file of size n, the n to start from: where the quadratic
# part of a quadratic reading outweighs the rest)
TOML: list[tuple[str, Make, int]] = [
    ("term list", toml_list, 64),
    ("entries as an inline array", inline_array, 64),
    (
        "a problem in every entry",
        lambda n: toml_list(n).replace('usage_id = ""', "usage_id = 1"),
        64,
    ),
    ("one entry of many unknown keys", unknown_keys, 2000),
    ("one alias in every entry", shared_alias, 64),
    ("long texts", lambda n: toml_list(1).replace("in a sentence", "kata \\t " * n), 64),
]

CSV: list[tuple[str, Make, int]] = [
    ("term list", csv_list, 64),
    ("headwords without a Latin letter", cjk_headwords, 2000),
    (
        "a problem in every row",
        lambda n: CSV_HEADER + "".join(f"satu {i},one {i},,d,\n" for i in range(n)),
        64,
    ),
    (
        "one alias in every row",
        lambda n: CSV_HEADER + "".join(f"satu {i},one {i},d,d,sama\n" for i in range(n)),
        64,
    ),
    (
        "many aliases in a cell",
        lambda n: CSV_HEADER + "satu,one,d,d," + "; ".join(f"a{i}\\;b" for i in range(n)) + "\n",
        64,
    ),
    (
        "long cells",
        lambda n: (
            CSV_HEADER + "".join(f'satu {i},one {i},"{"kata " * 200}",d,\n' for i in range(n))
        ),
        64,
    ),
]


def reading(parse: Callable[[str], TermList]) -> Callable[[str], object]:
    """``parse``, with a refused file a result like any other."""

    def read(source: str) -> object:
        try:
            return parse(source)
        except GlossaryFileError as refused:
            return refused

    return read


@pytest.mark.parametrize(("shape", "make", "n"), TOML, ids=[s for s, _, _ in TOML])
def test_a_toml_glossary_is_read_in_linear_time(shape: str, make: Make, n: int) -> None:
    read = reading(lambda source: parse_toml(source, "x.toml"))
    assert_linear(f"TOML glossary ({shape})", read, make, n)


@pytest.mark.parametrize(("shape", "make", "n"), CSV, ids=[s for s, _, _ in CSV])
def test_a_csv_glossary_is_read_in_linear_time(shape: str, make: Make, n: int) -> None:
    read = reading(lambda source: parse_csv(source, "x.csv", "x"))
    assert_linear(f"CSV glossary ({shape})", read, make, n)
