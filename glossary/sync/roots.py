"""Where segments go: a sync root. A folder that a file-sync engine keeps in step
(Syncthing, Nextcloud's client, Dropbox, a USB stick) here; a WebDAV server in
:mod:`glossary.sync.webdav`. Both give the engine the same few operations on paths
relative to the root ("glossary-reader/<library>/devices/<device>/…"), and every
failure as a :class:`RootError` that says what to do.
"""

from __future__ import annotations

import errno
import os
from contextlib import suppress
from pathlib import Path
from typing import Protocol

from glossary.messages import QT_TRANSLATE_NOOP, Problem


class RootError(Problem):
    """The sync root cannot be reached, read or written; nothing was changed here."""


class MissingFile(RootError):
    """The file asked for is not in the sync root (the root itself answers)."""


class SyncRoot(Protocol):
    """The operations the sync engine needs of a place to keep segments."""

    @property
    def description(self) -> str:
        """The root as the reader named it (a folder, a URL)."""
        ...

    def list(self, path: str) -> list[str]:
        """The names in folder ``path`` (none if it does not exist)."""
        ...

    def read(self, path: str) -> bytes: ...

    def write_new(self, path: str, data: bytes) -> None:
        """Write the file ``path`` so that it appears whole under its name, or not at all."""
        ...

    def replace(self, path: str, data: bytes) -> None:
        """Write the file ``path``, in place of the one there if any, so that a reader
        sees the old file or the new one whole, never half of either (a class's files,
        which change: see :mod:`glossary.sync.classes`)."""
        ...

    def make_folder(self, path: str) -> None:
        """Make folder ``path`` and those above it, if they are not there."""
        ...

    def delete(self, path: str) -> None: ...

    def close(self) -> None:
        """Let go of what the root holds open (a connection)."""
        ...


def _error(exc: OSError, root: str) -> RootError:
    if exc.errno == errno.ENOSPC:
        return RootError(
            QT_TRANSLATE_NOOP(
                "glossary", "The disk of the sync folder {root} is full: nothing was sent."
            ),
            root=root,
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return RootError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "The sync folder {root} cannot be written (it is read-only for you): "
                "nothing was sent.",
            ),
            root=root,
        )
    return RootError(
        QT_TRANSLATE_NOOP("glossary", "The sync folder {root} cannot be used: {reason}."),
        root=root,
        reason=exc.strerror or str(exc),
    )


class FolderRoot:
    """A folder on this computer as the sync root."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @property
    def description(self) -> str:
        return str(self.folder)

    def _path(self, path: str) -> Path:
        parts = [p for p in path.split("/") if p]
        if any(p in (".", "..") for p in parts):
            raise ValueError(f"not a path inside the root: {path!r}")
        return self.folder.joinpath(*parts)

    def check(self) -> None:
        """RootError unless the folder is there."""
        if not self.folder.is_dir():
            raise RootError(
                QT_TRANSLATE_NOOP(
                    "glossary", "The sync folder {root} is not there (is its disk attached?)."
                ),
                root=str(self.folder),
            )

    def list(self, path: str) -> list[str]:
        self.check()
        try:
            return sorted(os.listdir(self._path(path)))
        except FileNotFoundError:
            return []
        except NotADirectoryError:
            return []
        except OSError as exc:
            raise _error(exc, str(self.folder)) from None

    def read(self, path: str) -> bytes:
        try:
            return self._path(path).read_bytes()
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            raise MissingFile(
                QT_TRANSLATE_NOOP("glossary", "{path} is not in the sync folder {root}."),
                path=path,
                root=str(self.folder),
            ) from None
        except OSError as exc:
            raise _error(exc, str(self.folder)) from None

    def write_new(self, path: str, data: bytes) -> None:
        self.check()
        target = self._path(path)
        # A hidden name beside it first, then renamed: a file-sync engine never copies
        # half a segment under its name.
        tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            with suppress(OSError):
                tmp.unlink(missing_ok=True)
            raise _error(exc, str(self.folder)) from None

    def replace(self, path: str, data: bytes) -> None:
        # write_new already renames over the name (os.replace): the old file or the new.
        self.write_new(path, data)

    def make_folder(self, path: str) -> None:
        self.check()
        try:
            self._path(path).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _error(exc, str(self.folder)) from None

    def delete(self, path: str) -> None:
        try:
            self._path(path).unlink(missing_ok=True)
        except OSError as exc:
            raise _error(exc, str(self.folder)) from None

    def close(self) -> None:
        pass  # nothing held open
