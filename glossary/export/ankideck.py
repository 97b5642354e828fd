"""Every Anki deck (``.apkg``) the app writes, through genanki: the terms of a handout,
the terms of a glossary and the learner's vocabulary.

A deck keeps its id, its note type keeps its model id, and each note its GUID from
one export to the next: importing an updated deck into Anki then updates the cards
instead of adding copies. genanki is imported when a deck is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from glossary.atomic import atomic_target
from glossary.export import describe_os_error


@dataclass(frozen=True)
class NoteType:
    """An Anki note type (a genanki model) with one card template."""

    id: int  # fixed: a changed model id makes Anki treat the cards as new
    name: str
    fields: tuple[str, ...]
    template: str  # the card's name
    front: str
    back: str
    css: str


@dataclass(frozen=True)
class Deck:
    id: int  # fixed per deck: the cards of a re-imported deck stay in it
    name: str  # "::" nests it ("Glossary Reader::Vocabulary")
    note_type: NoteType


@dataclass(frozen=True)
class Note:
    fields: Sequence[str]  # HTML, in the note type's order, every user string escaped
    guid: str  # stable: from what the note is about, never from its text
    tags: Sequence[str] = ()


def guid_for(*values: str) -> str:
    """A note's GUID made from ``values`` (the same values give the same GUID)."""
    import genanki

    return str(genanki.guid_for(*values))


def write_deck(path: Path, deck: Deck, notes: Iterable[Note]) -> Path:
    """Write ``deck`` with ``notes`` to ``path`` atomically; returns the path. An
    unwritable destination raises ``ExportError`` and leaves nothing behind."""
    import genanki

    kind = deck.note_type
    model = genanki.Model(
        kind.id,
        kind.name,
        fields=[{"name": name} for name in kind.fields],
        templates=[{"name": kind.template, "qfmt": kind.front, "afmt": kind.back}],
        css=kind.css,
    )
    package = genanki.Deck(deck.id, deck.name)
    for note in notes:
        package.add_note(
            genanki.Note(
                model=model, fields=list(note.fields), guid=note.guid, tags=list(note.tags)
            )
        )
    try:
        with atomic_target(path, journal=True) as tmp:
            genanki.Package(package).write_to_file(str(tmp))
    except OSError as exc:
        raise describe_os_error(path, exc) from None
    return path
