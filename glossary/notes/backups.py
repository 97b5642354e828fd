"""Backups of the notes database, and opening it when it is damaged.

A backup is a copy made with SQLite's backup API into ``backups/``, verified with
``integrity_check`` before it takes its final name; only then are older ones rotated
out. Kept: the newest 8, plus the newest of each of the last 7 days and of each of
the last 4 weeks. No backup is taken from a database that fails its own check.

Each backup has a summary beside it (``<backup>.json``): how many rows it holds, the
latest change in it, and a digest of its rows. With it, rotation cannot rotate the
notes away:

- a database whose rows are those of the newest backup (nothing changed, or it was just
  restored from it) is not backed up again, so it cannot push a different one out;
- an empty database is not backed up while a backup holds notes;
- a backup whose rows another, newer backup also holds, or that is empty while others
  are not, takes no place among those kept;
- the newest backup that holds a change later than any in the live database is never
  deleted.

:func:`open_store` opens the database and checks it (``integrity_check``: about 10 ms
for 5,000 highlights). A file that is
damaged (not a database, truncated, failing its check), or empty while a backup holds
notes, is moved aside (never deleted or changed), the newest good backup is restored,
and every row still readable in the damaged file that is newer than the backup is
merged back (``glossary.notes.recovery``), with a message saying what happened. A
database written by a newer version of the app is left alone: it raises, and the app
runs without notes.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from glossary.atomic import write_text_atomic
from glossary.messages import QT_TRANSLATE_NOOP, Message, Problem
from glossary.notes.errors import SQLITE_ERRORS, store_error
from glossary.notes.migrations import SCHEMA_VERSION
from glossary.notes.store import Store, StoreError, check_file, now_iso, verified_since_clean_close

if TYPE_CHECKING:
    from glossary.notes.recovery import Salvaged

PREFIX = "notes-"
SUFFIX = ".sqlite3"
KEEP_NEWEST = 8
KEEP_DAILY = 7
KEEP_WEEKLY = 4
STAMP = "%Y%m%dT%H%M%S%fZ"


def _name(when: datetime) -> str:
    return f"{PREFIX}{when.strftime(STAMP)}{SUFFIX}"


def _when(path: Path) -> datetime | None:
    try:
        stamp = path.name[len(PREFIX) : -len(SUFFIX)]
        return datetime.strptime(stamp, STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def backups(folder: Path) -> list[tuple[datetime, Path]]:
    """The backups in ``folder``, newest first."""
    found = []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        when = _when(path)
        if when is not None:
            found.append((when, path))
    return sorted(found, reverse=True)


def is_good(path: Path) -> bool:
    """Whether ``path`` is a sound notes database this app can open."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            version = db.execute("PRAGMA user_version").fetchone()[0]
        finally:
            db.close()
    except SQLITE_ERRORS:
        return False
    return bool(ok) and 0 < version <= SCHEMA_VERSION


# The tables whose rows are the reader's data (the full-text index is derived from
# them), with the columns that hold a time of change.
DATA_TABLES: dict[str, tuple[str, ...]] = {
    "documents": ("opened_at",),
    "highlights": ("updated", "deleted"),
    "colour_labels": (),
    "user_words": (),
    "glossaries": ("created",),
    "glossary_categories": (),
    "glossary_entries": ("updated",),
    "document_glossaries": (),
    "vocabulary": ("updated", "deleted"),
    "bookmarks": ("updated", "deleted"),
}
# Rows that every database has from the start, so they do not make it hold notes.
_NOT_NOTES = {"colour_labels"}


class Summary(NamedTuple):
    """What a database holds, in brief: enough to tell two apart and which is newer."""

    rows: int  # of the reader's data (colour labels apart)
    latest: str  # the latest time of change in it (ISO 8601), "" if none
    digest: str  # checksums of every row of the data tables

    def to_json(self) -> str:
        return json.dumps(self._asdict())


def summarise(execute: Callable[[str], Iterable[Any]]) -> Summary:
    """The summary of a database, read through ``execute`` (a connection's, or a
    store's ``query``); raises as ``execute`` does when the file is damaged."""
    tables = {row[0] for row in execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables & DATA_TABLES.keys():
        raise sqlite3.DatabaseError("not a notes database")
    # Two 32-bit checksums, not a cryptographic hash: the digest only tells copies of
    # the same rows apart from others (and hashlib would load at every exit).
    crc, adler = 0, 1
    rows = 0
    latest = ""
    for table, times in DATA_TABLES.items():
        if table not in tables:
            continue
        crc, adler = zlib.crc32(table.encode(), crc), zlib.adler32(table.encode(), adler)
        for row in execute(f"SELECT * FROM {table} ORDER BY rowid"):
            data = repr(row).encode("utf-8", "surrogatepass")
            crc, adler = zlib.crc32(data, crc), zlib.adler32(data, adler)
            if table not in _NOT_NOTES:
                rows += 1
        for column in times:
            for (value,) in execute(f"SELECT max({column}) FROM {table}"):
                latest = max(latest, str(value or ""))
    return Summary(rows, latest, f"{crc:08x}{adler:08x}-{rows}")


def _sidecar(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


def summary_of(backup: Path) -> Summary | None:
    """The summary of a backup file: read from beside it, or worked out (and kept)
    when missing; None when the file cannot be read as a database."""
    sidecar = _sidecar(backup)
    with contextlib.suppress(OSError, ValueError, TypeError):
        return Summary(**json.loads(sidecar.read_text(encoding="utf-8")))
    try:
        db = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            found = summarise(db.execute)
        finally:
            db.close()
    except (OSError, *SQLITE_ERRORS):
        return None

    with contextlib.suppress(OSError):
        write_text_atomic(sidecar, found.to_json())
    return found


def take_backup(store: Store, folder: Path, now: datetime | None = None) -> Path | None:
    """Back ``store`` up into ``folder`` and rotate. None when the database fails its
    check, or is empty while a backup holds notes; the newest backup when it already
    holds the same rows (nothing new to keep)."""
    if not store.integrity_ok():
        return None
    live = summarise(store.query)
    listed = backups(folder) if folder.is_dir() else []
    if listed:
        newest = summary_of(listed[0][1])
        if newest is not None and newest.digest == live.digest:
            return listed[0][1]
    if live.rows == 0 and any((summary_of(p) or live).rows > 0 for _, p in listed):
        return None
    now = now or datetime.now(UTC)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / _name(now)
    partial = folder / f".{target.name}.partial"
    partial.unlink(missing_ok=True)
    store.backup(partial)
    if not is_good(partial):
        partial.unlink(missing_ok=True)
        return None
    write_text_atomic(_sidecar(target), live.to_json())
    os.replace(partial, target)
    rotate(folder, now, live)
    return target


def rotate(folder: Path, now: datetime, live: Summary | None = None) -> list[Path]:
    """Delete the backups the policy does not keep; returns what was deleted.

    Only backups with something of their own take a place: not one whose rows a newer
    backup also holds, nor an empty one while another holds notes. The newest backup
    holding a change later than any in ``live`` (the database in use), the one with the
    latest change, is always kept.
    """
    listed = backups(folder)
    summaries = {path: summary_of(path) for _, path in listed}
    any_notes = any(s is not None and s.rows > 0 for s in summaries.values())
    seen: set[str] = set()
    ranked: list[tuple[datetime, Path]] = []  # those that take a place, newest first
    for when, path in listed:
        summary = summaries[path]
        if summary is not None:
            if summary.digest in seen or (summary.rows == 0 and any_notes):
                continue
            seen.add(summary.digest)
        ranked.append((when, path))
    keep = {path for _, path in ranked[:KEEP_NEWEST]}
    days: set[object] = set()
    weeks: set[object] = set()
    for when, path in ranked:  # newest first: the first of each day or week is kept
        age = now - when
        if age <= timedelta(days=KEEP_DAILY) and when.date() not in days:
            days.add(when.date())
            keep.add(path)
        week = when.isocalendar()[:2]
        if age <= timedelta(weeks=KEEP_WEEKLY) and week not in weeks:
            weeks.add(week)
            keep.add(path)
    if live is not None:
        ahead = [
            (s.latest, when, path)
            for when, path in listed
            if (s := summaries[path]) is not None
            and s.rows > 0
            and (s.latest > live.latest or live.rows == 0)
        ]
        if ahead:  # the one with the latest change of all
            keep.add(max(ahead)[2])
    removed = [path for _, path in listed if path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
        _sidecar(path).unlink(missing_ok=True)
    return removed


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its WAL files) out of the way; nothing is deleted."""
    stamp = (now or datetime.now(UTC)).strftime(STAMP)
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{aside}{suffix}"))
    return aside


def open_store(path: Path, folder: Path | None = None) -> tuple[Store, Message | None]:
    """Open the notes database at ``path``; a damaged one is replaced by its newest good
    backup (or an empty database) with what can be read of it merged back. Returns the
    store and a message for the user, if any. A database that is locked, on a full disk
    or from a newer version raises :class:`StoreError`."""
    folder = folder if folder is not None else path.parent / "backups"
    check_file(path)  # a pipe or a device is refused, not set aside
    # A file as a clean close left it, checked in full within the week, is not checked
    # again: the full check reads every page (about 150 ms for 100,000 highlights).
    verified = verified_since_clean_close(path)
    problem = _unusable(path, folder, full=verified is None)
    if problem is None:
        try:
            store = Store(path, folder)
            store.verified = verified or now_iso()
            return store, None
        except StoreError as exc:
            # A newer app's database is sound: swapping in an older backup would split
            # the notes in two. It is refused, untouched, like a locked one.
            if exc.kind != "damaged":
                raise
            problem = exc
    return _recover(path, folder, problem)


def open_unrepaired(path: Path, folder: Path | None = None) -> Store:
    """Open the notes database at ``path`` for a command that does not repair it (the
    command line): a database that :func:`open_store` would set aside and restore from a
    backup (damaged, or empty while a backup holds notes) is refused with a
    :class:`StoreError` saying so, and left as it is. Writing into it would make a
    damaged file worse, or an emptied one look like a new database, whose backups would
    then never be restored."""
    folder = folder if folder is not None else path.parent / "backups"
    check_file(path)
    problem = _unusable(path, folder)
    if problem is None:
        try:
            return Store(path, folder)
        except StoreError as exc:
            if exc.kind != "damaged":
                raise
            problem = exc
    raise StoreError(
        QT_TRANSLATE_NOOP(
            "glossary",
            "{problem} Open Glossary Reader to repair it: the file is set aside and the "
            "newest backup restored.",
        ),
        "damaged",
        problem=problem,
    )


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to ``path`` that leaves nothing behind. Reading a WAL
    database makes its ``-wal`` and ``-shm`` files, which a read-only connection cannot
    remove; without a ``-wal`` there is no log to read, and the file is opened as
    immutable, which makes neither (and removing them after could pull the index from
    under a window opening the database at that moment)."""
    log = Path(f"{path}-wal").exists()
    mode = "mode=ro" if log else "mode=ro&immutable=1"
    db = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
    try:
        yield db
    finally:
        db.close()


def _unusable(path: Path, folder: Path, *, full: bool = True) -> Problem | None:
    """Why ``path`` must not be opened as it is, found by reading it only (opening it
    for writing changes its header, and migrating it takes a backup): it fails SQLite's
    ``integrity_check`` (about 10 ms for 5,000 highlights; ``quick_check`` misses a
    damaged index; not run unless ``full``), or it
    is empty (cut to nothing, or a database with no tables) while a backup holds notes.
    None for a sound file, a missing one, and one that cannot be read for another reason
    (locked, say: opening it says so)."""
    try:
        size = path.stat().st_size
    except OSError:
        return None  # no file: a new database (the backups are kept: see rotate)
    if size > 0:
        try:
            with _reading(path) as db:
                (tables,) = db.execute("SELECT count(*) FROM sqlite_master").fetchone()
                sound = not full or db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        except SQLITE_ERRORS as exc:
            problem = store_error(exc, path)
            return problem if problem.kind == "damaged" else None
        if not sound:
            return Problem(
                QT_TRANSLATE_NOOP(
                    "glossary", "The notes database {path} is damaged (it fails its check)."
                ),
                path=path,
            )
        if tables:
            return None
    if not any((summary_of(p) or Summary(0, "", "")).rows > 0 for _, p in backups(folder)):
        return None
    return Problem(
        QT_TRANSLATE_NOOP(
            "glossary", "The notes database {path} is empty, although its backups hold notes."
        ),
        path=path,
    )


def _recover(path: Path, folder: Path, problem: Problem) -> tuple[Store, Message]:
    aside = set_aside(path)
    good = next((p for _, p in backups(folder) if is_good(p)), None)
    if good is not None:
        copy = path.with_name(f".{path.name}.restoring")
        shutil.copyfile(good, copy)
        os.replace(copy, path)
    from glossary.notes.recovery import salvage

    store = Store(path, folder)
    salvaged = salvage(aside, store, header_from=good)
    when = _when(good) if good is not None else None
    if when is not None:
        restored = Message(
            QT_TRANSLATE_NOOP("glossary", "The backup of {when} UTC was restored."),
            when=f"{when:%Y-%m-%d %H:%M}",
        )
    elif salvaged.total:
        restored = Message(QT_TRANSLATE_NOOP("glossary", "No backup was found."))
    else:
        restored = Message(
            QT_TRANSLATE_NOOP("glossary", "No backup was found, so the notes start empty.")
        )
    message = Message(
        QT_TRANSLATE_NOOP("glossary", "{problem} It was moved to {aside}. {restored}{salvaged}"),
        problem=problem,
        aside=aside.name,
        restored=restored,
        salvaged=_salvaged_message(salvaged, after_backup=when is not None),
    )
    return store, message


def _salvaged_message(salvaged: Salvaged, *, after_backup: bool) -> Message | str:
    if not salvaged.total:
        return ""
    parts = [
        Message(QT_TRANSLATE_NOOP("glossary", "{count} highlights and notes"), count=count)
        if kind == "highlights"
        else Message(QT_TRANSLATE_NOOP("glossary", "{count} kept words"), count=count)
        if kind == "words"
        else Message(QT_TRANSLATE_NOOP("glossary", "{count} glossary entries"), count=count)
        if kind == "entries"
        else Message(QT_TRANSLATE_NOOP("glossary", "{count} other records"), count=count)
        for kind, count in (
            ("highlights", salvaged.highlights),
            ("words", salvaged.words),
            ("entries", salvaged.entries),
            ("other", salvaged.other),
        )
        if count
    ]
    fields = {f"part{i}": part for i, part in enumerate(parts)}
    listed = Message(", ".join(f"{{part{i}}}" for i in range(len(parts))), **fields)
    if after_backup:
        template = QT_TRANSLATE_NOOP(
            "glossary", " Written after it and recovered from the damaged file: {what}."
        )
    else:
        template = QT_TRANSLATE_NOOP("glossary", " Recovered from the damaged file: {what}.")
    return Message(template, what=listed)
