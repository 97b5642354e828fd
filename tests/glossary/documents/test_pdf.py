"""PDF files read by PDFium into the text a reader reads: running heads and page
numbers dropped, hyphenated words joined, paragraphs joined across pages, headings
by size, two columns in order, pages kept; an encrypted, scanned, damaged or bomb-like
PDF gets a message."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest

from glossary.documents.errors import PasswordNeeded
from glossary.documents.loading import SUFFIXES, DocumentError, load_document
from glossary.documents.pdf import MAX_PAGE_CHARS, MAX_PAGES
from tests.glossary.pdffactories import Line, paragraph_lines, write_pdf

HEADER = "Jurnal Ekonomi Digital, Vol. 3"
FIRST = (
    "DeepSeek memakai model campuran pakar yang hanya menyalakan sebagian kecil "
    "parameternya untuk setiap token, sehingga biaya pelatihannya jauh lebih rendah "
    "daripada pesaingnya dan nilai valua-"
)
SECOND = (
    "sinya di mata investor berubah dalam semalam. Saham Nvidia jatuh tajam pada hari "
    "yang sama, dan pasar bertanya apakah rencana Made-in-China 2025 sudah berhasil."
)


def _page(number: int, lines: list[Line]) -> list[Line]:
    """A page with a running header and its number at the foot."""
    return [Line(72, 805, HEADER, 9), *lines, Line(290, 30, str(number), 9)]


def _write(tmp_path: Path, pages: list[list[Line]], name: str = "jurnal.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(write_pdf(pages))
    return path


def test_heads_numbers_hyphens_and_pages(tmp_path: Path) -> None:
    title = Line(72, 750, "Ekonomi Kecerdasan Buatan", 18, bold=True)
    first = paragraph_lines(FIRST, top=710, width=70)
    second = paragraph_lines(SECOND, top=760, width=70)
    path = _write(tmp_path, [_page(1, [title, *first]), _page(2, second)])
    doc = load_document(path)
    assert ".pdf" in SUFFIXES
    assert doc.title == "Ekonomi Kecerdasan Buatan"
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph"]
    text = doc.block_text(doc.blocks[1])
    assert HEADER not in doc.text and "\n1\n" not in doc.text
    assert "nilai valuasinya di mata investor" in text  # hyphen and page break joined
    assert "Made-in-China 2025" in text  # a real hyphen stays
    assert doc.pages == (0, doc.text.index("sinya"))
    assert doc.page_at(doc.text.index("Saham Nvidia")) == 2
    assert doc.page_at(doc.text.index("campuran pakar")) == 1


def test_paragraphs_lists_and_bold_headings(tmp_path: Path) -> None:
    lines = [
        Line(72, 760, "Latar Belakang", 11, bold=True),
        *paragraph_lines("Paragraf pertama yang cukup panjang untuk dua baris " * 2, top=740),
        *paragraph_lines("Paragraf kedua setelah jarak yang lebih lebar di halaman.", top=690),
        Line(72, 660, "• butir pertama"),
        Line(72, 646, "• butir kedua"),
        Line(72, 632, "1. langkah satu"),
    ]
    doc = load_document(_write(tmp_path, [lines]))
    kinds = [(b.kind, b.bullet, doc.block_text(b)[:16]) for b in doc.blocks]
    assert kinds == [
        ("heading", False, "Latar Belakang"),
        ("paragraph", False, "Paragraf pertama"),
        ("paragraph", False, "Paragraf kedua s"),
        ("item", True, "butir pertama"),
        ("item", True, "butir kedua"),
        ("item", False, "1. langkah satu"),
    ]


def test_two_columns_are_read_one_after_the_other(tmp_path: Path) -> None:
    left = paragraph_lines("kiri " + "teks kolom kiri " * 20 + "akhir kiri.", x=60, width=40)
    right = paragraph_lines("kanan " + "teks kolom kanan " * 20 + "akhir kanan.", x=320, width=40)
    doc = load_document(_write(tmp_path, [[*left, *right]]))
    assert doc.text.index("akhir kiri.") < doc.text.index("kanan teks")
    assert "kiri" not in doc.text[doc.text.index("kanan teks") :]


def test_a_scan_without_text_needs_ocr(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as raised:
        load_document(_write(tmp_path, [[], []], "pindaian.pdf"))
    assert "OCR" in str(raised.value)


def test_an_encrypted_pdf_opens_with_its_password(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = write_pdf([paragraph_lines("Teks rahasia tentang DeepSeek dan Nvidia.")])
    writer = PdfWriter(clone_from=PdfReader(BytesIO(plain)))
    writer.encrypt("sandi")
    out = BytesIO()
    writer.write(out)
    path = tmp_path / "terkunci.pdf"
    path.write_bytes(out.getvalue())
    with pytest.raises(PasswordNeeded) as asked:
        load_document(path)
    assert not asked.value.wrong and "password" in str(asked.value)
    with pytest.raises(PasswordNeeded) as wrong:
        load_document(path, password="salah")
    assert wrong.value.wrong
    assert "Teks rahasia" in load_document(path, password="sandi").text


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\n" + b"\x00garbage" * 100,
        write_pdf([paragraph_lines("Teks yang terpotong di tengah jalan.")])[:300],
        b"not a pdf at all, just words",
    ],
    ids=["garbage", "cut short", "not a PDF"],
)
def test_a_damaged_pdf_is_refused_with_a_message(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "rusak.pdf"
    path.write_bytes(data)
    with pytest.raises(DocumentError) as raised:
        load_document(path)
    assert str(path) in str(raised.value)
    assert "damaged" in str(raised.value) or "no text" in str(raised.value)


def test_too_many_pages_or_too_much_text_on_a_page_is_refused(tmp_path: Path) -> None:
    many = _write(tmp_path, [[]] * (MAX_PAGES + 1), "banyak.pdf")
    with pytest.raises(DocumentError) as raised:
        load_document(many)
    assert f"{MAX_PAGES + 1:,} pages" in str(raised.value)
    # (PDFium reads at most 32,767 characters of one string: two strings, then.)
    half = "x" * (MAX_PAGE_CHARS // 2 + 1)
    dense = _write(tmp_path, [[Line(10, 400, half, 1), Line(10, 390, half, 1)]], "padat.pdf")
    with pytest.raises(DocumentError) as raised:
        load_document(dense)
    assert "page 1" in str(raised.value)


def test_progress_is_told_page_by_page(tmp_path: Path) -> None:
    pages = [paragraph_lines(f"Halaman nomor {n} dengan teksnya sendiri.") for n in range(5)]
    told: list[tuple[int, int]] = []
    load_document(_write(tmp_path, pages), progress=lambda done, total: told.append((done, total)))
    assert told == [(n, 5) for n in range(1, 6)]
