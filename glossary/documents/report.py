"""A document as the reader reads it, for the command line (``glossary-reader text``):
plain text, or JSON with each block's kind, level, text and page."""

from __future__ import annotations

import json
from typing import Any

from glossary.model import CELL_BREAK, LINE_BREAK, Block, Document

# The kinds as the command line names them (a rule has no text and is left out).
KIND_NAMES = {
    "heading": "heading",
    "paragraph": "paragraph",
    "quote": "quote",
    "item": "list_item",
    "code": "code",
    "table_row": "table_row",
}
_RUNS = {"item", "code", "table_row"}  # blocks of these kinds follow each other closely


def document_json(document: Document) -> str:
    """``{"title": ..., "blocks": [{"kind", "level", "text", "page"}]}``: ``level`` is
    a heading's level or a list item's depth (1 for the outer list), else 0; ``page``
    the page a block starts on in a paged original, else null. A line break inside a
    block (a code block's lines) is a "\\n"; a table row's cells are separated by a tab."""
    blocks: list[dict[str, Any]] = []
    for block in document.blocks:
        kind = KIND_NAMES.get(block.kind)
        if kind is None:
            continue
        blocks.append(
            {
                "kind": kind,
                "level": block.level if block.kind in ("heading", "item") else 0,
                "text": _text(document, block),
                "page": document.page_at(block.start),
            }
        )
    return json.dumps({"title": document.title, "blocks": blocks}, ensure_ascii=False, indent=1)


def document_text(document: Document) -> str:
    """The text as it reads: a blank line between blocks (none inside a list, a code
    block or a table), list items indented by depth with their bullets, quotes after
    "> ", code indented by four spaces, and a form feed where a page ends (as
    ``pdftotext`` writes it)."""
    out: list[str] = []
    before: Block | None = None
    for block in document.blocks:
        if before is not None:
            new_page = document.pages and document.page_at(block.start) != document.page_at(
                before.start
            )
            together = block.kind == before.kind and block.kind in _RUNS
            out.append("\f" if new_page else "\n" if together else "\n\n")
        out.append(_shown(document, block))
        before = block
    return "".join(out) + "\n"


def _text(document: Document, block: Block) -> str:
    return document.block_text(block).replace(LINE_BREAK, "\n")


def _shown(document: Document, block: Block) -> str:
    text = _text(document, block)
    if block.kind == "item":
        indent = "  " * (max(1, block.level) - 1)
        return indent + ("• " if block.bullet else "") + text.replace("\n", "\n" + indent)
    if block.kind == "quote":
        return "> " + text.replace("\n", "\n> ")
    if block.kind == "code":
        return "\n".join("    " + line for line in text.split("\n"))
    if block.kind == "rule":
        return "* * *"
    if block.kind == "table_row":
        return text.replace(CELL_BREAK, "\t")
    return text
