"""Show user and glossary text as text wherever Qt would guess at rich text.

Qt renders a string as HTML when it merely looks like HTML (tooltips, labels).
Everything we build for display escapes its text first and is explicitly rich.
"""

from __future__ import annotations

# What html.escape(text, quote=True) replaces, and line breaks. (Not html.escape
# itself: the html package loads its 2,000 named entities, 0.3 MB at start.)
_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "\n": "<br>"}
)


def escape(text: str) -> str:
    """Escape ``text`` for HTML, keeping line breaks."""
    return text.translate(_ESCAPES)


def as_rich_text(text: str) -> str:
    """Plain ``text`` as an explicitly rich-text string that displays it verbatim."""
    return f"<p>{escape(text)}</p>"


def tooltip(headword: str, definition: str) -> str:
    return f"<p><b>{escape(headword)}</b><br>{escape(definition)}</p>"
