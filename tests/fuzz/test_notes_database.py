"""The notes database damaged page by page (from a real one with notes, an own glossary
and a backup): the window's way in (``open_store``) opens it, or sets it aside and
restores the backup with every note of the backup, or refuses it with the app's own
error; the command line's way in (``open_unrepaired``) opens it or refuses it and leaves
it as it is; nothing reading an opened one raises anything but the app's own error."""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

from glossary.messages import Problem
from glossary.notes.backups import open_store, open_unrepaired
from glossary.notes.colours import ColourLabels
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.report import select_highlights
from glossary.notes.store import Store
from glossary.paths import NOTES_FILE
from glossary.terms.own import OwnGlossaries
from glossary.words.vocabulary import Vocabulary
from tests.fuzz.checks import filled_data_dir, run_cli
from tests.fuzz.mutations import mutated_bytes, quiet
from tests.fuzz.profiles import fuzz

PAGE = 4096
# Fields of the database header (offset, size): page size, write and read versions,
# reserved space, page count, first freelist page, schema cookie, schema format, text
# encoding, user version, application id.
HEADER_FIELDS = [(16, 2), (18, 1), (19, 1), (20, 1), (28, 4), (32, 4), (40, 4), (44, 4)]
HEADER_FIELDS += [(56, 4), (60, 4), (68, 4)]


@quiet
def damaged_database(draw: st.DrawFn, valid: bytes) -> bytes:
    """``valid`` with pages overwritten, zeroed, swapped or cut off, header fields given
    other values, or bytes damaged anywhere."""
    data = bytearray(valid)
    pages = max(1, len(data) // PAGE)
    for _ in range(draw(st.integers(1, 3))):
        operation = draw(
            st.sampled_from(["header", "header", "page", "zero", "swap", "cut", "bytes"])
        )
        page = draw(st.integers(0, pages - 1))
        start = page * PAGE
        if operation == "header":
            offset, size = draw(st.sampled_from(HEADER_FIELDS))
            value = draw(st.integers(0, 2 ** (8 * size) - 1) | st.sampled_from([1, 2**31, -1]))
            data[offset : offset + size] = (value % 2 ** (8 * size)).to_bytes(size, "big")
        elif operation == "page":
            at = start + draw(st.integers(0, PAGE - 1))
            data[at : at + 16] = draw(st.binary(min_size=16, max_size=16))
        elif operation == "zero":
            data[start : start + PAGE] = bytes(PAGE)
        elif operation == "swap":
            other = draw(st.integers(0, pages - 1)) * PAGE
            data[start : start + PAGE], data[other : other + PAGE] = (
                data[other : other + PAGE],
                data[start : start + PAGE],
            )
        elif operation == "cut":
            del data[draw(st.sampled_from([start, start + draw(st.integers(0, PAGE))])) :]
        else:
            data = bytearray(draw(mutated_bytes(bytes(data), steps=2)))
    return bytes(data)


def journal_apart(data: bytes) -> bytes:
    """A database's bytes but those saying its journal mode (18 and 19), which opening
    it for writing sets, as any SQLite program does, before a migration finds that what
    it holds does not match its version."""
    return data[:18] + data[20:]


def read_everything(store: Store) -> None:
    """What the window and the command line read: may fail only with the app's error."""
    try:
        for record in Documents(store).all():
            Highlights(store).of_document(record.id, include_deleted=True)
        select_highlights(store)
        ColourLabels(store).all()
        own = OwnGlossaries(store)
        for info in own.all():
            own.load(info.id)
        Vocabulary(store).items()
        Highlights(store).search("pakar")
    except Problem as exc:
        assert str(exc).strip()


def uuids(store: Store) -> set[str]:
    return {
        h.uuid
        for record in Documents(store).all()
        for h in Highlights(store).of_document(record.id, include_deleted=True)
    }


@fuzz(damage=st.data())
def test_notes_databases(folder: Path, damage: st.DataObject) -> None:
    data = filled_data_dir(folder)
    path = data / NOTES_FILE
    valid = path.read_bytes()
    with Store(path) as sound:
        kept = uuids(sound)
    damaged = damage.draw(damaged_database(valid))
    path.write_bytes(damaged)

    # The command line: opened as it is, or refused and left as it is.
    try:
        store = open_unrepaired(path)
    except Problem as exc:
        assert str(exc).strip()
        assert journal_apart(path.read_bytes()) == journal_apart(damaged)
    else:
        with store:
            read_everything(store)
    run_cli("--data-dir", data, "notes", "list", "--json")
    run_cli("--data-dir", data, "glossary", "list")
    run_cli("--data-dir", data, "export", "--format", "md", "--output", folder)

    # The window: opened as it is, or set aside with the backup restored, or refused.
    try:
        store, message = open_store(path)
    except Problem as exc:
        assert str(exc).strip()
        return
    with store:
        read_everything(store)
        if message is not None:
            aside = [p for p in data.iterdir() if ".damaged-" in p.name and p.suffix != ".json"]
            assert aside, "the damaged database was not set aside"
            assert not (kept - uuids(store)), "notes of the backup were lost"
