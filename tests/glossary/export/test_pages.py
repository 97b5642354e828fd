"""A PDF's notes cite their pages: "p. 2" in the handouts, a page column in the CSV, and
a page fragment (RFC 8118) among a Web Annotation's selectors, which reads back."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from glossary.documents.loading import load_document
from glossary.export import markdown, tabular, webanno
from glossary.export.handout import build_handout
from glossary.export.html import render as render_html
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store
from glossary.terms.glossary import Glossary
from tests.glossary.pdffactories import paragraph_lines, write_pdf


def test_the_notes_of_a_pdf_cite_their_pages(
    store: Store, glossary: Glossary, tmp_path: Path
) -> None:
    path = tmp_path / "jurnal.pdf"
    path.write_bytes(
        write_pdf(
            [
                paragraph_lines("Halaman pertama tentang DeepSeek dan pasar saham. " * 3),
                paragraph_lines("Halaman kedua tentang Nvidia yang jatuh tajam. " * 3),
            ]
        )
    )
    document = load_document(path)
    doc = Documents(store).remember(document)
    start = document.text.index("Nvidia yang")
    Highlights(store).add(doc, document.text, start, start + 6, note="penting")
    handout = build_handout(Highlights(store).of_document(doc), glossary, document=document)
    assert [item.page for item in handout.items] == [2]
    assert "p. 2" in markdown.render(handout)
    assert "p. 2" in render_html(handout)
    rows = list(csv.DictReader(io.StringIO(tabular.render(handout).lstrip("\ufeff"))))
    assert rows[0]["page"] == "2"
    written = webanno.render(handout)
    selectors = json.loads(written)["first"]["items"][0]["target"]["selector"]
    assert {"type": "FragmentSelector", "conformsTo": webanno.PDF_FRAGMENTS, "value": "page=2"} in (
        selectors
    )
    (read,) = webanno.parse(written.encode())
    assert (read.exact, read.start, read.note) == ("Nvidia", start, "penting")
