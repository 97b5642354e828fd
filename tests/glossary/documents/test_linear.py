"""Plain text, Markdown, HTML and EPUB are read in time linear in their size: ordinary
documents, and the shapes that once made a parser quadratic (8,000 unclosed <b> took
78 s; 100 KB of unclosed Markdown emphasis, 37 s)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from glossary.documents.epub import parse_epub
from glossary.documents.html import parse_html
from glossary.documents.loading import parse_markdown, parse_plain_text
from tests.glossary.bookfactories import write_epub
from tests.glossary.linear import assert_linear

Make = Callable[[int], str]

SENTENCE = "Model bahasa besar *dilatih* pada **teks** dari `web` dan [buku](http://x). "


def markdown_article(n: int) -> str:
    section = (
        "## Bagian\n\n" + SENTENCE * 5 + "\n" + SENTENCE * 3 + "\n\n> " + SENTENCE + "\n\n"
        "- butir _satu_\n- butir **dua**\n1. nomor\n\n---\n\n"
    )
    return "+++\ntitle = 'Uji'\n+++\n# Judul\n\n" + section * n


def text_article(n: int) -> str:
    paragraph = "Model bahasa besar dilatih pada teks dari web dan buku.\n" * 4
    return ("Judul\n\n" + paragraph + "\n- butir\n• butir\n\n") * n


def html_article(n: int) -> str:
    section = (
        "<h2>Bagian</h2><p>Model <em>bahasa</em> besar <b>dilatih</b> pada <code>teks</code>"
        " dari <a href='x'>web</a> &amp; buku.</p><ul><li>satu</li><li>dua</li></ul>"
        "<blockquote><p>Kutipan</p></blockquote><pre>a\nb</pre><table><tr><td>x</td>"
        "<td>y</td></tr></table><script>var x = '<b>';</script><!-- catatan --><hr>\n"
    )
    return "<!doctype html><html lang='id'><head><title>Uji</title></head><body>" + (section * n)


# (what the input is like, the input of size n)
PLAIN: list[tuple[str, Make]] = [
    ("article", text_article),
    ("one long line", lambda n: "kata " * n),
    ("short lines", lambda n: "ab\n" * n),
]

MARKDOWN: list[tuple[str, Make]] = [
    ("article", markdown_article),
    ("emphasis *a*a", lambda n: "*a" * n),
    ("unclosed emphasis '*a '", lambda n: "*a " * n),
    ("unclosed strong '**a '", lambda n: "**a " * n),
    ("a run of _", lambda n: "x" + "_" * n),
    ("a run of **", lambda n: "x" + "**" * n),
    ("a run of backticks", lambda n: "x" + "`" * n),  # (alone on a line: a fence)
    ("unclosed links '['", lambda n: "[" * n),
    ("mixed '*a _b `c '", lambda n: "*a _b `c " * n),
    ("backslashes", lambda n: "\\" * n),
    ("nested emphasis", lambda n: "_a " * n + "_" * n),
    ("heading with a run of spaces", lambda n: "# a" + " " * n + "b"),
    ("list items", lambda n: "- butir *a*\n" * n),
]

HTML: list[tuple[str, Make]] = [
    ("article", html_article),
    ("unclosed <b> in paragraphs", lambda n: "<p>x<b>" * n),
    ("one unclosed <b> before paragraphs", lambda n: "<b>" + "<p>x</p>" * n),
    ("unclosed <i><b><code> before paragraphs", lambda n: "<i><b><code>" * n + "<p>x</p>" * n),
    ("unclosed tag '<a'", lambda n: "<a" * n),
    ("unclosed attributes '<a b='", lambda n: "<a b=" * n),
    ("unclosed end tag '</'", lambda n: "</" * n),
    ("unclosed comment '<!--'", lambda n: "<!--" * n),
    ("unclosed section '<!['", lambda n: "<![" * n),
]


@pytest.mark.parametrize(("shape", "make"), PLAIN, ids=[s for s, _ in PLAIN])
def test_plain_text_is_read_in_linear_time(shape: str, make: Make) -> None:
    assert_linear(f"plain text ({shape})", parse_plain_text, make)


@pytest.mark.parametrize(("shape", "make"), MARKDOWN, ids=[s for s, _ in MARKDOWN])
def test_markdown_is_read_in_linear_time(shape: str, make: Make) -> None:
    assert_linear(f"Markdown ({shape})", parse_markdown, make)


@pytest.mark.parametrize(("shape", "make"), HTML, ids=[s for s, _ in HTML])
def test_html_is_read_in_linear_time(shape: str, make: Make) -> None:
    assert_linear(f"HTML ({shape})", parse_html, make)


def test_epub_is_read_in_linear_time(tmp_path: Path) -> None:
    def book(n: int) -> bytes:
        chapters = [(f"Bab {i}", html_article(4)) for i in range(n)]
        return write_epub(tmp_path / f"{n}.epub", chapters).read_bytes()

    assert_linear("EPUB (chapters)", parse_epub, book, 8)
