"""The learner's vocabulary as a CSV spreadsheet or an Anki deck.

The Anki deck has one note per kept headword: the front is the word in the sentence it
was met in, the back its root, affixes and gloss. Note GUIDs derive from the language
and headword (a root, or a derived word with its own meaning), so importing the deck
again updates the cards instead of adding copies.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from html import escape
from pathlib import Path

from glossary.export import write_text
from glossary.export.ankideck import Deck, Note, NoteType, guid_for, write_deck
from glossary.export.tabular import neutralise
from glossary.words.morphology import analyse, find_word
from glossary.words.vocabulary import VocabularyItem

HEADER = ("headword", "root", "word", "gloss", "status", "sentence", "document", "kept", "due")
MODEL_ID = 1_736_402_341  # fixed: a changed model id makes Anki treat cards as new
DECK_ID = 1_736_402_342
GUID_NAMESPACE = "glossary-reader-vocabulary"
FIELDS = ("Word", "Sentence", "Headword", "Root", "Gloss")

FRONT = """<div class="word">{{Word}}</div>
{{#Sentence}}<div class="sentence">{{Sentence}}</div>{{/Sentence}}"""
BACK = """{{FrontSide}}
<hr id="answer">
<div class="headword">{{Headword}}</div>
<div class="root">{{Root}}</div>
<div class="gloss">{{Gloss}}</div>"""
CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: left; }
.word { font-size: 28px; font-weight: bold; }
.sentence { margin-top: 0.8em; font-style: italic; }
.headword { font-size: 22px; }
.root { color: #666; }
.gloss { margin-top: 0.5em; font-size: 22px; }"""
WORD = NoteType(MODEL_ID, "Glossary Reader word", FIELDS, "Word", FRONT, BACK, CSS)


def render_csv(items: Sequence[VocabularyItem], titles: dict[int, str] | None = None) -> str:
    """One row per kept word; ``titles`` names the documents by id."""
    titles = titles or {}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for item in items:
        row = (
            item.headword,
            item.root,
            item.word,
            item.gloss,
            item.status_name,
            item.sentence,
            titles.get(item.document_id, "") if item.document_id is not None else "",
            item.created,
            item.due or "",
        )
        writer.writerow([neutralise(cell) for cell in row])
    return "\ufeff" + buffer.getvalue()


def sentence_html(item: VocabularyItem) -> str:
    """The sentence, escaped, with the kept form in bold where it stands as a word."""
    found = find_word(item.sentence, item.word)
    if found is None:
        return escape(item.sentence)
    at, end = found
    return (
        f"{escape(item.sentence[:at])}<b>{escape(item.sentence[at:end])}</b>"
        f"{escape(item.sentence[end:])}"
    )


def formula(item: VocabularyItem) -> str:
    """How the kept form is built ("menyebabkan = meN- + sebab + -kan"), or its root."""
    analysis = analyse(item.word, item.root)
    if analysis.affixed:
        return analysis.formula
    return item.root if item.root != item.headword else ""


def fields(item: VocabularyItem) -> list[str]:
    """The note's fields (HTML, every user string escaped)."""
    return [
        escape(item.word),
        sentence_html(item),
        escape(item.headword),
        escape(formula(item)),
        escape(item.gloss),
    ]


def guid(item: VocabularyItem) -> str:
    return guid_for(GUID_NAMESPACE, item.language, item.headword)


def write_csv(
    items: Sequence[VocabularyItem], path: Path, titles: dict[int, str] | None = None
) -> Path:
    return write_text(path, render_csv(items, titles))


def write_apkg(
    items: Sequence[VocabularyItem], path: Path, titles: dict[int, str] | None = None
) -> Path:
    """The deck "Glossary Reader::Vocabulary", a note per kept headword (``titles`` are
    not shown on cards)."""
    notes = (Note(fields(item), guid(item), [f"vocabulary::{item.status_name}"]) for item in items)
    return write_deck(path, Deck(DECK_ID, "Glossary Reader::Vocabulary", WORD), notes)


WRITERS = {"csv": write_csv, "apkg": write_apkg}
FORMATS = tuple(WRITERS)


def write(
    items: Sequence[VocabularyItem],
    name: str,
    path: Path,
    titles: dict[int, str] | None = None,
) -> Path:
    """Write the vocabulary as ``name`` (one of :data:`FORMATS`; CSV for any other) to
    ``path``, atomically; an unwritable destination raises ExportError and leaves
    nothing behind."""
    return WRITERS.get(name, write_csv)(items, path, titles)
