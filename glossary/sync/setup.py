"""Where a data folder syncs to, kept in its notes store (so that the window and the
command line agree): a folder (or, later, a WebDAV URL and a user), the library in it,
and the outcome of the last sync.

A sync root holds ``glossary-reader/<library>/library.json`` for each library. Setting
up on a folder joins the library there (there is usually one: a reader's), or makes
one when there is none; with several, the reader names one.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from glossary.messages import QT_TRANSLATE_NOOP, Problem
from glossary.notes.store import Store
from glossary.sync.crypto import library_sealer, new_encryption
from glossary.sync.engine import (
    LIBRARY_FILE,
    TOP,
    SyncReport,
    encrypted_state,
    library_folder,
    new_id,
    read_library,
)
from glossary.sync.roots import FolderRoot, RootError, SyncRoot

FORMAT = 1


class SetupError(Problem):
    """Sync cannot be set up or run as asked; the message says why and what to do."""


class SyncConfig(NamedTuple):
    kind: str  # "folder"
    location: str  # the folder
    library: str


class SyncStatus(NamedTuple):
    config: SyncConfig | None
    device: str | None
    last_sync: str | None
    last_problems: list[str]
    pending: int

    def as_json(self) -> dict[str, object]:
        config = self.config
        return {
            "configured": config is not None,
            "kind": config.kind if config else None,
            "location": config.location if config else None,
            "library": config.library if config else None,
            "device": self.device,
            "last_sync": self.last_sync,
            "problems": self.last_problems,
            "pending": self.pending,
        }


def _state(store: Store) -> dict[str, str]:
    return {str(n): str(v) for n, v in store.query("SELECT name, value FROM sync_state")}


def _put(store: Store, values: dict[str, str]) -> None:
    with store.transaction() as db:
        db.executemany(
            "INSERT INTO sync_state (name, value) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            list(values.items()),
        )


def load_config(store: Store) -> SyncConfig | None:
    state = _state(store)
    if not all(k in state for k in ("root_kind", "root", "library")):
        return None
    return SyncConfig(state["root_kind"], state["root"], state["library"])


def open_root(config: SyncConfig) -> SyncRoot:
    return FolderRoot(Path(config.location))


def libraries(root: SyncRoot) -> list[str]:
    """The libraries in ``root``; SetupError if its app folder is not the app's."""
    found = []
    for name in root.list(TOP):
        if name.startswith("."):
            continue
        try:
            data = json.loads(root.read(f"{library_folder(name)}/{LIBRARY_FILE}"))
        except (RootError, ValueError, UnicodeDecodeError):
            data = None
        if not isinstance(data, dict) or data.get("app") != "glossary-reader":
            raise SetupError(
                QT_TRANSLATE_NOOP(
                    "glossary",
                    "{root} holds a folder {name} that is not a Glossary Reader library: "
                    "choose another folder, or an empty one.",
                ),
                root=f"{root.description}/{TOP}",
                name=name,
            )
        found.append(name)
    return found


def setup_folder(
    store: Store, folder: Path, library: str | None = None, passphrase: str | None = None
) -> SyncConfig:
    """Sync ``store`` through ``folder``: join its library (``library``, or the only
    one), or make one (encrypted with ``passphrase``, if it is given; an encrypted
    library is joined only with its passphrase)."""
    folder = folder.expanduser().absolute()
    if not folder.is_dir():
        raise SetupError(
            QT_TRANSLATE_NOOP("glossary", "{folder} is not a folder."), folder=str(folder)
        )
    root = FolderRoot(folder)
    found = libraries(root)
    if library is None and len(found) > 1:
        raise SetupError(
            QT_TRANSLATE_NOOP(
                "glossary", "{folder} holds several libraries ({names}): name one with --library."
            ),
            folder=str(folder),
            names=", ".join(found),
        )
    if library is None:
        library = found[0] if found else new_id()
    if library not in found:
        if not library.isalnum() or len(library) > 64:
            raise SetupError(
                QT_TRANSLATE_NOOP(
                    "glossary", "{name} is not a library's name (letters and digits)."
                ),
                name=library,
            )
        created = datetime.now(UTC).isoformat(timespec="seconds")
        data = {"format": FORMAT, "app": "glossary-reader", "library": library, "created": created}
        if passphrase is not None:
            data["encryption"] = new_encryption(library, passphrase)[0]
        root.make_folder(f"{library_folder(library)}/devices")
        root.write_new(
            f"{library_folder(library)}/{LIBRARY_FILE}", json.dumps(data, indent=2).encode()
        )
    else:
        check_passphrase(store, root, library, passphrase)
    config = SyncConfig("folder", str(folder), library)
    _put(store, {"root_kind": config.kind, "root": config.location, "library": library})
    if passphrase is not None:
        _put(store, {encrypted_state(library): "yes"})
    return config


def check_passphrase(store: Store, root: SyncRoot, library: str, passphrase: str | None) -> None:
    """PassphraseError unless ``passphrase`` is the one of ``library`` in ``root`` (None
    for a plain library), before this device joins it."""
    data = read_library(root, library) or {}
    known = _state(store).get(encrypted_state(library)) is not None
    library_sealer(library, data.get("encryption"), passphrase, known_encrypted=known)


def is_encrypted(store: Store, library: str) -> bool:
    """Whether this device syncs ``library`` encrypted (it needs the passphrase)."""
    return encrypted_state(library) in _state(store)


def record_outcome(store: Store, report: SyncReport | None, problem: str | None = None) -> None:
    """Keep the time and problems of the sync just done (for the status bar, ``sync
    status``)."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    problems = [problem] if problem else [str(p) for p in (report.problems if report else [])]
    values = {"last_problems": json.dumps(problems)}
    if report is not None:
        values["last_sync"] = now
    _put(store, values)


def status(store: Store) -> SyncStatus:
    state = _state(store)
    pending = store.query(
        "SELECT (SELECT COUNT(*) FROM sync_outbox) + (SELECT COUNT(*) FROM sync_pending)"
    ).fetchone()[0]
    try:
        problems = json.loads(state.get("last_problems", "[]"))
    except ValueError:
        problems = []
    return SyncStatus(
        load_config(store),
        state.get("device"),
        state.get("last_sync"),
        [str(p) for p in problems] if isinstance(problems, list) else [],
        int(pending),
    )
