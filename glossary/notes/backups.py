"""Backups of the notes database, and opening it when it is damaged.

A backup is a copy made with SQLite's backup API into ``backups/``, verified with
``integrity_check`` before it takes its final name; only then are older ones rotated
out. Kept: the newest 8, plus the newest of each of the last 7 days and of each of
the last 4 weeks. No backup is taken from a database that fails its own check.

:func:`open_store` opens the database and, when the file is damaged, moves it aside
(never deleting it) and restores the newest good backup, or starts empty when there
is none, with a message saying what happened. A database written by a newer version
of the app is left alone: it raises, and the app runs without notes.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from glossary.notes.migrations import SCHEMA_VERSION
from glossary.notes.store import Store, StoreError

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
    except sqlite3.Error:
        return False
    return bool(ok) and 0 < version <= SCHEMA_VERSION


def take_backup(store: Store, folder: Path, now: datetime | None = None) -> Path | None:
    """Back ``store`` up into ``folder`` and rotate; None when the database fails its check."""
    if not store.integrity_ok():
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
    os.replace(partial, target)
    rotate(folder, now)
    return target


def rotate(folder: Path, now: datetime) -> list[Path]:
    """Delete the backups the policy does not keep; returns what was deleted."""
    listed = backups(folder)
    keep = {path for _, path in listed[:KEEP_NEWEST]}
    days: set[object] = set()
    weeks: set[object] = set()
    for when, path in listed:  # newest first: the first of each day or week is kept
        age = now - when
        if age <= timedelta(days=KEEP_DAILY) and when.date() not in days:
            days.add(when.date())
            keep.add(path)
        week = when.isocalendar()[:2]
        if age <= timedelta(weeks=KEEP_WEEKLY) and week not in weeks:
            weeks.add(week)
            keep.add(path)
    removed = [path for _, path in listed if path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
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


def open_store(path: Path, folder: Path | None = None) -> tuple[Store, str | None]:
    """Open the notes database at ``path``; a damaged one is replaced by its newest good
    backup (or an empty database). Returns the store and a message for the user, if any.
    A database that is locked, on a full disk or from a newer version raises
    :class:`StoreError`."""
    folder = folder if folder is not None else path.parent / "backups"
    try:
        return Store(path, folder), None
    except StoreError as exc:
        # A newer app's database is sound: swapping in an older backup would split the
        # notes in two. It is refused, untouched, like a locked one.
        if exc.kind != "damaged":
            raise
        problem = str(exc)
    aside = set_aside(path)
    good = next((p for _, p in backups(folder) if is_good(p)), None)
    if good is not None:
        shutil.copyfile(good, path)
        when = _when(good)
        restored = f"the backup of {when:%Y-%m-%d %H:%M} UTC was restored" if when else ""
        message = f"{problem} It was moved to {aside.name} and {restored}."
    else:
        message = (
            f"{problem} It was moved to {aside.name}; no backup was found, "
            "so the notes start empty."
        )
    return Store(path, folder), message
