"""The glossary entries of a document as an Anki deck (``.apkg``, written by genanki).

A card's front is the Indonesian headword with the sentence of the text where it first
occurs (the term in bold); its back, the English headword, both definitions and the
related terms. Note GUIDs derive from the entry id and the deck id from the document,
so importing an updated deck into Anki updates the cards instead of adding copies.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from glossary.atomic import atomic_target
from glossary.documents.reading import sentence_around
from glossary.export.handout import Handout
from glossary.model import Entry

extension = "apkg"
label = "Anki deck"

MODEL_ID = 1_736_402_117  # fixed: a changed model id makes Anki treat cards as new
GUID_NAMESPACE = "glossary-reader"
FIELDS = ("Headword", "Sentence", "English", "Definition (id)", "Definition (en)", "Related")

FRONT = """<div class="headword">{{Headword}}</div>
{{#Sentence}}<div class="sentence">{{Sentence}}</div>{{/Sentence}}"""
BACK = """{{FrontSide}}
<hr id="answer">
<div class="english">{{English}}</div>
<p><span class="lang">id</span> {{Definition (id)}}</p>
<p><span class="lang">en</span> {{Definition (en)}}</p>
{{#Related}}<p class="related">{{Related}}</p>{{/Related}}"""
CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: left; }
.headword { font-size: 28px; font-weight: bold; }
.sentence { margin-top: 0.8em; font-style: italic; }
.english { font-size: 22px; color: #555; }
.lang { font-variant: small-caps; color: #777; }
.related { font-size: 16px; color: #555; }"""


def deck_id(sha256: str) -> int:
    """A stable deck id for a document, in the range genanki recommends."""
    return (1 << 30) + int(sha256[:8] or "0", 16) % (1 << 30)


def _model() -> Any:
    import genanki

    return genanki.Model(
        MODEL_ID,
        "Glossary Reader term",
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Term", "qfmt": FRONT, "afmt": BACK}],
        css=CSS,
    )


def _sentence(handout: Handout, entry: Entry) -> str:
    occ = handout.first_occurrence(entry.id)
    if occ is not None and handout.document is not None:
        before, match, after = sentence_around(handout.document, occ.start, occ.end)
        return f"{escape(before)}<b>{escape(match)}</b>{escape(after)}"
    for item in handout.items:
        if entry.id in item.entry_ids:
            return escape(" ".join(item.highlight.exact.split()))
    return ""


def fields(handout: Handout, entry: Entry) -> list[str]:
    """The note's fields (HTML, every user string escaped)."""
    related = ", ".join(escape(r.term_id) for r in handout.glossary.related(entry))
    return [
        escape(entry.term_id),
        _sentence(handout, entry),
        escape(entry.term_en),
        escape(entry.definition_id),
        escape(entry.definition_en),
        f"Lihat juga / See also: {related}" if related else "",
    ]


def write(handout: Handout, path: Path) -> None:
    """Write the deck of ``handout.entries`` to ``path`` (atomically)."""
    import genanki

    model = _model()
    deck = genanki.Deck(deck_id(handout.sha256), f"Glossary Reader::{handout.title}")
    for entry in handout.entries:
        deck.add_note(
            genanki.Note(
                model=model,
                fields=fields(handout, entry),
                guid=genanki.guid_for(GUID_NAMESPACE, entry.id),
                tags=[f"glossary::{entry.category}"],
            )
        )
    with atomic_target(path) as tmp:
        genanki.Package(deck).write_to_file(str(tmp))
