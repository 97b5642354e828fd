"""A document's reading kept in the cache folder: used while the file is unchanged,
read again when it changed or the cache is not a reading a reader could make."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from glossary.documents.cache import cached_document
from glossary.documents.loading import load_document
from glossary.model import Document

SOURCE = """+++
title = "Judul"
+++
# Bagian

Teks dengan **tebal** dan `kode`.

- butir
  - lebih dalam
"""


class Reads:
    """load_document, counting the files it reads."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, path: Path) -> Document:
        self.count += 1
        return load_document(path)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.md"
    path.write_text(SOURCE, encoding="utf-8")
    return path


def test_an_unchanged_file_is_not_read_again(article: Path, tmp_path: Path) -> None:
    reads = Reads()
    first = cached_document(article, tmp_path / "cache", reads)
    again = cached_document(article, tmp_path / "cache", reads)
    assert reads.count == 1
    assert again.text == first.text and again.blocks == first.blocks
    assert again.title == first.title == "Judul" and again.meta == first.meta
    assert again.term_text == first.term_text  # (code blanked out the same)


def test_a_changed_file_is_read_again(article: Path, tmp_path: Path) -> None:
    reads = Reads()
    cached_document(article, tmp_path / "cache", reads)
    article.write_text(SOURCE + "\nTambahan.\n", encoding="utf-8")
    os.utime(article, ns=(1, 1))
    assert cached_document(article, tmp_path / "cache", reads).text.endswith("Tambahan.")
    assert reads.count == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda stored: "not json",
        lambda stored: json.dumps({**stored, "blocks": [["poem", 0, 5, 0, [], False]]}),
        lambda stored: json.dumps({**stored, "blocks": [["paragraph", 0, 10**9, 0, [], False]]}),
        lambda stored: json.dumps({**stored, "text": 5}),
        lambda stored: json.dumps({key: v for key, v in stored.items() if key != "pages"}),
    ],
    ids=["not JSON", "unknown kind", "past the text", "text not a string", "a field missing"],
)
def test_a_damaged_cache_is_read_past(article: Path, tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    reads = Reads()
    first = cached_document(article, tmp_path / "cache", reads)
    (cache,) = (tmp_path / "cache").iterdir()
    cache.write_text(damage(json.loads(cache.read_text(encoding="utf-8"))), encoding="utf-8")
    again = cached_document(article, tmp_path / "cache", reads)
    assert reads.count == 2
    assert again.blocks == first.blocks


def test_without_a_cache_folder_the_file_is_read(article: Path) -> None:
    reads = Reads()
    cached_document(article, None, reads)
    cached_document(article, None, reads)
    assert reads.count == 2
