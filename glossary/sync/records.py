"""What is synced, record by record: each kind's stable key, its fields and their types,
how its current fields are read from the notes store, and how a record is written back
from its synced fields.

Kinds and keys (a key is the same on every device):

- ``document``: the SHA-256 of its text (never its file or path): its title, language
  and the reader's place (``position``, ``progress``).
- ``highlight``: its uuid: the document's SHA-256, the quote and where it stands, the
  colour, the note, who wrote it, when it was made and when it went to the Trash.
- ``bookmark``: its uuid, likewise.
- ``label``: a colour (1-5): the reader's label for it.
- ``word``: ``language:headword``: a kept word, its gloss, status, sentence, review card.
- ``glossary``, ``entry`` and ``review``: own glossaries, their entries, and the reviews
  of kept words (see :mod:`glossary.sync.ownrecords`).

A record's fields are plain JSON values. Written back, a record is made whole from the
fields synced for it (``sync_fields``), so a record purged here (an emptied Trash)
comes back whole if another device changes it again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from typing import Any

from glossary.notes.store import now_iso
from glossary.sync import ownrecords
from glossary.words.vocabulary import replay_reviews

Fields = dict[str, Any]


def _text(value: object) -> bool:
    return isinstance(value, str)


def _maybe_text(value: object) -> bool:
    return value is None or isinstance(value, str)


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _colour(value: object) -> bool:
    return _count(value) and 1 <= value <= 5  # type: ignore[operator]


def _status(value: object) -> bool:
    return _count(value) and 1 <= value <= 4  # type: ignore[operator]


def _share(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1


def _sha(value: object) -> bool:
    return (
        isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)
    )


# Each kind's fields, with a check of a value received from another device.
FIELDS: dict[str, dict[str, Callable[[object], bool]]] = {
    "document": {"title": _text, "language": _text, "position": _count, "progress": _share},
    "highlight": {
        "document": _sha,
        "exact": _text,
        "prefix": _text,
        "suffix": _text,
        "start": _count,
        "end": _count,
        "colour": _colour,
        "note": _text,
        "creator": _text,
        "created": _text,
        "deleted": _maybe_text,
    },
    "bookmark": {
        "document": _sha,
        "position": _count,
        "exact": _text,
        "prefix": _text,
        "label": _text,
        "created": _text,
        "deleted": _maybe_text,
    },
    "label": {"label": _text},
    "word": {
        "root": _text,
        "word": _text,
        "gloss": _text,
        "sentence": _text,
        "document": _maybe_text,
        "status": _status,
        "card": _maybe_text,
        "due": _maybe_text,
        "created": _text,
        "deleted": _maybe_text,
    },
    **ownrecords.FIELDS,
}
# The fields whose texts are kept when an edit made elsewhere at the same time wins.
TEXT_FIELDS = {("highlight", "note"), ("bookmark", "label"), ("word", "gloss")}
# What a record needs before it can be written (the others have defaults).
REQUIRED = {
    "document": (),
    "highlight": ("document", "exact", "start", "end"),
    "bookmark": ("document", "position"),
    "label": ("label",),
    "word": ("root",),
    **ownrecords.REQUIRED,
}


def valid(kind: str, key: str, field: str, value: object) -> bool:
    """Whether ``value`` may be ``field`` of a ``kind`` record keyed ``key``."""
    checks = FIELDS.get(kind)
    if checks is None or field not in checks or not key or len(key) > 1000:
        return False
    if kind == "document" and not _sha(key):
        return False
    if kind == "label" and key not in {"1", "2", "3", "4", "5"}:
        return False
    if kind == "word" and ":" not in key:
        return False
    if kind in ownrecords.KINDS:
        return ownrecords.valid_key(kind, key) and ownrecords.valid(kind, key, field, value)
    return checks[field](value)


def read(db: sqlite3.Connection, kind: str, key: str) -> Fields | None:
    """The record's fields as the store holds them now (None: it is not there)."""
    if kind == "document":
        row = db.execute(
            "SELECT title, language, position, progress FROM documents WHERE sha256 = ?", (key,)
        ).fetchone()
        return None if row is None else dict(zip(FIELDS[kind], row, strict=True))
    if kind == "highlight":
        row = db.execute(
            "SELECT d.sha256, h.exact, h.prefix, h.suffix, h.start_offset, h.end_offset, "
            "h.colour, h.note, h.creator, h.created, h.deleted FROM highlights h "
            "JOIN documents d ON d.id = h.document_id WHERE h.uuid = ?",
            (key,),
        ).fetchone()
        return None if row is None else dict(zip(FIELDS[kind], row, strict=True))
    if kind == "bookmark":
        row = db.execute(
            "SELECT d.sha256, b.position, b.exact, b.prefix, b.label, b.created, b.deleted "
            "FROM bookmarks b JOIN documents d ON d.id = b.document_id WHERE b.uuid = ?",
            (key,),
        ).fetchone()
        return None if row is None else dict(zip(FIELDS[kind], row, strict=True))
    if kind == "label":
        row = db.execute("SELECT label FROM colour_labels WHERE colour = ?", (int(key),)).fetchone()
        return None if row is None else {"label": row[0]}
    if kind == "word":
        language, _, headword = key.partition(":")
        row = db.execute(
            "SELECT v.root, v.word, v.gloss, v.sentence, d.sha256, v.status, v.card, v.due, "
            "v.created, v.deleted FROM vocabulary v LEFT JOIN documents d "
            "ON d.id = v.document_id WHERE v.language = ? AND v.headword = ?",
            (language, headword),
        ).fetchone()
        return None if row is None else dict(zip(FIELDS[kind], row, strict=True))
    if kind in ownrecords.KINDS:
        return ownrecords.read(db, kind, key)
    raise ValueError(f"not a kind of record: {kind!r}")


def first_stamp_ms(db: sqlite3.Connection, kind: str, key: str, fields: Fields) -> int:
    """When a record never synced was last changed here, in milliseconds (0 for a
    record that holds only defaults: a document opened but never read, a label): the
    stamp of its first sync. A device joining a library with its own old notes must
    not win over the others' later edits just because it syncs now."""
    from datetime import datetime

    if kind == "document":
        if not fields.get("position") and not fields.get("progress"):
            return 0
        row = db.execute("SELECT opened_at FROM documents WHERE sha256 = ?", (key,)).fetchone()
    elif kind in ("highlight", "bookmark"):
        table = "highlights" if kind == "highlight" else "bookmarks"
        row = db.execute(f"SELECT updated FROM {table} WHERE uuid = ?", (key,)).fetchone()
    elif kind == "word":
        language, _, headword = key.partition(":")
        row = db.execute(
            "SELECT updated FROM vocabulary WHERE language = ? AND headword = ?",
            (language, headword),
        ).fetchone()
    elif kind in ownrecords.KINDS:
        row = (ownrecords.first_moment(db, kind, key, fields),)
    else:
        return 0
    try:
        moment = datetime.fromisoformat(str(row[0])) if row and row[0] else None
    except ValueError:
        moment = None
    return 0 if moment is None else int(moment.timestamp() * 1000)


# Where each text field stands in the store, to compare conflicting texts with it.
TEXT_QUERIES = {
    ("highlight", "note"): "SELECT note FROM highlights WHERE uuid = :key",
    ("bookmark", "label"): "SELECT label FROM bookmarks WHERE uuid = :key",
    ("word", "gloss"): "SELECT gloss FROM vocabulary WHERE language || ':' || headword = :key",
}


def all_keys(db: sqlite3.Connection) -> list[tuple[str, str]]:
    """Every record the store holds, as (kind, key): what a device's first sync sends."""
    keys: list[tuple[str, str]] = []
    queries = {
        "document": "SELECT sha256 FROM documents",
        "highlight": "SELECT uuid FROM highlights",
        "bookmark": "SELECT uuid FROM bookmarks",
        "label": "SELECT CAST(colour AS TEXT) FROM colour_labels",
        "word": "SELECT language || ':' || headword FROM vocabulary",
    }
    for kind, sql in queries.items():
        keys += [(kind, row[0]) for row in db.execute(sql)]
    return keys + ownrecords.all_keys(db)


def _document_id(db: sqlite3.Connection, sha256: str | None) -> int | None:
    """The document of ``sha256``, made (known by its text only) if need be."""
    if sha256 is None:
        return None
    row = db.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
    if row is not None:
        return int(row[0])
    cursor = db.execute(
        "INSERT INTO documents (sha256, path, title) VALUES (?, NULL, '')", (sha256,)
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def write(db: sqlite3.Connection, kind: str, key: str, fields: Mapping[str, Any]) -> bool:
    """Write the record made of ``fields`` (all those synced for it). False: it cannot
    be written yet (a field it needs has not arrived)."""
    if any(fields.get(name) is None for name in REQUIRED[kind]):
        return False
    now = now_iso()
    if kind == "document":
        _document_id(db, key)
        values = {name: fields[name] for name in FIELDS[kind] if name in fields}
        if values:
            assignments = ", ".join(f"{name} = :{name}" for name in values)
            db.execute(
                f"UPDATE documents SET {assignments} WHERE sha256 = :key", {**values, "key": key}
            )
        return True
    if kind == "highlight":
        end = max(fields["end"], fields["start"])
        db.execute(
            "INSERT INTO highlights (uuid, document_id, exact, prefix, suffix, start_offset, "
            "end_offset, colour, note, creator, created, updated, deleted) VALUES (:key, :doc, "
            ":exact, :prefix, :suffix, :start, :end, :colour, :note, :creator, :created, :now, "
            ":deleted) ON CONFLICT (uuid) DO UPDATE SET document_id = :doc, exact = :exact, "
            "prefix = :prefix, suffix = :suffix, start_offset = :start, end_offset = :end, "
            "colour = :colour, note = :note, creator = :creator, created = :created, "
            "updated = :now, deleted = :deleted",
            {
                "key": key,
                "doc": _document_id(db, fields["document"]),
                "exact": fields["exact"],
                "prefix": fields.get("prefix", ""),
                "suffix": fields.get("suffix", ""),
                "start": fields["start"],
                "end": end,
                "colour": fields.get("colour", 1),
                "note": fields.get("note", ""),
                "creator": fields.get("creator", ""),
                "created": fields.get("created") or now,
                "now": now,
                "deleted": fields.get("deleted"),
            },
        )
        return True
    if kind == "bookmark":
        db.execute(
            "INSERT INTO bookmarks (uuid, document_id, position, exact, prefix, label, created, "
            "updated, deleted) VALUES (:key, :doc, :position, :exact, :prefix, :label, "
            ":created, :now, :deleted) ON CONFLICT (uuid) DO UPDATE SET document_id = :doc, "
            "position = :position, exact = :exact, prefix = :prefix, label = :label, "
            "created = :created, updated = :now, deleted = :deleted",
            {
                "key": key,
                "doc": _document_id(db, fields["document"]),
                "position": fields["position"],
                "exact": fields.get("exact", ""),
                "prefix": fields.get("prefix", ""),
                "label": fields.get("label", ""),
                "created": fields.get("created") or now,
                "now": now,
                "deleted": fields.get("deleted"),
            },
        )
        return True
    if kind == "label":
        db.execute(
            "INSERT INTO colour_labels (colour, label) VALUES (?, ?) "
            "ON CONFLICT (colour) DO UPDATE SET label = excluded.label",
            (int(key), fields["label"]),
        )
        return True
    if kind == "word":
        language, _, headword = key.partition(":")
        db.execute(
            "INSERT INTO vocabulary (language, headword, root, word, gloss, sentence, "
            "document_id, status, card, due, created, updated, deleted) VALUES (:language, "
            ":headword, :root, :word, :gloss, :sentence, :doc, :status, :card, :due, :created, "
            ":now, :deleted) ON CONFLICT (language, headword) DO UPDATE SET root = :root, "
            "word = :word, gloss = :gloss, sentence = :sentence, document_id = :doc, "
            "status = :status, card = :card, due = :due, created = :created, updated = :now, "
            "deleted = :deleted",
            {
                "language": language,
                "headword": headword,
                "root": fields["root"],
                "word": fields.get("word") or headword,
                "gloss": fields.get("gloss", ""),
                "sentence": fields.get("sentence", ""),
                "doc": _document_id(db, fields.get("document")),
                "status": fields.get("status", 1),
                "card": fields.get("card"),
                "due": fields.get("due"),
                "created": fields.get("created") or now,
                "now": now,
                "deleted": fields.get("deleted"),
            },
        )
        # A word whose reviews are all logged has the card its logs replay to.
        replay_reviews(db, language, headword)
        return True
    if kind in ownrecords.KINDS:
        return ownrecords.write(db, kind, key, fields)
    raise ValueError(f"not a kind of record: {kind!r}")


def written_otherwise(
    db: sqlite3.Connection, kind: str, key: str, fields: Mapping[str, Any]
) -> bool:
    """Whether writing the record made it differ from its synced ``fields`` (a glossary
    renamed to keep names apart, a card replayed from more reviews than the sender
    had): it then goes out again as a change of this device's."""
    if kind == "word":
        language, _, headword = key.partition(":")
        row = db.execute(
            "SELECT card, due FROM vocabulary WHERE language = ? AND headword = ?",
            (language, headword),
        ).fetchone()
        return row is not None and (row[0], row[1]) != (fields.get("card"), fields.get("due"))
    if kind in ownrecords.KINDS:
        return ownrecords.written_otherwise(db, kind, key, fields)
    return False


def encode(value: object) -> str:
    """A field's value as ``sync_fields`` keeps it."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)
