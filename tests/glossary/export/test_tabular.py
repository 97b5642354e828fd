from __future__ import annotations

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from glossary.export.handout import Handout
from glossary.export.tabular import HEADER, neutralise, render

from .conftest import HOSTILE_NOTE


def rows(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline="")))


def test_one_row_per_highlight_with_every_column(handout: Handout) -> None:
    table = rows(render(handout))
    assert tuple(table[0]) == HEADER
    body = [dict(zip(HEADER, row, strict=True)) for row in table[1:]]
    assert len(body) == len(handout.items)
    first = body[0]
    assert first["document"] == handout.title
    assert first["quote"].startswith("Nvidia Corp.")
    assert first["note"] == HOSTILE_NOTE  # newlines kept inside the quoted cell
    assert first["colour"] == "Question"
    assert "Nvidia" in first["terms"].split("; ")
    assert first["created"] == handout.items[0].highlight.created
    assert body[2]["section"].startswith("Teknologi Tiongkok")


def test_formulas_are_neutralised(handout: Handout) -> None:
    table = rows(render(handout))
    note = table[2][HEADER.index("note")]
    assert note.startswith("'=HYPERLINK(")
    for row in table:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


@given(st.text())
def test_neutralise_keeps_the_text_and_blocks_formulas(cell: str) -> None:
    safe = neutralise(cell)
    assert safe.endswith(cell) and len(safe) - len(cell) in (0, 1)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
