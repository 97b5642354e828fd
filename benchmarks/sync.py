"""Sync through a WebDAV server on this computer (issue 21): 10,000 highlights with
notes up from device A to an empty root, then down to device B, each within 10 s; a
sync with one change (A edits a note and syncs, then B syncs) within 1 s.

A real WebDAV server (wsgidav on cheroot, 127.0.0.1 and a free port, in a thread of
this process) serves a fresh folder each round; each device is a notes store of its
own, set up with ``setup_webdav`` as ``sync setup --webdav`` does. Each timing is one
``Sync.run()`` with the root opened for it, as a sync of the window or the command line
is. Baseline, alternating with ours in the same run: the same bytes moved by plain
httpx requests to the same server (one PUT of what A wrote, one GET of it): the floor
of any transport over this server.

The requests each kind of sync makes are counted where the server sees them, and
printed, with the bytes a highlight with its note takes in a segment (for the
arithmetic of docs/sync.md).

``--ui``: the window instead (see :func:`run_ui`): the longest stall of its UI thread
while it syncs 10,000 highlights up to the server, under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import uuid4

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import Result, median, print_table
from glossary.documents.loading import load_bundled_article, parse_markdown
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store
from glossary.sync.engine import Sync
from glossary.sync.setup import setup_webdav
from glossary.sync.webdav import WebDAVRoot

COUNT = 10_000
DOCUMENTS = 20
USER = "siti"
PASSWORD = "rahasia-benchmark"

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


# -- the server -----------------------------------------------------------------------------------


class Counting:
    """In front of the server: counts every request by method."""

    def __init__(self, app: WSGIApp) -> None:
        self.app = app
        self.methods: Counter[str] = Counter()
        self._lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        with self._lock:
            self.methods[environ["REQUEST_METHOD"]] += 1
        return self.app(environ, start_response)

    @contextmanager
    def count(self) -> Iterator[Counter[str]]:
        """The requests made within the block, by method."""
        counted: Counter[str] = Counter()
        before = Counter(self.methods)
        yield counted
        counted.update(self.methods - before)


class DAV:
    """wsgidav serving ``folder`` at /dav/ to the user siti, on 127.0.0.1 and a free
    port, in a thread (as tests/glossary/sync/conftest.py's server, without faults)."""

    def __init__(self, folder: Path) -> None:
        from cheroot import wsgi
        from wsgidav.wsgidav_app import WsgiDAVApp

        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        app = WsgiDAVApp(
            {
                "provider_mapping": {"/dav": str(folder)},
                "simple_dc": {"user_mapping": {"*": {USER: {"password": PASSWORD}}}},
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
        self.requests = Counting(app)
        self._server = wsgi.Server(("127.0.0.1", 0), self.requests, numthreads=4)
        self._server.expiration_interval = 0.02
        self._server.prepare()
        self.port = self._server.bind_addr[1]
        self._thread = threading.Thread(target=self._server.serve, daemon=True)
        self._thread.start()

    def url(self, under: str) -> str:
        """The address of a fresh folder ``under`` on the server (made here)."""
        (self.folder / under).mkdir(parents=True, exist_ok=True)
        return f"http://127.0.0.1:{self.port}/dav/{under}/"

    def stop(self) -> None:
        self._server.stop()
        self._thread.join(timeout=10)


# -- the notes --------------------------------------------------------------------------------


def fill(store: Store, count: int = COUNT, seed: int = 21) -> None:
    """``count`` highlights, each with a note, over ``DOCUMENTS`` documents (the bundled
    article with a part of its own each): quotes of 20-120 characters, notes of one to
    a few sentences (30-600 characters, a median of about 150), as students write them."""
    article = load_bundled_article().text
    rng = random.Random(seed)
    words = [w for w in article.split() if w.isalpha()]
    ids = [
        Documents(store).remember(
            parse_markdown(f"{article}\n\nBagian {n}.", path=Path(f"/benchmark/bab{n}.md"))
        )
        for n in range(DOCUMENTS)
    ]
    length = len(article)
    created = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
    with store.transaction() as db:
        for i in range(count):
            size = rng.randint(20, 120)
            start = rng.randrange(40, length - size - 40)
            sentences = max(1, min(8, round(rng.lognormvariate(0.4, 0.6))))
            note = " ".join(
                " ".join(rng.choice(words) for _ in range(rng.randint(6, 14))).capitalize() + "."
                for _ in range(sentences)
            )
            when = (created + timedelta(minutes=7 * i)).isoformat(timespec="seconds")
            db.execute(
                "INSERT INTO highlights (uuid, document_id, exact, prefix, suffix, "
                "start_offset, end_offset, colour, note, created, updated) VALUES "
                "(:u, :d, :e, :p, :s, :a, :b, :c, :n, :w, :w)",
                {
                    "u": str(uuid4()),
                    "d": ids[i % DOCUMENTS],
                    "e": article[start : start + size],
                    "p": article[start - 32 : start],
                    "s": article[start + size : start + size + 32],
                    "a": start,
                    "b": start + size,
                    "c": 1 + i % 5,
                    "n": note,
                    "w": when,
                },
            )


def sync(store: Store, url: str, library: str) -> tuple[int, int]:
    """One sync as the app does it: the root opened for it. (sent, received)"""
    with WebDAVRoot(url, USER, PASSWORD) as root:
        report = Sync(store, root, library).run()
    assert not report.problems, report.problems
    return report.sent, report.received


def segment_bytes(dav: DAV, under: str) -> list[int]:
    """The sizes of the segments on the server below ``under``."""
    return [p.stat().st_size for p in (dav.folder / under).rglob("*.jsonl")]


def line_bytes(dav: DAV, under: str) -> dict[str, float]:
    """The mean bytes of a line of the biggest segment below ``under``, by kind."""
    import json

    biggest = max((dav.folder / under).rglob("*.jsonl"), key=lambda p: p.stat().st_size)
    sizes: dict[str, list[int]] = {}
    for line in biggest.read_bytes().splitlines(keepends=True):
        kind = json.loads(line).get("kind")
        if kind is not None:
            sizes.setdefault(kind, []).append(len(line))
    return {kind: statistics.mean(found) for kind, found in sizes.items()}


# A PROPFIND that asks what a reader of a class's files compares (see docs/sync.md).
ETAG_BODY = (
    b'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop>'
    b"<d:resourcetype/><d:getetag/><d:getcontentlength/><d:getlastmodified/>"
    b"</d:prop></d:propfind>"
)


def propfind_bytes(dav: DAV, entries: int = 100) -> dict[str, tuple[int, float]]:
    """The size of a PROPFIND's answer (``Depth: 1``) as the sync asks it (the resource
    type) and asking the etag, size and time too: for an empty folder, and for each
    file listed in it."""
    import httpx

    from glossary.sync.webdav import PROPFIND_BODY

    url = dav.url("listing")
    bodies = {"as the sync asks": PROPFIND_BODY, "with etag, size, time": ETAG_BODY}
    with httpx.Client(auth=httpx.BasicAuth(USER, PASSWORD), trust_env=False) as client:

        def answer(body: bytes) -> int:
            found = client.request("PROPFIND", url, headers={"Depth": "1"}, content=body)
            return len(found.content)

        empty = {name: answer(body) for name, body in bodies.items()}
        for n in range(entries):
            (dav.folder / "listing" / f"{n + 1:012d}.jsonl").write_bytes(b"{}")
        return {
            name: (empty[name], (answer(body) - empty[name]) / entries)
            for name, body in bodies.items()
        }


# -- one round ----------------------------------------------------------------------------------


class Round:
    """Devices A and B and a fresh folder on the server."""

    def __init__(self, dav: DAV, work: Path, n: int) -> None:
        self.dav = dav
        self.under = f"round{n}"
        self.url = dav.url(self.under)
        (work / f"a{n}").mkdir()
        (work / f"b{n}").mkdir()
        self.a = Store(work / f"a{n}" / "notes.sqlite3")
        fill(self.a)
        self.library = setup_webdav(self.a, self.url, USER, PASSWORD).library
        self.b = Store(work / f"b{n}" / "notes.sqlite3")
        setup_webdav(self.b, self.url, USER, PASSWORD)
        self.client_url = dav.url(f"plain{n}")

    def close(self) -> None:
        self.a.close()
        self.b.close()


def plain(url: str, data: bytes, put: bool = True, get: bool = True) -> None:
    """The same bytes moved by plain httpx: a PUT of them, a GET of them."""
    import httpx

    with httpx.Client(auth=httpx.BasicAuth(USER, PASSWORD), trust_env=False) as client:
        if put:
            client.put(url + "blob", content=data).raise_for_status()
        if get:
            assert len(client.get(url + "blob").content) == len(data)


def run(rounds: int) -> list[Result]:
    times: dict[str, list[float]] = {k: [] for k in ("up", "down", "one", "nothing")}
    base: dict[str, list[float]] = {k: [] for k in ("up", "down", "one", "nothing")}
    requests: dict[str, Counter[str]] = {}
    per_highlight: list[float] = []
    change_bytes: list[int] = []
    up_size = [0]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        dav = DAV(work / "server")
        try:
            for n in range(rounds + 1):  # the first: a warm-up, not counted
                r = Round(dav, work, n)
                try:
                    measured = one_round(r, n % 2 == 1, up_size)
                finally:
                    r.close()
                if n == 0:
                    continue
                for key, (ours, floor, counted) in measured.items():
                    times[key].append(ours)
                    base[key].append(floor)
                    requests[key] = counted
                sizes = segment_bytes(dav, r.under)
                per_highlight.append(max(sizes) / COUNT)
                change_bytes.append(min(sizes))
            lines = line_bytes(dav, r.under)
            listing = propfind_bytes(dav)
        finally:
            dav.stop()
    print(f"requests per sync (a device with {COUNT:,} highlights with notes):")
    names = {
        "up": "A's first sync, up",
        "down": "B's first sync, down",
        "one": "one change: A sends, B receives",
        "nothing": "nothing new (A)",
    }
    for key, name in names.items():
        counted = requests[key]
        shown = ", ".join(f"{m} {c}" for m, c in sorted(counted.items()))
        print(f"  {name:<34} {sum(counted.values()):3d}  ({shown})")
    print(
        f"segment bytes: {statistics.median(per_highlight):.0f} per highlight with its note "
        f"(the first segment); one changed note: {statistics.median(change_bytes):.0f} bytes"
    )
    print(
        "  a line of the first segment, on average: "
        + ", ".join(f"{kind} {size:.0f} bytes" for kind, size in sorted(lines.items()))
    )
    for name, (empty, each) in listing.items():
        print(
            f"PROPFIND (Depth 1) answer, {name}: {empty} bytes for an empty folder, "
            f"{each:.0f} per entry"
        )
    note = "baseline: the same bytes, plain httpx PUT/GET"
    listed = "baseline: one plain PROPFIND of the devices folder"
    budgets = (  # (kind, row, seconds; None: for information)
        ("up", "sync 10k notes: A's first, up", 10),
        ("down", "sync 10k notes: B's first, down", 10),
        ("one", "sync one change: A up, B down", 1),
        ("nothing", "  sync with nothing new", None),
    )
    return [
        Result(
            row,
            median(times[kind]),
            median(base[kind]),
            "(information)" if budget is None else f"< {budget} s",
            budget is None or median(times[kind]) < budget,
            note=listed if budget is None else note,
        )
        for kind, row, budget in budgets
    ]


def one_round(
    r: Round, baseline_first: bool, up_size: list[int]
) -> dict[str, tuple[float, float, Counter[str]]]:
    """Each kind of sync, and its baseline, which goes first alternating:
    kind -> (ours, baseline, requests)."""
    import httpx

    measured: dict[str, tuple[float, float, Counter[str]]] = {}

    def timed(fn: Callable[[], object]) -> tuple[float, Counter[str]]:
        with r.dav.requests.count() as counted:
            start = time.perf_counter()
            fn()
            took = time.perf_counter() - start
        return took, counted

    def pair(key: str, ours: Callable[[], object], floor: Callable[[], object]) -> None:
        if baseline_first:
            b, _ = timed(floor)
            a, counted = timed(ours)
        else:
            a, counted = timed(ours)
            b, _ = timed(floor)
        measured[key] = (a, b, counted)

    def up() -> None:
        sent, _ = sync(r.a, r.url, r.library)
        assert sent >= COUNT, sent

    first = [0]

    def segment() -> bytes:
        # What A wrote: its segments, as the server holds them.
        files = sorted((r.dav.folder / r.under).rglob("*.jsonl"), key=lambda p: p.name)
        return b"".join(p.read_bytes() for p in files[first[0] :])

    def up_plain() -> None:
        # As many bytes as A's first segment: the size it had the round before (the
        # rounds' notes are the same), or, in the first, what it just wrote.
        plain(r.client_url, b"x" * (up_size[0] or len(segment())), get=False)

    pair("up", up, up_plain)
    up_size[0] = len(segment())

    def down() -> None:
        _, received = sync(r.b, r.url, r.library)
        assert received >= COUNT, received

    pair("down", down, lambda: plain(r.client_url, segment(), put=False))

    def nothing() -> None:
        sync(r.a, r.url, r.library)

    def propfind() -> None:
        with httpx.Client(auth=httpx.BasicAuth(USER, PASSWORD), trust_env=False) as client:
            client.request("PROPFIND", r.url, headers={"Depth": "1"}).raise_for_status()

    pair("nothing", nothing, propfind)
    row = r.a.query("SELECT id FROM highlights ORDER BY id LIMIT 1").fetchone()
    Highlights(r.a).set_note(row[0], "Catatan yang diubah: " + datetime.now(UTC).isoformat())
    first[0] = len(list((r.dav.folder / r.under).rglob("*.jsonl")))

    def one() -> None:
        sent, _ = sync(r.a, r.url, r.library)
        _, received = sync(r.b, r.url, r.library)
        assert sent == 1 and received == 1, (sent, received)

    def one_plain() -> None:
        data = segment() or b"x" * 600
        plain(r.client_url, data)

    pair("one", one, one_plain)
    return measured


# -- the window -----------------------------------------------------------------------------------


def _spin(app: Any, until: Callable[[], bool]) -> None:
    """Run the event loop until ``until()`` holds (as the app's own loop would)."""
    while not until():
        app.processEvents()
        time.sleep(0.001)


def watch_sync(
    app: Any, window: Any, idle_first: bool, idle_s: float
) -> tuple[float, float, float]:
    """File > Sync Now in ``window``, watched: (the longest stall, how long the sync
    took, the longest stall over as long idle); the idle watch first if ``idle_first``
    (for ``idle_s``, else as long as the sync took)."""
    from benchmarks.common import StallWatch

    label = window.sync_label
    watch = StallWatch()

    def idle(seconds: float) -> float:
        watch.start()
        start = time.perf_counter()
        _spin(app, lambda: time.perf_counter() - start >= seconds)
        return watch.stop()

    quiet = idle(idle_s) if idle_first else 0.0
    watch.start()
    start = time.perf_counter()
    window.action("syncNowAction").trigger()
    _spin(app, lambda: label.text().startswith(("Synced", "Not synced")))
    took = time.perf_counter() - start
    # What the sync set going (every view of the notes reading them again) ends
    # within the watch.
    _spin(app, lambda: time.perf_counter() - start >= took + 0.5)
    stall = watch.stop()
    assert label.text().startswith("Synced"), label.toolTip()
    if not idle_first:
        quiet = idle(took + 0.5)
    return stall, took, quiet


def run_ui(rounds: int) -> list[Result]:
    """The window's UI thread while it syncs: the longest gap between ticks of a 5 ms
    timer from File > Sync Now until the status bar says "Synced", (up) with 10,000
    highlights of its own to an empty WebDAV folder, and (down) with none, from a folder
    where another device put 10,000 (merged, then every view of the notes reads them
    again). Baseline: the same watch over as long with the window idle, alternating."""
    import gc

    from benchmarks.common import dispose, settle
    from desktop.app import application, build_window
    from desktop.controllers.sync import START_DELAY_MS
    from glossary.paths import NOTES_FILE
    from glossary.sync.passwords import ENVIRONMENT_VARIABLE

    app = application()
    os.environ[ENVIRONMENT_VARIABLE] = PASSWORD  # as a scripted sync gives it
    stalls: dict[str, list[float]] = {"up": [], "down": []}
    idle: dict[str, list[float]] = {"up": [], "down": []}
    took: dict[str, list[float]] = {"up": [], "down": []}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        dav = DAV(work / "server")
        try:
            for n in range(rounds):
                for kind in ("up", "down"):
                    data = work / f"{kind}{n}"
                    url = dav.url(f"{kind}{n}")
                    data.mkdir()
                    if kind == "up":
                        with Store(data / NOTES_FILE) as store:
                            fill(store)
                    else:
                        (work / f"other{n}").mkdir()
                        with Store(work / f"other{n}" / NOTES_FILE) as other:
                            fill(other)
                            library = setup_webdav(other, url, USER, PASSWORD).library
                            sync(other, url, library)
                    window = build_window(data)
                    window.resize(1280, 800)
                    window.show()
                    # Past the controller's own start (sync not set up yet: nothing).
                    settle(app, START_DELAY_MS / 1000 + 0.5)
                    with Store(data / NOTES_FILE) as store:
                        setup_webdav(store, url, USER, PASSWORD)
                    gc.collect()
                    guess = max(took[kind], default=3.0) + 0.5
                    stall, seconds, quiet = watch_sync(app, window, n % 2 == 1, guess)
                    idle[kind].append(quiet)
                    with Store(data / NOTES_FILE) as store:
                        held = store.query("SELECT COUNT(*) FROM highlights").fetchone()[0]
                    assert held >= COUNT, held  # (down: all of the other device's merged)
                    stalls[kind].append(stall)
                    took[kind].append(seconds)
                    window.close()
                    dispose(window)
        finally:
            dav.stop()
    results = []
    for kind, name, note in (
        ("up", "sync 10k up: longest UI stall", "10,000 of its own to an empty folder"),
        ("down", "sync 10k down: longest UI stall", "10,000 from another device, merged"),
    ):
        worst = max(stalls[kind])
        results.append(
            Result(
                name,
                median(stalls[kind]),
                median(idle[kind]),
                "< 100 ms",
                worst < 0.100,
                note=f"{note}; worst {worst * 1000:.0f} ms; sync "
                f"{median(took[kind]):.1f} s; 5 ms timer ticks",
            )
        )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--ui", action="store_true", help="the window's longest stall instead")
    args = parser.parse_args()
    if args.ui:
        from benchmarks.common import quiet_qt

        quiet_qt()
        print_table(run_ui(args.rounds))
    else:
        print_table(run(args.rounds))


if __name__ == "__main__":
    main()
