"""Reading back an Anki package (``.apkg``): its note types, decks and notes."""

from __future__ import annotations

import json
import sqlite3
import tempfile
import zipfile
from pathlib import Path
from typing import Any, NamedTuple


class Package(NamedTuple):
    models: dict[str, Any]  # note type id (text) -> genanki's model
    decks: dict[str, Any]  # deck id (text) -> deck
    notes: list[tuple[str, list[str], str]]  # guid, fields, tags (space-separated)


def read_package(path: Path) -> Package:
    with tempfile.TemporaryDirectory() as folder:
        with zipfile.ZipFile(path) as archive:
            archive.extract("collection.anki2", folder)
        db = sqlite3.connect(Path(folder) / "collection.anki2")
        try:
            models, decks = db.execute("SELECT models, decks FROM col").fetchone()
            rows = db.execute("SELECT guid, flds, tags FROM notes ORDER BY id").fetchall()
        finally:
            db.close()
    notes = [(guid, fields.split("\x1f"), tags.strip()) for guid, fields, tags in rows]
    return Package(json.loads(models), json.loads(decks), notes)
