"""What the sync tests share: devices (separate notes stores with their own clocks), a
real WebDAV server (wsgidav on cheroot, on 127.0.0.1 and a free port, in a thread),
with a small WSGI layer in front that can be told to answer as a failing server would,
a relay that cuts a connection in the middle of an upload, and a keyring in memory."""

from __future__ import annotations

import contextlib
import gc
import re
import socket
import threading
from collections.abc import Callable, Iterable, Iterator
from http import HTTPStatus
from pathlib import Path
from typing import Any

import keyring
import pytest
from cheroot import wsgi
from keyring.backend import KeyringBackend

from glossary.documents.loading import parse_markdown
from glossary.model import Document
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlight, Highlights
from glossary.notes.store import Store
from glossary.sync.engine import Sync, conflicting_texts
from glossary.sync.roots import FolderRoot, SyncRoot

TEXT = "# Catatan\n\nKecerdasan buatan mengubah cara kita belajar. Model bahasa itu besar.\n"
LIBRARY = "kelas10a"
USER = "siti"
PASSWORD = "rahasia-Ω-123"

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


# -- devices ------------------------------------------------------------------------------------


class FakeClock:
    """Milliseconds the test sets: each device's own wall clock."""

    def __init__(self, start: int = 1_733_500_000_000) -> None:
        self.ms = start

    def __call__(self) -> int:
        self.ms += 1
        return self.ms


class Device:
    """A device: its own notes store and its own clock, syncing through ``root``."""

    def __init__(self, folder: Path, root: SyncRoot, clock: FakeClock | None = None) -> None:
        self.store = Store(folder / "notes.sqlite3")
        self.root = root
        self.clock = clock or FakeClock()
        self.sync = Sync(self.store, root, LIBRARY, now=self.clock)
        self.document: Document = parse_markdown(TEXT)
        self.document_id = Documents(self.store).remember(self.document)

    def run(self) -> None:
        report = self.sync.run()
        assert not report.problems, report.problems

    def highlight(self, word: str, note: str = "", colour: int = 1) -> Highlight:
        start = self.document.text.index(word)
        return Highlights(self.store).add(
            self.document_id, self.document.text, start, start + len(word), colour, note
        )

    def by_uuid(self, uuid: str) -> Highlight:
        row = self.store.query("SELECT id FROM highlights WHERE uuid = :u", {"u": uuid}).fetchone()
        assert row is not None, f"{uuid} is not on this device"
        return Highlights(self.store).get(row[0])

    def notes(self) -> dict[str, tuple[str, int, bool]]:
        """Every highlight: uuid -> (note, colour, in the Trash)."""
        rows = self.store.query("SELECT uuid, note, colour, deleted FROM highlights").fetchall()
        return {u: (n, c, d is not None) for u, n, c, d in rows}

    def conflicts(self, uuid: str) -> list[str]:
        return conflicting_texts(self.store, "highlight", uuid, "note")

    def pending(self) -> int:
        """Changes captured here that no segment has carried yet."""
        return int(self.store.query("SELECT COUNT(*) FROM sync_pending").fetchone()[0])

    def close(self) -> None:
        self.root.close()
        self.store.close()


@pytest.fixture
def root(tmp_path: Path) -> FolderRoot:
    """A folder kept in step by a file-sync program, as the sync root."""
    folder = tmp_path / "Syncthing"
    folder.mkdir()
    return FolderRoot(folder)


@pytest.fixture
def devices(tmp_path: Path, root: FolderRoot) -> Iterator[list[Device]]:
    """Three devices syncing through ``root``."""
    made = []
    for name in ("laptop", "desktop", "phone"):
        (tmp_path / name).mkdir()
        made.append(Device(tmp_path / name, root))
    yield made
    for device in made:
        device.close()


def everyone_syncs(devices: list[Device], rounds: int = 2) -> None:
    for _ in range(rounds):
        for device in devices:
            device.run()


# -- a WebDAV server ----------------------------------------------------------------------------


def webdav_app(folder: Path, users: dict[str, str] | None = None) -> WSGIApp:
    """wsgidav serving ``folder`` at /dav/, to ``users`` (name: password) by HTTP Basic."""
    from wsgidav.wsgidav_app import WsgiDAVApp

    mapping = {name: {"password": secret} for name, secret in (users or {USER: PASSWORD}).items()}
    app: WSGIApp = WsgiDAVApp(
        {
            "provider_mapping": {"/dav": str(folder)},
            "simple_dc": {"user_mapping": {"*": mapping}},
            "http_authenticator": {
                "accept_basic": True,
                "accept_digest": False,
                "default_to_digest": False,
            },
            "verbose": 0,
            "logging": {"enable": False},
            "dir_browser": {"enable": False},
        }
    )
    return app


class Faults:
    """In front of the server: answers ``status`` instead of it to the requests whose
    method and path match a rule (a fake of a failing server, not of our code), and
    notes every request (method, path, the client's port: one port, one connection)."""

    def __init__(self, app: WSGIApp) -> None:
        self.app = app
        self.rules: list[tuple[str, str, int]] = []
        self.requests: list[tuple[str, str, str]] = []

    def answer(self, status: int, method: str = "*", path: str = "") -> None:
        """Answer ``status`` to ``method`` ("*": any) on paths containing ``path``."""
        self.rules.append((method, path, status))

    def clear(self) -> None:
        self.rules.clear()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        method, path = environ["REQUEST_METHOD"], environ.get("PATH_INFO", "")
        self.requests.append((method, path, str(environ.get("REMOTE_PORT"))))
        for rule_method, rule_path, status in list(self.rules):
            if rule_method in ("*", method) and rule_path in path:
                length = int(environ.get("CONTENT_LENGTH") or 0)
                environ["wsgi.input"].read(length)  # the request read whole, as a server does
                body = f"{status} {HTTPStatus(status).phrase}\n".encode()
                start_response(
                    f"{status} {HTTPStatus(status).phrase}",
                    [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))],
                )
                return [body]
        return self.app(environ, start_response)


class Server:
    """A WSGI app served by cheroot on 127.0.0.1 (a free port, kept across a restart),
    behind :class:`Faults`; over TLS with ``certificate`` (a certificate and key file)."""

    def __init__(self, app: WSGIApp, certificate: tuple[Path, Path] | None = None) -> None:
        self.faults = Faults(app)
        self.port = 0
        self.certificate = certificate
        self._server: wsgi.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        scheme = "https" if self.certificate else "http"
        return f"{scheme}://127.0.0.1:{self.port}/dav/"

    def start(self) -> None:
        server = wsgi.Server(("127.0.0.1", self.port), self.faults, numthreads=4)
        server.expiration_interval = 0.02  # how soon its loop sees stop(): the teardown's wait
        if self.certificate:
            from cheroot.ssl.builtin import BuiltinSSLAdapter

            server.ssl_adapter = BuiltinSSLAdapter(*map(str, self.certificate))
        server.prepare()
        self.port = server.bind_addr[1]
        self._server = server
        self._thread = threading.Thread(target=server.serve, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.stop()
            self._thread.join(timeout=10)
            self._server = self._thread = None


class DAVServer(Server):
    """wsgidav serving ``folder`` at /dav/ to the user siti."""

    def __init__(self, folder: Path, certificate: tuple[Path, Path] | None = None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        super().__init__(webdav_app(folder), certificate)

    def files(self, under: str = "") -> list[str]:
        """Every file the server holds below ``under``, as paths relative to it."""
        base = self.folder / under
        return sorted(str(p.relative_to(base)) for p in base.rglob("*") if p.is_file())


@pytest.fixture
def dav(tmp_path: Path) -> Iterator[DAVServer]:
    server = DAVServer(tmp_path / "server")
    server.start()
    yield server
    server.stop()
    # A connection cut mid-request (see Relay) leaves cheroot a buffered writer on a
    # closed socket; collected now, what it says is the test's (and the test expects it).
    gc.collect()


@pytest.fixture
def serve() -> Iterator[Callable[[WSGIApp], Server]]:
    """Serve any WSGI app (one that is not WebDAV, say) for the test."""
    started: list[Server] = []

    def start(app: WSGIApp) -> Server:
        server = Server(app)
        server.start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 that no authority signed, and its key: files in
    ``folder``."""
    from datetime import UTC, datetime, timedelta
    from ipaddress import IPv4Address

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(IPv4Address("127.0.0.1"))]), critical=False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    cert_file, key_file = folder / "server.crt", folder / "server.key"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


class Relay:
    """A TCP relay in front of a server. Told to, it cuts the next upload (a PUT) after
    its headers and half its body, both ways, as a network that goes down does."""

    def __init__(self, port: int) -> None:
        self.target = port
        self.cut_next_upload = False
        self.cuts = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._sockets: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def url(self, server: Server) -> str:
        return server.url.replace(f":{server.port}/", f":{self.port}/")

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return  # closed
            upstream = socket.create_connection(("127.0.0.1", self.target))
            self._sockets += [client, upstream]
            threading.Thread(target=self._up, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._down, args=(upstream, client), daemon=True).start()

    def _up(self, client: socket.socket, upstream: socket.socket) -> None:
        held = b""
        try:
            while data := client.recv(65536):
                if not self.cut_next_upload:
                    upstream.sendall(data)
                    continue
                held += data
                start = held.find(b"PUT ")
                if start < 0:
                    upstream.sendall(held)
                    held = b""
                    continue
                end = held.find(b"\r\n\r\n", start)
                length = re.search(rb"(?i)\r\ncontent-length:\s*(\d+)", held[start:end])
                if end < 0 or length is None:
                    continue  # the headers are not all here yet
                keep = end + 4 + int(length.group(1)) // 2
                if len(held) < keep:
                    continue
                upstream.sendall(held[:keep])
                self.cut_next_upload = False
                self.cuts += 1
                break
        except OSError:
            pass
        self._close(client, upstream)

    def _down(self, upstream: socket.socket, client: socket.socket) -> None:
        try:
            while data := upstream.recv(65536):
                client.sendall(data)
        except OSError:
            pass
        self._close(client, upstream)

    @staticmethod
    def _close(*sockets: socket.socket) -> None:
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def close(self) -> None:
        self._close(self._listener)  # shut down first: that wakes the accept() waiting
        self._thread.join(timeout=10)
        self._close(*self._sockets)


# -- a keyring ------------------------------------------------------------------------------------


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in memory: the user's own is never touched."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)
