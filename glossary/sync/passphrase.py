"""Where a library's passphrase is kept: the system keyring (service "glossary-reader",
user ``passphrase@<library>``), or, for scripts, the environment variable
``GLOSSARY_READER_SYNC_PASSPHRASE``. Never in settings files or the notes store, and
never the key derived from it either: the store and its backups are plain files."""

from __future__ import annotations

import os

SERVICE = "glossary-reader"
ENVIRONMENT = "GLOSSARY_READER_SYNC_PASSPHRASE"


def keyring_user(library: str) -> str:
    return f"passphrase@{library}"


def from_environment() -> str | None:
    """The passphrase a script gives (None when the variable is not set)."""
    return os.environ.get(ENVIRONMENT)


def find(library: str) -> str | None:
    """The passphrase of ``library``: from the environment, else from the keyring."""
    given = from_environment()
    return given if given is not None else stored(library)


def stored(library: str) -> str | None:
    """The passphrase the keyring keeps for ``library`` (None without a usable keyring)."""
    import keyring

    try:
        return keyring.get_password(SERVICE, keyring_user(library))
    except Exception:  # keyring's backends raise their own errors (D-Bus, a locked store)
        return None


def store(library: str, passphrase: str) -> bool:
    """Keep the passphrase of ``library`` in the keyring; False when there is no usable
    keyring (a server without a desktop session, say)."""
    import keyring

    try:
        keyring.set_password(SERVICE, keyring_user(library), passphrase)
    except Exception:  # no backend (keyring.errors.NoKeyringError), or one that fails
        return False
    return True
