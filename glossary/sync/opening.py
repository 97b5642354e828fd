"""Opening a root by what a store keeps of it (a kind, a location, a user): the notes'
sync root (:mod:`glossary.sync.setup`) and a class's (:mod:`glossary.sync.classes`)."""

from __future__ import annotations

from pathlib import Path

from glossary.sync.roots import FolderRoot, SyncRoot


def open_location(
    kind: str, location: str, user: str = "", password: str | None = None
) -> SyncRoot:
    """The folder (``kind`` "folder") or WebDAV folder (``kind`` "webdav", as ``user``)
    at ``location``, ready to use; for WebDAV with ``password``, else the one from the
    environment or the keyring (RootError if there is none)."""
    if kind == "webdav":
        from glossary.sync.passwords import password_for
        from glossary.sync.webdav import WebDAVRoot

        given = password if password is not None else password_for(location, user)
        return WebDAVRoot(location, user, given)
    return FolderRoot(Path(location))
