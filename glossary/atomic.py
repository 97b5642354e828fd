"""Atomic file writes: a temporary file in the same folder, then ``os.replace``.

A write that fails or is interrupted removes its temporary file. One killed outright
(the power cut, ``kill -9``) cannot, so writes of the reader's own files (exports) note
their temporary file in a journal folder while it exists (:func:`keep_journal_in`, set
once by the app and the command line to ``<data folder>/pending``), and the next start
removes what a run that is no longer alive left behind (:func:`clean_pending`).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

NEW_FILE_MODE = 0o644
TEMP_SUFFIX = ".tmp"
JOURNAL_SUFFIX = ".pending"
# Where a process cannot be asked whether it is alive (Windows), a note this old is
# taken as left by a killed run.
STALE_S = 24 * 3600

_journal: Path | None = None  # like tempfile.tempdir: one setting for the process


def keep_journal_in(folder: Path | None) -> None:
    """Note the temporary files of journalled writes in ``folder`` (None: not at all)."""
    global _journal
    _journal = folder


def write_text_atomic(
    path: Path, text: str, encoding: str = "utf-8", *, journal: bool = False
) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new, never half.
    ``journal``: a file of the reader's (an export), whose temporary file a killed run
    must not leave behind."""
    write_bytes_atomic(path, text.encode(encoding), journal=journal)


def write_bytes_atomic(path: Path, data: bytes, *, journal: bool = False) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new, never half."""
    with atomic_target(path, journal=journal) as tmp, open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


@contextmanager
def atomic_target(path: Path, *, journal: bool = False) -> Iterator[Path]:
    """A temporary path beside ``path`` for a writer that wants a file name (a zip
    library, Qt's PDF writer); on success it replaces ``path``, on failure it is removed.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    # A short prefix: the temporary name must fit wherever the target's name fits.
    fd, name = tempfile.mkstemp(prefix=f".{path.name[:16]}.", suffix=TEMP_SUFFIX, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    note = _note(tmp) if journal else None
    # mkstemp makes the file private (0600); a written document should have the usual
    # permissions, or those of the file it replaces.
    with suppress(OSError):
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else NEW_FILE_MODE)
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if note is not None:
            note.unlink(missing_ok=True)


def _note(tmp: Path) -> Path | None:
    """A journal entry naming ``tmp`` and this process; None when there is no journal or
    it cannot be written (the write goes on: the journal only helps clean up)."""
    if _journal is None:
        return None
    try:
        _journal.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(suffix=JOURNAL_SUFFIX, dir=_journal)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\n{tmp}\n")
    except OSError:
        return None
    return Path(name)


def clean_pending(folder: Path) -> list[Path]:
    """Remove the temporary files that runs no longer alive left behind, as noted in the
    journal ``folder``; returns those removed."""
    removed: list[Path] = []
    try:
        notes = list(folder.glob(f"*{JOURNAL_SUFFIX}"))
    except OSError:
        return removed
    for note in notes:
        try:
            pid_line, tmp_line = note.read_text(encoding="utf-8").split("\n")[:2]
            pid, tmp = int(pid_line), Path(tmp_line)
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                note.unlink()
            continue
        if _alive(pid, note):
            continue
        # Only what this module names so: never another file, whatever the note says.
        if tmp.name.startswith(".") and tmp.name.endswith(TEMP_SUFFIX):
            with contextlib.suppress(OSError):
                if tmp.exists():
                    tmp.unlink()
                    removed.append(tmp)
        with contextlib.suppress(OSError):
            note.unlink()
    return removed


def _alive(pid: int, note: Path) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "posix":
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True  # someone else's: alive
        return True
    try:
        return time.time() - note.stat().st_mtime < STALE_S
    except OSError:
        return False
