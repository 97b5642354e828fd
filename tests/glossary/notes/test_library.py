from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from glossary.documents.loading import load_document
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.library import Library, RelocateError
from glossary.notes.store import Store
from glossary.words.vocabulary import Vocabulary


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "notes.sqlite3") as opened:
        yield opened


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_the_library_lists_documents_with_progress_and_notes(store: Store, tmp_path: Path) -> None:
    first = load_document(write(tmp_path / "satu.md", "# Satu\n\nTeks pertama yang cukup panjang."))
    second = load_document(write(tmp_path / "dua.txt", "Teks kedua."))
    one = Documents(store).remember(first)
    two = Documents(store).remember(second)
    Highlights(store).add(one, first.text, 0, 4)
    deleted = Highlights(store).add(one, first.text, 5, 9)
    Highlights(store).delete(deleted.id)
    library = Library(store)
    library.set_position(one, 12, 0.4)
    entries = library.entries()
    assert [e.id for e in entries] == [two, one]  # the most recently opened first
    entry = library.entry(one)
    assert entry is not None
    assert (entry.title, entry.notes, entry.position, entry.progress) == ("Satu", 1, 12, 0.4)
    assert not entry.missing and library.position(one) == 12
    assert library.open(entry).sha256 == first.sha256


def test_a_moved_file_is_found_again_by_its_text(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "lama.txt", "Teks yang dipindah.")
    document_id = Documents(store).remember(load_document(path))
    moved = tmp_path / "baru" / "nama-lain.txt"
    moved.parent.mkdir()
    path.rename(moved)
    library = Library(store)
    assert library.entries()[0].missing
    other = write(tmp_path / "lain.txt", "Teks lain sama sekali.")
    with pytest.raises(RelocateError, match="does not hold the text"):
        library.relocate(document_id, other)
    library.relocate(document_id, moved)
    entry = library.entries()[0]
    assert entry.path == str(moved) and not entry.missing


def test_removing_keeps_or_deletes_the_notes(store: Store, tmp_path: Path) -> None:
    kept = load_document(write(tmp_path / "a.txt", "Simpan catatannya."))
    gone = load_document(write(tmp_path / "b.txt", "Hapus semuanya."))
    kept_id, gone_id = Documents(store).remember(kept), Documents(store).remember(gone)
    Highlights(store).add(kept_id, kept.text, 0, 6, note="catatan")
    Highlights(store).add(gone_id, gone.text, 0, 5, note="hilang")
    word = Vocabulary(store).keep(headword="hapus", root="hapus", word="Hapus", document_id=gone_id)
    library = Library(store)
    library.remove(kept_id, keep_notes=True)
    library.remove(gone_id, keep_notes=False)
    assert library.entries() == []
    assert [h.note for h in Highlights(store).of_document(kept_id)] == ["catatan"]
    assert Documents(store).id_of(gone.sha256) is None
    assert Highlights(store).search("hilang") == []
    assert Vocabulary(store).item(word.id).document_id is None  # the word stays
    # Opening the kept one again lists it again, with its notes.
    Documents(store).remember(kept)
    assert [e.notes for e in library.entries()] == [1]


def test_one_file_read_in_two_encodings_is_one_library_entry(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "lama.txt"
    path.write_bytes("Ekonomi Tiongkok tumbuh 5% — kata menteri.".encode("cp1252"))
    detected = load_document(path)  # not UTF-8: detected as Windows-1252
    first, _moved = Documents(store).open(detected)
    library = Library(store)
    library.set_position(first, 9, 0.2)
    assert library.chosen_encoding(path) is None  # detected, not chosen
    latin = load_document(path, "latin-1")  # the reader chooses another encoding
    assert latin.sha256 != detected.sha256
    second, _moved = Documents(store).open(latin)
    entries = library.entries()
    assert [e.id for e in entries] == [second]
    assert (entries[0].position, entries[0].progress) == (9, 0.2)
    assert library.chosen_encoding(path) == "latin-1"
    assert library.chosen_encoding(Path(path.name)) is None  # another file of that name
