"""The one door for the reader's files: only regular files, within a limit, inflated
within a limit, and integers within their range."""

from __future__ import annotations

import gzip
import os
import threading
import zlib
from pathlib import Path

import pytest

from glossary.userfiles import (
    SQLITE_MAX_INT,
    UserFileError,
    bounded_int,
    inflate,
    open_user_file,
    read_user_file,
)

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def test_a_file_within_its_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"halo")
    assert read_user_file(path, 4) == b"halo"


def test_a_file_over_its_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with open(path, "wb") as handle:
        handle.truncate(3 << 20)  # sparse
    with pytest.raises(UserFileError, match=r"too large \(3 MB\); the limit is 2 MB"):
        read_user_file(path, 2 << 20)


@needs_fifo
def test_a_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            read_user_file(fifo, 1000)
        except BaseException as exc:  # the outcome is checked on the test's thread
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # unblock it before failing, so no thread is left hanging
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a named pipe blocked")
    assert isinstance(outcome[0], UserFileError)
    assert "not a regular file" in str(outcome[0])


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_link_to_an_endless_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(UserFileError, match="not a regular file"):
        read_user_file(link, 1 << 20)


def test_a_folder_missing_file_and_permission_are_sentences(tmp_path: Path) -> None:
    with pytest.raises(UserFileError, match="is a folder, not a file"):
        read_user_file(tmp_path, 10)
    with pytest.raises(UserFileError, match="no such file"):
        read_user_file(tmp_path / "missing.txt", 10)
    locked = tmp_path / "locked.txt"
    locked.write_text("x")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):  # root reads everything
            pytest.skip("running as a user who can read anything")
        with pytest.raises(UserFileError, match="permission denied"):
            read_user_file(locked, 10)
    finally:
        locked.chmod(0o644)


def test_open_user_file_gives_a_handle_to_seek_in(tmp_path: Path) -> None:
    path = tmp_path / "d.dict"
    path.write_bytes(b"0123456789")
    with open_user_file(path, 100) as handle:
        handle.seek(5)
        assert handle.read(3) == b"567"


def test_inflate_stops_at_its_limit() -> None:
    bomb = zlib.compress(bytes(50 << 20), 9)  # 50 MB of zeros in about 50 KB
    assert len(bomb) < 100_000
    with pytest.raises(UserFileError, match="would unpack to more than 1 MB"):
        inflate(bomb, 1 << 20, "bomb.gz")


def test_inflate_reads_gzip_and_zlib_and_refuses_damage() -> None:
    assert inflate(gzip.compress(b"halo"), 10, "a.gz") == b"halo"
    assert inflate(zlib.compress(b"halo"), 10, "a.z") == b"halo"
    with pytest.raises(UserFileError, match="cut short"):
        inflate(gzip.compress(b"halo" * 100)[:20], 1000, "a.gz")
    with pytest.raises(UserFileError, match="damaged"):
        inflate(b"not compressed at all", 1000, "a.gz")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, 0),
        (5, 5),
        (SQLITE_MAX_INT, SQLITE_MAX_INT),
        (2**63, None),
        (-1, None),
        (True, None),
        ("5", None),
        (5.0, None),
        (None, None),
    ],
)
def test_bounded_int(value: object, expected: int | None) -> None:
    assert bounded_int(value) == expected


def test_a_toml_key_of_too_many_dotted_parts_is_refused_before_tomllib() -> None:
    import tomllib

    from glossary.userfiles import toml_loads

    assert toml_loads('a.b.c = 1\ndef = "x. y. z."') == {"a": {"b": {"c": 1}}, "def": "x. y. z."}
    with pytest.raises(tomllib.TOMLDecodeError, match="dotted parts"):
        toml_loads("a" + ".a" * 80_000 + " = 1")  # tomllib alone: about a minute
