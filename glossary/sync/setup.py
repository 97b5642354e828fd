"""Where a data folder syncs to, kept in its notes store (so that the window and the
command line agree): a folder, or a WebDAV URL and a user (never the password: see
:mod:`glossary.sync.passwords`), the library in it, and the outcome of the last sync.

A sync root holds ``glossary-reader/<library>/library.json`` for each library. Setting
up on a root joins the library there (there is usually one: a reader's), or makes one
when there is none; with several, the reader names one.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from glossary.messages import QT_TRANSLATE_NOOP, Problem
from glossary.notes.store import Store
from glossary.sync.configured import SETUP_NAMES
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
from glossary.sync.opening import open_location
from glossary.sync.roots import FolderRoot, MissingFile, SyncRoot

FORMAT = 1


class SetupError(Problem):
    """Sync cannot be set up or run as asked; the message says why and what to do."""


class SyncConfig(NamedTuple):
    kind: str  # "folder" or "webdav"
    location: str  # the folder, or the WebDAV URL
    library: str
    user: str = ""  # WebDAV's user name ("" for a folder)


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
            "url": config.location if config and config.kind == "webdav" else None,
            "user": config.user if config and config.kind == "webdav" else None,
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
    if not all(k in state for k in SETUP_NAMES):
        return None
    return SyncConfig(state["root_kind"], state["root"], state["library"], state.get("user", ""))


def open_root(config: SyncConfig, password: str | None = None) -> SyncRoot:
    """The root ``config`` names, ready to use (for WebDAV, with ``password``, else the
    one from the environment or the keyring: RootError if there is none)."""
    return open_location(config.kind, config.location, config.user, password)


def test_webdav(url: str, user: str, password: str) -> list[str]:
    """Check that the WebDAV folder at ``url`` may be used and answers as WebDAV to
    ``user`` with ``password``; the libraries it holds (RootError or SetupError: why
    not). Nothing is written."""
    from glossary.sync.webdav import WebDAVRoot

    with WebDAVRoot(url, user, password) as root:
        root.check()
        return libraries(root)


def libraries(root: SyncRoot) -> list[str]:
    """The libraries in ``root``; SetupError if its app folder is not the app's."""
    found = []
    for name in root.list(TOP):
        if name.startswith("."):
            continue
        try:
            data = json.loads(root.read(f"{library_folder(name)}/{LIBRARY_FILE}"))
        except (MissingFile, ValueError, UnicodeDecodeError):
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
    return _join(
        store, FolderRoot(folder), SyncConfig("folder", str(folder), ""), library, passphrase
    )


def setup_webdav(
    store: Store,
    url: str,
    user: str,
    password: str,
    library: str | None = None,
    passphrase: str | None = None,
) -> SyncConfig:
    """Sync ``store`` through the WebDAV folder at ``url`` as ``user``: check that it
    may be used (https, or http to this computer) and answers as WebDAV with this
    password, then join its library, or make one. The password is not kept here (see
    :mod:`glossary.sync.passwords`)."""
    from glossary.sync.webdav import WebDAVRoot

    if not user.strip():
        raise SetupError(
            QT_TRANSLATE_NOOP("glossary", "Give the user name for the WebDAV server {url}."),
            url=url,
        )
    with WebDAVRoot(url, user, password) as root:
        root.check()
        return _join(store, root, SyncConfig("webdav", root.url, "", user), library, passphrase)


class SetUp(NamedTuple):
    """What :func:`set_up` did: where the notes sync now, and whether the system keyring
    kept the password and the passphrase (if not, the caller keeps them for the session)."""

    location: str
    password_kept: bool
    passphrase_kept: bool


def set_up(
    notes_path: Path,
    kind: str,
    location: str,
    user: str = "",
    password: str = "",
    passphrase: str | None = None,
) -> SetUp:
    """Sync the notes at ``notes_path`` through a folder (``kind`` "folder") or a WebDAV
    folder (``kind`` "webdav", as ``user`` with ``password``), encrypted with
    ``passphrase`` if given; keep the password and the passphrase in the system keyring
    where there is one. On a connection of its own (the window runs it off its UI
    thread: a server is asked); a Problem says why not."""
    from glossary.sync import passphrase as passphrases
    from glossary.sync import passwords

    with Store(notes_path) as store:
        if kind == "webdav":
            config = setup_webdav(store, location, user, password, None, passphrase)
            kept = passwords.keep(config.location, config.user, password)
        else:
            config = setup_folder(store, Path(location), None, passphrase)
            kept = True
    kept_phrase = passphrases.store(config.library, passphrase) if passphrase else True
    return SetUp(config.location, kept, kept_phrase)


def _join(
    store: Store,
    root: SyncRoot,
    config: SyncConfig,
    library: str | None,
    passphrase: str | None = None,
) -> SyncConfig:
    """Join the library ``library`` in ``root`` (or its only one), or make it (encrypted
    with ``passphrase``, if given; an encrypted one is joined only with its
    passphrase); keep ``config`` with it as this store's sync setup."""
    found = libraries(root)
    if library is None and len(found) > 1:
        raise SetupError(
            QT_TRANSLATE_NOOP(
                "glossary", "{folder} holds several libraries ({names}): name one with --library."
            ),
            folder=root.description,
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
    config = config._replace(library=library)
    previous = load_config(store)
    if previous is None or previous.library != library:
        _start_library(store)
    _put(
        store,
        {
            "root_kind": config.kind,
            "root": config.location,
            "library": library,
            "user": config.user,
        },
    )
    if passphrase is not None:
        _put(store, {encrypted_state(library): "yes"})
    return config


def _start_library(store: Store) -> None:
    """This device joins another library: what it synced with the one before is
    forgotten, so that all its notes go to the new one (the texts of notes that lost to
    another device's edit stay, to be shown)."""
    with store.transaction() as db:
        db.execute("DELETE FROM sync_fields")
        db.execute("DELETE FROM sync_pending")
        db.execute("DELETE FROM sync_seen")
        db.execute(
            "DELETE FROM sync_state WHERE name IN ('backfilled', 'sequence', 'snapshot') "
            "OR name LIKE 'ahead:%'"
        )


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


def sync_once(
    notes_path: Path, password: str | None = None, passphrase: str | None = None
) -> SyncReport | None:
    """One sync of the notes at ``notes_path`` on a connection of its own (the window
    runs it off its UI thread while it keeps its own connection); None when sync is
    not set up. ``password`` and ``passphrase``: given by the reader this session (else
    the environment's or the keyring's). A RootError (offline, a full disk) is kept as
    the last problem, and raised."""
    from glossary.sync.engine import Sync

    with Store(notes_path) as store:
        config = load_config(store)
        if config is None:
            # Only classes (a student who follows one, notes kept on this computer).
            from glossary.sync.classes import has_classes

            if not has_classes(store):
                return None
            report = with_classes(store, SyncReport(0, 0, 0, 0, []), password)
            record_outcome(store, report)
            return report
        from glossary.sync import passphrase as passphrases

        secret = passphrase
        if secret is None and is_encrypted(store, config.library):
            secret = passphrases.find(config.library)
        try:
            if is_encrypted(store, config.library) and secret is None:
                raise SetupError(
                    QT_TRANSLATE_NOOP(
                        "glossary",
                        "The library {library} is encrypted, and its passphrase is not in "
                        "the system keyring: set up sync again with the passphrase.",
                    ),
                    library=config.library,
                )
            root = open_root(config, password)  # (no password for the server, say)
        except Problem as exc:
            record_outcome(store, None, str(exc))
            raise
        try:
            report = Sync(store, root, config.library, passphrase=secret).run()
        except Problem as exc:  # offline, a server's fault, a wrong passphrase
            record_outcome(store, None, str(exc))
            raise
        finally:
            root.close()
        report = with_classes(store, report, password, config.location)
        record_outcome(store, report)
        return report


def with_classes(
    store: Store, report: SyncReport, password: str | None = None, server: str | None = None
) -> SyncReport:
    """``report`` with what refreshing the classes this store publishes or follows
    could not do among its problems (:func:`glossary.sync.classes.refresh`; the
    ``password`` given for the notes' ``server`` serves the classes there): a class's
    trouble never stops the notes' sync."""
    from glossary.sync.classes import has_classes, refresh

    if not has_classes(store):
        return report
    classes = refresh(store, password, server=server or "")
    return report._replace(
        problems=[*report.problems, *classes.problems], classes_read=classes.read
    )


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
