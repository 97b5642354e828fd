"""Setting up sync through a WebDAV server: the address is checked, the server asked
with the password, the library there joined or made; what is kept is the address, the
user and the library, never the password; and anything that stops it is said plainly,
with nothing set up."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from glossary.notes.store import Store
from glossary.sync.engine import Sync
from glossary.sync.passwords import ENVIRONMENT_VARIABLE, keep
from glossary.sync.roots import RootError
from glossary.sync.setup import SetupError, load_config, open_root, setup_webdav, status
from glossary.sync.webdav import WebDAVRoot
from tests.glossary.sync.conftest import PASSWORD, USER, DAVServer, MemoryKeyring, Server

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Any]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "notes.sqlite3") as opened:
        yield opened


def test_the_first_device_makes_the_library_and_the_second_joins_it(
    tmp_path: Path, store: Store, dav: DAVServer
) -> None:
    config = setup_webdav(store, dav.url.rstrip("/"), USER, PASSWORD)
    assert (config.kind, config.location, config.user) == ("webdav", dav.url, USER)
    made = json.loads(
        (dav.folder / "glossary-reader" / config.library / "library.json").read_text()
    )
    assert made["app"] == "glossary-reader" and made["library"] == config.library
    assert (dav.folder / "glossary-reader" / config.library / "devices").is_dir()
    assert load_config(store) == config
    shown = status(store).as_json()
    assert (shown["kind"], shown["url"], shown["user"]) == ("webdav", dav.url, USER)
    with Store(tmp_path / "second.sqlite3") as second:
        assert setup_webdav(second, dav.url, USER, PASSWORD).library == config.library
    # The password is kept nowhere in the notes.
    store.close()
    assert PASSWORD.encode() not in (tmp_path / "notes.sqlite3").read_bytes()
    assert PASSWORD not in json.dumps(shown)


def test_open_root_syncs_with_the_password_of_the_environment_or_the_keyring(
    tmp_path: Path,
    store: Store,
    dav: DAVServer,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = setup_webdav(store, dav.url, USER, PASSWORD)
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, PASSWORD)
    root = open_root(config)
    assert isinstance(root, WebDAVRoot)
    with root:
        assert Sync(store, root, config.library).run().problems == []
    monkeypatch.delenv(ENVIRONMENT_VARIABLE)
    with pytest.raises(RootError, match="No password for siti"):
        open_root(config)
    keep(config.location, USER, PASSWORD)
    with closing(open_root(config)) as kept:
        assert Sync(store, kept, config.library).run().problems == []


@pytest.mark.parametrize(
    ("url", "password", "said"),
    [
        ("{url}nowhere/", PASSWORD, "The folder {url}nowhere/ is not on the WebDAV server"),
        ("{url}", "salah", "does not accept the user siti with this password"),
        ("http://cloud.example.org/dav/", PASSWORD, "is not encrypted (http://)"),
    ],
)
def test_what_stops_the_setup_is_said_and_nothing_is_set_up(
    store: Store, dav: DAVServer, url: str, password: str, said: str
) -> None:
    with pytest.raises(RootError) as raised:
        setup_webdav(store, url.format(url=dav.url), USER, password)
    assert said.format(url=dav.url) in str(raised.value)
    assert load_config(store) is None
    assert dav.files() == []


def test_a_user_name_is_needed(store: Store, dav: DAVServer) -> None:
    with pytest.raises(SetupError, match="Give the user name for the WebDAV server"):
        setup_webdav(store, dav.url, " ", PASSWORD)


def html_page(environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
    start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
    return [b"<!doctype html><title>Masuk</title><p>Selamat datang</p>"]


def no_webdav(environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
    if environ["REQUEST_METHOD"] != "GET":
        start_response("405 Method Not Allowed", [("Allow", "GET, HEAD")])
        return [b""]
    return html_page(environ, start_response)


@pytest.mark.parametrize(
    ("app", "answered"), [(html_page, "200 OK"), (no_webdav, "405 Method Not Allowed")]
)
def test_an_address_that_is_not_webdav_is_refused_at_setup(
    store: Store, serve: Callable[[WSGIApp], Server], app: WSGIApp, answered: str
) -> None:
    server = serve(app)
    with pytest.raises(RootError) as raised:
        setup_webdav(store, server.url, USER, PASSWORD)
    assert str(raised.value) == (
        f"{server.url} is not a WebDAV folder (the server answered “{answered}” to a WebDAV "
        "request): check the address; on Nextcloud or ownCloud it is like "
        "https://cloud.example.org/remote.php/dav/files/USER/."
    )
    assert load_config(store) is None


def test_a_folder_on_the_server_that_is_not_ours_is_refused(store: Store, dav: DAVServer) -> None:
    (dav.folder / "glossary-reader" / "photos").mkdir(parents=True)
    (dav.folder / "glossary-reader" / "photos" / "cat.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(SetupError, match="holds a folder photos that is not a Glossary Reader"):
        setup_webdav(store, dav.url, USER, PASSWORD)


def test_a_server_error_while_reading_a_library_is_said_as_such(
    tmp_path: Path, store: Store, dav: DAVServer
) -> None:
    setup_webdav(store, dav.url, USER, PASSWORD)
    dav.faults.answer(500, "GET", "library.json")
    with Store(tmp_path / "second.sqlite3") as second, pytest.raises(RootError) as raised:
        setup_webdav(second, dav.url, USER, PASSWORD)
    assert "has a problem (it answered “500 Internal Server Error”)" in str(raised.value)


def test_the_folder_setup_still_joins_a_folder(tmp_path: Path, store: Store) -> None:
    from glossary.sync.setup import setup_folder

    (tmp_path / "Sync").mkdir()
    config = setup_folder(store, tmp_path / "Sync")
    assert (config.kind, config.user) == ("folder", "")
    assert status(store).as_json()["url"] is None
