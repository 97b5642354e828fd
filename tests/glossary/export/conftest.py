"""A notes store on the bundled article with highlights that try every kind of trouble:
markup, formulas, Markdown syntax, emoji, line breaks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from glossary.documents.loading import load_bundled_article
from glossary.export.handout import Handout, build_handout
from glossary.model import Document
from glossary.notes.colours import ColourLabels
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store
from glossary.terms.glossary import Glossary, load_bundled_glossary

HOSTILE_NOTE = (
    '<script>alert("x")</script> <img src=x onerror=alert(1)> '
    "[link](http://evil.example) `code` **bold** & &amp; 🙂\n"
    "# not a heading\n=1+2\n> not a quote\n- not an item\n1986. not a list"
)

PASSAGES = [
    # (text to find, length, colour, note)
    ("Nvidia", 60, 3, HOSTILE_NOTE),
    ("campuran pakar", 14, 2, "Mixture of experts: only part of the model works per task."),
    ("sulingan", 8, 1, ""),
    ("Made in China 2025", 18, 5, '=HYPERLINK("http://evil.example")\n+ second line'),
]


@pytest.fixture(scope="session")
def glossary() -> Glossary:
    return load_bundled_glossary()


@pytest.fixture(scope="session")
def article() -> Document:
    return load_bundled_article()


@pytest.fixture
def store(tmp_path: Path, article: Document) -> Iterator[Store]:
    with Store(tmp_path / "notes.sqlite3") as opened:
        doc = Documents(opened).remember(article)
        for find, length, colour, note in PASSAGES:
            start = article.text.index(find)
            Highlights(opened).add(doc, article.text, start, start + length, colour, note)
        yield opened


@pytest.fixture
def handout(store: Store, article: Document, glossary: Glossary) -> Handout:
    doc = Documents(store).id_of(article.sha256)
    assert doc is not None
    return build_handout(
        Highlights(store).of_document(doc),
        glossary,
        document=article,
        labels=ColourLabels(store).all(),
    )
