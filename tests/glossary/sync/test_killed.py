"""The app killed during a sync (a real SIGKILL, in a process of its own, at three
points: while a segment is being written, right after it is renamed into place, and in
the middle of merging another device's segment): no segment is half written under its
final name, nothing is lost, and the next sync completes. And twenty devices, each
writing only its own folder, end with the same notes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from glossary.notes.highlights import Highlights
from glossary.sync.engine import TOP
from glossary.sync.roots import FolderRoot
from glossary.sync.segments import decode, sequence_of
from tests.conftest import REPO
from tests.glossary.sync.conftest import LIBRARY, Device, everyone_syncs

WORDS = ("Kecerdasan", "buatan", "belajar", "Model", "bahasa")

# A sync in a process of its own that kills itself (SIGKILL: no clean-up of any kind)
# at the point named: before a written segment is renamed into place ("fsync"), right
# after ("replace"), or at the 40th record written while merging ("merge").
CHILD = """
import os, signal, sys
from pathlib import Path
from glossary.notes.store import Store
from glossary.sync import engine, records
from glossary.sync.roots import FolderRoot

notes, share, library, point = sys.argv[1:5]

def die():
    os.kill(os.getpid(), signal.SIGKILL)

if point == "fsync":
    os.fsync = lambda fd: die()
elif point == "replace":
    real_replace = os.replace
    def replace(a, b):
        real_replace(a, b)
        if str(b).endswith(".jsonl"):
            die()
    os.replace = replace
elif point == "merge":
    real_write, calls = records.write, [0]
    def write(*args):
        calls[0] += 1
        if calls[0] == 40:
            die()
        return real_write(*args)
    records.write = write
store = Store(Path(notes))
engine.Sync(store, FolderRoot(Path(share)), library).run()
print("not killed")
"""


def killed_sync(device: Device, share: Path, point: str) -> None:
    device.store.close()
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(device.store.path), str(share), LIBRARY, point],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == -9, result.stdout + result.stderr


def reopen(device: Device) -> Device:
    folder = device.store.path.parent
    return Device(folder, device.root, device.clock)


def segments_whole(share: Path) -> int:
    """How many segments are under their final names, each checked whole."""
    found = [p for p in share.rglob("*.jsonl") if sequence_of(p.name) is not None]
    for path in found:
        decode(path.read_bytes(), path.name)  # SegmentError if cut short
    return len(found)


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


def pair(tmp_path: Path, share: Path) -> tuple[Device, Device]:
    made = []
    for name in ("laptop", "desktop"):
        (tmp_path / name).mkdir()
        made.append(Device(tmp_path / name, FolderRoot(share)))
    return made[0], made[1]


def many_notes(device: Device, count: int) -> dict[str, str]:
    notes = {}
    for number in range(count):
        made = device.highlight(WORDS[number % len(WORDS)], note=f"catatan {number}")
        notes[made.uuid] = made.note
    return notes


@pytest.mark.parametrize("point", ["fsync", "replace"])
def test_killed_while_sending_nothing_is_half_written_or_lost(
    tmp_path: Path, share: Path, point: str
) -> None:
    laptop, desktop = pair(tmp_path, share)
    written = many_notes(laptop, 100)
    killed_sync(laptop, share, point)
    assert segments_whole(share) == (1 if point == "replace" else 0)
    laptop = reopen(laptop)
    laptop.run()  # the next sync completes
    desktop.run()
    assert {u: n for u, (n, _c, _d) in desktop.notes().items()} == written
    assert desktop.notes() == laptop.notes()
    laptop.close()
    desktop.close()


def test_killed_while_merging_the_next_sync_merges_it_all(tmp_path: Path, share: Path) -> None:
    laptop, desktop = pair(tmp_path, share)
    written = many_notes(laptop, 100)
    laptop.run()
    killed_sync(desktop, share, "merge")
    desktop = reopen(desktop)
    assert desktop.notes() == {}  # the merge's transaction was rolled back whole
    desktop.run()
    assert {u: n for u, (n, _c, _d) in desktop.notes().items()} == written
    assert desktop.sync.run().received == 0  # read once, not again
    laptop.close()
    desktop.close()


def test_twenty_devices_end_with_the_same_notes(tmp_path: Path, share: Path) -> None:
    devices = []
    for number in range(20):
        (tmp_path / f"d{number}").mkdir()
        devices.append(Device(tmp_path / f"d{number}", FolderRoot(share)))
    try:
        for number, device in enumerate(devices):
            device.highlight(WORDS[number % len(WORDS)], note=f"dari perangkat {number}")
        # Two of them edit the same note while apart: the later wins, the other is kept.
        everyone_syncs(devices, rounds=1)
        first = devices[0].notes()
        shared = next(iter(first))
        for device, text in ((devices[3], "tiga"), (devices[17], "tujuh belas")):
            device.clock.ms += 1000
            Highlights(device.store).set_note(device.by_uuid(shared).id, text)
        everyone_syncs(devices, rounds=2)
        notes = devices[0].notes()
        assert len(notes) == 20
        assert all(device.notes() == notes for device in devices)
        assert notes[shared][0] in ("tiga", "tujuh belas")
        assert {notes[shared][0], *devices[5].conflicts(shared)} == {"tiga", "tujuh belas"}
        folders = sorted(p.name for p in (share / TOP / LIBRARY / "devices").iterdir())
        assert folders == sorted(device.sync.device for device in devices)
    finally:
        for device in devices:
            device.close()
