"""A library encrypted with a passphrase: devices that know it converge as through a plain
one, while the sync root holds nothing readable; a wrong or missing passphrase is
refused before anything is sent or merged; a segment changed, moved, in the clear or
sealed with another key is reported and never merged."""

from __future__ import annotations

import base64
import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag

from glossary.notes.colours import ColourLabels
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store
from glossary.sync import crypto
from glossary.sync.crypto import (
    LINE,
    KdfParameters,
    PassphraseError,
    Sealer,
    derive_key,
    library_sealer,
    new_encryption,
)
from glossary.sync.engine import Sync, device_folder, library_folder
from glossary.sync.roots import FolderRoot
from glossary.sync.segments import Change, encode
from glossary.sync.setup import is_encrypted, load_config, setup_folder
from glossary.words.vocabulary import Vocabulary
from tests.glossary.sync.test_engine import LIBRARY, Device, FakeClock

PASSPHRASE = "kupu-kupu terbang di atas sawah"
WRONG = "kupu-kupu terbang di atas kota"


class EncryptedDevice(Device):
    """A device set up on the encrypted library (made by the first one), syncing with
    ``passphrase``."""

    def __init__(self, folder: Path, root: FolderRoot, passphrase: str | None = PASSPHRASE):
        super().__init__(folder, root, FakeClock())
        self.root = root
        if passphrase is not None:
            setup_folder(self.store, root.folder, LIBRARY, passphrase)
        self.sync = Sync(self.store, root, LIBRARY, now=self.clock, passphrase=passphrase)

    def segments(self) -> list[Path]:
        folder = self.root.folder / device_folder(LIBRARY, self.sync.device)
        return sorted(folder.iterdir()) if folder.exists() else []


@pytest.fixture(autouse=True)
def quick_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Libraries made here ask scrypt for 16 MiB rather than 128: the same crypto, at a
    tenth of the cost (the library's own parameters are used to open it)."""
    monkeypatch.setattr(crypto, "N", 2**14)


@pytest.fixture
def root(tmp_path: Path) -> FolderRoot:
    folder = tmp_path / "Nextcloud"
    folder.mkdir()
    return FolderRoot(folder)


@pytest.fixture
def pair(tmp_path: Path, root: FolderRoot) -> Iterator[tuple[EncryptedDevice, EncryptedDevice]]:
    made = []
    for name in ("laptop", "desktop"):
        (tmp_path / name).mkdir()
        made.append(EncryptedDevice(tmp_path / name, root))
    yield made[0], made[1]
    for device in made:
        device.store.close()


def files_in(root: FolderRoot) -> list[Path]:
    return [p for p in root.folder.rglob("*") if p.is_file()]


def test_two_devices_converge_and_the_root_holds_none_of_their_text(
    pair: tuple[EncryptedDevice, EncryptedDevice], root: FolderRoot
) -> None:
    laptop, desktop = pair
    made = laptop.highlight("Model bahasa", note="rahasia dari laptop", colour=3)
    ColourLabels(laptop.store).set(3, "Pertanyaan ujian")
    Vocabulary(laptop.store).keep(
        headword="cerdas", root="cerdas", word="Kecerdasan", gloss="intelligence", status=1
    )
    laptop.run()
    desktop.run()
    Highlights(desktop.store).set_note(desktop.by_uuid(made.uuid).id, "jawaban dari desktop")
    desktop.run()
    laptop.run()
    assert laptop.notes() == desktop.notes()
    assert laptop.notes()[made.uuid] == ("jawaban dari desktop", 3, False)
    assert ColourLabels(desktop.store).all()[3] == "Pertanyaan ujian"
    kept = Vocabulary(desktop.store).get("cerdas")
    assert kept is not None and kept.gloss == "intelligence"
    # Whoever keeps the root reads nothing: no note, quote, label, word or title.
    segments = laptop.segments() + desktop.segments()
    assert len(segments) == 3 and all(p.read_bytes().startswith(LINE) for p in segments)
    secrets = [
        "rahasia dari laptop",
        "jawaban dari desktop",
        "Model bahasa",
        "Kecerdasan buatan",
        "Pertanyaan ujian",
        "intelligence",
        "cerdas",
        "Catatan",
        laptop.document.sha256,
        made.uuid,
        '"kind"',
    ]
    for path in files_in(root):
        data = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in data, (secret, path)
    # Nothing is left to send: what each merged is not echoed back.
    assert [(r.sent, r.received) for r in (laptop.sync.run(), desktop.sync.run())] == [(0, 0)] * 2


def test_the_library_says_it_is_encrypted_and_never_holds_the_passphrase_or_key(
    pair: tuple[EncryptedDevice, EncryptedDevice], root: FolderRoot
) -> None:
    laptop, _desktop = pair
    data = json.loads((root.folder / library_folder(LIBRARY) / "library.json").read_bytes())
    encryption = data["encryption"]
    assert encryption["scheme"] == "scrypt+aes-256-gcm" and encryption["version"] == 1
    assert {k: encryption["kdf"][k] for k in ("name", "r", "p")} == {
        "name": "scrypt",
        "r": 8,
        "p": 1,
    }
    assert len(base64.b64decode(encryption["kdf"]["salt"])) == 16
    assert is_encrypted(laptop.store, LIBRARY)
    laptop.highlight("belajar", note="x")
    laptop.run()
    # Neither the passphrase nor anything derived from it is kept in the notes store.
    state = dict(laptop.store.query("SELECT name, value FROM sync_state").fetchall())
    assert state[f"encrypted:{LIBRARY}"] == "yes"
    assert all(PASSPHRASE not in str(value) for value in state.values())
    laptop.store.close()
    for path in laptop.store.path.parent.glob("notes.sqlite3*"):
        assert PASSPHRASE.encode() not in path.read_bytes()


def test_a_new_library_asks_scrypt_for_128_mib(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real cost, once
    entry, _sealer = new_encryption("lib", PASSPHRASE)
    kdf = entry["kdf"]
    assert (kdf["n"], kdf["r"], kdf["p"]) == (2**17, 8, 1)
    assert library_sealer("lib", entry, PASSPHRASE) is not None


def test_a_wrong_passphrase_is_refused_at_setup_and_nothing_is_joined(
    tmp_path: Path, pair: tuple[EncryptedDevice, EncryptedDevice], root: FolderRoot
) -> None:
    with Store(tmp_path / "third.sqlite3") as store:
        with pytest.raises(PassphraseError, match="The passphrase is not this library's"):
            setup_folder(store, root.folder, LIBRARY, WRONG)
        with pytest.raises(PassphraseError, match="is encrypted: it cannot be synced without"):
            setup_folder(store, root.folder, LIBRARY)
        assert load_config(store) is None and not is_encrypted(store, LIBRARY)
        setup_folder(store, root.folder, LIBRARY, PASSPHRASE)
        assert load_config(store) is not None and is_encrypted(store, LIBRARY)


def test_a_wrong_passphrase_at_sync_sends_and_merges_nothing(
    tmp_path: Path, pair: tuple[EncryptedDevice, EncryptedDevice], root: FolderRoot
) -> None:
    laptop, desktop = pair
    made = laptop.highlight("belajar", note="dari laptop")
    laptop.run()
    mine = desktop.highlight("Model bahasa", note="dari desktop")
    wrong = Sync(desktop.store, root, LIBRARY, now=desktop.clock, passphrase=WRONG)
    with pytest.raises(PassphraseError, match="The passphrase is not this library's"):
        wrong.run()
    assert desktop.segments() == []  # nothing written
    assert made.uuid not in desktop.notes()  # nothing merged
    desktop.run()  # with the right one, all goes
    laptop.run()
    assert laptop.notes()[mine.uuid][0] == "dari desktop"
    assert desktop.notes()[made.uuid][0] == "dari laptop"


def test_a_device_without_the_passphrase_cannot_write_into_the_library(
    tmp_path: Path, pair: tuple[EncryptedDevice, EncryptedDevice], root: FolderRoot
) -> None:
    laptop, desktop = pair
    laptop.highlight("belajar", note="rahasia")
    laptop.run()
    (tmp_path / "intruder").mkdir()
    intruder = Device(tmp_path / "intruder", root)  # syncs with no passphrase
    intruder.highlight("Model bahasa", note="dalam teks biasa")
    with pytest.raises(PassphraseError, match="is encrypted: it cannot be synced without"):
        intruder.sync.run()
    assert not (root.folder / device_folder(LIBRARY, intruder.sync.device)).exists()
    assert len(intruder.notes()) == 1  # and it merged nothing either
    intruder.store.close()
    # A device that knows the library as encrypted never writes in the clear, even
    # when the library.json is changed to say it is plain.
    library_json = root.folder / library_folder(LIBRARY) / "library.json"
    data = json.loads(library_json.read_bytes())
    del data["encryption"]
    library_json.write_text(json.dumps(data), encoding="utf-8")
    desktop.highlight("Kecerdasan", note="tetap rahasia")
    unguarded = Sync(desktop.store, root, LIBRARY, now=desktop.clock)
    with pytest.raises(PassphraseError, match="now says it is not"):
        unguarded.run()
    assert desktop.segments() == []


def test_a_changed_segment_is_reported_and_skipped_and_the_later_ones_merge(
    pair: tuple[EncryptedDevice, EncryptedDevice], root: FolderRoot
) -> None:
    laptop, desktop = pair
    laptop.run()  # the document
    first = laptop.highlight("belajar", note="pertama")
    laptop.run()
    second = laptop.highlight("Model bahasa", note="kedua")
    laptop.run()
    segment = laptop.segments()[1]
    whole = segment.read_bytes()
    flipped = bytearray(whole)
    flipped[len(whole) // 2] ^= 0x01  # one bit of the ciphertext
    segment.write_bytes(bytes(flipped))
    report = desktop.sync.run()
    name = f"{device_folder(LIBRARY, laptop.sync.device)}/000000000002.jsonl"
    assert [str(p) for p in report.problems] == [
        f"The segment {name} fails its authentication (cut short, changed, or sealed "
        "with another passphrase): skipped, never merged."
    ]
    assert first.uuid not in desktop.notes()
    assert desktop.notes()[second.uuid][0] == "kedua"
    # Whole again (a sync engine had not finished copying it): merged next time.
    segment.write_bytes(whole)
    desktop.run()
    assert desktop.notes()[first.uuid][0] == "pertama"


def test_a_segment_moved_to_another_name_or_cut_short_does_not_open(
    pair: tuple[EncryptedDevice, EncryptedDevice],
) -> None:
    laptop, desktop = pair
    laptop.highlight("belajar", note="satu")
    laptop.run()
    made = laptop.highlight("Model bahasa", note="dua")
    laptop.run()
    one, two = laptop.segments()
    two_bytes = two.read_bytes()
    two.write_bytes(one.read_bytes())  # the first segment again, under the second's name
    report = desktop.sync.run()
    assert len(report.problems) == 1 and "fails its authentication" in str(report.problems[0])
    two.write_bytes(two_bytes[:-1])  # cut short by a byte
    assert "fails its authentication" in str(desktop.sync.run().problems[0])
    two.write_bytes(two_bytes)
    desktop.run()
    assert desktop.notes()[made.uuid][0] == "dua"


def test_a_segment_in_the_clear_in_an_encrypted_library_is_never_merged(
    pair: tuple[EncryptedDevice, EncryptedDevice], root: FolderRoot
) -> None:
    laptop, desktop = pair
    made = laptop.highlight("belajar", note="asli")
    laptop.run()
    desktop.run()
    # Whoever keeps the root writes a segment of their own, in the clear.
    forged = Change("highlight", made.uuid, "9999999999999999.00000.zz", {"note": "palsu"}, {})
    folder = root.folder / device_folder(LIBRARY, "zz")
    folder.mkdir(parents=True)
    (folder / "000000000001.jsonl").write_bytes(encode("zz", 1, [forged]))
    report = desktop.sync.run()
    assert [str(p) for p in report.problems] == [
        f"The segment {device_folder(LIBRARY, 'zz')}/000000000001.jsonl is not encrypted, "
        "but this library is: skipped, never merged."
    ]
    assert desktop.notes()[made.uuid][0] == "asli"


def test_a_sealed_segment_in_a_plain_library_is_not_merged_and_a_passphrase_is_refused(
    tmp_path: Path, root: FolderRoot
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    plain, other = Device(tmp_path / "a", root), Device(tmp_path / "b", root)
    setup_folder(plain.store, root.folder, LIBRARY)
    made = plain.highlight("belajar", note="biasa")
    plain.run()
    segment = root.folder / device_folder(LIBRARY, plain.sync.device) / "000000000001.jsonl"
    sealer = new_encryption(LIBRARY, PASSPHRASE)[1]
    segment.write_bytes(sealer.seal(segment.read_bytes(), "anything"))
    report = other.sync.run()
    assert "is encrypted, but this library is not: skipped." in str(report.problems[0])
    assert made.uuid not in other.notes()
    # Joining a plain library with a passphrase is refused, and so is a sync with one:
    # nothing encrypted goes into a plain library.
    with (
        Store(tmp_path / "c.sqlite3") as store,
        pytest.raises(PassphraseError, match="is not encrypted, so a passphrase cannot"),
    ):
        setup_folder(store, root.folder, LIBRARY, PASSPHRASE)
    with pytest.raises(PassphraseError, match="is not encrypted"):
        Sync(other.store, root, LIBRARY, passphrase=PASSPHRASE).run()
    plain.store.close()
    other.store.close()


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"n": 2}, "are damaged"),  # asks for a weak key
        ({"n": 2**30}, "are damaged"),  # asks for more memory than there is
        ({"salt": "not base64!"}, "are damaged"),
        ({"version": 2}, "encrypted by a newer version of Glossary Reader"),
    ],
)
def test_encryption_settings_changed_or_of_a_newer_version_are_refused(
    pair: tuple[EncryptedDevice, EncryptedDevice],
    root: FolderRoot,
    change: dict[str, object],
    said: str,
) -> None:
    laptop, _desktop = pair
    library_json = root.folder / library_folder(LIBRARY) / "library.json"
    data = json.loads(library_json.read_bytes())
    for key, value in change.items():
        (data["encryption"] if key == "version" else data["encryption"]["kdf"])[key] = value
    library_json.write_text(json.dumps(data), encoding="utf-8")
    laptop.highlight("belajar", note="x")
    with pytest.raises(PassphraseError, match=said):
        laptop.sync.run()
    assert laptop.segments() == []


def test_a_new_library_needs_a_passphrase_that_is_not_empty(
    tmp_path: Path, root: FolderRoot
) -> None:
    with Store(tmp_path / "notes.sqlite3") as store:
        with pytest.raises(PassphraseError, match="cannot be empty"):
            setup_folder(store, root.folder, LIBRARY, "")
        assert load_config(store) is None
    assert files_in(root) == []


def test_the_same_passphrase_in_any_unicode_form_gives_the_same_key() -> None:
    kdf = KdfParameters(2**14, 8, 1, b"0123456789abcdef")
    composed = unicodedata.normalize("NFC", "kafé rahasia")
    decomposed = unicodedata.normalize("NFD", "kafé rahasia")
    assert composed != decomposed
    assert derive_key(composed, kdf) == derive_key(decomposed, kdf)
    assert derive_key("lain", kdf) != derive_key(composed, kdf)


def test_a_sealed_file_opens_only_under_its_name_and_never_twice_the_same() -> None:
    sealer = Sealer(bytes(32))
    one, two = sealer.seal(b"isi", "segment a/b/1"), sealer.seal(b"isi", "segment a/b/1")
    assert one != two  # a fresh nonce each time
    assert sealer.open(one, "segment a/b/1") == b"isi"
    with pytest.raises(InvalidTag):
        sealer.open(one, "segment a/b/2")
    with pytest.raises(InvalidTag):
        Sealer(bytes([1] * 32)).open(one, "segment a/b/1")
    entry, _ = new_encryption("lib", PASSPHRASE)
    assert library_sealer("lib", entry, PASSPHRASE) is not None
    with pytest.raises(PassphraseError, match="not this library's"):
        library_sealer("other", entry, PASSPHRASE)  # the check is bound to its library


def test_a_snapshot_is_sealed_and_a_snapshot_renamed_as_a_segment_does_not_open(
    pair: tuple[EncryptedDevice, EncryptedDevice], root: FolderRoot
) -> None:
    laptop, desktop = pair
    made = laptop.highlight("Model bahasa", note="rahasia")
    laptop.run()
    desktop.run()  # it has read segment 1
    Highlights(laptop.store).set_note(laptop.by_uuid(made.uuid).id, "rahasia dalam ringkasan")
    laptop.run()
    assert laptop.sync.compact() == 2
    (snapshot,) = [p for p in files_in(root) if p.name.startswith("snapshot-")]
    data = snapshot.read_bytes()
    assert data.startswith(LINE) and b"rahasia" not in data
    segment = snapshot.with_name("000000000002.jsonl")
    segment.write_bytes(data)  # the snapshot put back as the segment it replaced
    report = desktop.sync.run()
    assert "fails its authentication" in str(report.problems[0])
    segment.unlink()
    desktop.run()  # the snapshot itself opens
    assert desktop.notes()[made.uuid][0] == "rahasia dalam ringkasan"
