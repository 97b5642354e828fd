"""The handout as one self-contained HTML file: inline CSS, no script, nothing loaded
from anywhere (a Content-Security-Policy says so to the browser), printable.

Every user string is escaped. The same HTML, laid out by Qt, makes the PDF handout.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from html import escape
from itertools import pairwise
from pathlib import Path

from glossary.export import write_text
from glossary.export.handout import Handout, Item
from glossary.export.registry import Holds, Option, Options, Preview
from glossary.messages import QT_TRANSLATE_NOOP
from glossary.model import CELL_BREAK, LINE_BREAK, Block, Document, Entry, Occurrence
from glossary.notes.colours import HIGHLIGHT_RGB

extension = "html"
label = QT_TRANSLATE_NOOP("glossary", "HTML handout")
options: frozenset[Option] = frozenset({"glossary", "article"})
holds: Holds = "highlights"

CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
TINT = 0.35  # how much of the highlight colour a printed tint keeps


def tint(colour: int) -> str:
    """The highlight colour as a light, opaque tint (prints well, needs no alpha)."""
    rgb = HIGHLIGHT_RGB.get(colour, HIGHLIGHT_RGB[1])
    return "#" + "".join(f"{round(c * TINT + 255 * (1 - TINT)):02x}" for c in rgb)


def _style() -> str:
    colours = "\n".join(
        f".c{n} {{ background-color: {tint(n)}; }}\n.quote.c{n} {{ border-left-color: {tint(n)}; }}"
        for n in sorted(HIGHLIGHT_RGB)
    )
    return f"""
body {{ font-family: serif; line-height: 1.5; max-width: 42em; margin: 2em auto;
  padding: 0 1em; color: #1a1a1a; background: #ffffff; }}
h1 {{ font-size: 1.6em; margin-bottom: 0.2em; }}
h2 {{ font-size: 1.3em; margin-top: 2em; border-bottom: 1px solid #999999; }}
h3 {{ font-size: 1.1em; margin-top: 1.5em; }}
.meta {{ color: #555555; font-size: 0.9em; }}
.highlight {{ margin: 1em 0 1.5em 0; }}
.quote {{ margin: 0; padding: 0.2em 0.8em; border-left: 4px solid #cccccc;
  font-style: italic; }}
.tags {{ font-size: 0.85em; color: #444444; margin: 0.3em 0; }}
.label {{ padding: 0 0.3em; font-style: normal; }}
.note {{ margin: 0.3em 0 0 0; white-space: pre-wrap; }}
.term {{ color: inherit; text-decoration: underline dotted; }}
.item {{ margin-left: 1.5em; }}
dt {{ font-weight: bold; margin-top: 0.8em; }}
dd {{ margin-left: 1.5em; }}
dd p {{ margin: 0.2em 0; }}
.lang {{ font-variant: small-caps; color: #555555; }}
{colours}
@media print {{
  body {{ max-width: none; margin: 0; font-size: 11pt; }}
  .highlight, dt, dd {{ page-break-inside: avoid; }}
  h2, h3 {{ page-break-after: avoid; }}
  a {{ color: inherit; text-decoration: none; }}
  .c1, .c2, .c3, .c4, .c5 {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
}}
"""


def _qt_style() -> str:
    """The few rules Qt's rich-text engine honours. Qt matches every rule against every
    element, so the browser's longer sheet would cost a third of a long PDF's time."""
    colours = " ".join(
        f".c{n} {{ background-color: {tint(n)}; }} "
        f".b{n} {{ color: #{''.join(f'{c:02x}' for c in HIGHLIGHT_RGB[n])}; font-style: normal; }}"
        for n in sorted(HIGHLIGHT_RGB)
    )
    return (
        "body { font-family: serif; font-size: 11pt; color: #1a1a1a; } "
        "h1 { font-size: 20pt; } h2 { font-size: 16pt; } h3 { font-size: 13pt; } "
        "h4, h5, h6 { font-size: 12pt; } "
        ".meta, .tags, .lang { color: #555555; } .tags { font-size: 9pt; } "
        ".quote { font-style: italic; margin-left: 0px; margin-right: 0px; } "
        ".term { text-decoration: underline; } "
        f"dt {{ font-weight: bold; margin-top: 8px; }} {colours}"
    )


def _text(text: str) -> str:
    """User text as HTML text, line breaks kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return escape(text).replace("\n", "<br>")


def render(handout: Handout, *, for_qt: bool = False) -> str:
    """The handout as one HTML page; ``for_qt``: with the short style sheet that Qt's
    rich text (the PDF, the preview) understands."""
    lang = escape(handout.language or "und")
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{escape(handout.title)}</title>",
        f"<style>{_qt_style() if for_qt else _style()}</style>",
        "</head>",
        "<body>",
        f"<h1>{escape(handout.title)}</h1>",
        f'<p class="meta">{" · ".join(escape(f) for f in _facts(handout))}</p>',
        f'<h2 id="highlights">{escape(handout.word("highlights"))}</h2>',
    ]
    # Qt's PDF cannot follow links within the page, and every link and tinted block
    # costs time in a long PDF: there, terms are plain and quotes untinted.
    linked = set() if for_qt else {e.id for e in handout.entries}
    parts += _highlights(handout, linked, tint_quotes=not for_qt)
    if handout.include_article and handout.document is not None:
        parts.append(f'<h2 id="article">{escape(handout.word("article"))}</h2>')
        parts += _article(handout, handout.document, linked)
    if handout.entries:
        parts.append(f'<h2 id="glossary">{escape(handout.word("glossary"))}</h2>')
        parts.append("<dl>")
        parts += [_entry(e) for e in handout.entries]
        parts.append("</dl>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def export(handout: Handout, path: Path, options: Options) -> Path:
    return write_text(path, render(handout))


def preview(handout: Handout, options: Options) -> Preview:
    """The page as Qt's rich text shows it (the PDF's look)."""
    return Preview(render(handout, for_qt=True), rich=True)


def _facts(handout: Handout) -> list[str]:
    facts = []
    if handout.author:
        facts.append(handout.word("author", author=handout.author))
    if handout.source:
        facts.append(handout.word("source", source=handout.source))
    facts.append(handout.word("exported", date=handout.date))
    return facts


def _highlights(handout: Handout, linked: set[str], *, tint_quotes: bool) -> list[str]:
    if not handout.items:
        return [f"<p>{escape(handout.word('none'))}</p>"]
    out: list[str] = []
    section = None
    for item in handout.items:
        if item.section and item.section != section:
            section = item.section
            out.append(f"<h3>{escape(section)}</h3>")
        out.append(_highlight(handout, item, linked, tint_quotes))
    return out


def _highlight(handout: Handout, item: Item, linked: set[str], tint_quote: bool) -> str:
    h = item.highlight
    colour = int(h.colour)
    tags = [f'<span class="label c{colour}">{escape(item.label)}</span>']
    if item.page is not None:
        tags.append(escape(handout.word("page", page=str(item.page))))
    if h.orphaned:
        tags.append(escape(handout.word("lost")))
    if h.creator:
        tags.append(escape(handout.word("by", name=h.creator)))
    if item.entry_ids:
        terms = ", ".join(_term_ref(handout.glossary.entry(e), linked) for e in item.entry_ids)
        # The template is text and the terms are links: each escaped on its own.
        before, _marker, after = handout.word("terms", terms="\0").partition("\0")
        tags.append(f"{escape(before)}{terms}{escape(after)}")
    html = [
        '<div class="highlight">',
        f'<blockquote class="quote{f" c{colour}" if tint_quote else ""}">'
        f"{'' if tint_quote else _bar(colour)}{_text(h.exact)}</blockquote>",
        f'<p class="tags">{" · ".join(tags)}</p>',
    ]
    if h.note.strip():
        html.append(f'<p class="note">{_text(h.note.strip())}</p>')
    html.append("</div>")
    return "\n".join(html)


def _bar(colour: int) -> str:
    """A bar in the highlight's colour before an untinted quote (the PDF's stand-in for
    the browser's coloured border, which Qt cannot draw)."""
    return f'<span class="b{colour}">▌</span> '


def _term_ref(entry: Entry, linked: set[str]) -> str:
    if entry.id in linked:
        return f'<a class="term" href="#term-{escape(entry.id)}">{escape(entry.term_id)}</a>'
    return escape(entry.term_id)


def _entry(entry: Entry) -> str:
    head = escape(entry.term_id)
    if entry.term_en.casefold() != entry.term_id.casefold():
        head += f' <span class="lang">en</span> <i>{escape(entry.term_en)}</i>'
    return (
        f'<dt id="term-{escape(entry.id)}">{head}</dt>\n'
        f'<dd><p><span class="lang">id</span> {escape(entry.definition_id)}</p>\n'
        f'<p><span class="lang">en</span> {escape(entry.definition_en)}</p></dd>'
    )


# -- the whole article with highlights and terms marked ---------------------------------


def _article(handout: Handout, document: Document, linked: set[str]) -> list[str]:
    starts = [b.start for b in document.blocks]
    marks: list[list[tuple[int, int, int]]] = [[] for _ in document.blocks]
    for item in handout.items:
        h = item.highlight
        if h.orphaned or h.end <= h.start:
            continue
        i = max(0, bisect_right(starts, h.start) - 1)
        while i < len(document.blocks) and document.blocks[i].start < h.end:
            block = document.blocks[i]
            lo, hi = max(h.start, block.start), min(h.end, block.end)
            if lo < hi:
                marks[i].append((lo, hi, int(h.colour)))
            i += 1
    terms: list[list[Occurrence]] = [[] for _ in document.blocks]
    for occ in handout.occurrences:
        i = bisect_right(starts, occ.start) - 1
        if i >= 0:
            terms[i].append(occ)
    return [
        _block(document, block, marks[i], terms[i], linked)
        for i, block in enumerate(document.blocks)
    ]


def _block(
    document: Document,
    block: Block,
    marks: list[tuple[int, int, int]],
    terms: list[Occurrence],
    linked: set[str],
) -> str:
    if block.kind == "rule":
        return "<hr>"
    inner = "".join(_segments(document.text, block, marks, terms, linked))
    if block.kind == "code":
        return f"<pre><code>{inner.replace(LINE_BREAK, chr(10))}</code></pre>"
    inner = inner.replace(LINE_BREAK, "<br>")
    if block.kind == "table_row":
        return f'<p class="row">{inner.replace(CELL_BREAK, " <span class=cell>|</span> ")}</p>'
    if block.kind == "heading":
        level = min(block.level + 2, 6)
        return f"<h{level}>{inner}</h{level}>"
    if block.kind == "quote":
        return f"<blockquote>{inner}</blockquote>"
    if block.kind == "item":
        bullet = "• " if block.bullet else ""
        indent = f' style="margin-left: {1.5 * block.level:g}em"' if block.level > 1 else ""
        return f'<p class="item"{indent}>{bullet}{inner}</p>'
    return f"<p>{inner}</p>"


def _segments(
    text: str,
    block: Block,
    marks: list[tuple[int, int, int]],
    terms: list[Occurrence],
    linked: set[str],
) -> Iterable[str]:
    """The block's text cut wherever a mark, term or inline style begins or ends; each
    piece wrapped in what covers it, so the tags always nest.

    One sweep over the cuts: what covers a piece is what has begun and not yet ended
    there (every beginning and end is a cut). Asking each piece of every term instead
    made a paragraph with 100,000 terms take hours."""
    styles = {"emphasis": "em", "strong": "strong", "code": "code"}
    cuts = {block.start, block.end}
    begins: dict[int, list[tuple[int, int]]] = {}  # cut -> (what, index) beginning there
    ends: dict[int, list[tuple[int, int]]] = {}
    ranges = (
        [(span.start, span.end) for span in block.spans],
        [(occ.start, occ.end) for occ in terms],
        [(lo, hi) for lo, hi, _colour in marks],
    )
    for what, items in enumerate(ranges):
        for index, (lo, hi) in enumerate(items):
            cuts.update((lo, hi))
            first = max(lo, block.start)
            if first < min(hi, block.end):
                begins.setdefault(first, []).append((what, index))
                ends.setdefault(hi, []).append((what, index))
    points = sorted(c for c in cuts if block.start <= c <= block.end)
    # What covers the piece starting at the current cut, by index in its own list.
    active: tuple[set[int], set[int], set[int]] = (set(), set(), set())
    for a, b in pairwise(points):
        for what, index in ends.get(a, ()):
            active[what].discard(index)
        for what, index in begins.get(a, ()):
            active[what].add(index)
        piece = escape(text[a:b])
        for index in sorted(active[0]):  # in the order of the block's spans
            tag = styles[block.spans[index].style]
            piece = f"<{tag}>{piece}</{tag}>"
        term = terms[min(active[1])] if active[1] else None  # the first listed
        if term is not None and term.entry_id in linked:
            piece = f'<a class="term" href="#term-{escape(term.entry_id)}">{piece}</a>'
        elif term is not None:
            piece = f'<span class="term">{piece}</span>'
        if active[2]:  # the last listed mark shows
            piece = f'<span class="c{marks[max(active[2])][2]}">{piece}</span>'
        yield piece
