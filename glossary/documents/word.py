"""Word documents (``.docx``), read with ``python-docx``: headings with their levels,
paragraphs with their bold and italic, block quotes, bulleted and numbered lists
with their depth (a number as Word shows it, "1." or "a)"), tables a row at a time,
and footnotes after the text (their marks "[1]" in it); the title and author from
the document's properties.

A ``.docx`` is a zip archive of XML, checked as an EPUB is before anything in it is
read (``glossary.documents.archive``). Nothing it links to is ever fetched or opened:
external relationships (linked images, templates, hyperlinks) stay names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

from glossary.documents.archive import ArchiveError, check_archive
from glossary.documents.builder import BlockBuilder
from glossary.documents.errors import DocumentError, name_of
from glossary.messages import QT_TRANSLATE_NOOP, plain_reason
from glossary.model import CELL_BREAK, BlockKind, Document, SpanStyle

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"(?:heading|judul)\s*(\d)", re.IGNORECASE)
_LIST_STYLE = re.compile(r"list\b.*?(\d)\s*$", re.IGNORECASE)
_QUOTE_STYLES = {"quote", "intense quote", "block text", "kutipan"}
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def parse_docx(data: bytes, *, path: Path | None = None) -> Document:
    """The Word document in ``data`` (see the module's docstring)."""
    name = name_of(path)
    try:
        check_archive(
            data,
            name,
            QT_TRANSLATE_NOOP(
                "glossary", "{name} is not a Word document (not a zip archive, or cut short)."
            ),
        )
    except ArchiveError as exc:
        raise DocumentError.of(exc) from None
    import docx

    try:
        word = docx.Document(BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a broken package
        raise DocumentError(
            QT_TRANSLATE_NOOP("glossary", "{name} is not a readable Word document ({reason})."),
            name=name,
            reason=plain_reason(exc),
        ) from None
    builder = BlockBuilder()
    reader = _Reader(word, builder)
    try:
        reader.read()
    except (ValueError, KeyError, AttributeError, TypeError) as exc:
        raise DocumentError(
            QT_TRANSLATE_NOOP("glossary", "{name} is not a readable Word document ({reason})."),
            name=name,
            reason=plain_reason(exc),
        ) from None
    if not builder.has_text():
        raise DocumentError(QT_TRANSLATE_NOOP("glossary", "{name} has no text to show."), name=name)
    properties = word.core_properties
    meta: dict[str, str] = {}
    author = " ".join(str(properties.author or "").split())
    if author:
        meta["author"] = author
    language = str(properties.language or "").split("-")[0].lower()
    if language:
        meta["language"] = language
    title = " ".join(str(properties.title or "").split()) or builder.title(path)
    return builder.document(title, meta, path)


class _Reader:
    """Walks the body of a Word document into blocks."""

    def __init__(self, word: Any, builder: BlockBuilder) -> None:
        self.word = word
        self.builder = builder
        self.numbering = _Numbering(word)
        self.footnotes: list[str] = []
        self.footnote_ids: dict[str, int] = {}

    def read(self) -> None:
        for item in self.word.iter_inner_content():
            if hasattr(item, "rows"):
                self._table(item)
            else:
                self._paragraph(item)
        notes = _footnotes(self.word)
        shown = [(n, notes[key]) for key, n in self.footnote_ids.items() if key in notes]
        if shown:
            self.builder.add("rule", "", collapse=False)
            for number, text in shown:
                self.builder.add("item", f"{number}. {text}", level=1)

    def _paragraph(self, paragraph: Any) -> None:
        text, styles = self._runs(paragraph)
        style = str(getattr(paragraph.style, "name", "") or "")
        kind: BlockKind = "paragraph"
        level = 0
        bullet = False
        heading = _HEADING_STYLE.match(style)
        listed = self.numbering.of(paragraph)
        if style.lower() == "title":
            kind, level = "heading", 1
        elif heading:
            kind, level = "heading", max(1, min(int(heading.group(1)), 6))
        elif listed is not None:
            depth, marker = listed
            kind, level, bullet = "item", depth, marker is None
            if marker:
                shift = len(marker) + 1
                text = f"{marker} {text}"
                styles = [(s + shift, e + shift, st) for s, e, st in styles]
        elif style.lower() in _QUOTE_STYLES:
            kind = "quote"
        if not text.strip():
            return
        self.builder.add_styled(kind, text, styles, level=level, bullet=bullet)

    def _runs(self, paragraph: Any) -> tuple[str, list[tuple[int, int, SpanStyle]]]:
        """The paragraph's text, each run of white space one space (none at its ends),
        and where it is bold or italic."""
        pieces: list[str] = []
        styles: list[tuple[int, int, SpanStyle]] = []
        length = 0
        space = False  # a space is owed before the next word
        for run, raw in self._pieces(paragraph):
            words = " ".join(raw.split())
            space = space or raw[:1].isspace()
            if not words:
                continue
            if space and length:
                pieces.append(" ")
                length += 1
            start = length
            pieces.append(words)
            length += len(words)
            space = raw[-1:].isspace()
            if run is not None and run.bold:
                styles.append((start, length, "strong"))
            if run is not None and run.italic:
                styles.append((start, length, "emphasis"))
        return "".join(pieces), styles

    def _pieces(self, paragraph: Any) -> Iterator[tuple[Any, str]]:
        """(run, text) of each run of the paragraph, hyperlinks' included; a footnote's
        mark as "[n]" (run None)."""
        for run in paragraph.iter_inner_content():
            runs = getattr(run, "runs", None)
            for inner in runs if runs is not None else [run]:
                for reference in inner._r.iter(f"{_W}footnoteReference"):
                    key = reference.get(f"{_W}id", "")
                    number = self.footnote_ids.setdefault(key, len(self.footnote_ids) + 1)
                    yield None, f"[{number}]"
                yield inner, inner.text

    def _table(self, table: Any) -> None:
        for row in table.rows:
            cells: list[str] = []
            seen: set[int] = set()
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue  # a merged cell comes once for each column it spans
                seen.add(id(cell._tc))
                cells.append(" ".join(cell.text.split()))
            if any(cells):
                self.builder.add_styled("table_row", CELL_BREAK.join(cells), [])


class _Numbering:
    """Which paragraphs are list items, at what depth, with what number: Word's
    numbering definitions, and counters per list as the paragraphs come."""

    def __init__(self, word: Any) -> None:
        try:
            self.root = word.part.numbering_part.element
        except (KeyError, AttributeError, NotImplementedError):
            self.root = None
        self.counters: dict[str, list[int]] = {}
        self._levels: dict[tuple[str, int], tuple[str, str, int]] = {}

    def of(self, paragraph: Any) -> tuple[int, str | None] | None:
        """The paragraph's depth (1: outer) and number ("2.", "b)"; None for a bullet),
        or None when it is not a list item."""
        found = _number_properties(paragraph)
        if found is None:
            return None
        num_id, level, style_name = found
        if level is None:
            named = _LIST_STYLE.match(style_name)
            level = int(named.group(1)) - 1 if named else 0
        level = max(0, min(level, 8))
        form, pattern, start, list_key = self._level(num_id, level)
        if form == "bullet" or form == "none":
            return level + 1, None
        counts = self.counters.setdefault(list_key, [0] * 9)
        if counts[level] == 0:
            counts[level] = start - 1
        counts[level] += 1
        for deeper in range(level + 1, 9):
            counts[deeper] = 0
        forms = [self._level(num_id, n)[0] for n in range(level + 1)]
        number = re.sub(
            r"%([1-9])",
            lambda m: _format(counts[int(m.group(1)) - 1], forms[min(int(m.group(1)) - 1, level)]),
            pattern or f"%{level + 1}.",
        )
        return level + 1, number.strip() or f"{counts[level]}."

    def _level(self, num_id: str, level: int) -> tuple[str, str, int, str]:
        """The number format ("decimal", "bullet", ...), the text pattern ("%1."), the
        first number, and the list's key (its abstract definition)."""
        key = (num_id, level)
        if key not in self._levels:
            self._levels[key] = self._find(num_id, level)
        form, pattern, start = self._levels[key]
        return form, pattern, start, self._abstract(num_id)

    def _abstract(self, num_id: str) -> str:
        if self.root is None:
            return num_id
        found = _xpath(self.root, f'./w:num[@w:numId="{_attr(num_id)}"]/w:abstractNumId/@w:val')
        return str(found[0]) if found else num_id

    def _find(self, num_id: str, level: int) -> tuple[str, str, int]:
        if self.root is None:
            return "bullet", "", 1
        abstract = self._abstract(num_id)
        lvl = _xpath(
            self.root,
            f'./w:abstractNum[@w:abstractNumId="{_attr(abstract)}"]/w:lvl[@w:ilvl="{level}"]',
        )
        if not lvl:
            return "bullet", "", 1
        form = _xpath(lvl[0], "./w:numFmt/@w:val")
        pattern = _xpath(lvl[0], "./w:lvlText/@w:val")
        start = _xpath(lvl[0], "./w:start/@w:val")
        first = int(start[0]) if start and str(start[0]).isdigit() else 1
        return (str(form[0]) if form else "decimal"), (str(pattern[0]) if pattern else ""), first


def _xpath(element: Any, expression: str) -> list[Any]:
    """``expression`` evaluated on ``element``, with Word's namespace as ``w:``."""
    from lxml import etree

    return list(etree.XPath(expression, namespaces={"w": _W[1:-1]})(element))


def _attr(value: str) -> str:
    """``value`` fit to stand in an XPath string (Word's ids are numbers)."""
    return "".join(ch for ch in value if ch.isalnum())


def _number_properties(paragraph: Any) -> tuple[str, int | None, str] | None:
    """(numId, ilvl or None, the style's name) of a numbered paragraph, from the
    paragraph itself or the style it follows."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.numPr if p_pr is not None else None
    style = paragraph.style
    style_name = str(getattr(style, "name", "") or "")
    while num_pr is None and style is not None:
        s_pr = style.element.pPr
        num_pr = s_pr.numPr if s_pr is not None else None
        style = style.base_style
    if num_pr is None or num_pr.numId is None or str(num_pr.numId.val) in ("", "0"):
        return None
    level = int(num_pr.ilvl.val) if num_pr.ilvl is not None else None
    return str(num_pr.numId.val), level, style_name


def _format(count: int, form: str) -> str:
    """``count`` as Word writes it in ``form``."""
    if form in ("lowerLetter", "upperLetter") and count > 0:
        letters = ""
        n = count
        while n:
            n, rest = divmod(n - 1, 26)
            letters = chr(97 + rest) + letters
        return letters.upper() if form == "upperLetter" else letters
    if form in ("lowerRoman", "upperRoman") and 0 < count < 4000:
        roman = ""
        n = count
        for value, digits in _ROMAN:
            while n >= value:
                roman += digits
                n -= value
        return roman.upper() if form == "upperRoman" else roman
    return str(count)


def _footnotes(word: Any) -> dict[str, str]:
    """The text of each footnote by its id (Word's separators left out)."""
    for rel in word.part.rels.values():
        if rel.is_external or not rel.reltype.endswith("/footnotes"):
            continue
        from lxml import etree

        try:
            root = etree.fromstring(
                rel.target_part.blob, etree.XMLParser(resolve_entities=False, no_network=True)
            )
        except etree.XMLSyntaxError:
            return {}
        notes: dict[str, str] = {}
        for note in root.iter(f"{_W}footnote"):
            if note.get(f"{_W}type") in ("separator", "continuationSeparator"):
                continue
            text = " ".join("".join(t.text or "" for t in note.iter(f"{_W}t")).split())
            if text:
                notes[note.get(f"{_W}id", "")] = text
        return notes
    return {}
