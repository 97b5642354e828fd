"""Sync through a folder: devices (separate notes stores) that write only their own
segments and merge the others', until every device holds the same notes; edits made
apart are merged field by field, the later wins, and a note's losing text is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.documents.loading import parse_markdown
from glossary.notes.colours import ColourLabels
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.library import Library
from glossary.notes.store import Store
from glossary.sync.engine import Sync, device_folder
from glossary.sync.roots import FolderRoot, RootError
from glossary.sync.segments import sequence_of
from glossary.words.vocabulary import Vocabulary
from tests.glossary.sync.conftest import LIBRARY, Device, FakeClock, everyone_syncs


def test_a_highlight_made_on_one_device_reaches_the_others(devices: list[Device]) -> None:
    laptop, desktop, phone = devices
    made = laptop.highlight("Model bahasa", note="catatan dari sekolah", colour=3)
    everyone_syncs(devices)
    for device in (desktop, phone):
        got = device.by_uuid(made.uuid)
        assert (got.exact, got.note, got.colour) == ("Model bahasa", "catatan dari sekolah", 3)
        assert (got.start, got.end) == (made.start, made.end)
    # Nothing more to send once all are in step: no device echoes what it merged.
    reports = [device.sync.run() for device in devices]
    assert [(r.sent, r.received) for r in reports] == [(0, 0)] * 3


def test_each_device_writes_only_its_own_folder_and_never_rewrites_a_segment(
    devices: list[Device], root: FolderRoot
) -> None:
    laptop, desktop, _phone = devices
    laptop.highlight("Kecerdasan")
    laptop.run()
    folder = root.folder / device_folder(LIBRARY, laptop.sync.device)
    first = sorted(folder.iterdir())
    assert [sequence_of(p.name) for p in first] == [1]
    before = first[0].read_bytes()
    laptop.highlight("belajar")
    laptop.run()
    desktop.run()
    assert sorted(p.name for p in folder.iterdir()) == ["000000000001.jsonl", "000000000002.jsonl"]
    assert first[0].read_bytes() == before
    mine = root.folder / device_folder(LIBRARY, desktop.sync.device)
    assert not mine.exists() or all(p.suffix == ".jsonl" for p in mine.iterdir())


def test_edits_made_apart_merge_field_by_field_and_the_later_note_wins_the_other_kept(
    devices: list[Device],
) -> None:
    laptop, desktop, phone = devices
    made = laptop.highlight("Model bahasa", note="awal")
    everyone_syncs(devices)
    # Apart: the laptop recolours and rewrites the note; the desktop rewrites it later.
    Highlights(laptop.store).set_colour(made.id, 4)
    Highlights(laptop.store).set_note(made.id, "versi laptop")
    on_desktop = desktop.by_uuid(made.uuid)
    desktop.clock.ms = laptop.clock.ms + 1000  # a second later
    Highlights(desktop.store).set_note(on_desktop.id, "versi desktop")
    everyone_syncs(devices)
    for device in devices:
        note, colour, trashed = device.notes()[made.uuid]
        assert (note, colour, trashed) == ("versi desktop", 4, False)  # later note; the colour
        assert device.conflicts(made.uuid) == ["versi laptop"]  # no text dropped
    assert phone.notes() == laptop.notes() == desktop.notes()


def test_an_edit_after_seeing_the_other_is_no_conflict(devices: list[Device]) -> None:
    laptop, desktop, _phone = devices
    made = laptop.highlight("belajar", note="satu")
    everyone_syncs(devices)
    Highlights(desktop.store).set_note(desktop.by_uuid(made.uuid).id, "dua")
    everyone_syncs(devices)
    Highlights(laptop.store).set_note(made.id, "tiga")
    everyone_syncs(devices)
    for device in devices:
        assert device.notes()[made.uuid][0] == "tiga"
        assert device.conflicts(made.uuid) == []


def test_a_deletion_on_one_device_and_an_edit_on_another_keep_both(
    devices: list[Device],
) -> None:
    laptop, desktop, _phone = devices
    made = laptop.highlight("Kecerdasan buatan", note="penting")
    everyone_syncs(devices)
    Highlights(laptop.store).delete(made.id)
    Highlights(desktop.store).set_note(desktop.by_uuid(made.uuid).id, "masih penting")
    everyone_syncs(devices)
    for device in devices:
        # In the Trash on every device, with the note written meanwhile: restorable.
        assert device.notes()[made.uuid] == ("masih penting", 1, True)


def test_a_day_of_clock_skew_still_converges_and_loses_no_text(
    tmp_path: Path, root: FolderRoot
) -> None:
    (tmp_path / "fast").mkdir()
    (tmp_path / "slow").mkdir()
    fast = Device(tmp_path / "fast", root, FakeClock(1_733_500_000_000 + 86_400_000))
    slow = Device(tmp_path / "slow", root, FakeClock(1_733_500_000_000))
    made = slow.highlight("belajar", note="dari yang lambat")
    everyone_syncs([slow, fast])
    Highlights(fast.store).set_note(fast.by_uuid(made.uuid).id, "dari yang cepat")
    everyone_syncs([slow, fast])
    # The slow device edits after seeing the fast one's note: its clock moved past it.
    Highlights(slow.store).set_note(made.id, "jawaban")
    everyone_syncs([slow, fast])
    assert slow.notes() == fast.notes()
    assert slow.notes()[made.uuid][0] == "jawaban"
    fast.store.close()
    slow.store.close()


def test_places_labels_and_kept_words_are_synced(devices: list[Device]) -> None:
    laptop, desktop, _phone = devices
    Library(laptop.store).set_position(laptop.document_id, 40, 0.5)
    ColourLabels(laptop.store).set(2, "Definisi")
    Vocabulary(laptop.store).keep(
        headword="ajar", root="ajar", word="belajar", gloss="learn", status=2
    )
    everyone_syncs(devices)
    assert Library(desktop.store).position(desktop.document_id) == 40
    assert ColourLabels(desktop.store).all()[2] == "Definisi"
    kept = Vocabulary(desktop.store).get("ajar")
    assert kept is not None and (kept.gloss, kept.status, kept.word) == ("learn", 2, "belajar")


def test_a_document_known_only_by_its_text_comes_with_its_notes(
    tmp_path: Path, root: FolderRoot, devices: list[Device]
) -> None:
    laptop, desktop, _phone = devices
    other = parse_markdown("Dokumen lain yang hanya ada di laptop.\n")
    other_id = Documents(laptop.store).remember(other)
    start = other.text.index("laptop")
    made = Highlights(laptop.store).add(other_id, other.text, start, start + 6, 2, "di mana?")
    everyone_syncs(devices)
    got = desktop.by_uuid(made.uuid)
    assert got.note == "di mana?"
    # The desktop knows the document by its text's fingerprint, not its file.
    assert Documents(desktop.store).id_of(other.sha256) == got.document_id


def test_a_segment_cut_short_is_reported_not_merged_and_read_once_whole(
    devices: list[Device], root: FolderRoot
) -> None:
    laptop, desktop, _phone = devices
    made = laptop.highlight("Model bahasa", note="utuh")
    laptop.run()
    segment = root.folder / device_folder(LIBRARY, laptop.sync.device) / "000000000001.jsonl"
    whole = segment.read_bytes()
    segment.write_bytes(whole[: len(whole) // 2])  # a sync engine still copying it
    report = desktop.sync.run()
    assert report.received == 0
    assert [str(p) for p in report.problems] == [
        f"The segment {device_folder(LIBRARY, laptop.sync.device)}/000000000001.jsonl "
        "cannot be read (cut short or garbled): skipped."
    ]
    assert made.uuid not in desktop.notes()
    segment.write_bytes(whole)
    desktop.run()
    assert desktop.notes()[made.uuid][0] == "utuh"


def test_a_segment_of_a_newer_version_is_left_for_it(
    devices: list[Device], root: FolderRoot
) -> None:
    laptop, desktop, _phone = devices
    laptop.highlight("Model bahasa", note="baru")
    laptop.run()
    segment = root.folder / device_folder(LIBRARY, laptop.sync.device) / "000000000001.jsonl"
    data = segment.read_bytes().replace(b'"format":1', b'"format":2', 1)
    segment.write_bytes(data)
    report = desktop.sync.run()
    assert report.received == 0
    assert "newer version of Glossary Reader" in str(report.problems[0])


def test_changes_wait_while_the_root_is_away_and_go_later(
    tmp_path: Path, devices: list[Device], root: FolderRoot
) -> None:
    laptop, desktop, _phone = devices
    away = FolderRoot(tmp_path / "unplugged-usb-stick")
    offline = Sync(laptop.store, away, LIBRARY, now=laptop.clock)
    made = laptop.highlight("belajar", note="ditulis di kereta")
    with pytest.raises(RootError, match="is not there"):
        offline.run()
    laptop.run()  # back online: the change was kept and goes now
    desktop.run()
    assert desktop.notes()[made.uuid][0] == "ditulis di kereta"


def test_a_send_that_fails_midway_leaves_nothing_half_written_and_goes_next_time(
    devices: list[Device], root: FolderRoot
) -> None:
    laptop, desktop, _phone = devices
    made = laptop.highlight("Model bahasa", note="pertama")
    # The device's folder cannot be made (a file is in the way): the segment is not
    # written, its number is used up, the changes wait.
    blocked = root.folder / device_folder(LIBRARY, laptop.sync.device)
    blocked.parent.mkdir(parents=True)
    blocked.write_text("in the way", encoding="utf-8")
    with pytest.raises(RootError):
        laptop.sync.run()
    blocked.unlink()
    laptop.run()
    names = sorted(p.name for p in blocked.iterdir())
    assert names == ["000000000002.jsonl"]  # never a file under a number used before
    desktop.run()
    assert desktop.notes()[made.uuid][0] == "pertama"


def test_a_value_that_is_not_valid_is_not_merged_and_the_rest_is(
    devices: list[Device], root: FolderRoot
) -> None:
    from glossary.sync.segments import Change, encode

    laptop, desktop, _phone = devices
    made = laptop.highlight("belajar", note="asli", colour=2)
    everyone_syncs(devices)
    bad = Change(
        "highlight", made.uuid, "9999999999999999.00000.zz", {"colour": 9, "note": "ok"}, {}
    )
    folder = root.folder / device_folder(LIBRARY, "zz")
    folder.mkdir(parents=True)
    (folder / "000000000001.jsonl").write_bytes(encode("zz", 1, [bad]))
    desktop.run()
    assert desktop.notes()[made.uuid] == ("ok", 2, False)


def _conflicted(devices: list[Device]) -> str:
    laptop, desktop, _phone = devices
    made = laptop.highlight("Model bahasa", note="awal")
    everyone_syncs(devices)
    Highlights(laptop.store).set_note(made.id, "versi laptop")
    desktop.clock.ms = laptop.clock.ms + 1000
    Highlights(desktop.store).set_note(desktop.by_uuid(made.uuid).id, "versi desktop")
    everyone_syncs(devices)
    assert laptop.conflicts(made.uuid) == ["versi laptop"]
    return made.uuid


def test_a_conflict_set_aside_is_gone_on_every_device(devices: list[Device]) -> None:
    from glossary.sync.engine import dismiss_conflicts

    uuid = _conflicted(devices)
    phone = devices[2]
    dismiss_conflicts(phone.store, "highlight", uuid, "note")
    assert phone.conflicts(uuid) == []  # at once, here
    everyone_syncs(devices)
    for device in devices:
        assert device.conflicts(uuid) == []
        assert device.notes()[uuid][0] == "versi desktop"


def test_a_conflicting_text_restored_becomes_the_note_everywhere(devices: list[Device]) -> None:
    uuid = _conflicted(devices)
    laptop = devices[0]
    Highlights(laptop.store).set_note(laptop.by_uuid(uuid).id, "versi laptop")
    assert laptop.conflicts(uuid) == []  # the note's own text is no conflict
    everyone_syncs(devices)
    for device in devices:
        assert device.notes()[uuid][0] == "versi laptop"
        assert device.conflicts(uuid) == []


def test_a_device_that_joins_another_library_sends_all_its_notes_there(
    tmp_path: Path, devices: list[Device]
) -> None:
    from glossary.sync.engine import Sync as Syncing
    from glossary.sync.setup import setup_folder

    laptop = devices[0]
    made = laptop.highlight("belajar", note="dibawa pindah")
    laptop.run()
    # The laptop moves to a new library (say, an encrypted one made for it).
    (tmp_path / "new-share").mkdir()
    other = FolderRoot(tmp_path / "new-share")
    config = setup_folder(laptop.store, other.folder, "pindahan")
    moved = Syncing(laptop.store, other, config.library, now=laptop.clock)
    assert moved.run().sent >= 2  # its document and its note, again
    (tmp_path / "fresh").mkdir()
    fresh = Store(tmp_path / "fresh" / "notes.sqlite3")
    report = Syncing(fresh, other, "pindahan").run()
    assert report.received >= 2
    rows = fresh.query("SELECT note FROM highlights WHERE uuid = :u", {"u": made.uuid})
    assert rows.fetchone()[0] == "dibawa pindah"
    fresh.close()
