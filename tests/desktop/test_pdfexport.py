"""The PDF handout: laid out by Qt, text selectable and searchable, A4 or Letter."""

from __future__ import annotations

import itertools
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.pdfexport import layout, write_pdf
from glossary.documents.loading import load_bundled_article
from glossary.export import ExportError
from glossary.export.handout import Handout, build_handout
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store
from glossary.terms.glossary import load_bundled_glossary

NOTE = "Catatan <script>alert(1)</script> & 🙂 tentang campuran pakar"


@pytest.fixture
def handout(tmp_path: Path) -> Handout:
    article = load_bundled_article()
    with Store(tmp_path / "notes.sqlite3") as store:
        doc = Documents(store).remember(article)
        start = article.text.index("campuran pakar")
        Highlights(store).add(doc, article.text, start, start + 14, 2, NOTE)
        highlights = Highlights(store).of_document(doc)
    return build_handout(
        highlights, load_bundled_glossary(), document=article, include_article=True
    )


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(("size", "points"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_pdf_text_is_searchable_on_the_chosen_paper(
    qapp: object, handout: Handout, tmp_path: Path, size: str, points: tuple[int, int]
) -> None:
    path = write_pdf(handout, tmp_path / "out" / "handout.pdf", size)
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == points
    raw = " ".join(page.extract_text() for page in reader.pages)
    assert "\t" not in raw  # words are separated by spaces when copied
    assert "nilai valuasi" in raw
    # No ligature glyphs: "ﬁrst" is neither found nor copied as "first".
    assert not set(raw) & set("\ufb00\ufb01\ufb02\ufb03\ufb04")
    assert "finansial" in raw  # the article's "biaya finansial"
    text = words(raw)
    assert words(handout.title) in text
    assert "Catatan <script>alert(1)</script> &" in text  # the note, as text
    # Large headings may come out with a space after their first letter ("G lossary").
    assert "Glossary" in text.replace(" ", "") and "campuran pakar" in text
    assert reader.metadata is not None and reader.metadata.title == handout.title
    assert len(reader.pages) >= 4  # the whole article was included
    assert reader.metadata.author == "Hugo East"
    assert [p.name for p in path.parent.iterdir()] == ["handout.pdf"]


def test_unwritable_destination(qapp: object, handout: Handout, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="cannot be written"):
        write_pdf(handout, blocker / "handout.pdf")


def test_only_the_text_side_of_a_space_mapping_changes(tmp_path: Path) -> None:
    from desktop.pdfexport import _map_spaces_to_spaces

    cmap = (
        b"stream\nbegincmap\n2 beginbfchar\n<0009> <0009>\n<0003> <0009>\nendbfchar\n"
        b"2 beginbfrange\n<0009> <0009> <0009>\n<0001> <000A> [<006E> <0009>]\nendbfrange\n"
        b"endcmap\nendstream <0009>"
    )
    path = tmp_path / "x.pdf"
    path.write_bytes(cmap)
    _map_spaces_to_spaces(path)
    fixed = path.read_bytes()
    assert len(fixed) == len(cmap)  # no offset in the file moves
    assert b"<0009> <0020>\n<0003> <0020>" in fixed  # glyph 9 keeps its code
    assert b"<0009> <0009> <0020>" in fixed and b"[<006E> <0020>]" in fixed
    assert fixed.endswith(b"endstream <0009>")  # outside the tables nothing changes


@pytest.fixture
def long_handout(tmp_path: Path) -> Handout:
    """The bundled article with a note on every third run of four words: some twenty
    pages, so that many pages break inside a paragraph or a note (some with line
    breaks)."""
    article = load_bundled_article()
    with Store(tmp_path / "long.sqlite3") as store:
        doc = Documents(store).remember(article)
        highlights = Highlights(store)
        runs = re.finditer(r"\w+(?:\s+\w+){3}", article.text)
        for n, run in enumerate(runs):
            if n % 3 == 0:
                note = f"Note {n}: " + "a note long enough to wrap onto a second line " * (n % 4)
                note += "\nand a line of its own" * (n % 5 == 1)
                highlights.add(doc, article.text, run.start(), run.end(), n % 5 + 1, note)
        every = highlights.of_document(doc)
    return build_handout(every, load_bundled_glossary(), document=article, include_article=True)


def test_each_line_is_on_exactly_one_page(
    qapp: object, long_handout: Handout, tmp_path: Path
) -> None:
    path = write_pdf(long_handout, tmp_path / "handout.pdf")
    reader = PdfReader(path)
    count = len(reader.pages)
    assert count >= 10
    pages: list[list[str]] = []
    for number, page in enumerate(reader.pages, start=1):
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        assert lines[-1] == f"{number} / {count}"  # the page number, last
        pages.append(lines[:-1])
    for page, (before, after) in enumerate(itertools.pairwise(pages), start=1):
        assert before[-1] != after[0], f"the last line of page {page} is repeated on the next"

    # Every line of the laid-out handout once, in order: nothing repeated, nothing left out.
    # (White space aside, and ligatures such as "ﬁ" read as their letters.)
    def letters(text: str) -> str:
        return re.sub(r"\s", "", unicodedata.normalize("NFKC", text))

    printed = "".join("".join(lines) for lines in pages)
    assert letters(printed) == letters(layout(long_handout).toPlainText())
