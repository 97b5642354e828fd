"""Markdown read by markdown-it-py: nested lists keep their depth, fenced code is one
block without its fences and no term is found in code, links show their text,
numbered items keep their numbers, tables are read row by row, and nesting past what
a reader can show is refused with a message."""

from __future__ import annotations

import pytest

from glossary.documents.loading import DocumentError, parse_markdown
from glossary.model import LINE_BREAK
from glossary.terms.glossary import load_bundled_glossary
from glossary.terms.matching import TermMatcher

NESTED = """Daftar:

- satu
  - dua, di dalam
    1. tiga, bernomor
       dan lanjutannya
  - empat
- lima

   Paragraf kedua dari butir lima.
"""

CODE = """Teks tentang campuran pakar.

```python
# campuran pakar dalam kode
def pakar():
    return "campuran pakar"
```

Juga `campuran pakar` sebagai kode, dan [campuran pakar](http://contoh.id) sebagai tautan.

    kode   berindentasi
"""

TABLE = """| Istilah | Arti |
|---|---|
| *Nvidia* | pembuat chip |
| token | potongan teks |
"""


def test_nested_lists_keep_their_depth_and_numbers() -> None:
    doc = parse_markdown(NESTED)
    items = [(doc.block_text(b), b.level, b.bullet) for b in doc.blocks if b.kind == "item"]
    assert items == [
        ("satu", 1, True),
        ("dua, di dalam", 2, True),
        ("1. tiga, bernomor dan lanjutannya", 3, False),
        ("empat", 2, True),
        ("lima", 1, True),
        ("Paragraf kedua dari butir lima.", 1, False),  # (no bullet, no number)
    ]


def test_fenced_code_is_one_block_without_fences_and_no_term_is_found_in_code() -> None:
    doc = parse_markdown(CODE)
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["paragraph", "code", "paragraph", "code"]
    fenced = doc.block_text(doc.blocks[1])
    assert fenced == LINE_BREAK.join(
        ["# campuran pakar dalam kode", "def pakar():", '    return "campuran pakar"']
    )
    assert "```" not in doc.text
    assert doc.block_text(doc.blocks[3]) == "kode   berindentasi"  # (spaces kept in code)
    links = doc.block_text(doc.blocks[2])
    assert links == "Juga campuran pakar sebagai kode, dan campuran pakar sebagai tautan."
    found = TermMatcher(load_bundled_glossary()).find(doc.term_text)
    moe = [doc.text[o.start : o.end] for o in found if o.entry_id == "mixture-of-experts"]
    where = [o.start for o in found if o.entry_id == "mixture-of-experts"]
    # The paragraph's and the link's; not the code block's, not the code span's.
    assert moe == ["campuran pakar", "campuran pakar"]
    assert where[0] < doc.blocks[1].start
    assert where[1] == doc.text.index("campuran pakar sebagai tautan")
    assert len(doc.term_text) == len(doc.text)


def test_tables_are_read_row_by_row() -> None:
    doc = parse_markdown(TABLE)
    rows = [doc.block_text(b) for b in doc.blocks]
    assert [b.kind for b in doc.blocks] == ["table_row"] * 3
    assert rows == ["Istilah\tArti", "Nvidia\tpembuat chip", "token\tpotongan teks"]
    header = {doc.text[s.start : s.end]: s.style for s in doc.blocks[0].spans}
    assert header == {"Istilah": "strong", "Arti": "strong"}
    found = TermMatcher(load_bundled_glossary()).find(doc.term_text)
    assert [doc.text[o.start : o.end] for o in found if o.entry_id == "nvidia"] == ["Nvidia"]


def test_a_hard_line_break_stays_in_its_paragraph_and_terms_match_across_it() -> None:
    doc = parse_markdown("Model campuran  \npakar itu murah.")
    assert [b.kind for b in doc.blocks] == ["paragraph"]
    assert doc.text == f"Model campuran{LINE_BREAK}pakar itu murah."
    found = TermMatcher(load_bundled_glossary()).find(doc.term_text)
    assert [doc.text[o.start : o.end] for o in found] == [f"campuran{LINE_BREAK}pakar"]


@pytest.mark.parametrize(
    "source",
    ["> " * 10_000 + "dalam\n\nsesudahnya", "".join("  " * i + "- x\n" for i in range(200))],
    ids=["10,000 nested quotes", "200 nested lists"],
)
def test_nesting_past_what_a_reader_shows_is_refused_with_a_message(source: str) -> None:
    with pytest.raises(DocumentError) as raised:
        parse_markdown(source)
    assert "nests lists or quotes more deeply" in str(raised.value)
