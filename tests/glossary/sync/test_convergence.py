"""Any interleaving of changes, syncs and compactions on three devices ends, once each
has synced twice more, with the same notes on all three (and on a fourth that joins
only then, reading snapshots where segments were compacted away), and no note's text
lost: every text written is the note, or one of its conflicting versions, unless an
edit replaced it on a device where it was the note. Own glossaries (made, possibly with
the same name on several devices apart, deleted, their entries written and deleted) and
the reviews of a kept word end the same on all three once they have nothing more to
send, with every review logged everywhere."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary.notes.highlights import Highlights
from glossary.sync.engine import conflicting_texts
from glossary.sync.roots import FolderRoot
from glossary.terms.own import OwnGlossaries
from glossary.words.vocabulary import Vocabulary
from tests.glossary.sync.test_engine import Device
from tests.glossary.sync.test_glossaries import glossaries
from tests.glossary.terms.test_files import make_entry

WORDS = ("Kecerdasan", "buatan", "belajar", "Model", "bahasa")

# An operation: (device 0-2, what, which highlight 0-4, an argument)
operations = st.lists(
    st.tuples(
        st.integers(0, 2),
        st.sampled_from(
            (
                *("make", "note", "colour", "delete", "restore", "sync", "tick", "compact"),
                *("glossary", "entry", "unentry", "drop", "review"),
            )
        ),
        st.integers(0, 4),
        st.integers(1, 5),
    ),
    min_size=1,
    max_size=40,
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(operations)
def test_any_interleaving_converges_and_loses_no_note(ops: list[tuple[int, str, int, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        (base / "root").mkdir()
        root = FolderRoot(base / "root")
        devices = []
        for name in ("a", "b", "c", "late"):
            (base / name).mkdir()
            devices.append(Device(base / name, root))
        try:
            _run(devices[:3], ops, devices[3])
        finally:
            for device in devices:
                device.store.close()


def _run(devices: list[Device], ops: list[tuple[int, str, int, int]], late: Device) -> None:
    uuids: dict[int, str] = {}  # highlight number -> uuid, once made somewhere
    written: set[str] = set()
    replaced: set[str] = set()
    count = 0
    for number, what, which, argument in ops:
        device = devices[number]
        if what == "sync":
            device.run()
        elif what == "compact":
            device.sync.compact()
        elif what == "tick":
            device.clock.ms += argument * 997  # clocks that drift apart
        elif what in ("glossary", "entry", "unentry", "drop", "review"):
            _own(device, what, which, argument, f"{number}-{count}")
            count += 1
        elif what == "make" and which not in uuids:
            text = f"{number}-{count}"
            count += 1
            made = device.highlight(WORDS[which], note=text, colour=argument)
            uuids[which] = made.uuid
            written.add(text)
        elif which in uuids and uuids[which] in device.notes():
            found = device.by_uuid(uuids[which])
            highlights = Highlights(device.store)
            if what == "note":
                text = f"{number}-{count}"
                count += 1
                replaced.add(found.note)
                highlights.set_note(found.id, text)
                written.add(text)
            elif what == "colour":
                highlights.set_colour(found.id, argument)
            elif what == "delete" and found.deleted is None:
                highlights.delete(found.id)
            elif what == "restore" and found.deleted is not None:
                highlights.restore(found.id)
    for _ in range(2):
        for device in devices:
            device.run()
    late.run()
    devices = [*devices, late]
    first = devices[0]
    for other in devices[1:]:
        assert other.notes() == first.notes()
    kept: set[str] = set()
    for uuid, (note, _colour, _trashed) in first.notes().items():
        versions = {d: conflicting_texts(d.store, "highlight", uuid, "note") for d in devices}
        assert len({tuple(v) for v in versions.values()}) == 1  # the same on every device
        kept |= {note, *versions[first]}
    assert written - replaced <= kept
    # Own glossaries and reviews: once nothing more is sent (a rename to keep two
    # glossaries' names apart is itself a change to send), the same everywhere.
    for _ in range(6):
        if not any(device.sync.run().sent for device in devices):
            break
    assert not any(device.sync.run().sent for device in devices)
    for other in devices[1:]:
        assert glossaries(other) == glossaries(first)
        assert _reviews(other) == _reviews(first)


def _own(device: Device, what: str, which: int, argument: int, text: str) -> None:
    """An operation on the device's own glossaries or kept word."""
    own = OwnGlossaries(device.store)
    found = own.all()
    if what == "glossary" and own.find(f"G{which % 2}") is None:
        own.create(f"G{which % 2}")
    elif what == "review":
        vocabulary = Vocabulary(device.store)
        word = vocabulary.get("ajar") or vocabulary.keep(
            headword="ajar", root="ajar", word="belajar"
        )
        vocabulary.review(word.id, argument % 4 + 1)
    elif found:
        glossary_id = found[which % len(found)].id
        ids = {e.id for e in own.entries(glossary_id)}
        entry_id = f"term-{argument}"
        if what == "entry":
            replacing = entry_id if entry_id in ids else None
            own.save_entry(glossary_id, make_entry(argument, definition_en=text), replacing)
        elif what == "unentry" and entry_id in ids:
            own.delete_entry(glossary_id, entry_id)
        elif what == "drop":
            own.delete(glossary_id)


def _reviews(device: Device) -> tuple[object, ...]:
    """The kept word's review logs and card."""
    logs = device.store.query("SELECT * FROM review_log ORDER BY uuid").fetchall()
    card = device.store.query("SELECT card, due FROM vocabulary WHERE headword = 'ajar'")
    return tuple(logs), tuple(card.fetchall())
