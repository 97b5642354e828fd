"""Documents (text, Markdown, HTML, EPUB) mutated from valid ones: the reader returns a
document or refuses the file with the app's own error, nothing else."""

from __future__ import annotations

import zipfile
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

from glossary.documents.loading import load_document
from glossary.messages import Problem
from glossary.model import Document
from tests.corpus import samples
from tests.fuzz.mutations import (
    encoded,
    mutated_bytes,
    mutated_lines,
    mutated_markup,
    rezip,
    sometimes_damaged,
    unzip,
)
from tests.fuzz.profiles import fuzz

# Kept small: the Markdown reader is slow on long runs of emphasis marks (a known bug,
# see tests.corpus.cases.SLOW_EMPHASIS), and that is not what these look for.
MAX_TEXT = 12_000
MARKDOWN_LINES = [
    "# Judul",
    "###### ",
    "#",
    "> ",
    ">",
    "> > kutipan",
    "- ",
    "- butir *miring",
    "1. nomor",
    "1234567890. nomor",
    "---",
    "* * *",
    "+++",
    '+++\ntitle = "x"\n+++',
    "+++\n[a\n+++",
    "`kode",
    "**tebal** __juga__ _miring_ *lagi*",
    "[tautan](http://x) [rusak](",
    "\\*bukan\\* \\",
    "    indentasi",
    "\t- tab",
    "<script>alert(1)</script>",
]
HTML_TAGS = [
    "<b>",
    "</b>",
    "<i>",
    "<p>",
    "</p>",
    "<ul>",
    "<ol>",
    "<li>",
    "</li>",
    "</ol>",
    "<pre>",
    "</pre>",
    "<blockquote>",
    "</blockquote>",
    "<h1>",
    "</h6>",
    "<br>",
    "<hr>",
    "<br/>",
    "<p/>",
    "<script>",
    "</script>",
    "<style>",
    "<title>",
    "</title>",
    "<template>",
    "<svg><b>",
    "<table><tr><td>",
    "<html lang=''>",
    '<html lang="zz-ZZ-x">',
    "<meta charset='utf-16'>",
    '<meta charset="x-unknown">',
    "<!--",
    "-->",
    "<!DOCTYPE html>",
    "<![CDATA[",
    "<?xml version='1.0'?>",
    "</",
    "<",
]
BYTE_TOKENS = [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\r", b"\r\n", b"\xed\xa0\x80", b"\xc3"]


def reads_or_refuses(path: Path) -> Document | None:
    """The document, or None when the reader refused it with its own error."""
    try:
        document = load_document(path)
    except Problem as exc:
        assert str(exc).strip()
        return None
    assert isinstance(document, Document)
    assert document.text.strip()
    return document


@fuzz(
    text=mutated_lines(samples.txt().decode(), extra=["", "- butir", "•", "\x0c", "a" * 300]),
    damage=st.data(),
)
def test_text_files(folder: Path, text: str, damage: st.DataObject) -> None:
    data = damage.draw(encoded(text))
    data = damage.draw(sometimes_damaged(data, tokens=BYTE_TOKENS, max_size=MAX_TEXT))
    path = folder / "teks.txt"
    path.write_bytes(data)
    reads_or_refuses(path)


@fuzz(text=mutated_lines(samples.markdown().decode(), extra=MARKDOWN_LINES), damage=st.data())
def test_markdown_files(folder: Path, text: str, damage: st.DataObject) -> None:
    data = damage.draw(encoded(text))
    data = damage.draw(sometimes_damaged(data, tokens=BYTE_TOKENS, max_size=MAX_TEXT))
    path = folder / "artikel.md"
    path.write_bytes(data)
    reads_or_refuses(path)


@fuzz(
    markup=mutated_markup(samples.html().decode(), tags=HTML_TAGS),
    suffix=st.sampled_from([".html", ".htm", ".xhtml"]),
    damage=st.data(),
)
def test_html_files(folder: Path, markup: str, suffix: str, damage: st.DataObject) -> None:
    data = damage.draw(encoded(markup))
    data = damage.draw(sometimes_damaged(data, tokens=BYTE_TOKENS))
    path = folder / f"halaman{suffix}"
    path.write_bytes(data)
    reads_or_refuses(path)


# -- EPUB ---------------------------------------------------------------------------------------

XML_TAGS = [
    '<item id="c1" href="None" media-type="application/xhtml+xml"/>',
    '<item href="c1.xhtml" media-type="application/xhtml+xml"/>',
    '<item id="x" href="../../luar.xhtml" media-type="application/xhtml+xml"/>',
    '<item id="gambar" href="c1.xhtml" media-type="image/png"/>',
    '<itemref idref="chapter_0"/>',
    '<itemref idref="nav"/>',
    '<itemref idref="None" linear="no"/>',
    "<itemref/>",
    '<navPoint id="n"><navLabel><text></text></navLabel><content src="toc.ncx"/>',
    '<navPoint id="m"><content src="chap_01.xhtml#x"/></navPoint>',
    "</navPoint>",
    "<navMap>",
    "<nav epub:type='toc'><ol><li><a href='nav.xhtml'>diri</a></li></ol></nav>",
    "<ol><li><a>tanpa tautan</a><ol><li>",
    "<dc:title/>",
    "<dc:language>zz</dc:language>",
    "<dc:creator></dc:creator>",
    "<spine/>",
    "<manifest/>",
    "<rootfile full-path='' media-type='application/oebps-package+xml'/>",
    "<!DOCTYPE x>",
    "<b>",
    "<p>",
    "<div>",
]


@cache
def epub_files() -> tuple[tuple[str, bytes], ...]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        return tuple(unzip(samples.epub(Path(folder))).items())


@st.composite
def mutated_epub(draw: st.DrawFn) -> bytes:
    """The sample book with entries dropped, renamed, repeated or stored differently, and
    the markup of its package, tables of contents and chapters mutated."""
    files = [(name, data, zipfile.ZIP_DEFLATED) for name, data in epub_files()]
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(files) - 1))
        name, data, compression = files[at]
        operation = draw(
            st.sampled_from(["markup", "markup", "markup", "drop", "rename", "repeat", "bytes"])
        )
        if operation == "markup":
            text = data.decode("utf-8", "replace")
            files[at] = (name, draw(mutated_markup(text, tags=XML_TAGS)).encode(), compression)
        elif operation == "drop":
            del files[at]
        elif operation == "rename":
            new = draw(
                st.sampled_from(["None", "null", "", "/abs.xhtml", "OEBPS/", "META-INF/x"])
                | st.text(min_size=1, max_size=12)
            )
            files[at] = (new, data, compression)
        elif operation == "repeat":
            files.insert(at, (name, data, zipfile.ZIP_STORED))
        else:
            files[at] = (name, draw(mutated_bytes(data, steps=2)), compression)
        if not files:
            break
    archive = rezip(files)
    if draw(st.integers(0, 9)) == 0:  # now and then, the archive itself damaged
        archive = draw(mutated_bytes(archive, steps=2))
    return archive


@fuzz(book=mutated_epub())
def test_epub_books(folder: Path, book: bytes) -> None:
    path = folder / "buku.epub"
    path.write_bytes(book)
    document = reads_or_refuses(path)
    if document is not None:
        # A block never holds a line break: offsets map one to one onto the view's.
        assert all("\n" not in document.block_text(b) for b in document.blocks)
        assert all(entry.title.strip() for entry in document.outline())
