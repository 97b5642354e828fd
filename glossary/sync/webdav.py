"""A WebDAV server as the sync root: Nextcloud, ownCloud or any WebDAV host, spoken to
directly (no sync client needed on the computer).

The same few operations as a folder (:class:`glossary.sync.roots.SyncRoot`), over one
HTTP connection kept for the root's life: PROPFIND lists a folder, GET reads, MKCOL
makes folders, DELETE deletes, and a new file is PUT under a hidden name beside its own
and then MOVEd to its name without overwriting, so that no other device ever reads half
a segment under its name.

Security: the password goes only over https, except to this computer (a loopback
address, where http is allowed); a URL with a user or password in it is refused, and no
message ever holds the password. Every failure is a :class:`RootError` that says what
happened and what to do; being offline is normal (the changes wait for the next sync).
"""

from __future__ import annotations

import ipaddress
import ssl
import xml.etree.ElementTree as ET
from contextlib import suppress
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit
from uuid import uuid4

from glossary import __version__
from glossary.messages import QT_TRANSLATE_NOOP
from glossary.sync.roots import MissingFile, RootError

if TYPE_CHECKING:
    import httpx

CONNECT_TIMEOUT = 15.0  # seconds to reach the server
READ_TIMEOUT = 60.0  # seconds of silence while it answers (a big segment is sent or read)
DAV = "{DAV:}"
PROPFIND_BODY = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>'
)
WRITES = frozenset({"PUT", "MOVE", "MKCOL", "DELETE"})
NEXTCLOUD_HINT = "https://cloud.example.org/remote.php/dav/files/USER/"


def is_loopback(host: str) -> bool:
    """Whether ``host`` is this computer: localhost, 127.0.0.0/8 or ::1."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """``url`` as the root's address (ending in ``/``), or RootError if it may not be
    used: only https, except to a loopback address; no user or password in it."""
    parts = urlsplit(url.strip())
    netloc = parts.netloc.rpartition("@")[2]  # never shown: it may hold a password
    shown = urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    try:
        host = parts.hostname or ""
        parts.port  # noqa: B018 (ValueError for a port that is not a number)
    except ValueError:
        host = ""
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not host:
        if "@" in shown:  # "siti:secret@host" without a scheme: the secret is not shown
            shown = "…@" + shown.rpartition("@")[2]
        raise RootError(
            QT_TRANSLATE_NOOP("glossary", "{url} is not a web address: give one like {example}."),
            url=shown,
            example=NEXTCLOUD_HINT,
        )
    if "@" in parts.netloc:
        raise RootError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "Give the address {url} without a user name or password in it: the user "
                "name is given apart, and the password is kept by the system keyring.",
            ),
            url=shown,
        )
    if scheme == "http" and not is_loopback(host):
        raise RootError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "{url} is not encrypted (http://): Glossary Reader sends notes and passwords "
                "only over https://, except to this computer (localhost).",
            ),
            url=shown,
        )
    # Escaped once, as a URI's path is (a space typed as such becomes %20): the
    # addresses built on it go whole into headers (MOVE's Destination).
    path = quote(unquote(parts.path), safe="/:@!$&'()*+,;=~")
    path = path if path.endswith("/") else path + "/"
    return urlunsplit((scheme, netloc, path, "", ""))


class WebDAVRoot:
    """The folder at ``url`` on a WebDAV server as the sync root, as ``user``."""

    def __init__(
        self,
        url: str,
        user: str,
        password: str,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        read_timeout: float = READ_TIMEOUT,
    ) -> None:
        import httpx

        self.url = check_url(url)
        self.user = user
        # One client for the root's life: its connection is kept between requests, so a
        # sync of many segments connects once. Over http (to this computer only) no
        # proxy from the environment is used: the password would cross it in clear.
        self._client = httpx.Client(
            auth=httpx.BasicAuth(user, password),
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            follow_redirects=False,
            trust_env=self.url.startswith("https:"),
            headers={"User-Agent": f"glossary-reader/{__version__}"},
        )

    @property
    def description(self) -> str:
        return self.url

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> WebDAVRoot:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- the operations ---------------------------------------------------------------------------

    def check(self) -> None:
        """RootError unless the root's folder is there and is WebDAV (a PROPFIND of it)."""
        response = self._send(
            "PROPFIND", "", headers={"Depth": "0"}, content=PROPFIND_BODY, also=(404,)
        )
        if response.status_code == 404:
            raise self._folder_missing()
        self._multistatus(response)

    def list(self, path: str) -> list[str]:
        response = self._send(
            "PROPFIND",
            path,
            folder=True,
            headers={"Depth": "1"},
            content=PROPFIND_BODY,
            also=(404,),
        )
        if response.status_code == 404:
            return []
        tree = self._multistatus(response)
        folder = unquote(urlsplit(self._url(path, folder=True)).path).rstrip("/")
        names = set()
        for answer in tree.iter(f"{DAV}response"):
            href = (answer.findtext(f"{DAV}href") or "").strip()
            if not href:
                continue
            target = unquote(urlsplit(urljoin(self.url, href)).path).rstrip("/")
            parent, _, name = target.rpartition("/")
            if parent == folder and name:
                names.add(name)
        return sorted(names)

    def read(self, path: str) -> bytes:
        return self._send("GET", path).content

    def write_new(self, path: str, data: bytes) -> None:
        folder, _, name = path.rpartition("/")
        hidden = f"{folder}/.{name}.{uuid4().hex[:12]}.part".lstrip("/")
        try:
            response = self._send("PUT", hidden, content=data, also=(404, 409))
            if response.status_code in (404, 409):  # the folder is not there yet
                self.make_folder(folder)
                self._send("PUT", hidden, content=data)
            self._send("MOVE", hidden, headers={"Destination": self._url(path), "Overwrite": "F"})
        except RootError:
            # A hidden file left behind is never read; the first error is the one to say.
            with suppress(RootError):
                self._send("DELETE", hidden, also=(404, 409))
            raise

    def replace(self, path: str, data: bytes) -> None:
        folder, _, name = path.rpartition("/")
        hidden = f"{folder}/.{name}.{uuid4().hex[:12]}.part".lstrip("/")
        try:
            response = self._send("PUT", hidden, content=data, also=(404, 409))
            if response.status_code in (404, 409):
                # Only the file's own folder is made (one MKCOL), the usual case (a
                # student's hand-in folder): a share where only that folder may be
                # written is not asked to make the ones above it. If they are missing
                # too, every level is made.
                made = self._send("MKCOL", folder, folder=True, also=(405, 404, 409))
                if made.status_code in (404, 409):
                    self.make_folder(folder)
                self._send("PUT", hidden, content=data)
            # MOVE over the file there: the server swaps it whole (RFC 4918, 9.9.3).
            self._send("MOVE", hidden, headers={"Destination": self._url(path), "Overwrite": "T"})
        except RootError:
            with suppress(RootError):
                self._send("DELETE", hidden, also=(404, 409))
            raise

    def make_folder(self, path: str) -> None:
        # The folder itself first: usually only the last level is missing (a device's
        # first segment, in a library that is there), so one MKCOL does. 405: it is
        # already there; 409 (or 404): a folder above it is not, made first.
        parts = [p for p in path.split("/") if p]
        if not parts:
            return
        response = self._send("MKCOL", "/".join(parts), folder=True, also=(405, 404, 409))
        if response.status_code not in (404, 409):
            return
        if len(parts) == 1:  # the root's folder itself is gone
            raise self._folder_missing()
        self.make_folder("/".join(parts[:-1]))
        response = self._send("MKCOL", "/".join(parts), folder=True, also=(405, 404, 409))
        if response.status_code in (404, 409):
            raise self._folder_missing()

    def delete(self, path: str) -> None:
        self._send("DELETE", path, also=(404,))

    # -- requests and their failures -----------------------------------------------------------

    def _url(self, path: str, folder: bool = False) -> str:
        parts = [p for p in path.split("/") if p]
        if any(p in (".", "..") for p in parts):
            raise ValueError(f"not a path inside the root: {path!r}")
        url = self.url + "/".join(quote(p, safe="") for p in parts)
        return url + "/" if folder and parts else url

    def _send(
        self,
        method: str,
        path: str,
        *,
        folder: bool = False,
        headers: dict[str, str] | None = None,
        content: bytes | None = None,
        also: tuple[int, ...] = (),
    ) -> httpx.Response:
        """The answer to ``method`` on ``path``: a success (2xx) or one of ``also``;
        any other answer, or none, is a RootError."""
        import httpx

        try:
            response = self._client.request(
                method, self._url(path, folder), headers=headers, content=content
            )
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise self._unreachable(exc) from None
        except httpx.TransportError as exc:  # cut off, or silent, in the middle
            raise RootError(
                QT_TRANSLATE_NOOP(
                    "glossary",
                    "The WebDAV server {root} stopped answering ({reason}): nothing was "
                    "lost; the changes wait here and go at the next sync.",
                ),
                root=self.url,
                reason=_reason(exc),
            ) from None
        if 200 <= response.status_code < 300 or response.status_code in also:
            return response
        raise self._refused(method, path, response)

    def _unreachable(self, exc: httpx.TransportError) -> RootError:
        if _caused_by(exc, ssl.SSLCertVerificationError):
            return RootError(
                QT_TRANSLATE_NOOP(
                    "glossary",
                    "The WebDAV server {root} cannot prove who it is (its certificate is not "
                    "trusted: {reason}): nothing was sent.",
                ),
                root=self.url,
                reason=_reason(exc),
            )
        return RootError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "The WebDAV server {root} cannot be reached ({reason}): the changes wait "
                "here and go at the next sync.",
            ),
            root=self.url,
            reason=_reason(exc),
        )

    def _folder_missing(self) -> RootError:
        return RootError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "The folder {root} is not on the WebDAV server (moved or deleted?): check "
                "the address. The changes wait here.",
            ),
            root=self.url,
        )

    def _not_webdav(self, response: httpx.Response) -> RootError:
        return RootError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "{root} is not a WebDAV folder (the server answered “{status} {reason}” to "
                "a WebDAV request): check the address; on Nextcloud or ownCloud it is like "
                "{example}.",
            ),
            root=self.url,
            status=response.status_code,
            reason=response.reason_phrase,
            example=NEXTCLOUD_HINT,
        )

    def _multistatus(self, response: httpx.Response) -> ET.Element:
        """The parsed answer to a PROPFIND, or RootError: the server is no WebDAV."""
        if response.status_code != 207:
            raise self._not_webdav(response)
        try:
            tree = ET.fromstring(response.content)
        except ET.ParseError:
            raise self._not_webdav(response) from None
        if tree.tag != f"{DAV}multistatus":
            raise self._not_webdav(response)
        return tree

    def _refused(self, method: str, path: str, response: httpx.Response) -> RootError:
        status = response.status_code
        fields = {"root": self.url, "path": path, "user": self.user}
        if status == 401:
            return RootError(
                QT_TRANSLATE_NOOP(
                    "glossary",
                    "The WebDAV server {root} does not accept the user {user} with this "
                    "password: check both, then set up sync again. The changes wait here.",
                ),
                **fields,
            )
        if status == 403 and method in WRITES:
            return RootError(
                QT_TRANSLATE_NOOP(
                    "glossary",
                    "The WebDAV folder {root} cannot be written by {user} (it is read-only "
                    "for you): nothing was sent; the changes wait here.",
                ),
                **fields,
            )
        if status == 403:
            return RootError(
                QT_TRANSLATE_NOOP(
                    "glossary", "The WebDAV server {root} does not let {user} read {path}."
                ),
                **fields,
            )
        if status == 404:
            return MissingFile(
                QT_TRANSLATE_NOOP("glossary", "{path} is not on the WebDAV server {root}."),
                **fields,
            )
        if status in (405, 501) and method == "PROPFIND":
            return self._not_webdav(response)
        if status == 412 and method == "MOVE":
            return RootError(
                QT_TRANSLATE_NOOP(
                    "glossary",
                    "{path} is already on the WebDAV server {root} and is not written over: "
                    "the changes go at the next sync.",
                ),
                **fields,
            )
        if status == 423:
            return RootError(
                QT_TRANSLATE_NOOP(
                    "glossary",
                    "{path} is locked on the WebDAV server {root} (another program is using "
                    "it): the changes wait here and go at the next sync.",
                ),
                **fields,
            )
        if status == 507:
            return RootError(
                QT_TRANSLATE_NOOP(
                    "glossary",
                    "The WebDAV server {root} has no room left (its storage is full): nothing "
                    "was sent; the changes wait here.",
                ),
                **fields,
            )
        if 300 <= status < 400:
            return RootError(
                QT_TRANSLATE_NOOP(
                    "glossary",
                    "The WebDAV server says that {url} has moved to {location}: set up sync "
                    "with that address.",
                ),
                url=self._url(path),
                location=response.headers.get("Location", "?"),
            )
        if status >= 500:
            return RootError(
                QT_TRANSLATE_NOOP(
                    "glossary",
                    "The WebDAV server {root} has a problem (it answered “{status} {reason}”): "
                    "the changes wait here and go at the next sync.",
                ),
                status=status,
                reason=response.reason_phrase,
                **fields,
            )
        return RootError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "The WebDAV server {root} answered “{status} {reason}” to {method} {path}: "
                "the changes wait here.",
            ),
            status=status,
            reason=response.reason_phrase,
            method=method,
            **fields,
        )


def _reason(exc: BaseException) -> str:
    """What went wrong on the network, in the system's words (never the password: the
    address holds none, and no request header is quoted)."""
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, kind):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
