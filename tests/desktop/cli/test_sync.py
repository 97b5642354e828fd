"""``glossary-reader sync`` and ``notes edit`` / ``notes delete`` from the command line:
two data folders (two devices) syncing through one folder or a real WebDAV server (on
127.0.0.1), as a script would drive them, and what it says when it cannot."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop.cli.main import main
from glossary.documents.loading import load_bundled_article
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlight, Highlights
from glossary.notes.store import Store
from glossary.paths import NOTES_FILE
from tests.glossary.sync.conftest import PASSWORD, USER, DAVServer, MemoryKeyring


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def highlight(data: Path, word: str, note: str) -> Highlight:
    """A highlight with ``note`` on ``word`` of the bundled article, in the notes of the
    data folder ``data``."""
    article = load_bundled_article()
    data.mkdir(parents=True, exist_ok=True)
    with Store(data / NOTES_FILE) as store:
        doc = Documents(store).remember(article)
        start = article.text.index(word)
        return Highlights(store).add(doc, article.text, start, start + len(word), 2, note)


def listed(capsys: pytest.CaptureFixture[str], data: Path) -> dict[str, dict[str, object]]:
    code, out, _err = run(capsys, "--data-dir", str(data), "notes", "list", "--json")
    assert code == 0
    return {row["id"]: row for row in json.loads(out)}


def test_two_devices_sync_notes_through_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    share, laptop, desktop = tmp_path / "share", tmp_path / "laptop", tmp_path / "desktop"
    share.mkdir()
    made = highlight(laptop, "campuran pakar", "dari laptop").uuid
    code, out, _ = run(capsys, "--data-dir", str(laptop), "sync", "setup", "--folder", str(share))
    assert code == 0 and out.startswith(f"Notes sync through {share}, library ")
    library = out.strip().rsplit(" ", 1)[-1].rstrip(".")
    code, out, _ = run(capsys, "--data-dir", str(laptop), "sync", "--json")
    sent = json.loads(out)
    assert code == 0 and sent["sent"] >= 2 and sent["segments_written"] == 1  # document + note
    # The second device joins the only library there.
    code, out, _ = run(capsys, "--data-dir", str(desktop), "sync", "setup", "--folder", str(share))
    assert out.strip().endswith(f"library {library}.")
    code, out, _ = run(capsys, "--data-dir", str(desktop), "sync")
    assert code == 0 and out.startswith("Sent ") and "segments read" in out
    notes = listed(capsys, desktop)
    assert notes[made]["note"] == "dari laptop" and notes[made]["conflicts"] == []
    # Edited by a script on the desktop, synced back.
    code, out, _ = run(
        capsys, "--data-dir", str(desktop), "notes", "edit", made[:8], "--note", "diubah"
    )
    assert code == 0 and "changed" in out
    run(capsys, "--data-dir", str(desktop), "sync")
    run(capsys, "--data-dir", str(laptop), "sync")
    assert listed(capsys, laptop)[made]["note"] == "diubah"
    code, out, _ = run(capsys, "--data-dir", str(laptop), "sync", "status", "--json")
    state = json.loads(out)
    assert state["configured"] and state["library"] == library and state["pending"] == 0
    assert state["last_sync"] and state["problems"] == []


def test_notes_edited_on_both_devices_apart_list_the_losing_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    share, laptop, desktop = tmp_path / "share", tmp_path / "laptop", tmp_path / "desktop"
    share.mkdir()
    made = highlight(laptop, "kecerdasan buatan", "awal").uuid
    for device in (laptop, desktop, laptop):
        run(capsys, "--data-dir", str(device), "sync", "setup", "--folder", str(share))
        run(capsys, "--data-dir", str(device), "sync")
    run(capsys, "--data-dir", str(laptop), "notes", "edit", made, "--note", "dari laptop")
    run(capsys, "--data-dir", str(desktop), "notes", "edit", made, "--note", "dari desktop")
    for device in (laptop, desktop, laptop, desktop):
        run(capsys, "--data-dir", str(device), "sync")
    on_laptop, on_desktop = listed(capsys, laptop)[made], listed(capsys, desktop)[made]
    assert on_laptop["note"] == on_desktop["note"]
    kept = {on_laptop["note"], *on_laptop["conflicts"]}  # type: ignore[misc]
    assert kept == {"dari laptop", "dari desktop"}  # no text dropped
    assert on_laptop["conflicts"] == on_desktop["conflicts"]


def test_notes_delete_puts_the_highlight_in_the_trash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = highlight(tmp_path / "data", "kecerdasan buatan", "").uuid
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "data"), "notes", "delete", made)
    assert code == 0 and "Trash" in out
    assert made not in listed(capsys, tmp_path / "data")


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["sync"], "sync is not set up: glossary-reader sync setup --folder DIR"),
        (["sync", "setup", "--folder", "/no/such/folder"], "/no/such/folder is not a folder."),
        (["notes", "edit", "abc", "--note", "x"], "give at least 6 characters of the id"),
        (["notes", "delete", "ffffffff"], "no highlight has this id"),
    ],
)
def test_what_cannot_be_done_is_said_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    highlight(tmp_path / "data", "kecerdasan buatan", "")
    code, _out, err = run(capsys, "--data-dir", str(tmp_path / "data"), *argv)
    assert code == 2
    assert said in err and len(err.strip().splitlines()) == 1


def test_a_folder_holding_someone_elses_glossary_reader_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    share = tmp_path / "share"
    (share / "glossary-reader" / "photos").mkdir(parents=True)
    (share / "glossary-reader" / "photos" / "cat.jpg").write_bytes(b"\xff\xd8")
    code, _out, err = run(
        capsys, "--data-dir", str(tmp_path / "data"), "sync", "setup", "--folder", str(share)
    )
    assert code == 2 and "not a Glossary Reader library" in err
    assert sorted(p.name for p in (share / "glossary-reader").iterdir()) == ["photos"]


def test_a_sync_folder_gone_away_is_said_and_the_changes_wait(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    share = tmp_path / "usb"
    share.mkdir()
    data = tmp_path / "data"
    highlight(data, "kecerdasan buatan", "ditulis di kereta")
    run(capsys, "--data-dir", str(data), "sync", "setup", "--folder", str(share))
    share.rename(tmp_path / "usb-unplugged")
    code, _out, err = run(capsys, "--data-dir", str(data), "sync")
    assert code == 2 and "is not there" in err
    code, out, _ = run(capsys, "--data-dir", str(data), "sync", "status", "--json")
    state = json.loads(out)
    assert state["pending"] > 0 and "is not there" in state["problems"][0]
    (tmp_path / "usb-unplugged").rename(share)
    code, out, _ = run(capsys, "--data-dir", str(data), "sync", "--json")
    assert code == 0 and json.loads(out)["sent"] >= 1


# -- through a WebDAV server ------------------------------------------------------------------


@pytest.fixture
def dav(tmp_path: Path) -> Iterator[DAVServer]:
    server = DAVServer(tmp_path / "server")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def system_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield None
    keyring.set_keyring(before)


def test_two_devices_sync_through_webdav_with_the_password_in_the_keyring(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    dav: DAVServer,
    system_keyring: MemoryKeyring,
) -> None:
    laptop, desktop = tmp_path / "laptop", tmp_path / "desktop"
    made = highlight(laptop, "campuran pakar", "lewat WebDAV").uuid
    monkeypatch.setenv("GLOSSARY_READER_SYNC_PASSWORD", PASSWORD)
    setup = ["sync", "setup", "--webdav", dav.url, "--user", USER]
    code, out, err = run(capsys, "--data-dir", str(laptop), *setup)
    assert code == 0, err
    assert out.startswith(f"Notes sync through {dav.url} as siti, library ")
    assert "The password is kept in the system keyring." in out
    monkeypatch.delenv("GLOSSARY_READER_SYNC_PASSWORD")  # from now on, from the keyring
    code, out, _ = run(capsys, "--data-dir", str(laptop), "sync", "--json")
    assert code == 0 and json.loads(out)["sent"] >= 2
    # The other device is set up with the password too, then syncs with its keyring.
    monkeypatch.setenv("GLOSSARY_READER_SYNC_PASSWORD", PASSWORD)
    code, out, _ = run(capsys, "--data-dir", str(desktop), *setup)
    monkeypatch.delenv("GLOSSARY_READER_SYNC_PASSWORD")
    assert code == 0
    code, out, _ = run(capsys, "--data-dir", str(desktop), "sync")
    assert code == 0 and out.startswith("Sent ")
    assert listed(capsys, desktop)[made]["note"] == "lewat WebDAV"
    code, out, _ = run(capsys, "--data-dir", str(desktop), "sync", "status", "--json")
    state = json.loads(out)
    assert (state["kind"], state["url"], state["user"]) == ("webdav", dav.url, USER)
    assert state["pending"] == 0 and state["problems"] == []
    assert PASSWORD not in out
    code, out, _ = run(capsys, "--data-dir", str(desktop), "sync", "status")
    assert f"Syncing through {dav.url} as siti, library " in out


def test_without_a_keyring_the_password_is_given_each_time_and_the_changes_wait(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    dav: DAVServer,
    no_keyring: None,
) -> None:
    data = tmp_path / "data"
    highlight(data, "kecerdasan buatan", "menunggu kata sandi")
    monkeypatch.setenv("GLOSSARY_READER_SYNC_PASSWORD", PASSWORD)
    code, out, _ = run(
        capsys, "--data-dir", str(data), "sync", "setup", "--webdav", dav.url, "--user", USER
    )
    assert code == 0
    assert (
        "No system keyring is available here: give the password in "
        "GLOSSARY_READER_SYNC_PASSWORD each time you sync" in out
    )
    monkeypatch.delenv("GLOSSARY_READER_SYNC_PASSWORD")
    code, _out, err = run(capsys, "--data-dir", str(data), "sync")
    assert code == 2 and "this computer has no system keyring, so give it in the environment" in err
    code, out, _ = run(capsys, "--data-dir", str(data), "sync", "status", "--json")
    state = json.loads(out)
    assert state["pending"] > 0 and "no system keyring" in state["problems"][0]
    monkeypatch.setenv("GLOSSARY_READER_SYNC_PASSWORD", PASSWORD)
    code, out, _ = run(capsys, "--data-dir", str(data), "sync", "--json")
    assert code == 0 and json.loads(out)["sent"] >= 2


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--webdav", "http://cloud.example.org/dav/", "--user", "siti"], "is not encrypted"),
        (["--webdav", "https://cloud.example.org/dav/"], "--webdav needs --user NAME"),
        (["--webdav", "{url}", "--user", "siti"], "give the WebDAV password in the environment"),
    ],
)
def test_a_webdav_setup_that_cannot_be_done_is_said_in_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    dav: DAVServer,
    no_keyring: None,
    argv: list[str],
    said: str,
) -> None:
    argv = [a.format(url=dav.url) for a in argv]
    code, _out, err = run(capsys, "--data-dir", str(tmp_path / "data"), "sync", "setup", *argv)
    assert code == 2
    assert said in err and len(err.strip().splitlines()) == 1
    assert dav.files() == []


def test_a_reader_of_the_output_that_goes_away_early_is_no_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``glossary-reader sync --json | head -c 1``: the pipe is closed before anything
    is written to it (its reader has gone), and the command still syncs, says
    nothing on stderr and ends well."""
    share, data = tmp_path / "share", tmp_path / "laptop"
    share.mkdir()
    highlight(data, "campuran pakar", "dari laptop")
    assert run(capsys, "--data-dir", str(data), "sync", "setup", "--folder", str(share))[0] == 0
    environment = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[3]))
    environment.pop("GLOSSARY_READER_DEBUG", None)
    for argv in (["sync", "--json"], ["sync", "status", "--json"], ["sync"], ["sync", "status"]):
        read_end, write_end = os.pipe()
        os.close(read_end)  # the reader has gone: any write is a broken pipe
        try:
            done = subprocess.run(
                [sys.executable, "-m", "desktop.cli.main", "--data-dir", str(data), *argv],
                stdout=write_end,
                stderr=subprocess.PIPE,
                env=environment,
                text=True,
                timeout=60,
            )
        finally:
            os.close(write_end)
        assert (done.returncode, done.stderr) == (0, ""), argv
    assert list(share.rglob("*.jsonl"))  # the sync was done all the same
    code, out, _ = run(capsys, "--data-dir", str(data), "sync", "status", "--json")
    assert code == 0 and json.loads(out)["last_sync"] and json.loads(out)["pending"] == 0
