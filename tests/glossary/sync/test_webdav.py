"""Sync through a real WebDAV server (wsgidav, on 127.0.0.1): devices that send and
merge their notes through it; what each failure of the server or the network says,
with nothing lost (the changes wait and go at the next sync); and which addresses may
be used at all (https, or http to this computer only)."""

from __future__ import annotations

import json
import socket
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from glossary.notes.highlights import Highlights
from glossary.sync.engine import device_folder
from glossary.sync.roots import MissingFile, RootError
from glossary.sync.segments import sequence_of
from glossary.sync.webdav import WebDAVRoot, check_url
from tests.glossary.sync.conftest import (
    LIBRARY,
    PASSWORD,
    USER,
    DAVServer,
    Device,
    Relay,
    Server,
    everyone_syncs,
    self_signed,
)

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Any]
SHARE = "Catatan Kelas"  # a folder whose name must be escaped in a URL


def root_url(dav: DAVServer) -> str:
    (dav.folder / SHARE).mkdir(exist_ok=True)
    return dav.url + "Catatan%20Kelas/"


@pytest.fixture
def devices(tmp_path: Path, dav: DAVServer) -> Iterator[list[Device]]:
    made = []
    # The phone's address is typed with the space as such: the same folder.
    urls = {"laptop": root_url(dav), "desktop": root_url(dav), "phone": dav.url + SHARE}
    for name, url in urls.items():
        (tmp_path / name).mkdir()
        made.append(Device(tmp_path / name, WebDAVRoot(url, USER, PASSWORD)))
    yield made
    for device in made:
        device.close()


def segments_on_server(dav: DAVServer, device: Device) -> list[str]:
    """The names in the device's folder on the server's disk (hidden ones too)."""
    folder = dav.folder / SHARE / device_folder(LIBRARY, device.sync.device)
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


# -- devices in step --------------------------------------------------------------------------


def test_three_devices_sync_notes_through_webdav_and_nothing_echoes(
    devices: list[Device], dav: DAVServer
) -> None:
    laptop, desktop, phone = devices
    made = laptop.highlight("Model bahasa", note="catatan dari sekolah", colour=3)
    everyone_syncs(devices)
    for device in (desktop, phone):
        got = device.by_uuid(made.uuid)
        assert (got.exact, got.note, got.colour) == ("Model bahasa", "catatan dari sekolah", 3)
    assert segments_on_server(dav, laptop) == ["000000000001.jsonl"]  # no hidden file left
    reports = [device.sync.run() for device in devices]
    assert [(r.sent, r.received) for r in reports] == [(0, 0)] * 3


def test_edits_made_apart_keep_the_losing_note_as_a_conflict_on_every_device(
    devices: list[Device],
) -> None:
    laptop, desktop, phone = devices
    made = laptop.highlight("belajar", note="awal")
    everyone_syncs(devices)
    Highlights(laptop.store).set_note(made.id, "versi laptop")
    desktop.clock.ms = laptop.clock.ms + 1000
    Highlights(desktop.store).set_note(desktop.by_uuid(made.uuid).id, "versi desktop")
    everyone_syncs(devices)
    for device in devices:
        assert device.notes()[made.uuid][0] == "versi desktop"
        assert device.conflicts(made.uuid) == ["versi laptop"]
    assert laptop.notes() == desktop.notes() == phone.notes()


def test_a_sync_of_many_segments_keeps_one_connection(
    devices: list[Device], dav: DAVServer
) -> None:
    laptop, desktop, _phone = devices
    for word in ("Kecerdasan", "buatan", "mengubah", "cara", "belajar"):
        laptop.highlight(word)
        laptop.run()  # a segment each
    dav.faults.requests.clear()
    report = desktop.sync.run()
    assert report.read == 5
    ports = {port for _method, _path, port in dav.faults.requests}
    assert len(dav.faults.requests) >= 7 and len(ports) == 1


def test_a_sync_asks_the_server_only_what_it_needs(devices: list[Device], dav: DAVServer) -> None:
    """library.json read straight away (no listing first), a new device's folder made
    with one MKCOL before its first upload (no upload refused first), each folder listed
    once; a sync with nothing new only lists."""
    laptop, desktop, phone = devices
    library = dav.folder / SHARE / "glossary-reader" / LIBRARY
    (library / "devices").mkdir(parents=True)  # as sync setup leaves a library
    about = {"format": 1, "app": "glossary-reader", "library": LIBRARY}
    (library / "library.json").write_text(json.dumps(about), encoding="utf-8")

    def methods(device: Device) -> Counter[str]:
        dav.faults.requests.clear()
        device.run()
        return Counter(method for method, _path, _port in dav.faults.requests)

    assert methods(laptop) == {"GET": 1, "MKCOL": 1, "PUT": 1, "MOVE": 1, "PROPFIND": 1}
    everyone_syncs(devices)
    # The devices folder, and the two other devices' folders (library.json is read
    # once in a Sync's life: the window and the command line make one a sync).
    assert methods(desktop) == {"PROPFIND": 3}
    made = laptop.highlight("belajar", note="satu perubahan")
    assert methods(laptop) == {"PUT": 1, "MOVE": 1, "PROPFIND": 3}
    assert methods(phone) == {"GET": 1, "PROPFIND": 3}
    assert phone.notes()[made.uuid][0] == "satu perubahan"


# -- the server fails -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "method", "said"),
    [
        (403, "PUT", "cannot be written by siti (it is read-only for you): nothing was sent"),
        (404, "*", "is not on the WebDAV server (moved or deleted?): check the address"),
        (423, "PUT", "is locked on the WebDAV server"),
        (500, "PUT", "has a problem (it answered “500 Internal Server Error”)"),
        (507, "PUT", "has no room left (its storage is full): nothing was sent"),
        (500, "MOVE", "has a problem (it answered “500 Internal Server Error”)"),
    ],
)
def test_a_failing_server_is_said_plainly_and_the_changes_go_next_time(
    devices: list[Device], dav: DAVServer, status: int, method: str, said: str
) -> None:
    laptop, desktop, _phone = devices
    made = laptop.highlight("Model bahasa", note="ditulis saat server bermasalah")
    dav.faults.answer(status, method, "/glossary-reader")
    with pytest.raises(RootError) as raised:
        laptop.sync.run()
    assert said in str(raised.value) and "changes wait here" in str(raised.value)
    assert laptop.pending() > 0
    assert not [n for n in segments_on_server(dav, laptop) if not n.startswith(".")]
    dav.faults.clear()
    laptop.run()
    desktop.run()
    assert desktop.notes()[made.uuid][0] == "ditulis saat server bermasalah"
    assert laptop.pending() == 0


def test_a_server_error_while_receiving_is_said_and_the_segment_read_next_time(
    devices: list[Device], dav: DAVServer
) -> None:
    laptop, desktop, _phone = devices
    made = laptop.highlight("belajar", note="dari laptop")
    laptop.run()
    dav.faults.answer(503, "GET", "/devices/")
    report = desktop.sync.run()  # the sync goes on: the fault is said
    assert [str(p) for p in report.problems] == [
        p for p in map(str, report.problems) if "503 Service Unavailable" in p
    ]
    assert len(report.problems) == 1
    assert made.uuid not in desktop.notes()
    dav.faults.clear()
    desktop.run()
    assert desktop.notes()[made.uuid][0] == "dari laptop"


def test_a_wrong_password_is_said_and_nothing_is_lost(
    tmp_path: Path, devices: list[Device], dav: DAVServer
) -> None:
    _laptop, desktop, _phone = devices
    (tmp_path / "tablet").mkdir()
    tablet = Device(tmp_path / "tablet", WebDAVRoot(root_url(dav), USER, "salah"))
    made = tablet.highlight("Kecerdasan", note="dari tablet")
    with pytest.raises(RootError) as raised:
        tablet.sync.run()
    assert str(raised.value) == (
        f"The WebDAV server {root_url(dav)} does not accept the user siti with this "
        "password: check both, then set up sync again. The changes wait here."
    )
    assert "salah" not in str(raised.value)
    tablet.root.close()
    tablet.store.close()
    # With the right password, the same data folder sends what waited.
    again = Device(tmp_path / "tablet", WebDAVRoot(root_url(dav), USER, PASSWORD))
    again.run()
    desktop.run()
    assert desktop.notes()[made.uuid][0] == "dari tablet"
    again.close()


def test_the_server_stopped_is_said_and_the_changes_go_once_it_is_back(
    devices: list[Device], dav: DAVServer
) -> None:
    laptop, desktop, _phone = devices
    made = laptop.highlight("cara", note="ditulis saat luring")
    dav.stop()
    with pytest.raises(RootError, match=r"cannot be reached .*the changes wait here"):
        laptop.sync.run()
    dav.start()  # the same address again
    laptop.run()
    desktop.run()
    assert desktop.notes()[made.uuid][0] == "ditulis saat luring"


# The server (cheroot) is left a buffered writer on the socket the cut closed; when it
# is collected, flushing it fails inside cheroot, and Python reports it as unraisable.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_connection_cut_in_the_middle_of_an_upload_leaves_no_segment_under_its_name(
    tmp_path: Path, devices: list[Device], dav: DAVServer
) -> None:
    _laptop, desktop, _phone = devices
    relay = Relay(dav.port)
    (tmp_path / "train").mkdir()
    train = Device(
        tmp_path / "train", WebDAVRoot(relay.url(dav) + "Catatan%20Kelas/", USER, PASSWORD)
    )
    try:
        train.highlight("Kecerdasan")
        train.run()  # its folder is there: the next upload goes straight in
        made = train.highlight("Model bahasa", note="x" * 20_000)  # a segment of some size
        relay.cut_next_upload = True
        with pytest.raises(RootError, match=r"stopped answering .*nothing was lost"):
            train.sync.run()
        assert relay.cuts == 1
        assert [n for n in segments_on_server(dav, train) if sequence_of(n) is not None] == [
            "000000000001.jsonl"
        ]
        desktop.run()  # whatever was left is not read as a segment
        assert made.uuid not in desktop.notes()
        train.run()  # the next sync completes
        desktop.run()
        assert desktop.notes()[made.uuid][0] == "x" * 20_000
    finally:
        train.close()
        relay.close()


def test_a_server_that_does_not_answer_in_time_is_said(tmp_path: Path) -> None:
    # It takes the connection and then says nothing.
    silent = socket.create_server(("127.0.0.1", 0))
    port = silent.getsockname()[1]
    root = WebDAVRoot(f"http://127.0.0.1:{port}/dav/", USER, PASSWORD, read_timeout=0.3)
    try:
        with pytest.raises(RootError, match=r"stopped answering .*changes wait here"):
            root.list("glossary-reader")
    finally:
        root.close()
        silent.close()


# -- what a WebDAV root gives the engine -------------------------------------------------------


def test_list_read_write_and_delete_on_the_server(dav: DAVServer) -> None:
    with WebDAVRoot(root_url(dav), USER, PASSWORD) as root:
        assert root.list("glossary-reader") == []  # not there: nothing in it
        root.write_new("glossary-reader/lib/devices/d1/000000000001.jsonl", b"satu")
        root.make_folder("glossary-reader/lib/devices/d2")
        root.make_folder("glossary-reader/lib/devices/d2")  # already there: fine
        assert root.list("glossary-reader/lib/devices") == ["d1", "d2"]
        assert root.list("glossary-reader/lib/devices/d1") == ["000000000001.jsonl"]
        assert root.read("glossary-reader/lib/devices/d1/000000000001.jsonl") == b"satu"
        root.delete("glossary-reader/lib/devices/d1/000000000001.jsonl")
        root.delete("glossary-reader/lib/devices/d1/000000000001.jsonl")  # gone: fine
        with pytest.raises(MissingFile):
            root.read("glossary-reader/lib/devices/d1/000000000001.jsonl")
    assert dav.files(SHARE) == []


def test_a_segment_already_there_is_not_written_over(dav: DAVServer) -> None:
    with WebDAVRoot(root_url(dav), USER, PASSWORD) as root:
        root.write_new("glossary-reader/lib/a.jsonl", b"first")
        with pytest.raises(RootError, match="is already on the WebDAV server"):
            root.write_new("glossary-reader/lib/a.jsonl", b"second")
        assert root.read("glossary-reader/lib/a.jsonl") == b"first"
        assert root.list("glossary-reader/lib") == ["a.jsonl"]  # the hidden copy deleted


# -- which addresses may be used --------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "used"),
    [
        (
            "https://cloud.example.org/remote.php/dav/files/siti",
            "https://cloud.example.org/remote.php/dav/files/siti/",
        ),
        ("http://localhost:8080/dav/", "http://localhost:8080/dav/"),
        ("http://127.0.0.1/dav", "http://127.0.0.1/dav/"),
        ("http://127.8.9.10:99/", "http://127.8.9.10:99/"),
        ("http://[::1]:8080/dav/", "http://[::1]:8080/dav/"),
        ("HTTPS://Cloud.Example.org/dav/", "https://Cloud.Example.org/dav/"),
        ("https://cloud.example.org/My Files/", "https://cloud.example.org/My%20Files/"),
        (
            "https://c.example.org/files/siti%40sekolah.id",
            "https://c.example.org/files/siti@sekolah.id/",
        ),
    ],
)
def test_https_anywhere_and_http_only_to_this_computer(url: str, used: str) -> None:
    assert check_url(url) == used


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("http://cloud.example.org/dav/", "is not encrypted (http://)"),
        ("http://192.168.1.20/dav/", "is not encrypted (http://)"),
        ("http://localhost.example.org/dav/", "is not encrypted (http://)"),
        ("http://[::2]/dav/", "is not encrypted (http://)"),
        ("ftp://cloud.example.org/dav/", "is not a web address"),
        ("cloud.example.org/dav", "is not a web address"),
        ("https://siti:rahasia@cloud.example.org/dav/", "without a user name or password"),
        ("siti:rahasia@cloud.example.org/dav/", "is not a web address"),
    ],
)
def test_other_addresses_are_refused_with_a_clear_message(url: str, said: str) -> None:
    with pytest.raises(RootError) as raised:
        WebDAVRoot(url, USER, PASSWORD)
    assert said in str(raised.value)
    assert "rahasia" not in str(raised.value)


def test_over_https_a_certificate_that_is_not_trusted_is_refused_and_a_trusted_one_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    certificate = self_signed(tmp_path / "tls")
    server = DAVServer(tmp_path / "server", certificate)
    server.start()
    try:
        with WebDAVRoot(server.url, USER, PASSWORD) as root, pytest.raises(RootError) as raised:
            root.check()
        assert str(raised.value).startswith(
            f"The WebDAV server {server.url} cannot prove who it is (its certificate is not "
            "trusted: "
        )
        assert server.faults.requests == []  # nothing, the password least, was sent
        # A server with its own authority: trusted once the system is told of it.
        monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
        with WebDAVRoot(server.url, USER, PASSWORD) as root:
            root.write_new("glossary-reader/lib/a.jsonl", b"lewat TLS")
            assert root.read("glossary-reader/lib/a.jsonl") == b"lewat TLS"
    finally:
        server.stop()


def test_a_server_that_is_not_webdav_is_said(serve: Callable[[WSGIApp], Server]) -> None:
    def web_page(environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        start_response("200 OK", [("Content-Type", "text/html")])
        return [b"<html><body>Welcome</body></html>"]

    server = serve(web_page)
    with WebDAVRoot(server.url, USER, PASSWORD) as root, pytest.raises(RootError) as raised:
        root.check()
    assert str(raised.value).startswith(
        f"{server.url} is not a WebDAV folder (the server answered “200 OK” to a WebDAV request)"
    )


def test_a_server_that_moved_the_folder_names_the_new_address(
    serve: Callable[[WSGIApp], Server],
) -> None:
    def moved(environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        start_response("301 Moved Permanently", [("Location", "https://cloud.example.org/dav/")])
        return [b""]

    server = serve(moved)
    with WebDAVRoot(server.url, USER, PASSWORD) as root, pytest.raises(RootError) as raised:
        root.check()
    assert str(raised.value) == (
        f"The WebDAV server says that {server.url} has moved to https://cloud.example.org/dav/: "
        "set up sync with that address."
    )
