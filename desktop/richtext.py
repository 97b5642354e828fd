"""Show user and glossary text as text wherever Qt would guess at rich text.

Qt renders a string as HTML when it merely looks like HTML (tooltips, labels).
Everything we build for display escapes its text first and is explicitly rich.
"""

from __future__ import annotations

import html


def escape(text: str) -> str:
    """Escape ``text`` for HTML, keeping line breaks."""
    return html.escape(text, quote=True).replace("\n", "<br>")


def as_rich_text(text: str) -> str:
    """Plain ``text`` as an explicitly rich-text string that displays it verbatim."""
    return f"<p>{escape(text)}</p>"


def tooltip(headword: str, definition: str) -> str:
    return f"<p><b>{escape(headword)}</b><br>{escape(definition)}</p>"
