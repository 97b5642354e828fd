"""SHA-256 without OpenSSL for small inputs: the same digests as hashlib."""

from __future__ import annotations

import hashlib

from hypothesis import given
from hypothesis import strategies as st

from glossary.digest import SMALL, sha256_hex


@given(st.binary(max_size=2000))
def test_small_inputs_hash_as_hashlib_does(data: bytes) -> None:
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_inputs_at_and_past_the_small_limit_hash_as_hashlib_does() -> None:
    for size in (SMALL, SMALL + 1, 3 * SMALL):
        data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
