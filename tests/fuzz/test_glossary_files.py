"""Glossary files (TOML and CSV) mutated from valid ones, read and imported into a data
folder that holds notes and an own glossary: the import is done or refused with the
app's own error, and a refused one changes nothing."""

from __future__ import annotations

import csv
import io
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from glossary.messages import Problem
from glossary.terms.files import ORDER, read_glossary_file
from tests.corpus import samples
from tests.fuzz.checks import filled_data_dir, known_bug, notes_summary, run_cli
from tests.fuzz.mutations import (
    encoded,
    json_text,
    mutated_csv,
    mutated_lines,
    mutated_tree,
    sometimes_damaged,
    toml_text,
)
from tests.fuzz.profiles import fuzz

# The schema's fields (the CSV's columns), the file's tables and keys of no meaning.
GLOSSARY_KEYS = ["glossary", "name", "categories", "entry", *ORDER, "en"]
TOML_LINES = [
    "[[entry]]",
    "[glossary]",
    "[categories.umum]",
    "[[entry.sub]]",
    "entry = []",
    'id = "saham"',
    'related = ["model-bahasa", "model-bahasa"]',
    'aliases_id = ["saham"]',
    'category = "tidak-ada"',
    "x = 1979-05-27T07:32:00Z",
    '"quoted key" = 1',
    "a.b.c = 1",
    "[a",
    '"""',
]
COMMANDS = [
    ["glossary", "import", "{}"],
    ["glossary", "import", "{}", "--dry-run"],
    ["glossary", "import", "{}", "--name", samples.OWN_GLOSSARY],
    ["glossary", "import", "{}", "--name", "Baru"],
]


def imports_or_refuses(folder: Path, data: bytes, name: str, command: list[str]) -> None:
    path = folder / name
    path.write_bytes(data)
    try:  # the reader itself: a term list or its own error
        read_glossary_file(path)
    except Problem as exc:
        assert str(exc).strip()
    except Exception as exc:
        if not known_bug(exc):
            raise
    store = filled_data_dir(folder)
    before = notes_summary(store)
    ran = run_cli(
        "--data-dir",
        store,
        *(a.format(path) for a in command),
        problem_list=name,
        broken_names=names_break(data, name),
    )
    if ran.code != 0 or "--dry-run" in command:
        assert notes_summary(store) == before, f"a refused import changed the notes: {ran}"


def names_break(data: bytes, name: str) -> bool:
    """Whether a name the file gives (a CSV column, a TOML key) holds a line break: the
    readers quote it as it is in a problem, which then takes two lines (a known bug,
    tests.corpus.cases.NAMES_WITH_LINE_BREAKS)."""
    text = data.decode("utf-8-sig", "replace")
    if name.endswith(".csv"):
        try:
            header = next(csv.reader(io.StringIO(text, newline="")), [])
        except csv.Error:
            return False
        return any("\n" in cell or "\r" in cell for cell in header)
    try:
        tree = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError, ValueError):
        return False
    return any("\n" in key or "\r" in key for key in _keys(tree))


def _keys(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield key
            yield from _keys(value)
    elif isinstance(node, list):
        for value in node:
            yield from _keys(value)


@st.composite
def toml_glossaries(draw: st.DrawFn) -> bytes:
    tree: dict[str, Any] = tomllib.loads(samples.toml_glossary().decode())
    if draw(st.booleans()):
        tree = draw(mutated_tree(tree, keys=GLOSSARY_KEYS, toml=True, max_depth=60))
    text = toml_text(tree) if isinstance(tree, dict) else json_text(draw, tree)
    if draw(st.booleans()):
        text = draw(mutated_lines(text, extra=TOML_LINES))
    return draw(sometimes_damaged(draw(encoded(text))))


@fuzz(data=toml_glossaries(), command=st.sampled_from(COMMANDS))
def test_toml_glossaries(folder: Path, data: bytes, command: list[str]) -> None:
    imports_or_refuses(folder, data, "glosarium.toml", command)


@st.composite
def csv_glossaries(draw: st.DrawFn) -> bytes:
    text = draw(mutated_csv(samples.csv_glossary().decode()))
    if draw(st.booleans()):
        text = "\ufeff" + text
    return draw(sometimes_damaged(draw(encoded(text))))


@fuzz(data=csv_glossaries(), command=st.sampled_from(COMMANDS))
def test_csv_glossaries(folder: Path, data: bytes, command: list[str]) -> None:
    imports_or_refuses(folder, data, "glosarium.csv", command)
