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


NOTE_TIP_WIDTH = 400  # pixels: a long note's tooltip wraps at this width, not Qt's narrow one
NOTE_TIP_SHORT = 60  # characters: a shorter note stays on one line


def note_tooltip(text: str) -> str:
    """Plain ``text`` (a note) as a tooltip that shows it verbatim, on one line when it
    is short, else wrapped at a readable width."""
    if len(text) <= NOTE_TIP_SHORT and "\n" not in text:
        return f"<p style='white-space:pre'>{escape(text)}</p>"
    return f"<table width='{NOTE_TIP_WIDTH}'><tr><td>{escape(text)}</td></tr></table>"
