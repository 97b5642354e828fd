"""A PDF's page drawn, and where a passage stands on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.documents.errors import DocumentError
from glossary.documents.pdfpages import place_on_page, render_page
from tests.glossary.pdffactories import Line, write_pdf


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "dua.pdf"
    path.write_bytes(
        write_pdf(
            [
                [Line(72, 780, "Halaman pertama di atas"), Line(72, 100, "kalimat di bawah sana")],
                [Line(72, 400, "Halaman kedua di tengah")],
            ]
        )
    )
    return path


def test_a_page_is_drawn_at_the_width_asked(pdf: Path) -> None:
    page = render_page(pdf, 2, 400)
    assert (page.page, page.pages) == (2, 2)
    assert abs(page.width - 400) <= 1 and abs(page.height - 400 * 842 / 595) <= 2
    assert len(page.pixels) == page.stride * page.height
    assert len(set(page.pixels)) > 1  # text drawn, not a blank page
    assert render_page(pdf, 99, 200).page == 2  # (past the end: the last page)


def test_where_a_passage_stands_on_its_page(pdf: Path) -> None:
    top = place_on_page(pdf, 1, "Halaman pertama di atas sana")
    bottom = place_on_page(pdf, 1, "kalimat di bawah")
    assert top is not None and bottom is not None
    assert top < 0.1 and bottom > 0.85
    assert place_on_page(pdf, 2, "tidak ada di sini") is None


def test_a_missing_file_cannot_be_drawn(tmp_path: Path) -> None:
    with pytest.raises(DocumentError):
        render_page(tmp_path / "tidak-ada.pdf", 1, 300)
