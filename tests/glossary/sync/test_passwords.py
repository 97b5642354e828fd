"""The WebDAV password: from GLOSSARY_READER_SYNC_PASSWORD when it is set, else from the
system keyring (here one in memory, or none at all, as on a headless machine); kept
only in the keyring, and what to do said plainly when there is none."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail, null

from glossary.sync.passwords import ENVIRONMENT_VARIABLE, SERVICE, account, keep, password_for
from glossary.sync.roots import RootError
from tests.glossary.sync.conftest import MemoryKeyring

URL = "https://cloud.example.org/remote.php/dav/files/siti/"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield None
    keyring.set_keyring(before)


def test_the_keyring_keeps_it_under_the_user_and_the_address(
    memory_keyring: MemoryKeyring,
) -> None:
    assert keep(URL, "siti", "rahasia")
    assert memory_keyring.passwords == {(SERVICE, f"siti@{URL}"): "rahasia"}
    assert account(URL, "siti") == f"siti@{URL}"
    assert password_for(URL, "siti", environ={}) == "rahasia"


def test_the_environment_variable_comes_first(memory_keyring: MemoryKeyring) -> None:
    keep(URL, "siti", "dari-keyring")
    assert password_for(URL, "siti", environ={ENVIRONMENT_VARIABLE: "dari-env"}) == "dari-env"
    assert password_for(URL, "siti", environ={ENVIRONMENT_VARIABLE: ""}) == "dari-keyring"


def test_without_a_keyring_nothing_is_kept_and_the_variable_is_named(no_keyring: None) -> None:
    assert not keep(URL, "siti", "rahasia")
    with pytest.raises(RootError) as raised:
        password_for(URL, "siti", environ={})
    assert str(raised.value) == (
        f"No password for siti at {URL}: this computer has no system keyring, so give it "
        "in the environment variable GLOSSARY_READER_SYNC_PASSWORD each time."
    )
    assert password_for(URL, "siti", environ={ENVIRONMENT_VARIABLE: "rahasia"}) == "rahasia"


def test_a_keyring_that_forgets_keeps_nothing() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        assert not keep(URL, "siti", "rahasia")
    finally:
        keyring.set_keyring(before)


def test_a_keyring_without_this_password_says_how_to_give_it(
    memory_keyring: MemoryKeyring,
) -> None:
    keep(URL, "budi", "lain")
    with pytest.raises(RootError, match=r"No password for siti at .* in the system keyring"):
        password_for(URL, "siti", environ={})


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the keyring is locked")


def test_a_locked_keyring_is_said() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        with pytest.raises(RootError) as raised:
            password_for(URL, "siti", environ={})
        assert "cannot give the password for siti" in str(raised.value)
        assert "(KeyringLocked): unlock it" in str(raised.value)
    finally:
        keyring.set_keyring(before)
