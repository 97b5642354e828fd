"""The WebDAV password: from the environment variable GLOSSARY_READER_SYNC_PASSWORD when
it is set (a script, a test), else from the system keyring (the ``keyring`` library:
the desktop's Secret Service, KWallet, the macOS Keychain, Windows' Credential Locker).

The password is never written anywhere else: not in the notes store, not in a settings
file, not in a message. Without a usable keyring (a headless machine) it must be given
in the environment variable each time.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from glossary.messages import QT_TRANSLATE_NOOP
from glossary.sync.roots import RootError

ENVIRONMENT_VARIABLE = "GLOSSARY_READER_SYNC_PASSWORD"
SERVICE = "glossary-reader"


def account(url: str, user: str) -> str:
    """The keyring's user name for the password of ``user`` at ``url``."""
    return f"{user}@{url}"


def from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """The password the environment gives, or None (unset or empty)."""
    value = (os.environ if environ is None else environ).get(ENVIRONMENT_VARIABLE)
    return value or None


def password_for(url: str, user: str, environ: Mapping[str, str] | None = None) -> str:
    """The password of ``user`` at ``url``; RootError (saying how to give it) if there
    is none."""
    given = from_environment(environ)
    if given is not None:
        return given
    import keyring
    from keyring.errors import NoKeyringError

    try:
        kept = keyring.get_password(SERVICE, account(url, user))
    except NoKeyringError:
        raise RootError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "No password for {user} at {url}: this computer has no system keyring, so "
                "give it in the environment variable {variable} each time.",
            ),
            user=user,
            url=url,
            variable=ENVIRONMENT_VARIABLE,
        ) from None
    except Exception as exc:  # a keyring backend may fail in any way
        raise RootError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "The system keyring cannot give the password for {user} at {url} "
                "({reason}): unlock it, or give the password in the environment variable "
                "{variable}.",
            ),
            user=user,
            url=url,
            reason=type(exc).__name__,
            variable=ENVIRONMENT_VARIABLE,
        ) from None
    if not kept:
        raise RootError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "No password for {user} at {url} in the system keyring: set up sync again "
                "to keep it there, or give it in the environment variable {variable}.",
            ),
            user=user,
            url=url,
            variable=ENVIRONMENT_VARIABLE,
        )
    return kept


def keep(url: str, user: str, password: str) -> bool:
    """Keep the password of ``user`` at ``url`` in the system keyring; False if there is
    no keyring that keeps it (nothing is written anywhere else)."""
    import keyring

    try:
        keyring.set_password(SERVICE, account(url, user), password)
        # A backend that takes the password and forgets it (the "null" one) keeps nothing.
        return keyring.get_password(SERVICE, account(url, user)) == password
    except Exception:  # no backend, a locked one, one that fails in any way
        return False
