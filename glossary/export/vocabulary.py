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
from typing import Any

from glossary.atomic import atomic_target, write_text_atomic
from glossary.export.tabular import neutralise
from glossary.words.morphology import analyse, find_word
from glossary.words.vocabulary import VocabularyItem

FORMATS = ("csv", "apkg")
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


def write_csv(items: Sequence[VocabularyItem], path: Path, titles: dict[int, str] | None) -> None:
    write_text_atomic(path, render_csv(items, titles))


def _model() -> Any:
    import genanki

    return genanki.Model(
        MODEL_ID,
        "Glossary Reader word",
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Word", "qfmt": FRONT, "afmt": BACK}],
        css=CSS,
    )


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
    import genanki

    return str(genanki.guid_for(GUID_NAMESPACE, item.language, item.headword))


def write_apkg(items: Sequence[VocabularyItem], path: Path) -> None:
    """Write the deck to ``path`` (atomically)."""
    import genanki

    deck = genanki.Deck(DECK_ID, "Glossary Reader::Vocabulary")
    model = _model()
    for item in items:
        deck.add_note(
            genanki.Note(
                model=model,
                fields=fields(item),
                guid=guid(item),
                tags=[f"vocabulary::{item.status_name}"],
            )
        )
    with atomic_target(path) as tmp:
        genanki.Package(deck).write_to_file(str(tmp))


def write(
    items: Sequence[VocabularyItem],
    name: str,
    path: Path,
    titles: dict[int, str] | None = None,
) -> Path:
    """Write the vocabulary as ``name`` ("csv" or "apkg") to ``path``, atomically; an
    unwritable destination raises ExportError and leaves nothing behind."""
    from glossary.export import describe_os_error

    try:
        if name == "apkg":
            write_apkg(items, path)
        else:
            write_csv(items, path, titles)
    except OSError as exc:
        raise describe_os_error(path, exc) from None
    return path
