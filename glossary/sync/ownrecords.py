"""The synced records of the reader's own glossaries and of the vocabulary's reviews:
their checks, how they are read from the notes store and written back.

- ``glossary``: keyed by its uuid: its name, categories (``{id: {"en": …, "id": …}}``),
  when it was made, and ``deleted``.
- ``entry``: keyed by its glossary's uuid and its own id (``<uuid>:<id>``): its fields
  (the JSON object of a glossary file's entry), its position, and ``deleted``.
- ``review``: keyed by its uuid: one review of a kept word (``word``: ``language:
  headword``), when (``reviewed``), the ``rating`` (1-4), and whether the word had no card
  before it (``first``). A review is never changed: the logs of all devices are unioned.

A glossary or an entry deleted here is gone from its table; ``sync_tombstones`` keeps
that it was deleted, and when, so that the deletion is sent. A glossary's name is unique
(whatever the case): when two glossaries of the same name meet (made on two devices
while apart), the later one (by the stamp of its name, then its uuid: the same on every
device) is renamed "Name (2)" (or the next number free), and the new name synced.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Mapping
from typing import Any

from glossary.model import DEFAULT_CATEGORY
from glossary.notes.store import now_iso
from glossary.terms.glossary import ID_PATTERN, entry_problems
from glossary.words.vocabulary import replay_reviews

Fields = dict[str, Any]

KINDS = ("glossary", "entry", "review")
_UUID = re.compile(r"[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_MOMENT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")  # as the vocabulary writes
MAX_NAME = 1000  # far above any real name (the app sets no limit of its own)


def _name(value: object) -> bool:
    return (
        isinstance(value, str)
        and 0 < len(value) <= MAX_NAME
        and " ".join(value.split()) == value  # as OwnGlossaries.create makes it
    )


def _categories(value: object) -> bool:
    if not isinstance(value, dict) or len(value) > 1000:
        return False
    return all(
        isinstance(key, str)
        and key.strip() == key
        and 0 < len(key) <= 100
        and isinstance(labels, dict)
        and set(labels) == {"en", "id"}
        and all(isinstance(v, str) and v.strip() for v in labels.values())
        for key, labels in value.items()
    )


def _moment(value: object) -> bool:
    from datetime import datetime

    if not isinstance(value, str) or not _MOMENT.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _text(value: object) -> bool:
    return isinstance(value, str)


def _maybe_text(value: object) -> bool:
    return value is None or isinstance(value, str)


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 1 << 62


def _rating(value: object) -> bool:
    return _count(value) and 1 <= value <= 4  # type: ignore[operator]


def _word(value: object) -> bool:
    if not isinstance(value, str) or len(value) > 1000:
        return False
    language, colon, headword = value.partition(":")
    return bool(language and colon and headword.strip())


def _entry_fields(value: object) -> bool:
    return isinstance(value, dict) and not entry_problems(value)


FIELDS: dict[str, dict[str, Any]] = {
    "glossary": {
        "name": _name,
        "categories": _categories,
        "created": _text,
        "deleted": _maybe_text,
    },
    "entry": {"fields": _entry_fields, "position": _count, "deleted": _maybe_text},
    "review": {
        "word": _word,
        "reviewed": _moment,
        "rating": _rating,
        "first": lambda value: isinstance(value, bool),
    },
}
REQUIRED = {
    "glossary": ("name",),
    "entry": ("fields",),
    "review": ("word", "reviewed", "rating", "first"),  # a review is whole or not at all
}


def valid_key(kind: str, key: str) -> bool:
    """Whether ``key`` may name a ``kind`` record."""
    if kind == "entry":
        uuid, colon, entry_id = key.partition(":")
        return bool(colon and _UUID.fullmatch(uuid) and ID_PATTERN.match(entry_id))
    return bool(_UUID.fullmatch(key))


def valid(kind: str, key: str, field: str, value: object) -> bool:
    """Whether ``value`` may be ``field`` of a ``kind`` record keyed ``key`` (its key is
    checked apart): an entry's fields must be those of the entry its key names."""
    if not FIELDS[kind][field](value):
        return False
    if kind == "entry" and field == "fields":
        return bool(value["id"] == key.partition(":")[2])  # type: ignore[index]
    return True


# -- read -----------------------------------------------------------------------------------------


def _tombstone(db: sqlite3.Connection, kind: str, key: str) -> Fields | None:
    row = db.execute(
        "SELECT deleted FROM sync_tombstones WHERE kind = ? AND key = ?", (kind, key)
    ).fetchone()
    return None if row is None else {"deleted": row[0]}


def _category_fields(db: sqlite3.Connection, glossary_id: int) -> dict[str, dict[str, str]]:
    rows = db.execute(
        "SELECT id, label_en, label_id FROM glossary_categories WHERE glossary_id = ? ORDER BY id",
        (glossary_id,),
    )
    return {cid: {"en": en, "id": idl} for cid, en, idl in rows}


def read(db: sqlite3.Connection, kind: str, key: str) -> Fields | None:
    """The record's fields as the store holds them now (a deleted one: only when it was
    deleted); None: it is not there."""
    if kind == "glossary":
        row = db.execute(
            "SELECT id, name, created FROM glossaries WHERE uuid = ?", (key,)
        ).fetchone()
        if row is None:
            return _tombstone(db, kind, key)
        return {
            "name": row[1],
            "categories": _category_fields(db, row[0]),
            "created": row[2],
            "deleted": None,
        }
    if kind == "entry":
        uuid, _, entry_id = key.partition(":")
        row = db.execute(
            "SELECT e.fields, e.position FROM glossary_entries e JOIN glossaries g "
            "ON g.id = e.glossary_id WHERE g.uuid = ? AND e.id = ?",
            (uuid, entry_id),
        ).fetchone()
        if row is None:
            return _tombstone(db, kind, key)
        found: Fields = {"position": row[1], "deleted": None}
        try:
            fields = json.loads(row[0])
        except (TypeError, ValueError):
            fields = None  # a damaged row: its fields are not sent
        if isinstance(fields, dict):
            found["fields"] = fields
        return found
    if kind == "review":
        row = db.execute(
            "SELECT language, headword, reviewed, rating, first FROM review_log WHERE uuid = ?",
            (key,),
        ).fetchone()
        if row is None:
            return None
        return {
            "word": f"{row[0]}:{row[1]}",
            "reviewed": row[2],
            "rating": row[3],
            "first": bool(row[4]),
        }
    raise ValueError(f"not a kind of record: {kind!r}")


def first_moment(db: sqlite3.Connection, kind: str, key: str, fields: Fields) -> str | None:
    """When a record never synced was last changed here (ISO 8601), if known."""
    if fields.get("deleted"):
        return str(fields["deleted"])
    if kind == "glossary":
        return fields.get("created")
    if kind == "review":
        return fields.get("reviewed")
    uuid, _, entry_id = key.partition(":")
    row = db.execute(
        "SELECT e.updated FROM glossary_entries e JOIN glossaries g ON g.id = e.glossary_id "
        "WHERE g.uuid = ? AND e.id = ?",
        (uuid, entry_id),
    ).fetchone()
    return None if row is None else row[0]


def all_keys(db: sqlite3.Connection) -> list[tuple[str, str]]:
    """Every record of these kinds the store holds or deleted, as (kind, key)."""
    keys = [("glossary", row[0]) for row in db.execute("SELECT uuid FROM glossaries")]
    keys += [
        ("entry", row[0])
        for row in db.execute(
            "SELECT g.uuid || ':' || e.id FROM glossary_entries e "
            "JOIN glossaries g ON g.id = e.glossary_id"
        )
    ]
    keys += [("review", row[0]) for row in db.execute("SELECT uuid FROM review_log")]
    keys += db.execute(
        "SELECT kind, key FROM sync_tombstones WHERE kind IN ('glossary', 'entry')"
    ).fetchall()
    return keys


# -- write ----------------------------------------------------------------------------------------


def _bury(db: sqlite3.Connection, kind: str, key: str, deleted: str) -> None:
    """Keep that the record was deleted when the change says (not when it was written
    here: what is stored then is what is synced)."""
    db.execute(
        "INSERT INTO sync_tombstones (kind, key, deleted) VALUES (?, ?, ?) "
        "ON CONFLICT (kind, key) DO UPDATE SET deleted = excluded.deleted",
        (kind, key, deleted),
    )


def _name_stamp(db: sqlite3.Connection, key: str) -> str:
    row = db.execute(
        "SELECT stamp FROM sync_fields WHERE kind = 'glossary' AND key = ? AND field = 'name'",
        (key,),
    ).fetchone()
    return "" if row is None else str(row[0])


def _free_name(db: sqlite3.Connection, name: str, key: str) -> str:
    """The name with the first number (2, 3 …) that no glossary but ``key`` has."""
    number = 2
    while True:
        candidate = f"{name} ({number})"
        taken = db.execute(
            "SELECT 1 FROM glossaries WHERE name = ? COLLATE NOCASE AND uuid IS NOT ?",
            (candidate, key),
        ).fetchone()
        if taken is None:
            return candidate
        number += 1


def _unique_name(db: sqlite3.Connection, key: str, name: str) -> str:
    """The name the glossary ``key`` gets here: ``name``, unless another glossary has it
    and is the earlier of the two (else that other one is renamed)."""
    other = db.execute(
        "SELECT id, uuid, name FROM glossaries WHERE name = ? COLLATE NOCASE AND uuid IS NOT ?",
        (name, key),
    ).fetchone()
    if other is None:
        return name
    if (_name_stamp(db, other[1]), other[1]) < (_name_stamp(db, key), key):
        return _free_name(db, name, key)
    # The one here is the later: renamed (its trigger lists it, so the new name is sent).
    db.execute(
        "UPDATE glossaries SET name = ? WHERE id = ?",
        (_free_name(db, other[2], other[1]), other[0]),
    )
    return name


def _put_categories(
    db: sqlite3.Connection, glossary_id: int, categories: Mapping[str, Mapping[str, str]]
) -> None:
    for cid, labels in categories.items():
        db.execute(
            "INSERT INTO glossary_categories (glossary_id, id, label_en, label_id) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (glossary_id, id) DO UPDATE SET "
            "label_en = excluded.label_en, label_id = excluded.label_id "
            "WHERE label_en IS NOT excluded.label_en OR label_id IS NOT excluded.label_id",
            (glossary_id, cid, labels["en"].strip(), labels["id"].strip()),
        )
    # Categories gone elsewhere go here too, unless an entry here is still in one.
    used = {
        fields.get("category")
        for (text,) in db.execute(
            "SELECT fields FROM glossary_entries WHERE glossary_id = ?", (glossary_id,)
        )
        if isinstance(fields := _loads(text), dict)
    }
    for (cid,) in db.execute(
        "SELECT id FROM glossary_categories WHERE glossary_id = ?", (glossary_id,)
    ).fetchall():
        if cid not in categories and cid not in used and cid != DEFAULT_CATEGORY.id:
            db.execute(
                "DELETE FROM glossary_categories WHERE glossary_id = ? AND id = ?",
                (glossary_id, cid),
            )


def _loads(text: object) -> object:
    try:
        return json.loads(text) if isinstance(text, str | bytes) else None
    except ValueError:
        return None


def _synced(db: sqlite3.Connection, kind: str, key: str) -> Fields:
    return {
        field: json.loads(value) if value is not None else None
        for field, value in db.execute(
            "SELECT field, value FROM sync_fields WHERE kind = ? AND key = ?", (kind, key)
        )
    }


def _write_glossary(db: sqlite3.Connection, key: str, fields: Mapping[str, Any]) -> bool:
    row = db.execute("SELECT id, name FROM glossaries WHERE uuid = ?", (key,)).fetchone()
    if fields.get("deleted") is not None:
        if row is not None:
            db.execute("DELETE FROM glossaries WHERE id = ?", (row[0],))
            db.execute("DELETE FROM document_glossaries WHERE glossary = ?", (f"own-{row[0]}",))
        _bury(db, "glossary", key, fields["deleted"])
        return True
    name = _unique_name(db, key, fields["name"])
    if row is None:
        cursor = db.execute(
            "INSERT INTO glossaries (uuid, name, created) VALUES (?, ?, ?)",
            (key, name, fields.get("created") or now_iso()),
        )
        glossary_id = int(cursor.lastrowid or 0)
        _put_categories(
            db,
            glossary_id,
            fields.get("categories")
            or {
                DEFAULT_CATEGORY.id: {
                    "en": DEFAULT_CATEGORY.label_en,
                    "id": DEFAULT_CATEGORY.label_id,
                }
            },
        )
        # Its entries that came before it (or while it was deleted here) are written now.
        for (entry_key,) in db.execute(
            "SELECT DISTINCT key FROM sync_fields WHERE kind = 'entry' AND substr(key, 1, ?) = ?",
            (len(key) + 1, f"{key}:"),
        ).fetchall():
            entry = _synced(db, "entry", entry_key)
            if entry.get("fields") is not None:
                _write_entry(db, entry_key, entry)
        return True
    if row[1] != name:
        db.execute("UPDATE glossaries SET name = ? WHERE id = ?", (name, row[0]))
    if fields.get("categories") is not None:
        _put_categories(db, row[0], fields["categories"])
    return True


def _write_entry(db: sqlite3.Connection, key: str, fields: Mapping[str, Any]) -> bool:
    uuid, _, entry_id = key.partition(":")
    row = db.execute("SELECT id FROM glossaries WHERE uuid = ?", (uuid,)).fetchone()
    if row is None:
        return False  # its glossary has not come yet, or is deleted here
    glossary_id = row[0]
    if fields.get("deleted") is not None:
        db.execute(
            "DELETE FROM glossary_entries WHERE glossary_id = ? AND id = ?", (glossary_id, entry_id)
        )
        _bury(db, "entry", key, fields["deleted"])
        return True
    position = fields.get("position")
    if position is None:
        position = db.execute(
            "SELECT coalesce(max(position), 0) + 1 FROM glossary_entries WHERE glossary_id = ?",
            (glossary_id,),
        ).fetchone()[0]
    db.execute(
        "INSERT INTO glossary_entries (glossary_id, id, fields, position, updated) "
        "VALUES (:g, :id, :fields, :position, :now) ON CONFLICT (glossary_id, id) DO UPDATE "
        "SET fields = :fields, position = :position, updated = :now",
        {
            "g": glossary_id,
            "id": entry_id,
            "fields": json.dumps(fields["fields"], ensure_ascii=False),
            "position": position,
            "now": now_iso(),
        },
    )
    return True


def _write_review(db: sqlite3.Connection, key: str, fields: Mapping[str, Any]) -> bool:
    language, _, headword = str(fields["word"]).partition(":")
    # Insert only: a review once logged is never changed.
    cursor = db.execute(
        "INSERT INTO review_log (uuid, language, headword, reviewed, rating, first) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO NOTHING",
        (
            key,
            language,
            headword,
            fields["reviewed"],
            fields["rating"],
            int(bool(fields.get("first"))),
        ),
    )
    if cursor.rowcount:
        replay_reviews(db, language, headword)
    return True


def write(db: sqlite3.Connection, kind: str, key: str, fields: Mapping[str, Any]) -> bool:
    """Write the record made of ``fields`` (all those synced for it). False: it cannot
    be written yet (a field it needs, or an entry's glossary, has not arrived)."""
    deleted = kind != "review" and fields.get("deleted") is not None
    if not deleted and any(fields.get(name) is None for name in REQUIRED[kind]):
        return False
    if kind == "glossary":
        return _write_glossary(db, key, fields)
    if kind == "entry":
        return _write_entry(db, key, fields)
    if kind == "review":
        return _write_review(db, key, fields)
    raise ValueError(f"not a kind of record: {kind!r}")


def written_otherwise(
    db: sqlite3.Connection, kind: str, key: str, fields: Mapping[str, Any]
) -> bool:
    """Whether the record as written here differs from ``fields`` (a glossary renamed to
    keep names apart): it is then sent as changed here."""
    if kind == "glossary" and fields.get("deleted") is None and fields.get("name") is not None:
        row = db.execute("SELECT name FROM glossaries WHERE uuid = ?", (key,)).fetchone()
        return row is not None and row[0] != fields["name"]
    return False
