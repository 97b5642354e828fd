"""SHA-256 in hex, without loading OpenSSL at start-up.

``hashlib`` loads OpenSSL: 4-6 ms and 8 MB of memory, on every start, for the hash
of one article. CPython's own SHA-256 module costs neither; it is slower (24 ms
for 5 MB against 3 ms), so a large input still goes to ``hashlib``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SMALL = 1 << 20  # bytes: CPython's own module takes under 5 ms for this


def _builtin_sha256() -> Callable[[bytes], Any] | None:
    for name in ("_sha2", "_sha256"):  # CPython 3.12+, 3.11
        try:
            module = __import__(name)
        except ImportError:
            continue
        sha256: Callable[[bytes], Any] = module.sha256
        return sha256
    return None


def sha256_hex(data: bytes) -> str:
    """The hex SHA-256 of ``data``."""
    if len(data) <= SMALL and (builtin := _builtin_sha256()) is not None:
        return str(builtin(data).hexdigest())
    import hashlib

    return hashlib.sha256(data).hexdigest()


def sha256_text(text: str) -> str:
    """The hex SHA-256 of ``text`` in UTF-8; a long text is encoded a piece at a time
    (one ``encode`` of 50 MB would keep the interpreter 0.1 s from the UI thread)."""
    if len(text) <= SMALL:
        return sha256_hex(text.encode("utf-8"))
    import hashlib

    digest = hashlib.sha256()
    for start in range(0, len(text), SMALL):
        digest.update(text[start : start + SMALL].encode("utf-8"))
    return digest.hexdigest()
