from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from glossary.export.handout import Handout
from glossary.export.markdown import escape, render

from .conftest import HOSTILE_NOTE

COMMONMARK = MarkdownIt("commonmark")


def test_handout_parses_as_commonmark_with_one_quote_per_highlight(handout: Handout) -> None:
    text = render(handout)
    tokens = COMMONMARK.parse(text)
    kinds = [t.type for t in tokens]
    assert kinds.count("blockquote_open") == len(handout.items)
    assert kinds.count("hr") == len(handout.items)
    assert "html_block" not in kinds and "html_inline" not in {
        c.type for t in tokens for c in (t.children or [])
    }
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[0] == handout.title
    assert "Highlights" in headings and "Glossary" in headings
    assert "Teknologi Tiongkok kembali berinovasi di tengah embargo perdagangan AS" in headings
    # Every glossary entry of the appendix, with both definitions.
    for entry in handout.entries:
        assert f"**{entry.term_id}**" in text or f"**{escape(entry.term_id)}**" in text
        assert escape(entry.definition_en) in text and escape(entry.definition_id) in text


def test_hostile_note_stays_text(handout: Handout) -> None:
    rendered = COMMONMARK.render(render(handout))
    assert "<script" not in rendered and "<img" not in rendered and "<a href" not in rendered
    assert "<h1>not a heading" not in rendered and "<li>not an item" not in rendered
    assert "<blockquote>\n<p>not a quote" not in rendered and "<ol" not in rendered
    # The note's words all reach the reader, line by line.
    plain = html.unescape(re.sub(r"<[^>]+>", "", rendered))
    for line in HOSTILE_NOTE.splitlines():
        assert line.strip() in plain


def test_reads_as_plain_text(handout: Handout) -> None:
    text = render(handout)
    assert text.startswith(f"# {handout.title}\n")
    assert "> Nvidia Corp. dan perusahaan sejenis lainnya." in text
    assert "*Question* · Terms: Nvidia" in text
    assert "Source: Workers World" in text


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc", "Zl", "Zp"])))
def test_escaped_text_renders_as_itself(line: str) -> None:
    line = " ".join(line.split())
    rendered = COMMONMARK.render(escape(line)).strip()
    if not line:
        assert rendered == ""
        return
    assert rendered.startswith("<p>") and rendered.endswith("</p>")
    assert html.unescape(rendered[3:-4]) == line


def test_carriage_returns_and_closing_hashes_stay_text(handout: Handout) -> None:
    import dataclasses

    item = handout.items[0]
    odd = item.highlight._replace(note="fine\r# Big heading\r---\r    code")
    changed = dataclasses.replace(
        handout, title="Notes on C# #", items=[item._replace(highlight=odd)]
    )
    rendered = COMMONMARK.render(render(changed))
    assert "<h1>Notes on C# #</h1>" in rendered
    assert "<h1>Big" not in rendered and "<pre>" not in rendered
    assert rendered.count("<hr />") == 1  # only the one after the highlight
