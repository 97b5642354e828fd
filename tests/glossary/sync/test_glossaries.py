"""Sync of own glossaries and their entries, and of the vocabulary's review logs,
through a folder: devices (separate notes stores) made as in test_engine."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from glossary.model import Category
from glossary.sync.engine import device_folder
from glossary.sync.roots import FolderRoot
from glossary.sync.segments import Change, encode
from glossary.terms.own import OwnGlossaries
from glossary.words.vocabulary import Vocabulary, replayed_card
from tests.glossary.sync.conftest import LIBRARY, Device, everyone_syncs
from tests.glossary.terms.test_files import make_entry


def glossaries(device: Device) -> dict[str, dict[str, object]]:
    """Every own glossary on ``device``: name -> its categories and entries (id ->
    (definition in English, position))."""
    own = OwnGlossaries(device.store)
    found: dict[str, dict[str, object]] = {}
    for info in own.all():
        rows = device.store.query(
            "SELECT id, position FROM glossary_entries WHERE glossary_id = :g", {"g": info.id}
        ).fetchall()
        positions = dict(rows)
        found[info.name] = {
            "categories": own.categories(info.id),
            "entries": {e.id: (e.definition_en, positions[e.id]) for e in own.entries(info.id)},
        }
    return found


def uuid_of(device: Device, name: str) -> str:
    row = device.store.query("SELECT uuid FROM glossaries WHERE name = :n", {"n": name}).fetchone()
    assert row is not None, f"no glossary {name!r} on this device"
    return str(row[0])


def glossary_id(device: Device, name: str) -> int:
    info = OwnGlossaries(device.store).find(name)
    assert info is not None, f"no glossary {name!r} on this device"
    return info.id


def test_every_glossary_has_its_own_uuid(devices: list[Device]) -> None:
    laptop, desktop, _phone = devices
    own = OwnGlossaries(laptop.store)
    own.create("Biologi")
    own.create("Kimia")
    OwnGlossaries(desktop.store).create("Biologi")
    uuids = {uuid_of(laptop, "Biologi"), uuid_of(laptop, "Kimia"), uuid_of(desktop, "Biologi")}
    assert len(uuids) == 3 and all(len(u) == 32 for u in uuids)


def test_a_glossary_with_entries_made_on_one_device_appears_on_the_others(
    devices: list[Device],
) -> None:
    laptop, desktop, phone = devices
    own = OwnGlossaries(laptop.store)
    gid = own.create("Biologi")
    own.add_category(gid, Category("sel", "Cells", "Sel"))
    own.save_entry(gid, make_entry(1))
    own.save_entry(gid, make_entry(2, category="sel", related=("term-1",)))
    everyone_syncs(devices)
    expected = glossaries(laptop)
    assert set(expected["Biologi"]["entries"]) == {"term-1", "term-2"}  # type: ignore[arg-type]
    for device in (desktop, phone):
        assert glossaries(device) == expected
        assert uuid_of(device, "Biologi") == uuid_of(laptop, "Biologi")
        got = OwnGlossaries(device.store).load(glossary_id(device, "Biologi"))
        assert got.entry("term-2") == make_entry(2, category="sel", related=("term-1",))
    # In step: nothing is sent again.
    reports = [device.sync.run() for device in devices]
    assert [(r.sent, r.received) for r in reports] == [(0, 0)] * 3


def test_an_entry_edited_on_another_device_comes_back(devices: list[Device]) -> None:
    laptop, desktop, phone = devices
    gid = OwnGlossaries(laptop.store).create("Biologi")
    OwnGlossaries(laptop.store).save_entry(gid, make_entry(1))
    everyone_syncs(devices)
    own = OwnGlossaries(desktop.store)
    there = glossary_id(desktop, "Biologi")
    own.save_entry(there, make_entry(1, definition_en="Edited at home."), replacing="term-1")
    own.save_entry(there, make_entry(3))
    everyone_syncs(devices)
    for device in (laptop, phone):
        entries = glossaries(device)["Biologi"]["entries"]
        assert entries == glossaries(desktop)["Biologi"]["entries"]
        assert entries["term-1"][0] == "Edited at home."  # type: ignore[index]
        assert "term-3" in entries  # type: ignore[operator]


def test_an_entry_deleted_on_one_device_is_deleted_on_the_others(devices: list[Device]) -> None:
    laptop, desktop, _phone = devices
    gid = OwnGlossaries(laptop.store).create("Biologi")
    for n in (1, 2):
        OwnGlossaries(laptop.store).save_entry(gid, make_entry(n))
    everyone_syncs(devices)
    OwnGlossaries(desktop.store).delete_entry(glossary_id(desktop, "Biologi"), "term-1")
    everyone_syncs(devices)
    assert set(glossaries(laptop)["Biologi"]["entries"]) == {"term-2"}  # type: ignore[arg-type]
    # Made again with the same id, it comes back everywhere.
    OwnGlossaries(laptop.store).save_entry(gid, make_entry(1, definition_en="Again."))
    everyone_syncs(devices)
    for device in devices:
        entries = glossaries(device)["Biologi"]["entries"]
        assert entries["term-1"][0] == "Again."  # type: ignore[index]


def test_a_glossary_deleted_on_one_device_disappears_and_stays_deleted(
    devices: list[Device],
) -> None:
    laptop, desktop, phone = devices
    gid = OwnGlossaries(laptop.store).create("Biologi")
    OwnGlossaries(laptop.store).save_entry(gid, make_entry(1))
    OwnGlossaries(laptop.store).create("Kimia")
    everyone_syncs(devices)
    assert set(glossaries(phone)) == {"Biologi", "Kimia"}
    OwnGlossaries(laptop.store).delete(gid)
    everyone_syncs(devices)
    for device in devices:
        assert set(glossaries(device)) == {"Kimia"}
        assert device.store.query("SELECT COUNT(*) FROM glossary_entries").fetchone()[0] == 0
    # More syncs, and an edit of another glossary, do not bring it back.
    OwnGlossaries(desktop.store).save_entry(glossary_id(desktop, "Kimia"), make_entry(4))
    everyone_syncs(devices, rounds=3)
    for device in devices:
        assert set(glossaries(device)) == {"Kimia"}
    assert [device.sync.run().sent for device in devices] == [0, 0, 0]


def test_a_glossary_deleted_while_another_device_edits_an_entry_stays_deleted(
    devices: list[Device],
) -> None:
    laptop, desktop, phone = devices
    gid = OwnGlossaries(laptop.store).create("Biologi")
    OwnGlossaries(laptop.store).save_entry(gid, make_entry(1))
    everyone_syncs(devices)
    # Apart: the laptop deletes the glossary, the desktop edits and adds entries in it.
    OwnGlossaries(laptop.store).delete(gid)
    there = glossary_id(desktop, "Biologi")
    OwnGlossaries(desktop.store).save_entry(
        there, make_entry(1, definition_en="Edited."), replacing="term-1"
    )
    OwnGlossaries(desktop.store).save_entry(there, make_entry(2))
    desktop.run()
    laptop.run()
    everyone_syncs(devices)
    for device in (laptop, desktop, phone):
        assert glossaries(device) == {}
    # The edit is not lost: it is kept with what was synced for the entry.
    synced = laptop.store.query(
        "SELECT value FROM sync_fields WHERE kind = 'entry' AND field = 'fields' "
        "AND key LIKE '%:term-1'"
    ).fetchone()
    assert json.loads(synced[0])["definition_en"] == "Edited."


def test_glossaries_of_the_same_name_made_apart_are_both_kept_under_two_names(
    devices: list[Device],
) -> None:
    laptop, desktop, _phone = devices
    first = OwnGlossaries(laptop.store).create("Biologi")
    OwnGlossaries(laptop.store).save_entry(first, make_entry(1))
    desktop.clock.ms += 60_000  # the desktop's is made a minute later
    later = OwnGlossaries(desktop.store).create("biologi")
    OwnGlossaries(desktop.store).save_entry(later, make_entry(2))
    laptop_uuid, desktop_uuid = uuid_of(laptop, "Biologi"), uuid_of(desktop, "biologi")
    everyone_syncs(devices, rounds=3)
    for device in devices:
        assert set(glossaries(device)) == {"Biologi", "biologi (2)"}
        assert uuid_of(device, "Biologi") == laptop_uuid  # the earlier keeps its name
        assert uuid_of(device, "biologi (2)") == desktop_uuid
        assert set(glossaries(device)["biologi (2)"]["entries"]) == {"term-2"}  # type: ignore[arg-type]
    assert [device.sync.run().sent for device in devices] == [0, 0, 0]


def _reviews(device: Device, headword: str) -> list[tuple[str, int]]:
    return device.store.query(
        "SELECT reviewed, rating FROM review_log WHERE headword = :h ORDER BY reviewed",
        {"h": headword},
    ).fetchall()


def test_a_review_is_logged(devices: list[Device]) -> None:
    laptop = devices[0]
    vocabulary = Vocabulary(laptop.store)
    word = vocabulary.keep(headword="ajar", root="ajar", word="belajar")
    when = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    reviewed = vocabulary.review(word.id, 3, when)
    assert _reviews(laptop, "ajar") == [("2026-12-01T09:30:00.000Z", 3)]
    with laptop.store.transaction() as db:
        card = replayed_card(db, "id", "ajar")
    assert card is not None and reviewed.card == json.dumps(card.to_dict())
    assert reviewed.status == 2  # learning


def test_reviews_of_one_word_on_two_devices_apart_end_with_the_same_card_and_both_logs(
    devices: list[Device],
) -> None:
    laptop, desktop, phone = devices
    Vocabulary(laptop.store).keep(headword="ajar", root="ajar", word="belajar")
    everyone_syncs(devices)
    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    # Apart: the laptop reviews it twice at school, the desktop once at home between.
    at_school = Vocabulary(laptop.store)
    word = at_school.get("ajar")
    assert word is not None
    at_school.review(word.id, 3, start)
    at_home = Vocabulary(desktop.store)
    there = at_home.get("ajar")
    assert there is not None
    at_home.review(there.id, 1, start + timedelta(hours=5))
    at_school.review(word.id, 4, start + timedelta(days=1))
    everyone_syncs(devices, rounds=3)
    logs = _reviews(laptop, "ajar")
    assert [rating for _when, rating in logs] == [3, 1, 4]
    cards = set()
    for device in devices:
        assert _reviews(device, "ajar") == logs
        kept = Vocabulary(device.store).get("ajar")
        assert kept is not None and kept.card is not None
        cards.add((kept.card, kept.due))
    assert len(cards) == 1
    assert [device.sync.run().sent for device in devices] == [0, 0, 0]
    # The card is the replay of the three reviews in time order.
    alone = Vocabulary(phone.store)
    alone.keep(headword="uji", root="uji", word="menguji")
    test = alone.get("uji")
    assert test is not None
    for offset, rating in ((timedelta(0), 3), (timedelta(hours=5), 1), (timedelta(days=1), 4)):
        alone.review(test.id, rating, start + offset)
    replayed = json.loads(alone.get("uji").card)  # type: ignore[union-attr]
    synced = json.loads(next(iter(cards))[0])
    assert {k: v for k, v in synced.items() if k != "card_id"} == {
        k: v for k, v in replayed.items() if k != "card_id"
    }


def test_a_word_reviewed_before_there_were_logs_keeps_the_last_card(
    devices: list[Device],
) -> None:
    laptop, desktop, _phone = devices
    vocabulary = Vocabulary(laptop.store)
    word = vocabulary.keep(headword="ajar", root="ajar", word="belajar")
    old_card = json.dumps(
        {
            "card_id": 1,
            "state": 2,
            "step": None,
            "stability": 3.0,
            "difficulty": 5.0,
            "due": "2026-11-01T00:00:00+00:00",
            "last_review": "2026-10-29T00:00:00+00:00",
        }
    )
    with laptop.store.transaction() as db:  # a card from before logs were kept
        db.execute(
            "UPDATE vocabulary SET card = ?, due = ? WHERE id = ?",
            (old_card, "2026-11-01T00:00:00.000Z", word.id),
        )
    everyone_syncs(devices)
    there = Vocabulary(desktop.store).get("ajar")
    assert there is not None and there.card == old_card
    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    vocabulary.review(word.id, 3, start)
    Vocabulary(desktop.store).review(there.id, 1, start + timedelta(hours=1))
    everyone_syncs(devices, rounds=3)
    cards = {Vocabulary(d.store).get("ajar").card for d in devices}  # type: ignore[union-attr]
    assert len(cards) == 1 and old_card not in cards
    # Last writer wins: the desktop's review was the later.
    assert cards == {Vocabulary(desktop.store).get("ajar").card}  # type: ignore[union-attr]
    assert all(len(_reviews(d, "ajar")) == 2 for d in devices)


def _send(root: FolderRoot, changes: list[Change]) -> None:
    folder = root.folder / device_folder(LIBRARY, "zz")
    folder.mkdir(parents=True, exist_ok=True)
    sequence = len(list(folder.iterdir())) + 1
    (folder / f"{sequence:012d}.jsonl").write_bytes(encode("zz", sequence, changes))


STAMP = "9999999999999999.00000.zz"


def test_bad_received_values_are_refused(devices: list[Device], root: FolderRoot) -> None:
    laptop, desktop, _phone = devices
    gid = OwnGlossaries(laptop.store).create("Biologi")
    OwnGlossaries(laptop.store).save_entry(gid, make_entry(1))
    Vocabulary(laptop.store).keep(headword="ajar", root="ajar", word="belajar")
    everyone_syncs(devices)
    uuid = uuid_of(laptop, "Biologi")
    good = {"word": "id:ajar", "reviewed": "2026-12-01T09:00:00.000Z", "rating": 3, "first": True}
    bad = [
        # A name that is empty, or not as a name is kept; categories that are not.
        Change("glossary", uuid, STAMP, {"name": " "}, {}),
        Change("glossary", uuid, STAMP, {"name": "Bio  logi"}, {}),
        Change("glossary", uuid, STAMP, {"categories": {"x": {"en": "X"}}}, {}),
        Change("glossary", "not-a-uuid", STAMP, {"name": "Fisika"}, {}),
        # An entry whose fields are not an entry's, or another entry's.
        Change("entry", f"{uuid}:term-1", STAMP, {"fields": {"id": "term-1"}}, {}),
        Change("entry", f"{uuid}:term-1", STAMP, {"fields": {**_fields(2)}}, {}),
        Change("entry", f"{uuid}:term-1", STAMP, {"position": -4}, {}),
        Change("entry", f"{uuid}:Term 9", STAMP, {"fields": _fields(9)}, {}),
        # Reviews with a rating of 7, a time that is not one, a word without a language.
        Change("review", "a" * 32, STAMP, {**good, "rating": 7}, {}),
        Change("review", "b" * 32, STAMP, {**good, "reviewed": "yesterday"}, {}),
        Change("review", "c" * 32, STAMP, {**good, "word": "ajar"}, {}),
        Change("review", "d" * 32, STAMP, {**good, "first": "yes"}, {}),
    ]
    before = glossaries(desktop)
    _send(root, bad)
    desktop.run()
    assert glossaries(desktop) == before
    assert desktop.store.query("SELECT COUNT(*) FROM review_log").fetchone()[0] == 0
    kept = Vocabulary(desktop.store).get("ajar")
    assert kept is not None and kept.card is None
    # A good review after them is merged.
    _send(root, [Change("review", "e" * 32, STAMP, good, {})])
    desktop.run()
    assert _reviews(desktop, "ajar") == [("2026-12-01T09:00:00.000Z", 3)]


def _fields(n: int) -> dict[str, object]:
    from glossary.terms.glossary import entry_fields

    return entry_fields(make_entry(n))


def test_glossaries_made_before_the_migration_get_a_uuid_each(tmp_path: Path) -> None:
    import sqlite3

    from glossary.notes.migrations import MIGRATIONS, SCHEMA_VERSION
    from glossary.notes.store import Store

    path = tmp_path / "notes.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    for number in range(7):
        db.executescript(f"BEGIN;{MIGRATIONS[number]}PRAGMA user_version = {number + 1};COMMIT;")
    for name in ("Biologi", "Kimia"):
        db.execute("INSERT INTO glossaries (name, created) VALUES (?, '2025-01-01')", (name,))
    db.close()
    with Store(path, backups=tmp_path / "backups") as store:
        assert store.version == SCHEMA_VERSION >= 8
        uuids = [row[0] for row in store.query("SELECT uuid FROM glossaries").fetchall()]
        assert len(set(uuids)) == 2 and all(len(u) == 32 for u in uuids)
        # They wait to be sent (by a device that synced before, too).
        listed = store.query("SELECT kind, key FROM sync_outbox").fetchall()
        assert {("glossary", u) for u in uuids} <= set(listed)


def test_a_device_that_synced_before_glossaries_were_synced_sends_its_old_ones(
    tmp_path: Path, root: FolderRoot
) -> None:
    import sqlite3

    from glossary.notes.migrations import MIGRATIONS

    (tmp_path / "laptop").mkdir()
    (tmp_path / "desktop").mkdir()
    # A store of before (schema 7) that has synced: its first sync sent all it held then.
    path = tmp_path / "laptop" / "notes.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    for number in range(7):
        db.executescript(f"BEGIN;{MIGRATIONS[number]}PRAGMA user_version = {number + 1};COMMIT;")
    db.execute("INSERT INTO glossaries (name, created) VALUES ('Lama', '2025-01-01')")
    db.execute(
        "INSERT INTO glossary_entries (glossary_id, id, fields, position, updated) "
        "SELECT id, 'term-1', ?, 1, '2025-01-01' FROM glossaries",
        (json.dumps(_fields(1)),),
    )
    db.execute("INSERT INTO sync_state (name, value) VALUES ('backfilled', 'yes')")
    db.close()
    laptop = Device(tmp_path / "laptop", root)
    desktop = Device(tmp_path / "desktop", root)
    try:
        everyone_syncs([laptop, desktop])
        assert set(glossaries(desktop)["Lama"]["entries"]) == {"term-1"}  # type: ignore[arg-type]
    finally:
        laptop.close()
        desktop.close()


def test_a_deleted_glossary_brought_back_comes_with_the_edits_made_meanwhile(
    devices: list[Device], root: FolderRoot
) -> None:
    laptop, desktop, _phone = devices
    gid = OwnGlossaries(laptop.store).create("Biologi")
    OwnGlossaries(laptop.store).save_entry(gid, make_entry(1))
    everyone_syncs(devices)
    uuid = uuid_of(laptop, "Biologi")
    OwnGlossaries(laptop.store).delete(gid)
    OwnGlossaries(desktop.store).save_entry(
        glossary_id(desktop, "Biologi"), make_entry(1, definition_en="Edited."), "term-1"
    )
    everyone_syncs(devices)
    assert glossaries(laptop) == glossaries(desktop) == {}
    # A later change (of a newer version, say) brings the glossary back.
    _send(root, [Change("glossary", uuid, STAMP, {"deleted": None}, {})])
    everyone_syncs(devices)
    for device in devices:
        assert glossaries(device)["Biologi"]["entries"] == {"term-1": ("Edited.", 1)}
        assert uuid_of(device, "Biologi") == uuid
