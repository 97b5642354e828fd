"""HTML reduced to structure and text: headings, paragraphs, quotes, list items, rules,
and emphasis, strong and code spans. Nothing else survives.

Scripts, styles, templates, embedded objects and frames are dropped with their content;
images, links and forms load nothing (a link keeps its text, a form control is
dropped). A tag, comment or declaration left open at the end of the file runs to the end,
as in HTML5. The stdlib parser reads tags one at a time, never recursively, so 10,000
nested tags are as cheap as 10,000 siblings; a stray end tag is matched against the
innermost 64 open tags only, and a block carries over only the outermost open style of
each kind, so badly nested or unclosed HTML cannot make parsing quadratic.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from glossary.model import Block, BlockKind, Document, Span, SpanStyle

_DROPPED = {
    "script",
    "style",
    "template",
    "noscript",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "svg",
    "math",
    "canvas",
    "audio",
    "video",
    "select",
    "textarea",
    "button",
    "head",
}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "figure",
    "figcaption",
    "table",
    "tr",
    "dl",
    "dt",
    "dd",
    "address",
    "details",
    "summary",
    "body",
    "center",
    "form",
    "fieldset",
    "legend",
    "caption",
}
_STYLES: dict[str, SpanStyle] = {
    "em": "emphasis",
    "i": "emphasis",
    "cite": "emphasis",
    "strong": "strong",
    "b": "strong",
    "code": "code",
    "kbd": "code",
    "samp": "code",
    "tt": "code",
}
_VOID = {
    "br",
    "hr",
    "img",
    "input",
    "meta",
    "link",
    "base",
    "wbr",
    "source",
    "track",
    "area",
    "col",
    "param",
}
_WHITESPACE = re.compile(r"\s+")
MATCH_DEPTH = 64
# Python 3.11's pattern for the extent of a start tag (html.parser's
# locatestarttagend_tolerant) with its attributes repeated possessively ("*+"): as
# written, it keeps the state to go back into every attribute of the tag, which nothing
# after them ever needs (1.5 GB for a 10 MB tag of 2,000,000 attributes).
_START_TAG = re.compile(
    r"""
  <[a-zA-Z][^\t\n\r\f />\x00]*       # tag name
  (?:[\s/]*                          # optional whitespace before attribute name
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*  # attribute name
      (?:\s*=+\s*                    # value indicator
        (?:'[^']*'                   # LITA-enclosed value
          |"[^"]*"                   # LIT-enclosed value
          |(?!['"])[^>\s]*           # bare value
         )
        \s*                          # possibly followed by a space
       )?(?:\s|/(?!>))*
     )*+
   )?
  \s*                                # trailing whitespace
""",
    re.VERBOSE,
)
_INSIDE_TAG = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ=/")


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []
        self.open: list[str] = []  # open elements, innermost last
        self.dropping: list[str] = []  # open dropped elements, innermost last
        self.title: list[str] = []
        self.in_title = False
        self.language = ""
        # The block being gathered: its kind and level, text pieces and styled runs.
        self.kind: BlockKind = "paragraph"
        self.level = 0
        self.bullet = False
        self.pieces: list[str] = []
        self.gathered = 0  # characters in pieces
        self.passed = 0  # characters gathered for the blocks before this one
        # Open styles of each kind, innermost last: the order they were opened in and
        # where they began, counted from the first block (passed + gathered), so that a
        # new block need not touch them: one begun in an earlier block begins at 0.
        self.styles: dict[SpanStyle, list[tuple[int, int]]] = {}
        self.opened = 0  # styles opened so far
        self.spans: list[tuple[int, int, SpanStyle]] = []
        self.quote = 0
        self.pre = 0
        self.numbered: list[int] = []  # counters of open <ol> lists (0 for <ul>)

    # -- gathering ---------------------------------------------------------------------

    def _add(self, text: str) -> None:
        self.pieces.append(text)
        self.gathered += len(text)

    def flush(self, kind: BlockKind | None = None, level: int = 0, bullet: bool = False) -> None:
        """End the block being gathered; the next one is ``kind`` (default: paragraph,
        or quote inside a block quote)."""
        raw = "".join(self.pieces)
        # Styles still open go on in the next block. Of the open styles of one kind the
        # outermost covers the others: one span each, or 8,000 unclosed <b> would give
        # every later block 8,000 spans.
        outermost = sorted((opens[0], style) for style, opens in self.styles.items() if opens)
        spans = self.spans + [
            (self._begun(begun), self.gathered, style) for (_, begun), style in outermost
        ]
        text = _WHITESPACE.sub(" ", raw)
        lead = len(text) - len(text.lstrip(" "))
        text = text.strip(" ")
        if text:
            if self.blocks:
                self.parts.append("\n")
                self.length += 1
            start = self.length
            block_spans = tuple(
                Span(start + s, start + e, style)
                for s, e, style in _collapse(raw, spans, lead, len(text))
            )
            self.parts.append(text)
            self.length += len(text)
            self.blocks.append(
                Block(self.kind, start, self.length, self.level, block_spans, self.bullet)
            )
        self.pieces = []
        self.passed += self.gathered
        self.gathered = 0
        self.spans = []
        self.kind = kind or ("quote" if self.quote else "paragraph")
        self.level = level
        self.bullet = bullet

    def _begun(self, begun: int) -> int:
        """Where a style that began at ``begun`` begins in the block being gathered."""
        return max(begun - self.passed, 0)

    def rule(self) -> None:
        self.flush()
        if self.blocks:
            self.parts.append("\n")
            self.length += 1
        self.blocks.append(Block("rule", self.length, self.length))

    # -- parser callbacks ----------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self.language = dict(attrs).get("lang") or ""
        if tag == "title":
            self.in_title = True
        if self.dropping or tag in _DROPPED:
            if tag not in _VOID:
                self.dropping.append(tag)
            return
        if tag not in _VOID:
            self.open.append(tag)
        if tag in _HEADINGS:
            self.flush("heading", _HEADINGS[tag])
        elif tag == "li":
            counter = self.numbered[-1] if self.numbered else 0
            if counter:
                self.numbered[-1] += 1
            # Its depth in the lists it is in; a bullet drawn, a number in the text.
            self.flush("item", max(1, len(self.numbered)), bullet=not counter)
            if counter:
                self._add(f"{counter}. ")
        elif tag in ("ol", "ul"):
            self.flush()
            self.numbered.append(1 if tag == "ol" else 0)
        elif tag == "blockquote":
            self.quote += 1
            self.flush("quote")
        elif tag == "pre":
            self.pre += 1
            self.flush()
        elif tag in _BLOCKS:
            self.flush()
        elif tag == "br":
            if self.pre:
                self.flush()
            else:
                self._add(" ")
        elif tag == "hr":
            self.rule()
        elif tag in ("td", "th"):
            self._add(" ")
        elif tag in _STYLES:
            self.opened += 1
            opens = self.styles.setdefault(_STYLES[tag], [])
            opens.append((self.opened, self.passed + self.gathered))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if self.dropping:
            # Inside a dropped element, only its own end tag (or an outer one) counts.
            for depth in range(len(self.dropping) - 1, -1, -1):
                if self.dropping[depth] == tag:
                    del self.dropping[depth:]
                    break
            return
        # Close the innermost open element of this name (a stray end tag is ignored).
        for depth in range(len(self.open) - 1, max(-1, len(self.open) - 1 - MATCH_DEPTH), -1):
            if self.open[depth] == tag:
                del self.open[depth:]
                break
        else:
            return
        if tag in _HEADINGS or tag in ("li", "dt", "dd"):
            self.flush()
        elif tag in ("ol", "ul"):
            self.flush()
            if self.numbered:
                self.numbered.pop()
        elif tag == "blockquote":
            self.quote = max(0, self.quote - 1)
            self.flush()
        elif tag == "pre":
            self.flush()
            self.pre = max(0, self.pre - 1)
        elif tag in _BLOCKS:
            self.flush()
        elif tag in _STYLES:
            style = _STYLES[tag]
            opens = self.styles.get(style)
            if opens:
                begun = self._begun(opens.pop()[1])
                if self.gathered > begun:
                    self.spans.append((begun, self.gathered, style))

    def check_for_whole_start_tag(self, i: int) -> int:
        """Where the start tag at ``i`` ends; -1 if the input ends inside it. Python
        3.11's, with its pattern made possessive (see ``_START_TAG``)."""
        rawdata = self.rawdata
        tag = _START_TAG.match(rawdata, i)
        if tag is None:  # never: this is called only at "<" and a letter
            return super().check_for_whole_start_tag(i)
        j = tag.end()
        following = rawdata[j : j + 1]
        if following == ">":
            return j + 1
        if following == "/":
            return j + 2 if rawdata.startswith("/>", j) else -1
        if following == "" or following in _INSIDE_TAG:
            return -1
        return j if j > i else i + 1

    def parse_html_declaration(self, i: int) -> int:
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            # Python 3.11 asserts on a "<![" that names no section it knows ("<![x",
            # "<![ "): a crash on any page that has one. HTML5 reads it as a bogus
            # comment, up to the next ">".
            return self.parse_bogus_comment(i)

    def close(self) -> None:
        # Whatever the parser left unread is one tag, comment or declaration that is
        # never closed. Python 3.11 reads it again from every "<" inside it, which is
        # quadratic ("<a" 100,000 times took 30 s); as in HTML5 (and later Pythons) it
        # runs to the end of the input and shows nothing. A lone "<" or "</" is text.
        left = self.rawdata
        if left.startswith("<") and left not in ("<", "</") and not self.cdata_elem:
            self.rawdata = ""
        super().close()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
            return
        if self.dropping:
            return
        if self.pre:
            for i, line in enumerate(data.split("\n")):
                if i:
                    self.flush()
                self._add(line)
            return
        self._add(data)


def _collapse(
    raw: str, spans: list[tuple[int, int, SpanStyle]], lead: int, length: int
) -> list[tuple[int, int, SpanStyle]]:
    """Span offsets in ``raw`` moved to the whitespace-collapsed, stripped text."""
    if not spans:
        return []
    # Where each raw offset lands once runs of white space are one space.
    mapping = [0] * (len(raw) + 1)
    out = 0
    previous_space = False
    for i, char in enumerate(raw):
        mapping[i] = out
        space = char.isspace()
        if not (space and previous_space):
            out += 1
        previous_space = space
    mapping[len(raw)] = out
    result = []
    for start, end, style in spans:
        s = min(max(mapping[start] - lead, 0), length)
        e = min(max(mapping[end] - lead, 0), length)
        if e > s:
            result.append((s, e, style))
    return result


def parse_html(source: str, *, path: Path | None = None) -> Document:
    """The structure and text of an HTML document (see the module docstring)."""
    reader = _Reader()
    reader.feed(source)
    reader.close()
    reader.flush()
    text = "".join(reader.parts)
    title = _WHITESPACE.sub(" ", "".join(reader.title)).strip()
    if not title:
        heading = next((b for b in reader.blocks if b.kind == "heading"), None)
        title = text[heading.start : heading.end] if heading else (path.stem if path else "")
    meta = {"title": title}
    if reader.language:
        meta["language"] = reader.language.split("-")[0].lower()
    return Document(text, tuple(reader.blocks), title, meta, path)
