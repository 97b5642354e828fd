"""One sync: this device's changes captured, stamped and written as a new segment of
its own; the other devices' new segments read and merged.

The steps, each safe to stop at any point (a crash, a pulled cable, the app killed):

1. **Capture** (one transaction): every record the triggers listed in ``sync_outbox``
   is compared with what was last synced (``sync_fields``); each changed field gets the
   clock's stamp, becomes what is synced, and the change waits in ``sync_pending``.
2. **Send**: a sequence number is taken (committed first, so no number is used twice),
   the pending changes are written as one segment under that number, and only then are
   they taken off ``sync_pending``. Stopped before that, they are sent again next time
   (merging the same change twice changes nothing).
3. **Receive**: each other device's segments after the last one read are read in order;
   each is merged in one transaction (after a capture, so that an edit made here while
   syncing is stamped before the others' are compared with it). A segment cut short,
   garbled or of a newer version is reported and not merged, and read again next time
   (a sync engine may still be copying it); the ones after it are merged.

In a library encrypted with a passphrase (:mod:`glossary.sync.crypto`), each segment is
sealed after it is encoded and opened before it is decoded; one that fails its
authentication is reported and skipped like one cut short, never merged. The library's
``library.json`` is read at the first send or receive: a wrong or missing passphrase
stops the sync before anything is sent or merged.

Merging a field: the change with the later stamp wins (last writer wins, by the hybrid
clock). Every version of a text field (a note) is kept with the versions it replaced;
a version that nothing replaced and that is not the winner lost to an edit made at the
same time elsewhere: it is shown with the note, never dropped.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from typing import NamedTuple

from glossary.messages import QT_TRANSLATE_NOOP, Problem
from glossary.notes.store import Store
from glossary.sync import records
from glossary.sync.clock import Clock, Stamp
from glossary.sync.crypto import Sealer, library_sealer, open_segment, segment_name
from glossary.sync.roots import MissingFile, RootError, SyncRoot
from glossary.sync.segments import (
    Change,
    Segment,
    SegmentError,
    decode,
    encode,
    name_of,
    sequence_of,
)
from glossary.sync.snapshots import (
    COMPACT_EVERY,
    own_changes,
    snapshot_bound,
    snapshot_name,
    snapshot_sequence,
)

TOP = "glossary-reader"  # the folder of the app's own in a sync root
LIBRARY_FILE = "library.json"
AHEAD = "ahead:"  # sync_state: a device's segments merged beyond one not yet readable


class SyncReport(NamedTuple):
    """What one sync did: changes sent and received, segments written and read, and
    what could not be read (each a sentence)."""

    sent: int
    received: int
    written: int
    read: int
    problems: list[Problem]
    classes_read: int = 0  # class files read in (a teacher's layer, glossaries)

    def as_json(self) -> dict[str, object]:
        return {
            "sent": self.sent,
            "received": self.received,
            "segments_written": self.written,
            "segments_read": self.read,
            "problems": [str(p) for p in self.problems],
        }


def new_id() -> str:
    """A device's or a library's id: 16 hex digits, random."""
    from uuid import uuid4

    return uuid4().hex[:16]


def library_folder(library: str) -> str:
    return f"{TOP}/{library}"


def device_folder(library: str, device: str) -> str:
    return f"{TOP}/{library}/devices/{device}"


def read_library(root: SyncRoot, library: str) -> dict[str, object] | None:
    """What ``library.json`` of ``library`` says: None when there is none, or it cannot
    be read as a JSON object. RootError if the root cannot be reached."""
    folder = library_folder(library)
    try:
        # Read straight away (one request to a server, not a listing first).
        data = json.loads(root.read(f"{folder}/{LIBRARY_FILE}"))
    except MissingFile:
        root.list(folder)  # RootError if it is the root that is not there
        return None
    except (ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


def encrypted_state(library: str) -> str:
    """The name, in ``sync_state``, that says this device knows ``library`` as
    encrypted (so that a library.json changed to say otherwise is not believed)."""
    return f"encrypted:{library}"


class Sync:
    """Syncs the notes in ``store`` through ``root``, in library ``library`` (encrypted
    with ``passphrase``, if it is given: the key is derived once, at the first sync, and
    kept in memory only)."""

    def __init__(
        self,
        store: Store,
        root: SyncRoot,
        library: str,
        now: Callable[[], int] | None = None,
        passphrase: str | None = None,
    ) -> None:
        self.store = store
        self.root = root
        self.library = library
        self._passphrase = passphrase
        self._sealer: Sealer | None = None
        self._library_known = False
        self.compact_every = COMPACT_EVERY  # segments written before a snapshot
        device = self._state("device")
        if device is None:
            device = new_id()
            self._set_state({"device": device})
        self.device = device
        last = self._state("clock")
        clock_args = {} if now is None else {"now": now}
        self.clock = Clock(device, Stamp.parse(last) if last else None, **clock_args)

    # -- this device's state --------------------------------------------------------------------

    def _state(self, name: str) -> str | None:
        row = self.store.query(
            "SELECT value FROM sync_state WHERE name = :n", {"n": name}
        ).fetchone()
        return None if row is None else str(row[0])

    def _set_state(self, values: dict[str, str], db: sqlite3.Connection | None = None) -> None:
        def put(connection: sqlite3.Connection) -> None:
            connection.executemany(
                "INSERT INTO sync_state (name, value) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                list(values.items()),
            )

        if db is not None:
            put(db)
        else:
            with self.store.transaction() as connection:
                put(connection)

    def _library_sealer(self) -> Sealer | None:
        """The sealer of an encrypted library, None for a plain one; PassphraseError if
        the passphrase is wrong or missing (or given to a plain library)."""
        if not self._library_known:
            data = read_library(self.root, self.library) or {}
            known = self._state(encrypted_state(self.library)) is not None
            self._sealer = library_sealer(
                self.library, data.get("encryption"), self._passphrase, known_encrypted=known
            )
            if self._sealer is not None and not known:
                self._set_state({encrypted_state(self.library): "yes"})
            self._library_known = True
        return self._sealer

    # -- one sync -------------------------------------------------------------------------------

    def run(self) -> SyncReport:
        """Send what changed here, then merge what the other devices sent."""
        self.capture()
        sent, written = self.send()
        problems: list[Problem] = []
        if written:
            self.compact_if_due(problems)
        received, read, found = self.receive()
        return SyncReport(sent, received, written, read, problems + found)

    def capture(self) -> int:
        """Stamp the changes made here since the last capture; how many records changed."""
        with self.store.transaction() as db:
            return self._capture(db)

    def _capture(self, db: sqlite3.Connection) -> int:
        if self._state("backfilled") is None:
            # The first sync of this library: everything the notes hold goes.
            db.executemany(
                "INSERT OR IGNORE INTO sync_outbox (kind, key) VALUES (?, ?)",
                records.all_keys(db),
            )
            self._set_state({"backfilled": "yes"}, db)
        outbox = db.execute("SELECT kind, key FROM sync_outbox").fetchall()
        changed = 0
        for kind, key in outbox:
            current = records.read(db, kind, key) if kind in records.FIELDS else None
            if current is not None:
                changed += self._capture_record(db, kind, key, current)
        db.execute("DELETE FROM sync_outbox")
        if changed:
            self._set_state({"clock": self.clock.last.text()}, db)
        return changed

    def _capture_record(
        self, db: sqlite3.Connection, kind: str, key: str, current: records.Fields
    ) -> int:
        synced = {
            field: (value, stamp)
            for field, value, stamp in db.execute(
                "SELECT field, value, stamp FROM sync_fields WHERE kind = ? AND key = ?",
                (kind, key),
            )
        }
        fields = {
            field: value
            for field, value in current.items()
            if field not in synced or synced[field][0] != records.encode(value)
        }
        dismissed = _take_dismissed(db, kind, key)
        for field in dismissed:
            fields.setdefault(field, current.get(field))  # kept as it is, over the others
        if not fields:
            return 0
        if synced:
            stamp = self.clock.tick().text()
        else:
            # Never synced: stamped when it was last changed here, not now.
            wall = min(records.first_stamp_ms(db, kind, key, current), self.clock.tick().wall)
            stamp = Stamp(wall, 0, self.device).text()
        bases = {
            field: [synced[field][1], *dismissed.get(field, [])]
            for field in fields
            if (kind, field) in records.TEXT_FIELDS and field in synced
        }
        change = Change(kind, key, stamp, fields, bases)
        self._remember(db, change)
        db.execute(
            "INSERT INTO sync_pending (change) VALUES (?)",
            (json.dumps(change._asdict(), ensure_ascii=False),),
        )
        return 1

    def _remember(self, db: sqlite3.Connection, change: Change) -> bool:
        """Make ``change`` what is synced where it is later than what was; keep each
        version of its text fields. Whether any field changed."""
        newer = False
        for field, value in change.fields.items():
            encoded = records.encode(value)
            if (change.kind, field) in records.TEXT_FIELDS and isinstance(value, str):
                db.execute(
                    "INSERT OR IGNORE INTO sync_versions (kind, key, field, stamp, value, bases) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        change.kind,
                        change.key,
                        field,
                        change.stamp,
                        value,
                        json.dumps(list(change.bases.get(field, ()))),
                    ),
                )
            row = db.execute(
                "SELECT stamp FROM sync_fields WHERE kind = ? AND key = ? AND field = ?",
                (change.kind, change.key, field),
            ).fetchone()
            if row is None or change.stamp > row[0]:
                db.execute(
                    "INSERT INTO sync_fields (kind, key, field, value, stamp) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, key, field) "
                    "DO UPDATE SET value = excluded.value, stamp = excluded.stamp",
                    (change.kind, change.key, field, encoded, change.stamp),
                )
                newer = True
        return newer

    def send(self) -> tuple[int, int]:
        """Write the pending changes as a new segment: (changes sent, segments written)."""
        rows = self.store.query("SELECT id, change FROM sync_pending ORDER BY id").fetchall()
        if not rows:
            return 0, 0
        sealer = self._library_sealer()
        changes = [_pending(text) for _id, text in rows]
        last_id = rows[-1][0]
        with self.store.transaction() as db:
            sequence = int(self._state("sequence") or "1")
            self._set_state({"sequence": str(sequence + 1)}, db)
        folder = device_folder(self.library, self.device)
        data = encode(self.device, sequence, changes)
        if sealer is not None:
            data = sealer.seal(data, segment_name(self.library, self.device, sequence))
        if sequence == 1:
            # The device's folder is new: made first, rather than learnt from a refused
            # upload of the whole segment (a server's 409).
            self.root.make_folder(folder)
        self.root.write_new(f"{folder}/{name_of(sequence)}", data)
        with self.store.transaction() as db:
            db.execute("DELETE FROM sync_pending WHERE id <= ?", (last_id,))
        return len(changes), 1

    def compact_if_due(self, problems: list[Problem]) -> bool:
        """Compact this device's log into a snapshot once it has written
        ``compact_every`` segments since the last one (and
        nothing waits to be sent). A root that refuses is said in ``problems``; the
        segments stay, and it is tried again at a later sync."""
        last = int(self._state("sequence") or "1") - 1
        if last - int(self._state("snapshot") or "0") < self.compact_every:
            return False
        try:
            self.compact()
        except RootError as exc:
            problems.append(exc)
            return False
        return True

    def compact(self) -> int:
        """Write a snapshot of this device's log up to its last segment, then delete the
        segments and snapshots it replaces; the snapshot's sequence (0: nothing to do)."""
        if self.store.query("SELECT 1 FROM sync_pending LIMIT 1").fetchone() is not None:
            return 0  # a change not yet in a segment: the snapshot would not cover it
        last = int(self._state("sequence") or "1") - 1
        if last < 1:
            return 0
        sealer = self._library_sealer()
        folder = device_folder(self.library, self.device)
        names = self.root.list(folder)
        name = snapshot_name(last)
        if name not in names:  # (not there already from a sync stopped after writing it)
            with self.store.transaction() as db:
                changes = own_changes(db, self.device)
            data = encode(self.device, last, changes)
            if sealer is not None:
                data = sealer.seal(data, snapshot_bound(self.library, self.device, last))
            self.root.write_new(f"{folder}/{name}", data)
        self._set_state({"snapshot": str(last)})
        # The snapshot is whole under its name: what it replaces can go. A reader in the
        # middle of reading a deleted segment finds it missing and reads the snapshot
        # at its next sync.
        for old in names:
            sequence = sequence_of(old)
            covered = snapshot_sequence(old)
            if (sequence is not None and sequence <= last) or (
                covered is not None and covered < last
            ):
                self.root.delete(f"{folder}/{old}")
        return last

    def receive(self) -> tuple[int, int, list[Problem]]:
        """Merge the other devices' new segments: (changes merged, segments read,
        problems)."""
        received = read = 0
        problems: list[Problem] = []
        sealer = self._library_sealer()
        devices = self.root.list(f"{library_folder(self.library)}/devices")
        seen = dict(self.store.query("SELECT device, sequence FROM sync_seen").fetchall())
        for device in devices:
            if device == self.device or device.startswith("."):
                continue
            try:
                counts = self._receive_device(device, int(seen.get(device, 0)), sealer, problems)
            except MissingFile:
                continue  # deleted while being read (compacted): read again next time
            except RootError as exc:
                # One device's folder that cannot be read (a permission, a server's
                # fault on one file): said, and the other devices are read.
                if str(exc) not in {str(p) for p in problems}:
                    problems.append(exc)
                continue
            received += counts[0]
            read += counts[1]
        return received, read, problems

    def _receive_device(
        self, device: str, seen: int, sealer: Sealer | None, problems: list[Problem]
    ) -> tuple[int, int]:
        """Merge ``device``'s segments after ``seen`` (the last of an unbroken run read),
        or its snapshot when the segments it replaces are not all there or none was
        read yet. A segment that cannot be merged is said and read again next time
        (a sync engine may still be copying it); those after it are merged once, and
        remembered, so that only the missing one is read again."""
        folder = device_folder(self.library, device)
        names = self.root.list(folder)
        sequences = sorted(s for s in map(sequence_of, names) if s is not None)
        snapshots = [s for s in map(snapshot_sequence, names) if s is not None]
        ahead = set(self._ahead(device))
        received = read = 0
        latest = max(snapshots, default=0)
        if latest > seen and (
            seen == 0 or any(s not in sequences for s in range(seen + 1, latest + 1))
        ):
            name = f"{folder}/{snapshot_name(latest)}"
            segment = self._open(
                name, snapshot_bound(self.library, device, latest), device, latest, sealer, problems
            )
            if segment is not None:
                with self.store.transaction() as db:
                    self._capture(db)
                    received += self._merge(db, segment.changes, problems)
                    seen = latest
                    ahead = {s for s in ahead if s > seen}
                    self._mark_seen(db, device, seen, ahead)
                read += 1
        for sequence in (s for s in sequences if s > seen and s not in ahead):
            name = f"{folder}/{name_of(sequence)}"
            bound = segment_name(self.library, device, sequence)
            segment = self._open(name, bound, device, sequence, sealer, problems)
            if segment is None:
                continue
            with self.store.transaction() as db:
                self._capture(db)
                received += self._merge(db, segment.changes, problems)
                ahead.add(sequence)
                while seen + 1 in ahead:
                    seen += 1
                    ahead.discard(seen)
                self._mark_seen(db, device, seen, ahead)
            read += 1
        return received, read

    def _open(
        self,
        name: str,
        bound: str,
        device: str,
        sequence: int,
        sealer: Sealer | None,
        problems: list[Problem],
    ) -> Segment | None:
        """The segment (or snapshot) at ``name``, or None when it cannot be merged (said
        in ``problems``). MissingFile or RootError if it cannot be read."""
        try:
            segment = decode(open_segment(sealer, self.root.read(name), bound, name), name)
            if segment.device != device or segment.sequence != sequence:
                raise SegmentError(
                    QT_TRANSLATE_NOOP(
                        "glossary",
                        "The segment {name} names another device or number than its "
                        "file name does: skipped, never merged.",
                    ),
                    name=name,
                )
        except SegmentError as exc:
            problems.append(exc)
            return None
        return segment

    def _ahead(self, device: str) -> list[int]:
        """The segments of ``device`` merged beyond a gap (one not yet readable)."""
        value = self._state(f"{AHEAD}{device}")
        try:
            found = json.loads(value) if value else []
        except ValueError:
            return []
        return [s for s in found if isinstance(s, int)] if isinstance(found, list) else []

    def _mark_seen(self, db: sqlite3.Connection, device: str, seen: int, ahead: set[int]) -> None:
        if seen:
            db.execute(
                "INSERT INTO sync_seen (device, sequence) VALUES (?, ?) "
                "ON CONFLICT (device) DO UPDATE SET sequence = excluded.sequence",
                (device, seen),
            )
        if ahead:
            self._set_state({f"{AHEAD}{device}": json.dumps(sorted(ahead))}, db)
        else:
            db.execute("DELETE FROM sync_state WHERE name = ?", (f"{AHEAD}{device}",))
        self._set_state({"clock": self.clock.last.text()}, db)

    def _merge(
        self, db: sqlite3.Connection, changes: Iterable[Change], problems: list[Problem]
    ) -> int:
        merged = 0
        for change in changes:
            try:
                stamp = Stamp.parse(change.stamp)
            except ValueError:
                continue
            if change.kind not in records.FIELDS:
                continue  # a kind of a newer version: left for it
            fields = {
                f: v
                for f, v in change.fields.items()
                if records.valid(change.kind, change.key, f, v)
            }
            if not fields:
                continue
            self.clock.observe(stamp)
            if self._remember(db, change._replace(fields=fields)):
                self._write(db, change.kind, change.key)
            merged += 1
        return merged

    def _write(self, db: sqlite3.Connection, kind: str, key: str) -> None:
        fields = {
            field: records.decode(value)
            for field, value in db.execute(
                "SELECT field, value FROM sync_fields WHERE kind = ? AND key = ?", (kind, key)
            )
        }
        try:
            records.write(db, kind, key, fields)
        except sqlite3.IntegrityError:
            return  # fields that do not make a record together; the next change may
        # The record as written is what is synced: nothing to send back (unless writing
        # it changed it: a glossary renamed to keep names apart, a card replayed).
        if not records.written_otherwise(db, kind, key, fields):
            db.execute("DELETE FROM sync_outbox WHERE kind = ? AND key = ?", (kind, key))

    # -- what the reader sees ---------------------------------------------------------------------

    def conflicts(self, kind: str, key: str, field: str) -> list[str]:
        """The texts of ``field`` that lost to an edit made elsewhere at the same time."""
        return conflicting_texts(self.store, kind, key, field)


DISMISSED = "dismissed"  # sync_state: conflicting versions the reader set aside


def _conflicts(store: Store, kind: str, key: str, field: str) -> list[tuple[str, str]]:
    """(stamp, text) of the versions of a text field that nothing replaced, but the one
    that won (and any with its text), oldest first."""
    rows = store.query(
        "SELECT stamp, value, bases FROM sync_versions WHERE kind = :k AND key = :key "
        "AND field = :f ORDER BY stamp",
        {"k": kind, "key": key, "f": field},
    ).fetchall()
    if not rows:
        return []
    replaced = {base for _stamp, _value, bases in rows for base in json.loads(bases)}
    row = store.query(
        "SELECT value FROM sync_state WHERE name = :n", {"n": _dismissed_name(kind, key)}
    ).fetchone()
    if row is not None:
        replaced |= {s for stamps in json.loads(row[0]).values() for s in stamps}
    winner = store.query(
        "SELECT stamp, value FROM sync_fields WHERE kind = :k AND key = :key AND field = :f",
        {"k": kind, "key": key, "f": field},
    ).fetchone()
    won, text = (winner[0], records.decode(winner[1])) if winner else (None, None)
    # The text as it stands here now (an edit not yet synced may have taken one back).
    query = records.TEXT_QUERIES.get((kind, field))
    now = store.query(query, {"key": key}).fetchone() if query else None
    seen: set[str] = {now[0]} if now else set()
    found = []
    for stamp, value, _bases in rows:
        if stamp in replaced or stamp == won or value == text or value in seen:
            continue
        seen.add(value)
        found.append((stamp, value))
    return found


def conflicting_texts(store: Store, kind: str, key: str, field: str) -> list[str]:
    """The texts of a text field that lost to an edit made at the same time elsewhere
    (and that the reader has not set aside), oldest first."""
    return [text for _stamp, text in _conflicts(store, kind, key, field)]


def dismiss_conflicts(store: Store, kind: str, key: str, field: str) -> None:
    """The reader keeps the text as it is: its conflicting versions are replaced by it,
    here at once and on the other devices with the next sync."""
    stamps = [stamp for stamp, _text in _conflicts(store, kind, key, field)]
    if not stamps:
        return
    name = _dismissed_name(kind, key)
    with store.transaction() as db:
        row = db.execute("SELECT value FROM sync_state WHERE name = ?", (name,)).fetchone()
        dismissed = json.loads(row[0]) if row else {}
        dismissed[field] = sorted({*dismissed.get(field, []), *stamps})
        db.execute(
            "INSERT INTO sync_state (name, value) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (name, json.dumps(dismissed)),
        )
        db.execute(
            "INSERT INTO sync_outbox (kind, key) SELECT ?, ? WHERE NOT EXISTS "
            "(SELECT 1 FROM sync_outbox WHERE kind = ? AND key = ?)",
            (kind, key, kind, key),
        )


def _dismissed_name(kind: str, key: str) -> str:
    return f"{DISMISSED}\t{kind}\t{key}"


def _take_dismissed(db: sqlite3.Connection, kind: str, key: str) -> dict[str, list[str]]:
    """The versions set aside for the record, taken (they go out with this change)."""
    name = _dismissed_name(kind, key)
    row = db.execute("SELECT value FROM sync_state WHERE name = ?", (name,)).fetchone()
    if row is None:
        return {}
    db.execute("DELETE FROM sync_state WHERE name = ?", (name,))
    taken = json.loads(row[0])
    return taken if isinstance(taken, dict) else {}


def _pending(text: str) -> Change:
    data = json.loads(text)
    return Change(data["kind"], data["key"], data["stamp"], data["fields"], data["bases"])
