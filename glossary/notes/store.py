"""The notes store: one SQLite file, its connection, transactions and migrations.

What it holds is read and written through repositories given the store: documents
(``glossary.notes.documents``), highlights (``.highlights``), colour labels
(``.colours``), the reader's spelling words (``.userwords``), the library
(``.library``), own glossaries (``glossary.terms.own``) and the vocabulary
(``glossary.words.vocabulary``).

Plain ``sqlite3`` with named parameters. Every write runs in a :meth:`Store.transaction`
(``BEGIN IMMEDIATE`` ... ``COMMIT``); the database is in WAL mode with
``synchronous=FULL``, so a write that returned survives a crash or a power cut. The
schema is versioned with ``PRAGMA user_version`` (see ``glossary.notes.migrations``), and a
backup is taken before an existing database is migrated.

Problems of the environment (disk full, database locked, file damaged, schema newer
than this app) raise :class:`StoreError`; anything else is a bug and raises as is.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from glossary.messages import QT_TRANSLATE_NOOP
from glossary.notes.errors import SQLITE_ERRORS, store_error
from glossary.notes.errors import StoreError as StoreError
from glossary.notes.migrations import MIGRATIONS, SCHEMA_VERSION

T = TypeVar("T")

BUSY_TIMEOUT_MS = 5000
SQLITE_MIN_INT = -(1 << 63)
SQLITE_MAX_INT = (1 << 63) - 1


def now_iso() -> str:
    """The current UTC time, ISO 8601 with milliseconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class Rows(list[Any]):
    """The rows of a query, read: a list that also answers ``fetchone`` and ``fetchall``
    as a cursor does."""

    def fetchone(self) -> Any:
        return self[0] if self else None

    def fetchall(self) -> list[Any]:
        return self


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def as_text(value: object) -> str:
    """A text field as read. SQLite keeps a value of any type in any column, so a damaged
    record that still passes the file's check can hold bytes (or a number) where a note
    belongs; it is read as text, never handed on as bytes to fail far from here."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)


def as_integer(value: object) -> int:
    """An integer field as read (see :func:`as_text`): what is no integer in SQLite's
    range reads as 0."""
    if isinstance(value, float) and math.isfinite(value):
        value = int(value)
    elif isinstance(value, str | bytes):
        try:
            value = int(value)
        except ValueError:
            return 0
    if isinstance(value, int) and SQLITE_MIN_INT <= value <= SQLITE_MAX_INT:
        return value
    return 0


def check_file(path: Path) -> None:
    """Refuse a notes database that is there but is no regular file: SQLite would wait
    forever to read a pipe (FIFO), and would take a device such as /dev/zero (or a link
    to one) for an empty database. Raises :class:`StoreError`; a missing file is fine
    (it is made)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("glossary", "The notes database {path} cannot be opened: {reason}."),
            path=path,
            reason=exc.strerror or exc,
        ) from None
    if not stat.S_ISREG(mode):
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "The notes database {path} is not a file (a folder, a pipe or a device); "
                "move it away to start a new one.",
            ),
            path=path,
        )


class Store:
    """One open notes database. Not thread-safe: use one per thread."""

    def __init__(self, path: Path, backups: Path | None = None) -> None:
        self.path = path
        self.backups = backups if backups is not None else path.parent / "backups"
        self.writes = 0  # committed write transactions since opening
        # When the file last passed SQLite's full integrity_check (UTC, ISO 8601), if
        # known: a store opened by glossary.notes.backups.open_store; its close leaves a
        # mark saying so (see clean_mark).
        self.verified: str | None = None
        check_file(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        except (OSError, *SQLITE_ERRORS) as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "glossary", "The notes database {path} cannot be opened: {reason}."
                ),
                path=path,
                reason=exc,
            ) from None
        try:
            self._configure()
            self._migrate()
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            self._db.close()
            raise store_error(exc, path) from None
        except StoreError:
            self._db.close()
            raise

    def _configure(self) -> None:
        db = self._db
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        # Refuse a newer schema before anything (even the journal mode) changes the file.
        self._refuse_newer()
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "glossary", "The notes database {path} cannot use write-ahead logging."
                ),
                path=self.path,
            )
        db.execute("PRAGMA synchronous = FULL")

    @property
    def version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _refuse_newer(self) -> None:
        version = self.version
        if version > SCHEMA_VERSION:
            # A newer app's file is sound; one whose pages are damaged too had its
            # version number damaged with them, most likely.
            if not self._check("quick_check"):
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "glossary", "The notes database {path} is damaged (it fails its check)."
                    ),
                    "damaged",
                    path=self.path,
                )
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "glossary",
                    "The notes database {path} was written by a newer version of Glossary "
                    "Reader (schema {version}; this one knows up to {known}).",
                ),
                "newer",
                path=self.path,
                version=version,
                known=SCHEMA_VERSION,
            )

    def _migrate(self) -> None:
        version = self.version
        if version == SCHEMA_VERSION:
            return
        if version < 0:
            raise self._mismatch(version, "")
        if version > 0:
            self.backup(self.backups / f"before-migration-v{version}-{_stamp()}.sqlite3")
        for number in range(version, SCHEMA_VERSION):
            try:
                self._db.executescript(
                    f"BEGIN IMMEDIATE;\n{MIGRATIONS[number]}\n"
                    f"PRAGMA user_version = {number + 1};\nCOMMIT;"
                )
            except SQLITE_ERRORS as exc:
                self._rollback()
                problem = store_error(exc, self.path)
                if problem.kind != "other":  # locked, full, read-only: as it says
                    raise problem from None
                # A migration that fails on what the file already holds ("table
                # documents already exists"): its version does not say what it holds.
                raise self._mismatch(version, str(exc)) from None
            except BaseException:
                self._rollback()
                raise

    def _mismatch(self, version: int, reason: str) -> StoreError:
        return StoreError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "The notes database {path} is damaged (what it holds does not match its "
                "schema version, {version}{reason}).",
            ),
            "damaged",
            path=self.path,
            version=version,
            reason=f": {reason}" if reason else "",
        )

    def close(self) -> None:
        self._db.close()
        if self.verified is not None:
            write_clean_mark(self.path, self.verified)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; it commits when the block ends without an exception.

        SQLite errors inside the block (disk full, I/O) roll back and raise StoreError.
        """
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except SQLITE_ERRORS as exc:
            raise store_error(exc, self.path) from None
        try:
            yield self._db
            self._db.execute("COMMIT")
        except SQLITE_ERRORS as exc:
            self._rollback()
            raise store_error(exc, self.path) from None
        except BaseException:
            self._rollback()
            raise
        self.writes += 1

    def _rollback(self) -> None:
        # SQLite may have rolled back by itself (a full disk does): nothing left to undo.
        if self._db.in_transaction:
            with contextlib.suppress(*SQLITE_ERRORS):
                self._db.execute("ROLLBACK")

    def query(self, sql: str, params: dict[str, object] | None = None) -> Rows:
        """Run a read-only query (for the repositories) and read its rows; SQLite's
        errors (a closed or damaged file) become StoreError. A text damaged into bytes
        that are not UTF-8 (the file passes its check: SQLite does not look inside
        texts) is read with those bytes replaced by U+FFFD, rather than failing."""
        try:
            return Rows(self._db.execute(sql, params or {}).fetchall())
        except sqlite3.OperationalError as exc:
            if "decode" not in str(exc):
                raise store_error(exc, self.path) from None
        except SQLITE_ERRORS as exc:
            raise store_error(exc, self.path) from None
        # Only now the slower, lenient reading: the usual one stays SQLite's own.
        self._db.text_factory = _lenient_text
        try:
            return Rows(self._db.execute(sql, params or {}).fetchall())
        except sqlite3.Error as exc:
            raise store_error(exc, self.path) from None
        finally:
            self._db.text_factory = str

    def pragmas(self) -> dict[str, object]:
        """The connection's safety settings, for diagnostics and tests."""
        names = ("journal_mode", "synchronous", "foreign_keys", "busy_timeout", "user_version")
        return {n: self.query(f"PRAGMA {n}").fetchone()[0] for n in names}

    def integrity_ok(self) -> bool:
        """Whether the database passes SQLite's full ``integrity_check``."""
        return self._check("integrity_check")

    def _check(self, pragma: str) -> bool:
        try:
            return bool(self.query(f"PRAGMA {pragma}").fetchone()[0] == "ok")
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # while rows are read
            if store_error(exc, self.path).kind == "damaged":
                return False
            raise store_error(exc, self.path) from None
        except StoreError as exc:
            if exc.kind == "damaged":
                return False
            raise

    def backup(self, target: Path) -> Path:
        """Copy the database to ``target`` with SQLite's backup API (consistent while in use)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        destination = sqlite3.connect(target)
        try:
            self._db.backup(destination)
            # A backup is one self-contained file: no write-ahead log beside it.
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
        return target


def on_own_connection(path: Path, work: Callable[[Store], T]) -> T:
    """``work`` done on a connection of its own to the notes at ``path``, closed after
    (for a worker thread: a connection belongs to the thread that opened it)."""
    with Store(path) as store:
        return work(store)


def schema_version(path: Path) -> int:
    """The schema version of the database at ``path``, read without changing it (a
    command that only reads need not migrate, nor take a backup)."""
    check_file(path)
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(db.execute("PRAGMA user_version").fetchone()[0])
        finally:
            db.close()
    except SQLITE_ERRORS as exc:
        raise store_error(exc, path) from None


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


CHECK_EVERY = timedelta(days=7)  # a file closed cleanly is checked in full this often


def clean_mark(path: Path) -> Path:
    """The file beside the database ``path`` that says it was closed cleanly: its size
    and time of change then, and when it last passed SQLite's full integrity check."""
    return path.with_name(f"{path.name}.clean")


def write_clean_mark(path: Path, verified: str) -> None:
    """Say that ``path`` was just closed cleanly, and last checked at ``verified``. A
    mark that cannot be written only means a full check at the next start."""
    from glossary.atomic import write_text_atomic

    try:
        if Path(f"{path}-wal").exists():
            return  # not checkpointed: another connection still has it open
        info = path.stat()
        mark = {"size": info.st_size, "mtime_ns": info.st_mtime_ns, "verified": verified}
        write_text_atomic(clean_mark(path), json.dumps(mark))
    except OSError:
        pass


def verified_since_clean_close(path: Path, now: datetime | None = None) -> str | None:
    """When ``path`` last passed the full integrity check, if it is exactly as a clean
    close left it (same size and time of change, no write-ahead log) and that check is
    under :data:`CHECK_EVERY` old; else None: the file must be checked in full. The mark
    is taken away, so that a run that ends without a clean close leaves none."""
    mark = clean_mark(path)
    try:
        found = json.loads(mark.read_text(encoding="utf-8"))
        mark.unlink()
        info = path.stat()
    except (OSError, ValueError):
        return None
    if not isinstance(found, dict) or Path(f"{path}-wal").exists():
        return None
    verified = found.get("verified")
    if (found.get("size"), found.get("mtime_ns")) != (info.st_size, info.st_mtime_ns):
        return None
    try:
        when = datetime.fromisoformat(str(verified))
    except ValueError:
        return None
    if when.tzinfo is None or not timedelta(0) <= (now or datetime.now(UTC)) - when < CHECK_EVERY:
        return None
    return str(verified)
