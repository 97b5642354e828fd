"""The handout as CommonMark: easy to read as plain text, safe to render.

User text (quotes, notes, titles) is escaped so that no character in it starts a
Markdown construct or raw HTML: a note's ``<script>`` stays text in any renderer.
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

from glossary.export import write_text
from glossary.export.handout import Handout
from glossary.export.registry import Holds, Option, Options, Preview
from glossary.messages import QT_TRANSLATE_NOOP
from glossary.model import Entry

extension = "md"
label = QT_TRANSLATE_NOOP("glossary", "Markdown handout")
options: frozenset[Option] = frozenset({"glossary"})
holds: Holds = "highlights"

# Characters that can start an inline construct anywhere in a line.
_INLINE = re.compile(r"([\\`*_\[\]<|~])")
# An entity or numeric character reference would be decoded: escape its "&".
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# What starts a block when it begins a line: heading, quote, list, rule, fence, table.
_CLOSING_HASHES = re.compile(r"(^|\s)(#+)$")
_LINE_START = re.compile(r"^([#>+\-=]|\d+[.)])")


def escape(text: str, *, hard_breaks: bool = False) -> str:
    """``text`` as literal Markdown inline content, each line escaped. Leading blanks
    are dropped (four would start a code block); with ``hard_breaks`` the line breaks
    are kept (two trailing spaces) instead of joining the lines when rendered."""
    lines = [_escape_line(line.strip()) for line in _lines(text).split("\n")]
    if hard_breaks:
        ends = [f"{line}  " if line and nxt else line for line, nxt in pairwise(lines)]
        lines = [*ends, lines[-1]]
    return "\n".join(lines)


def _escape_line(line: str) -> str:
    line = _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", line))
    match = _LINE_START.match(line)
    if match:
        marker = match.group(1)
        escaped = marker[:-1] + "\\" + marker[-1] if marker[0].isdigit() else "\\" + marker
        line = escaped + line[match.end() :]
    return line


def _lines(text: str) -> str:
    # CommonMark also ends a line at "\r": without this, "\r# x" would be a heading.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _one_line(text: str) -> str:
    return escape(" ".join(text.split()))


def _heading(level: int, text: str) -> str:
    # A closing run of "#" after a space would be taken as the heading's end marker.
    return f"{'#' * level} " + _CLOSING_HASHES.sub(r"\1\\\2", _one_line(text))


def _quoted(text: str, prefix: str = "> ") -> list[str]:
    """Lines of a block quote; blank lines keep the quote open."""
    return [
        f"{prefix}{escape(line)}".rstrip() or prefix.rstrip() for line in _lines(text).split("\n")
    ]


def render(handout: Handout) -> str:
    lines = [_heading(1, handout.title), ""]
    facts = []
    if handout.author:
        facts.append(_one_line(handout.word("author", author=handout.author)))
    if handout.source:
        facts.append(_one_line(handout.word("source", source=handout.source)))
    facts.append(_one_line(handout.word("exported", date=handout.date)))
    lines += ["  \n".join(facts), ""]
    lines += [_heading(2, handout.word("highlights")), ""]
    if not handout.items:
        lines += [_one_line(handout.word("none")), ""]
    section = None
    for item in handout.items:
        if item.section and item.section != section:
            section = item.section
            lines += [_heading(3, section), ""]
        h = item.highlight
        lines += _quoted(h.exact)
        lines.append("")
        tag = f"*{_one_line(item.label)}*"
        if item.page is not None:
            tag += " · " + _one_line(handout.word("page", page=str(item.page)))
        if h.orphaned:
            tag += f" ({_one_line(handout.word('lost'))})"
        if h.creator:
            tag += " · " + _one_line(handout.word("by", name=h.creator))
        if item.entry_ids:
            terms = ", ".join(" ".join(w.split()) for w in handout.entry_headwords(item))
            tag += " · " + _one_line(handout.word("terms", terms=terms))
        lines += [tag, ""]
        if h.note.strip():
            lines += [escape(h.note.strip(), hard_breaks=True), ""]
        lines += ["---", ""]
    if handout.entries:
        lines += [_heading(2, handout.word("glossary")), ""]
        for entry in handout.entries:
            lines += _entry(entry)
    return "\n".join(lines).rstrip("\n") + "\n"


def export(handout: Handout, path: Path, options: Options) -> Path:
    return write_text(path, render(handout))


def preview(handout: Handout, options: Options) -> Preview:
    return Preview(render(handout))


def _entry(entry: Entry) -> list[str]:
    head = f"**{_one_line(entry.term_id)}**"
    if entry.term_en.casefold() != entry.term_id.casefold():
        head += f" — *{_one_line(entry.term_en)}*"
    return [
        head,
        "",
        f"- Indonesia: {_one_line(entry.definition_id)}",
        f"- English: {_one_line(entry.definition_en)}",
        "",
    ]
