"""The passphrase is found in the environment first, then in the system keyring; where
there is no usable keyring, keeping it says so and finding it gives nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from keyring.backends import fail

from glossary.sync import passphrase
from tests.glossary.sync.memorykeyring import MemoryKeyring, keyring_in_use


@pytest.fixture
def kept(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv(passphrase.ENVIRONMENT, raising=False)
    with keyring_in_use(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


def test_the_passphrase_is_kept_in_the_keyring_under_its_library(kept: MemoryKeyring) -> None:
    assert passphrase.find("kelas10a") is None
    assert passphrase.store("kelas10a", "rahasia kelas")
    assert kept.kept == {("glossary-reader", "passphrase@kelas10a"): "rahasia kelas"}
    assert passphrase.find("kelas10a") == "rahasia kelas"
    assert passphrase.find("lain") is None


def test_the_environment_comes_before_the_keyring(
    kept: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    passphrase.store("kelas10a", "dari keyring")
    monkeypatch.setenv("GLOSSARY_READER_SYNC_PASSPHRASE", "dari skrip")
    assert passphrase.find("kelas10a") == "dari skrip"


def test_without_a_usable_keyring_nothing_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(passphrase.ENVIRONMENT, raising=False)
    with keyring_in_use(fail.Keyring()):
        assert passphrase.store("kelas10a", "rahasia") is False
        assert passphrase.find("kelas10a") is None
