"""A device's log compacted: one snapshot in place of its many segments.

Every device appends a segment at each sync that sent something, so its folder grows
with every edit, and a device joining the library would read them all. From time to
time (every :data:`COMPACT_EVERY` segments) a device writes a snapshot of its own log,
``snapshot-<sequence>.jsonl``, and deletes its segments up to that sequence (and its
older snapshots): a device that has not read them all reads the snapshot instead, then
the segments after it.

A snapshot is a segment in form (the same header, checksum and encryption, bound to
its own name) holding what this device's changes still decide, read from what it
synced (``sync_fields`` and ``sync_versions``), not from its old segments:

- each field whose latest change is this device's, at that change's stamp (an older
  change of the same device to the same field can never win over it anywhere, since a
  device's stamps only grow: dropping it changes no merge);
- every version of a text field (a note) this device wrote, with the versions it
  replaced: a version that lost is shown with the note on every device, so none is
  dropped.

Merging a snapshot gives what merging the segments it replaces gives once the other
devices' logs are read too (last writer wins by stamp; versions are a union).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import Any

from glossary.sync import records
from glossary.sync.clock import Stamp
from glossary.sync.segments import SUFFIX, Change, name_of

PREFIX = "snapshot-"
COMPACT_EVERY = 50  # a device's segments written since its last snapshot


def snapshot_name(sequence: int) -> str:
    """The file name of the snapshot that covers segments 1 to ``sequence``."""
    return f"{PREFIX}{name_of(sequence)}"


def snapshot_sequence(name: str) -> int | None:
    """The last sequence the snapshot named ``name`` covers; None for any other file."""
    if not name.startswith(PREFIX) or not name.endswith(SUFFIX):
        return None
    stem = name[len(PREFIX) : -len(SUFFIX)]
    if len(stem) != len(name_of(0)) - len(SUFFIX) or not stem.isdigit():
        return None
    return int(stem)


def snapshot_bound(library: str, device: str, sequence: int) -> str:
    """What an encrypted snapshot is bound to (never a segment's name: a snapshot
    renamed as a segment does not open)."""
    return f"snapshot {library}/{device}/{sequence}"


def _by(device: str, stamp: str) -> bool:
    try:
        return Stamp.parse(stamp).device == device
    except ValueError:
        return False


def own_changes(db: sqlite3.Connection, device: str) -> list[Change]:
    """The changes of ``device`` that still decide something (see the module's
    docstring), oldest first."""
    grouped: dict[tuple[str, str, str], dict[str, Any]] = defaultdict(dict)
    for kind, key, field, value, stamp in db.execute(
        "SELECT kind, key, field, value, stamp FROM sync_fields"
    ):
        decoded = records.decode(value)
        if not _by(device, stamp):
            continue
        if (kind, field) in records.TEXT_FIELDS and isinstance(decoded, str):
            continue  # carried by its versions, below
        grouped[(kind, key, stamp)][field] = decoded
    changes = [
        Change(kind, key, stamp, fields, {}) for (kind, key, stamp), fields in grouped.items()
    ]
    for kind, key, field, stamp, value, bases in db.execute(
        "SELECT kind, key, field, stamp, value, bases FROM sync_versions"
    ):
        if _by(device, stamp):
            replaced = [str(s) for s in json.loads(bases)]
            changes.append(
                Change(kind, key, stamp, {field: value}, {field: replaced} if replaced else {})
            )
    # Oldest first; at one stamp, a record's other fields before its text (so that the
    # record can be written as the text arrives).
    changes.sort(key=lambda c: (c.stamp, c.kind, c.key, bool(c.bases) or _is_text(c)))
    return changes


def _is_text(change: Change) -> bool:
    return any((change.kind, field) in records.TEXT_FIELDS for field in change.fields)
