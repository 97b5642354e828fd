"""A device's log compacted into a snapshot: its old segments go, a device that joins
later reads the snapshot alone, one that had read part of the log catches up from it;
a segment missing or unreadable in the middle of a log is read again alone, never the
ones after it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from glossary.notes.highlights import Highlights
from glossary.sync.engine import device_folder
from glossary.sync.roots import FolderRoot
from tests.glossary.sync.conftest import LIBRARY, Device

Maker = Callable[[str], Device]


@pytest.fixture
def make(tmp_path: Path, root: FolderRoot) -> Iterator[Callable[[str], Device]]:
    made: list[Device] = []

    def device(name: str) -> Device:
        (tmp_path / name).mkdir()
        made.append(Device(tmp_path / name, root))
        return made[-1]

    yield device
    for one in made:
        one.close()


def files(root: FolderRoot, device: Device) -> list[str]:
    return sorted(
        p.name for p in (root.folder / device_folder(LIBRARY, device.sync.device)).iterdir()
    )


def test_every_few_segments_a_device_compacts_its_log_into_a_snapshot(
    make: Maker, root: FolderRoot
) -> None:
    laptop = make("laptop")
    laptop.sync.compact_every = 3
    made = laptop.highlight("Kecerdasan", note="satu")
    for text in ("dua", "tiga", "empat"):
        laptop.run()
        Highlights(laptop.store).set_note(laptop.by_uuid(made.uuid).id, text)
    laptop.run()
    # Segments 1-3 were compacted at the third sync; the fourth came after it.
    assert files(root, laptop) == ["000000000004.jsonl", "snapshot-000000000003.jsonl"]

    phone = make("phone")
    report = phone.sync.run()
    assert report.read == 2  # the snapshot and the one segment after it
    assert phone.notes()[made.uuid][0] == "empat"


def test_a_device_that_read_part_of_the_log_catches_up_from_the_snapshot(
    make: Maker, root: FolderRoot
) -> None:
    laptop, desktop = make("laptop"), make("desktop")
    first = laptop.highlight("Kecerdasan", note="awal")
    laptop.run()
    desktop.run()  # it has read segment 1
    second = laptop.highlight("belajar", note="kemudian", colour=3)
    laptop.run()
    Highlights(laptop.store).set_colour(laptop.by_uuid(first.uuid).id, 4)
    laptop.run()
    assert laptop.sync.compact() == 3
    assert files(root, laptop) == ["snapshot-000000000003.jsonl"]
    desktop.run()
    assert desktop.notes()[second.uuid] == ("kemudian", 3, False)
    assert desktop.notes()[first.uuid] == ("awal", 4, False)
    # Read once: the next sync reads nothing of the laptop's again.
    assert desktop.sync.run().read == 0


def test_a_note_that_lost_to_another_device_is_still_shown_after_compaction(
    make: Maker, root: FolderRoot
) -> None:
    laptop, desktop = make("laptop"), make("desktop")
    made = laptop.highlight("Kecerdasan", note="awal")
    laptop.run()
    desktop.run()
    Highlights(laptop.store).set_note(laptop.by_uuid(made.uuid).id, "dari laptop")
    desktop.clock.ms += 60_000  # the desktop edits later: its text wins
    Highlights(desktop.store).set_note(desktop.by_uuid(made.uuid).id, "dari desktop")
    laptop.run()
    desktop.run()
    laptop.run()
    laptop.sync.compact()
    desktop.sync.compact()
    phone = make("phone")
    phone.run()
    assert phone.notes()[made.uuid][0] == "dari desktop"
    assert phone.conflicts(made.uuid) == laptop.conflicts(made.uuid) == ["dari laptop"]


def test_a_missing_segment_is_waited_for_and_those_after_it_are_read_once(
    make: Maker, root: FolderRoot
) -> None:
    laptop, desktop = make("laptop"), make("desktop")
    one = laptop.highlight("Kecerdasan", note="satu")
    laptop.run()
    two = laptop.highlight("belajar", note="dua")
    laptop.run()
    folder = root.folder / device_folder(LIBRARY, laptop.sync.device)
    first = folder / "000000000001.jsonl"
    held = first.read_bytes()
    first.unlink()  # a sync engine that brought segment 2 before segment 1
    report = desktop.sync.run()
    assert report.read == 1
    assert two.uuid in desktop.notes() and one.uuid not in desktop.notes()
    assert desktop.sync.run().read == 0  # segment 2 is not read again
    first.write_bytes(held)
    report = desktop.sync.run()
    assert report.read == 1  # segment 1 alone
    assert desktop.notes()[one.uuid][0] == "satu"
    assert desktop.sync.run().read == 0


def test_only_the_garbled_segment_is_read_again_not_those_after_it(
    make: Maker, root: FolderRoot
) -> None:
    laptop, desktop = make("laptop"), make("desktop")
    laptop.highlight("Kecerdasan", note="satu")
    laptop.run()
    laptop.highlight("belajar", note="dua")
    laptop.run()
    laptop.highlight("Model", note="tiga")
    laptop.run()
    folder = root.folder / device_folder(LIBRARY, laptop.sync.device)
    (folder / "000000000002.jsonl").write_bytes(b"not a segment\n")
    report = desktop.sync.run()
    assert (report.read, len(report.problems)) == (2, 1)
    again = desktop.sync.run()
    assert (again.read, len(again.problems)) == (0, 1)  # only segment 2 tried, and said
    assert sorted(n for n, _c, _d in desktop.notes().values()) == ["satu", "tiga"]
