"""Opening HTML and EPUB documents, and refusing what is unsafe or broken."""

from __future__ import annotations

import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from glossary.documents.html import parse_html
from glossary.documents.loading import DocumentError, load_document
from tests.glossary.bookfactories import write_epub, write_zip


def test_html_keeps_structure_and_text_only(tmp_path: Path) -> None:
    path = tmp_path / "artikel.html"
    path.write_text(
        """<!doctype html><html lang="id-ID"><head><title>Judul</title>
        <script>alert('x')</script><style>p { color: red }</style>
        <link rel="stylesheet" href="http://example.com/x.css"></head><body>
        <h1>Kepala <em>miring</em></h1><p onclick="steal()">Satu <b>tebal</b> dan
        <a href="javascript:evil()">tautan</a>.<img src="file:///etc/passwd"></p>
        <ol><li>pertama</li><li>kedua</li></ol><blockquote><p>Kutipan</p></blockquote>
        <form action="http://x"><input name="q" value="rahasia"><textarea>isi</textarea>
        </form><iframe src="http://x">bingkai</iframe><hr></body></html>""",
        encoding="utf-8",
    )
    document = load_document(path)
    assert document.title == "Judul" and document.language == "id"
    assert document.text.split("\n") == [
        "Kepala miring",
        "Satu tebal dan tautan.",
        "1. pertama",
        "2. kedua",
        "Kutipan",
        "",
    ]
    kinds = [(b.kind, b.level, b.bullet) for b in document.blocks]
    assert kinds == [
        ("heading", 1, False),
        ("paragraph", 0, False),
        ("item", 1, False),  # numbered: its number is in the text
        ("item", 1, False),
        ("quote", 0, False),
        ("rule", 0, False),
    ]
    styles = [(document.text[s.start : s.end], s.style) for b in document.blocks for s in b.spans]
    assert styles == [("miring", "emphasis"), ("tebal", "strong")]
    for hostile in ("alert", "color", "steal", "evil", "passwd", "rahasia", "isi", "bingkai"):
        assert hostile not in document.text


def test_ten_thousand_nested_tags_are_read_quickly() -> None:
    started = time.perf_counter()
    document = parse_html("<div>" * 10_000 + "teks dalam" + "</span>" * 10_000 + "</div>" * 10)
    assert document.text == "teks dalam"
    assert time.perf_counter() - started < 5  # not quadratic (about 0.1 s)


def test_styles_left_open_carry_over_one_span_of_each_kind() -> None:
    document = parse_html("<div>a <b>b <i>c <b>d<p>e</b> f</i> g</b> h")
    first, second = document.blocks
    # The outer <b> covers the inner one: one span of each kind goes to the next block.
    assert [(document.text[s.start : s.end], s.style) for s in first.spans] == [
        ("b c d", "strong"),
        ("c d", "emphasis"),
    ]
    assert [(document.text[s.start : s.end], s.style) for s in second.spans] == [
        ("e", "strong"),
        ("e f", "emphasis"),
        ("e f g", "strong"),
    ]
    many = parse_html("<p>x<b>" * 500)
    assert max(len(block.spans) for block in many.blocks) == 1


def test_a_start_tag_of_many_attributes_takes_little_memory() -> None:
    started = not tracemalloc.is_tracing()
    if started:
        tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        document = parse_html("<p>x</p>" + "<a b=" * 20_000 + ">teks")
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        if started:
            tracemalloc.stop()
    assert document.text == "x\nteks"
    # 17 MB for these 100 KB while Python's pattern kept the state of every attribute.
    assert peak < 8_000_000


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("<p>Satu <b", "Satu"),
        ("<p>Satu <a href='x", "Satu"),
        ("<p>Satu <!-- catatan", "Satu"),
        ("<p>Satu <?php echo", "Satu"),
        ("<p>Satu </p", "Satu"),
        ("<p>Satu <", "Satu <"),
        ("<p>Satu </", "Satu </"),
        ("<p>Satu <![ x ]]> dua <![if x]>tiga", "Satu dua tiga"),
        ("<p>Satu <![CDATA[x]]> dua", "Satu dua"),
    ],
)
def test_markup_left_open_at_the_end_runs_to_the_end(source: str, text: str) -> None:
    assert parse_html(source).text == text


def test_an_epub_becomes_one_document_with_chapters_as_sections(tmp_path: Path) -> None:
    path = write_epub(
        tmp_path / "buku.epub",
        [
            ("Bab Satu", "<h1>Bab Satu</h1><p>Awal cerita tentang <em>pasar</em>.</p>"),
            ("Bab Dua", "<p>Tanpa judul di dalam bab.</p><script>x()</script>"),
        ],
        title="Buku Uji",
    )
    document = load_document(path)
    assert document.title == "Buku Uji" and document.language == "id"
    assert document.meta["author"] == "Penulis Uji"  # shown under the title
    # The navigation page (the table of contents as a page) is not a chapter.
    assert document.text.startswith("Bab Satu\n")
    lines = document.text.split("\n")
    assert "Awal cerita tentang pasar." in lines and "Tanpa judul di dalam bab." in lines
    # A chapter without a heading gets its title from the table of contents.
    assert lines[lines.index("Tanpa judul di dalam bab.") - 1] == "Bab Dua"
    outline = document.outline()
    assert [(e.title, e.level) for e in outline] == [("Bab Satu", 1), ("Bab Dua", 1)]
    assert document.text[outline[1].start :].startswith("Bab Dua")
    assert "x()" not in document.text


@pytest.mark.parametrize(
    ("name", "write", "message"),
    [
        ("kosong.epub", lambda p: p.write_bytes(b""), "is empty"),
        ("teks.epub", lambda p: p.write_bytes(b"just text, not a zip" * 10), "not an EPUB"),
        (
            "terpotong.epub",
            lambda p: p.write_bytes(write_epub(p, [("A", "<p>isi</p>")]).read_bytes()[:300]),
            "not an EPUB",
        ),
        (
            "bom.epub",
            lambda p: write_zip(p, {"OEBPS/big.xhtml": b"<p>" + b"a" * (60 << 20) + b"</p>"}),
            "zip bomb|would unpack",
        ),
        (
            "entitas.epub",
            lambda p: write_zip(
                p,
                {
                    "OEBPS/content.opf": b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">'
                    b'<!ENTITY b "&a;&a;&a;&a;">]><package>&b;</package>'
                },
            ),
            "declares XML entities",
        ),
        (
            "jalur.epub",
            lambda p: write_zip(p, {"../../etc/evil.xhtml": b"<p>x</p>"}),
            "outside itself",
        ),
        (
            "banyak.epub",
            lambda p: write_zip(p, {f"f{i}.txt": b"" for i in range(5_001)}, zipfile.ZIP_STORED),
            "files inside",
        ),
    ],
)
def test_a_bad_or_hostile_epub_is_refused(tmp_path: Path, name: str, write, message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    write(path)
    with pytest.raises(DocumentError, match=message) as info:
        load_document(path)
    assert name in str(info.value)


def test_a_web_page_is_read_in_the_charset_it_declares(tmp_path: Path) -> None:
    page = tmp_path / "halaman.html"
    page.write_bytes(
        '<html><head><meta charset="windows-1250"></head><body><p>Łódź i Kraków</p>'
        "</body></html>".encode("cp1250")
    )
    document = load_document(page)
    assert "Łódź i Kraków" in document.text
    assert document.meta["codec"] == "cp1250" and document.meta["encoding_guessed"] == "no"


def test_an_encoding_chosen_before_is_used_unless_the_file_is_now_utf8(tmp_path: Path) -> None:
    path = tmp_path / "lama.txt"
    path.write_bytes("Harga naik 25 € — “kata” pengamat.".encode("cp1252"))
    document = load_document(path, remembered="latin-1")
    assert document.meta["codec"] == "latin-1" and document.meta["encoding_chosen"] == "yes"
    # Saved again as UTF-8: Latin-1 would read it (it reads any bytes), as mojibake.
    path.write_text("Harga naik 25 € — “kata” pengamat.", encoding="utf-8")
    document = load_document(path, remembered="latin-1")
    assert "€" in document.text and document.meta["codec"] == "utf-8"
    assert document.meta["encoding_chosen"] == "no"


def test_a_utf16_file_without_a_mark_opens_as_chosen_before(tmp_path: Path) -> None:
    path = tmp_path / "lebar.txt"
    path.write_bytes("Pasar modal Tiongkok.".encode("utf-16-le"))
    document = load_document(path, remembered="utf-16-le")
    assert document.text.startswith("Pasar modal") and document.meta["encoding_chosen"] == "yes"


def test_an_epub_reads_each_page_once_and_its_untitled_entries_as_nothing(
    tmp_path: Path,
) -> None:
    # A reading order that lists one page 20,000 times made a document of gigabytes out
    # of a book of kilobytes; a table-of-contents entry with no title read "None", and
    # one whose title holds a line break put that break inside a heading.
    from tests.corpus.cases import case

    book = load_document(case("epub-spine-repeats").build(tmp_path))
    assert book.text.count("Bab 1:") == 1
    untitled = load_document(case("epub-toc-none-names").build(tmp_path))
    assert "None" not in untitled.text
    assert all(entry.title for entry in untitled.outline())
    path = write_epub(tmp_path / "baris.epub", [("Bab\n   Satu", "<p>Teks pertama.</p>")])
    titled = load_document(path)
    assert titled.text.startswith("Bab Satu\nTeks pertama.")
    assert all("\n" not in titled.block_text(block) for block in titled.blocks)


def test_an_epub_whose_compressed_data_is_damaged_is_refused(tmp_path: Path) -> None:
    # zipfile raises zlib's own error for a damaged deflate stream (found by the fuzz
    # tests): it is a damaged book, not a bug.
    path = write_zip(tmp_path / "rusak.epub", {"OEBPS/c.xhtml": b"<p>" + bytes(range(256)) * 20})
    data = bytearray(path.read_bytes())
    at = data.index(b"OEBPS/c.xhtml") + len(b"OEBPS/c.xhtml")
    data[at : at + 2] = b"\xff\xff"
    path.write_bytes(bytes(data))
    with pytest.raises(DocumentError, match=r"rusak\.epub is damaged .*cut short or damaged"):
        load_document(path)


def test_an_epub_cut_at_its_start_is_refused(tmp_path: Path) -> None:
    # Its entries then start one byte before the archive does, and the first one, a
    # markup file, at offset -1: zipfile raises ValueError ("negative seek value"), found
    # by the fuzz tests.
    path = tmp_path / "buku.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("META-INF/container.xml", "<container/>")
        archive.writestr("mimetype", "application/epub+zip")
    path.write_bytes(path.read_bytes()[1:])
    with pytest.raises(DocumentError, match=r"buku\.epub is damaged"):
        load_document(path)


def test_a_table_of_contents_section_holding_one_entry_not_a_list() -> None:
    # What ebooklib makes of some damaged navigation documents (found by the fuzz tests).
    from ebooklib import epub

    from glossary.documents.epub import _toc

    toc = [(epub.Section("Bagian", "c1.xhtml"), epub.Link("c2.xhtml", "Bab", "b"))]
    assert _toc(toc) == [("Bagian", "c1.xhtml", 1), ("Bab", "c2.xhtml", 2)]
