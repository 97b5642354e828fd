"""``glossary-reader sync setup --passphrase``: two data folders syncing through an
encrypted library as a script drives them (the passphrase in the environment, or kept
in the keyring), and what is said, with nothing written or merged, when the passphrase
is wrong or missing."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail

from glossary.sync import crypto
from tests.desktop.cli.test_sync import highlight, listed, run
from tests.glossary.sync.memorykeyring import MemoryKeyring, keyring_in_use

ENV = "GLOSSARY_READER_SYNC_PASSPHRASE"
PASSPHRASE = "pohon mangga di halaman"


@pytest.fixture(autouse=True)
def kept(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """No test touches the real keyring; libraries ask scrypt for 16 MiB, not 128."""
    monkeypatch.setattr(crypto, "N", 2**14)
    monkeypatch.setenv(ENV, PASSPHRASE)
    with keyring_in_use(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


def setup(
    capsys: pytest.CaptureFixture[str], data: Path, share: Path, *more: str
) -> tuple[int, str, str]:
    return run(capsys, "--data-dir", str(data), "sync", "setup", "--folder", str(share), *more)


def test_two_devices_sync_through_an_encrypted_library_that_holds_no_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kept: MemoryKeyring
) -> None:
    share, laptop, desktop = tmp_path / "share", tmp_path / "laptop", tmp_path / "desktop"
    share.mkdir()
    made = highlight(laptop, "campuran pakar", "catatan rahasia").uuid
    code, out, _ = setup(capsys, laptop, share, "--passphrase")
    assert code == 0 and out.startswith(f"Notes sync through {share}, library ")
    assert "a lost passphrase cannot be recovered" in out
    assert "kept in the system keyring" in out
    library = out.splitlines()[0].rsplit(" ", 1)[-1].rstrip(".")
    assert kept.kept == {("glossary-reader", f"passphrase@{library}"): PASSPHRASE}
    code, out, _ = run(capsys, "--data-dir", str(laptop), "sync", "--json")
    assert code == 0 and json.loads(out)["segments_written"] == 1
    code, out, _ = setup(capsys, desktop, share, "--passphrase")
    assert code == 0 and out.splitlines()[0].endswith(f"library {library}.")
    code, out, err = run(capsys, "--data-dir", str(desktop), "sync")
    assert code == 0 and err == ""
    assert listed(capsys, desktop)[made]["note"] == "catatan rahasia"
    for path in share.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"catatan rahasia" not in data and b"campuran pakar" not in data
    code, out, _ = run(capsys, "--data-dir", str(desktop), "sync", "status", "--json")
    assert json.loads(out)["encrypted"] is True
    code, out, _ = run(capsys, "--data-dir", str(desktop), "sync", "status")
    assert "The library is encrypted with a passphrase." in out


def test_the_passphrase_kept_in_the_keyring_serves_when_the_environment_has_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    share, laptop = tmp_path / "share", tmp_path / "laptop"
    share.mkdir()
    highlight(laptop, "campuran pakar", "dari keyring")
    assert setup(capsys, laptop, share, "--passphrase")[0] == 0
    monkeypatch.delenv(ENV)
    code, out, _ = run(capsys, "--data-dir", str(laptop), "sync", "--json")
    assert code == 0 and json.loads(out)["sent"] >= 2


def test_a_wrong_passphrase_is_said_at_setup_and_at_sync_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    share, laptop, desktop = tmp_path / "share", tmp_path / "laptop", tmp_path / "desktop"
    share.mkdir()
    made = highlight(laptop, "campuran pakar", "dari laptop").uuid
    setup(capsys, laptop, share, "--passphrase")
    run(capsys, "--data-dir", str(laptop), "sync")
    mine = highlight(desktop, "kecerdasan buatan", "dari desktop").uuid
    monkeypatch.setenv(ENV, "pohon jambu")
    code, _out, err = setup(capsys, desktop, share, "--passphrase")
    assert code == 2 and "The passphrase is not this library's" in err
    code, out, _ = run(capsys, "--data-dir", str(desktop), "sync", "status", "--json")
    assert json.loads(out)["configured"] is False
    # Set up with the right one (kept in the keyring), then synced with a wrong one.
    monkeypatch.setenv(ENV, PASSPHRASE)
    assert setup(capsys, desktop, share, "--passphrase")[0] == 0
    monkeypatch.setenv(ENV, "pohon jambu")
    devices_before = sorted(p.name for p in share.rglob("devices/*"))
    code, _out, err = run(capsys, "--data-dir", str(desktop), "sync")
    assert code == 2 and "The passphrase is not this library's: nothing was synced." in err
    assert sorted(p.name for p in share.rglob("devices/*")) == devices_before  # none written
    assert made not in listed(capsys, desktop)  # none merged
    code, out, _ = run(capsys, "--data-dir", str(desktop), "sync", "status", "--json")
    state = json.loads(out)
    assert state["problems"] == ["The passphrase is not this library's: nothing was synced."]
    assert state["pending"] >= 1  # the desktop's note waits
    monkeypatch.setenv(ENV, PASSPHRASE)
    run(capsys, "--data-dir", str(desktop), "sync")
    run(capsys, "--data-dir", str(laptop), "sync")
    assert listed(capsys, laptop)[mine]["note"] == "dari desktop"


def test_an_encrypted_library_needs_its_passphrase_to_be_joined_or_synced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    share, laptop, desktop = tmp_path / "share", tmp_path / "laptop", tmp_path / "desktop"
    share.mkdir()
    highlight(laptop, "campuran pakar", "")
    setup(capsys, laptop, share, "--passphrase")
    code, _out, err = setup(capsys, desktop, share)
    assert code == 2 and "is encrypted: it cannot be synced without its passphrase" in err
    # No passphrase in the environment, and no terminal to ask it on.
    monkeypatch.delenv(ENV)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _out, err = setup(capsys, desktop, share, "--passphrase")
    assert code == 2 and f"give the passphrase in {ENV}" in err
    # Set up, but the keyring lost it and the environment does not give it.
    with keyring_in_use(MemoryKeyring()):
        code, _out, err = run(capsys, "--data-dir", str(laptop), "sync")
    assert code == 2 and "is encrypted: give its passphrase in GLOSSARY_READER" in err
    assert not list(share.rglob("*.jsonl"))


def test_a_plain_library_is_not_encrypted_by_joining_it_with_a_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    share, laptop, desktop = tmp_path / "share", tmp_path / "laptop", tmp_path / "desktop"
    share.mkdir()
    highlight(laptop, "campuran pakar", "")
    assert setup(capsys, laptop, share)[0] == 0
    code, _out, err = setup(capsys, desktop, share, "--passphrase")
    assert code == 2 and "is not encrypted, so a passphrase cannot be used" in err
    # A new library beside it can be encrypted.
    code, out, _ = setup(capsys, desktop, share, "--library", "rahasia", "--passphrase")
    assert code == 0 and out.splitlines()[0].endswith("library rahasia.")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_passphrase_is_asked_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    share, laptop = tmp_path / "share", tmp_path / "laptop"
    share.mkdir()
    monkeypatch.delenv(ENV)
    monkeypatch.setattr("sys.stdin", Terminal())
    typed = iter(["pohon mangga", "pohon manga", "pohon mangga", "pohon mangga"])
    prompts: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: prompts.append(prompt) or next(typed))
    code, _out, err = setup(capsys, laptop, share, "--passphrase")
    assert code == 2 and "the two passphrases typed differ" in err
    assert not (share / "glossary-reader").exists()
    # Without a usable keyring, the reader is told to give it at each sync.
    with keyring_in_use(fail.Keyring()):
        code, out, _ = setup(capsys, laptop, share, "--passphrase")
    assert code == 0 and prompts == ["Passphrase: ", "The passphrase again: "] * 2
    assert f"There is no system keyring here: give the passphrase in {ENV}" in out
    monkeypatch.setenv(ENV, "pohon mangga")
    assert run(capsys, "--data-dir", str(laptop), "sync")[0] == 0
