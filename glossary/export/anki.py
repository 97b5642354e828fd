"""The glossary entries of a document as an Anki deck (``.apkg``); the same cards make
the deck of a whole glossary (``glossary.export.glossaries``).

A card's front is the Indonesian headword with the sentence of the text where it first
occurs (the term in bold); its back, the English headword, both definitions and the
related terms. Note GUIDs derive from the entry id and the deck id from the document,
so importing an updated deck into Anki updates the cards instead of adding copies.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from html import escape, unescape
from pathlib import Path

from glossary.documents.reading import sentence_around
from glossary.export.ankideck import Deck, Note, NoteType, guid_for, write_deck
from glossary.export.handout import Handout
from glossary.export.registry import Holds, Option, Options, Preview
from glossary.messages import QT_TRANSLATE_NOOP
from glossary.model import Entry
from glossary.terms.glossary import Glossary

extension = "apkg"
label = QT_TRANSLATE_NOOP("glossary", "Anki deck of the terms")
options: frozenset[Option] = frozenset({"terms"})
holds: Holds = "terms"

PREVIEW_CARDS = 30
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
TERM = NoteType(MODEL_ID, "Glossary Reader term", FIELDS, "Term", FRONT, BACK, CSS)


def deck_id(sha256: str) -> int:
    """A stable deck id for a document, in the range genanki recommends."""
    return (1 << 30) + int(sha256[:8] or "0", 16) % (1 << 30)


def _sentence(handout: Handout, entry: Entry) -> str:
    occ = handout.first_occurrence(entry.id)
    if occ is not None and handout.document is not None:
        before, match, after = sentence_around(handout.document, occ.start, occ.end)
        return f"{escape(before)}<b>{escape(match)}</b>{escape(after)}"
    for item in handout.items:
        if entry.id in item.entry_ids:
            return escape(" ".join(item.highlight.exact.split()))
    return ""


def entry_fields(glossary: Glossary, entry: Entry, sentence: str = "") -> list[str]:
    """The note's fields (HTML, every user string escaped; ``sentence`` is HTML)."""
    related = ", ".join(escape(r.term_id) for r in glossary.related(entry))
    return [
        escape(entry.term_id),
        sentence,
        escape(entry.term_en),
        escape(entry.definition_id),
        escape(entry.definition_en),
        f"Lihat juga / See also: {related}" if related else "",
    ]


def fields(handout: Handout, entry: Entry) -> list[str]:
    """The note of ``entry`` in the handout's deck, with the sentence it occurs in."""
    return entry_fields(handout.glossary, entry, _sentence(handout, entry))


def write_terms(
    path: Path,
    title: str,
    sha256: str,
    glossary: Glossary,
    entries: Sequence[Entry],
    sentence: Callable[[Entry], str] = lambda _entry: "",
) -> Path:
    """Write the deck "Glossary Reader::``title``" of ``entries`` to ``path``; its id
    comes from ``sha256``, each note's GUID from its entry."""
    deck = Deck(deck_id(sha256), f"Glossary Reader::{title}", TERM)
    notes = (
        Note(
            entry_fields(glossary, entry, sentence(entry)),
            guid_for(GUID_NAMESPACE, entry.id),
            [f"glossary::{entry.category}"],
        )
        for entry in entries
    )
    return write_deck(path, deck, notes)


def export(handout: Handout, path: Path, options: Options) -> Path:
    """Write the deck of ``handout.entries`` to ``path`` (atomically)."""
    return write_terms(
        path,
        handout.title,
        handout.sha256,
        handout.glossary,
        handout.entries,
        lambda entry: _sentence(handout, entry),
    )


def preview(handout: Handout, options: Options) -> Preview:
    """The first cards as text: front, then back, as Anki shows them."""
    cards = []
    for entry in handout.entries[:PREVIEW_CARDS]:
        headword, sentence, english, definition_id, definition_en, related = (
            unescape(re.sub(r"<[^>]+>", "", field)) for field in fields(handout, entry)
        )
        back = [f"  {english}", f"  id: {definition_id}", f"  en: {definition_en}"]
        cards.append("\n".join([headword, f"  {sentence}", "  ――――", *back, f"  {related}"]))
    return Preview("\n\n".join(card.rstrip() for card in cards))
