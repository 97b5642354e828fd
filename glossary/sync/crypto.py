"""End-to-end encryption of a sync library with a passphrase, so that whoever keeps the
sync root (a WebDAV host, a file-sync service) reads nothing of the notes.

A key of 256 bits is derived from the passphrase with scrypt and the library's own
random salt; each segment is sealed with AES-GCM under a random 96-bit nonce, its name
(library, device, sequence) bound as associated data, so that a segment changed, cut
short, moved to another name or sealed with another key fails its authentication and is
never merged. The library's ``library.json`` says it is encrypted, with the KDF's
parameters, the salt and a *check* (a fixed text sealed with the key), so that a wrong
passphrase is known before anything is sent or merged.

A sealed file (a segment, or the check) is a short text line saying what it is, then the
nonce, then the ciphertext with its 16-byte tag::

    glossary-reader sealed 1\\n | nonce (12 bytes) | AES-256-GCM(plaintext) + tag (16 bytes)

The line is bound with the name as associated data, so it cannot be changed either.
"""

from __future__ import annotations

import base64
import binascii
import os
import unicodedata
from collections.abc import Mapping
from typing import Any, NamedTuple

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from glossary.messages import QT_TRANSLATE_NOOP, Problem
from glossary.sync.segments import NewerSegment, SegmentError

SCHEME = "scrypt+aes-256-gcm"
VERSION = 1
# scrypt's cost: 2**17 blocks of 1 KiB (128 MiB), OWASP's recommended minimum; about
# 0.37 s on the project's 2-core machine, once per sync run (the key is kept in memory).
N, R, P = 2**17, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
LINE = b"glossary-reader sealed 1\n"
LINE_START = b"glossary-reader sealed "
CHECK_TEXT = b"Glossary Reader: this is the library's passphrase."
MAX_MEMORY = 1024**3  # scrypt parameters in a library.json asking for more are refused


class PassphraseError(Problem):
    """The passphrase is missing, wrong, or not wanted by the library: nothing was sent
    or merged."""


class SealError(SegmentError):
    """A segment that fails its authentication, or is sealed where it should not be (or
    not sealed where it should)."""


class KdfParameters(NamedTuple):
    n: int
    r: int
    p: int
    salt: bytes


def derive_key(passphrase: str, kdf: KdfParameters) -> bytes:
    """The 256-bit key of ``passphrase`` (its Unicode NFC form, so that the same
    passphrase typed on any system gives the same key)."""
    text = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=kdf.salt, length=KEY_BYTES, n=kdf.n, r=kdf.r, p=kdf.p).derive(text)


class Sealer:
    """Seals and opens files with one library's key."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, data: bytes, name: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return LINE + nonce + self._aead.encrypt(nonce, data, LINE + name.encode("utf-8"))

    def open(self, data: bytes, name: str) -> bytes:
        """What ``data`` seals; InvalidTag if it was changed, cut short, sealed under
        another name or with another key; ValueError if it is not sealed at all."""
        if not data.startswith(LINE):
            raise ValueError("not sealed")
        nonce = data[len(LINE) : len(LINE) + NONCE_BYTES]
        sealed = data[len(LINE) + NONCE_BYTES :]
        if len(nonce) < NONCE_BYTES or len(sealed) < TAG_BYTES:
            raise InvalidTag
        return self._aead.decrypt(nonce, sealed, LINE + name.encode("utf-8"))


def is_sealed(data: bytes) -> bool:
    """Whether ``data`` is a sealed file (of this version or another)."""
    return data.startswith(LINE_START)


def segment_name(library: str, device: str, sequence: int) -> str:
    """What a segment is bound to: a segment moved to another name does not open."""
    return f"segment {library}/{device}/{sequence}"


def _check_name(library: str) -> str:
    return f"check {library}"


def _empty() -> PassphraseError:
    return PassphraseError(QT_TRANSLATE_NOOP("glossary", "The passphrase cannot be empty."))


def new_encryption(library: str, passphrase: str) -> tuple[dict[str, Any], Sealer]:
    """The ``encryption`` entry of a new library's ``library.json``, and its sealer."""
    if not passphrase:
        raise _empty()
    kdf = KdfParameters(N, R, P, os.urandom(SALT_BYTES))
    sealer = Sealer(derive_key(passphrase, kdf))
    entry = {
        "scheme": SCHEME,
        "version": VERSION,
        "kdf": {"name": "scrypt", "n": kdf.n, "r": kdf.r, "p": kdf.p, "salt": _b64(kdf.salt)},
        "check": _b64(sealer.seal(CHECK_TEXT, _check_name(library))),
    }
    return entry, sealer


def library_sealer(
    library: str, encryption: object, passphrase: str | None, *, known_encrypted: bool = False
) -> Sealer | None:
    """The sealer of ``library``, whose ``library.json`` holds ``encryption`` (None for
    a plain library), with ``passphrase``; None for a plain library. PassphraseError when
    the passphrase is wrong, missing for an encrypted library, or given for a plain one;
    also when this device knows the library as encrypted (``known_encrypted``) and its
    ``library.json`` now says it is not: no segment in the clear goes into it."""
    if encryption is None:
        if known_encrypted:
            raise PassphraseError(
                QT_TRANSLATE_NOOP(
                    "glossary",
                    "The library {library} is encrypted, but its library.json now says it "
                    "is not (it was changed or lost): nothing was synced.",
                ),
                library=library,
            )
        if passphrase is not None:
            raise PassphraseError(
                QT_TRANSLATE_NOOP(
                    "glossary",
                    "The library {library} is not encrypted, so a passphrase cannot be used "
                    "with it: to encrypt your notes, make a new library with a passphrase.",
                ),
                library=library,
            )
        return None
    if passphrase is None:
        raise PassphraseError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "The library {library} is encrypted: it cannot be synced without its passphrase.",
            ),
            library=library,
        )
    if not passphrase:
        raise _empty()
    kdf, check = _parse(library, encryption)
    sealer = Sealer(derive_key(passphrase, kdf))
    try:
        right = sealer.open(check, _check_name(library)) == CHECK_TEXT
    except (InvalidTag, ValueError):
        right = False
    if not right:
        raise PassphraseError(
            QT_TRANSLATE_NOOP(
                "glossary", "The passphrase is not this library's: nothing was synced."
            )
        )
    return sealer


def _parse(library: str, encryption: object) -> tuple[KdfParameters, bytes]:
    newer = (
        isinstance(encryption, Mapping)
        and isinstance(encryption.get("version"), int)
        and (encryption["version"] > VERSION or encryption.get("scheme") != SCHEME)
    )
    if newer:
        raise PassphraseError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "The library {library} is encrypted by a newer version of Glossary "
                "Reader: update the app to sync with it.",
            ),
            library=library,
        )
    found = _settings(encryption)
    if found is None:
        raise PassphraseError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "The encryption settings of the library {library} are damaged: nothing was synced.",
            ),
            library=library,
        )
    return found


def _settings(encryption: object) -> tuple[KdfParameters, bytes] | None:
    if not isinstance(encryption, Mapping) or not isinstance(encryption.get("kdf"), Mapping):
        return None
    kdf = encryption["kdf"]
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    if not (isinstance(n, int) and isinstance(r, int) and isinstance(p, int)):
        return None
    try:
        salt = base64.b64decode(kdf.get("salt", ""), validate=True)
        check = base64.b64decode(encryption.get("check", ""), validate=True)
    except (TypeError, ValueError, binascii.Error):
        return None
    # A library.json changed to ask for weak keys, or for more memory than a computer
    # has, is refused rather than obeyed.
    strong = (
        kdf.get("name") == "scrypt" and n >= 2**14 and n & (n - 1) == 0 and r >= 8 and 1 <= p <= 16
    )
    if not strong or 128 * n * r * p > MAX_MEMORY or len(salt) < SALT_BYTES:
        return None
    return KdfParameters(n, r, p, salt), check


def open_segment(sealer: Sealer | None, data: bytes, name: str, path: str) -> bytes:
    """The segment's own bytes from the file at ``path``, opened with ``sealer`` (None:
    a plain library) and bound to ``name`` (:func:`segment_name`); SealError if it fails
    its authentication, or is sealed in a plain library, or in the clear in an encrypted
    one."""
    sealed = is_sealed(data)
    if sealer is None:
        if sealed:
            raise SealError(
                QT_TRANSLATE_NOOP(
                    "glossary",
                    "The segment {name} is encrypted, but this library is not: skipped.",
                ),
                name=path,
            )
        return data
    if not sealed:
        raise SealError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "The segment {name} is not encrypted, but this library is: skipped, never merged.",
            ),
            name=path,
        )
    if not data.startswith(LINE):
        raise NewerSegment(
            QT_TRANSLATE_NOOP(
                "glossary",
                "The segment {name} was written by a newer version of Glossary Reader: "
                "update the app to read it.",
            ),
            name=path,
        )
    try:
        return sealer.open(data, name)
    except (InvalidTag, ValueError):
        raise SealError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "The segment {name} fails its authentication (cut short, changed, or "
                "sealed with another passphrase): skipped, never merged.",
            ),
            name=path,
        ) from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
