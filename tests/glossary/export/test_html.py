from __future__ import annotations

import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.export.handout import Handout, build_handout
from glossary.export.html import CSP, render
from glossary.model import Document
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store
from glossary.terms.glossary import Glossary
from tests.glossary.terms.test_glossary import NOT_IN_THE_ARTICLE

from .conftest import HOSTILE_NOTE

LOADING_ATTRIBUTES = {"src", "srcset", "data", "poster", "background", "action", "formaction"}


class Page(HTMLParser):
    """Every element and attribute of a page, its text, and its style sheets."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self._in_style = False
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        (self.styles if self._in_style else self.text).append(data)


def assert_safe(source: str) -> Page:
    assert "<script" not in source.lower()
    page = Page(source)
    for tag, attrs in page.tags:
        assert tag not in {"script", "iframe", "object", "embed", "img", "link", "form", "base"}
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert name not in LOADING_ATTRIBUTES, (tag, name)
            if name == "href":
                assert value is not None and value.startswith("#"), value
            if name == "style":
                assert "url(" not in (value or "")
    css = " ".join(page.styles).lower()
    assert "url(" not in css and "@import" not in css and "@font-face" not in css
    return page


def test_handout_is_self_contained_and_safe(handout: Handout) -> None:
    source = render(handout)
    page = assert_safe(source)
    metas = [a for t, a in page.tags if t == "meta"]
    assert {"http-equiv": "Content-Security-Policy", "content": CSP} in metas
    assert "default-src 'none'" in CSP and "script-src" not in CSP
    assert "@media print" in " ".join(page.styles)
    text = "".join(page.text)
    for line in HOSTILE_NOTE.splitlines():
        assert line in text  # shown, as text
    quotes = [a for t, a in page.tags if t == "blockquote"]
    assert len(quotes) == len(handout.items)
    definitions = [t for t, _ in page.tags if t == "dt"]
    assert len(definitions) == len(handout.entries) > 0


def test_whole_article_marks_highlights_and_links_terms(
    store: Store, article: Document, glossary: Glossary
) -> None:
    doc = Documents(store).id_of(article.sha256)
    assert doc is not None
    handout = build_handout(
        Highlights(store).of_document(doc),
        glossary,
        document=article,
        include_article=True,
        scope="document",
    )
    source = render(handout)
    page = assert_safe(source)
    text = "".join(page.text)
    for block in article.blocks:
        assert article.block_text(block) in text.replace("\n", "")
    marks = [a["class"] for t, a in page.tags if t == "span" and a.get("class", "").startswith("c")]
    assert {"c1", "c2", "c3", "c5"} <= set(marks)
    anchors = {a["id"] for _, a in page.tags if a.get("id", "").startswith("term-")}
    links = {a["href"][1:] for t, a in page.tags if t == "a"}
    # (Every entry but those the article does not use: test_glossary.py.)
    assert links <= anchors and len(anchors) == len(glossary.entries) - len(NOT_IN_THE_ARTICLE)


@settings(max_examples=60, deadline=None)
@given(
    note=st.text(max_size=200),
    title=st.text(max_size=60),
)
def test_no_user_string_becomes_markup(
    note: str, title: str, article: Document, glossary: Glossary
) -> None:
    from glossary.notes.highlights import Highlight

    h = Highlight(1, "u", 1, note or "x", "", "", 0, 5, 4, note, "t", "t", None, True, note)
    handout = build_handout([h], glossary, title=title or "t", sha256="0" * 64)
    source = render(handout)
    page = assert_safe(source)
    # Only the handout's own elements: a note never adds one.
    assert {t for t, _ in page.tags} <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "h1",
        "h2",
        "h3",
        "p",
        "div",
        "blockquote",
        "span",
        "br",
        "a",
        "dl",
        "dt",
        "dd",
        "i",
    }
    assert re.sub(r"\s+", "", note) in re.sub(r"\s+", "", "".join(page.text))


def test_article_with_the_glossary_of_the_highlights_only_links_those(
    store: Store, article: Document, glossary: Glossary
) -> None:
    doc = Documents(store).id_of(article.sha256)
    assert doc is not None
    handout = build_handout(
        Highlights(store).of_document(doc), glossary, document=article, include_article=True
    )
    page = assert_safe(render(handout))
    anchors = {a["id"] for _, a in page.tags if a.get("id", "").startswith("term-")}
    links = {a["href"][1:] for t, a in page.tags if t == "a"}
    assert links == anchors == {f"term-{e.id}" for e in handout.entries}
    assert len(anchors) < len(glossary.entries)
    # The other terms are still underlined, without a link.
    assert any(a.get("class") == "term" for t, a in page.tags if t == "span")


def test_a_paragraph_of_many_terms_and_marks_is_cut_in_one_sweep(glossary: Glossary) -> None:
    # One line of 60,000 terms, highlights over parts of it, emphasis inside: each piece
    # is wrapped in what covers it. Asking every term of the paragraph for each piece
    # took hours for such a text.
    from glossary.model import Block, Span
    from glossary.notes.highlights import Highlight

    unit = "Nvidia dan DeepSeek "
    text = (unit * 30_000).strip()
    spans = tuple(Span(n + 7, n + 10, "emphasis") for n in range(0, len(text), len(unit)))
    document = Document(text, (Block("paragraph", 0, len(text), 0, spans),), "Uji")
    marks = [
        Highlight(
            id=n, uuid=f"u{n}", document_id=1, exact="x", prefix="", suffix="", start=start,
            end=start + 45, colour=n % 5 + 1, note="", created="t", updated="t", deleted=None,
            orphaned=False,
        )
        for n, start in enumerate(range(0, 400_000, 100_000), 1)
    ]  # fmt: skip
    handout = build_handout(
        marks, glossary, document=document, include_article=True, scope="document"
    )
    page = Page(render(handout))
    terms = [a for t, a in page.tags if t == "a" and a.get("class") == "term"]
    assert len(terms) >= 60_000  # a term that a mark begins or ends in is cut in two
    assert {a["class"] for t, a in page.tags if t == "span" and a.get("class", "")[:1] == "c"} == {
        f"c{n % 5 + 1}" for n in range(1, 5)
    }
    assert sum(1 for t, _ in page.tags if t == "em") == 30_000
