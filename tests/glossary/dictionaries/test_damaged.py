"""Damaged and strange dictionary files: a clear error or a warning, never a crash."""

from __future__ import annotations

import gzip
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.dictionaries.installed import DictionaryError, discover, open_dictionary
from tests.glossary.dictfactories import write_dictd, write_stardict

from .test_installed import ENG_IND, texts


def test_missing_dict_file(tmp_path: Path) -> None:
    index = write_dictd(tmp_path, "d", ENG_IND)
    (tmp_path / "d.dict").unlink()
    with pytest.raises(DictionaryError, match=r"d\.index: no d\.dict / d\.dict\.dz beside it"):
        open_dictionary(index)


@pytest.mark.parametrize("compress", [False, True])
def test_a_truncated_dict_file_gives_warnings_not_errors(tmp_path: Path, compress: bool) -> None:
    entries = {f"word{i}": f"definition number {i} " * 5 for i in range(40)}
    index = write_dictd(tmp_path, "d", entries, compress=compress)
    data = tmp_path / ("d.dict.dz" if compress else "d.dict")
    data.write_bytes(data.read_bytes()[: data.stat().st_size // 2])
    dictionary = open_dictionary(index)
    assert dictionary.lookup("word0")[0].text.startswith("definition number 0")
    assert dictionary.lookup("word39") == []
    problem = "is truncated" if compress else "offset beyond the end of d.dict"
    assert len(dictionary.warnings) == 1
    assert "d.index" in dictionary.warnings[0] and problem in dictionary.warnings[0]
    # The reverse index is built from the entries that can be read.
    assert dictionary.reverse_lookup("number")


def test_an_offset_beyond_the_end_is_a_warning_at_lookup_time(tmp_path: Path) -> None:
    write_dictd(tmp_path / "d", "freedict-eng-ind", {"good": "baik"})
    index = tmp_path / "d" / "freedict-eng-ind.index"
    index.write_text(index.read_text() + "bad\tBAAAA\tZ\n")
    found = discover([tmp_path / "d"])
    assert found.warnings == []
    assert found.lookup("bad", "eng") == []
    assert found.lookup("baik", "ind")[0].headword == "good"
    assert found.warnings == [f"{index}: offset beyond the end of freedict-eng-ind.dict."]
    found.lookup("bad", "eng")
    assert len(found.warnings) == 1
    found.close()


def test_garbage_lines_are_skipped_and_counted(tmp_path: Path) -> None:
    index = write_dictd(tmp_path, "d", ENG_IND)
    index.write_text(index.read_text() + "no tabs here\nbad\tbase64!\tA\nfour\tA\tB\tC\n\n")
    dictionary = open_dictionary(index)
    assert len(dictionary) == len(ENG_IND)
    assert dictionary.warnings == [f"{index}: 3 damaged lines of 9 skipped."]
    assert texts(dictionary.lookup("cart")) == [("cart", "kereta")]


def test_mostly_garbage_is_not_a_dictionary(tmp_path: Path) -> None:
    index = write_dictd(tmp_path, "d", {"a": "b"})
    index.write_text(index.read_text() + "x\n" * 5 + "y\t?\t?\n")
    with pytest.raises(DictionaryError, match="6 of 7 lines are not dictd index entries"):
        open_dictionary(index)


def test_a_binary_file_named_index(tmp_path: Path) -> None:
    write_dictd(tmp_path, "d", {"a": "b"})
    (tmp_path / "d.index").write_bytes(bytes(range(256)) * 10)
    with pytest.raises(DictionaryError, match="not a text file"):
        open_dictionary(tmp_path / "d.index")
    (tmp_path / "d.index").write_bytes(os.urandom(2000).replace(b"\0", b"\1"))
    with pytest.raises(DictionaryError, match="lines are not dictd index entries"):
        open_dictionary(tmp_path / "d.index")


@pytest.mark.parametrize("empty", ["d.index", "d.dict", "d.dict.dz"])
def test_empty_files(tmp_path: Path, empty: str) -> None:
    index = write_dictd(tmp_path, "d", {"a": "b"}, compress=empty.endswith(".dz"))
    (tmp_path / empty).write_bytes(b"")
    if empty == "d.index":
        with pytest.raises(DictionaryError, match=r"d\.index is empty"):
            open_dictionary(index)
        return
    dictionary = open_dictionary(index)
    assert dictionary.lookup("a") == []
    assert dictionary.warnings[0].startswith(f"{index}: ")
    assert empty in dictionary.warnings[0]


@pytest.mark.parametrize("empty", ["d.ifo", "d.idx"])
def test_empty_stardict_files(tmp_path: Path, empty: str) -> None:
    write_stardict(tmp_path, "d", {"a": "b"})
    (tmp_path / empty).write_bytes(b"")
    with pytest.raises(DictionaryError, match=rf"{empty} is empty"):
        open_dictionary(tmp_path / "d.ifo")


def test_definitions_that_are_not_utf8(tmp_path: Path) -> None:
    index = write_dictd(tmp_path, "d", {"café": "caf\xe9".encode("latin-1")})
    assert open_dictionary(index).lookup("café")[0].text == "caf\ufffd"
    ifo = write_stardict(tmp_path, "s", {"café": b"caf\xe9 \xff"})
    assert open_dictionary(ifo).lookup("CAFÉ")[0].text == "caf\ufffd \ufffd"


def test_a_huge_index_is_not_read(tmp_path: Path) -> None:
    index = write_dictd(tmp_path, "d", {"a": "b"})
    with open(index, "r+b") as handle:
        handle.truncate(201 * 1024 * 1024)  # sparse: nothing is written
    with pytest.raises(DictionaryError, match="too large"):
        open_dictionary(index)


def test_a_huge_plain_gzip_is_refused(tmp_path: Path) -> None:
    write_dictd(tmp_path, "d", {"a": "b"})
    (tmp_path / "d.dict").unlink()
    with gzip.open(tmp_path / "d.dict.dz", "wb", compresslevel=1) as handle:
        chunk = bytes(1 << 20)
        for _ in range(201):
            handle.write(chunk)
    dictionary = open_dictionary(tmp_path / "d.index")
    assert dictionary.lookup("a") == []
    assert "over 200 MB uncompressed" in dictionary.warnings[0]


def test_ifo_with_the_wrong_first_line(tmp_path: Path) -> None:
    ifo = write_stardict(tmp_path, "d", {"a": "b"})
    ifo.write_text("Not StarDict\nwordcount=1\n")
    with pytest.raises(DictionaryError, match=r"not a StarDict \.ifo file"):
        open_dictionary(ifo)


def test_ifo_without_wordcount(tmp_path: Path) -> None:
    ifo = write_stardict(tmp_path, "d", {"a": "b"})
    ifo.write_text("StarDict's dict ifo file\nversion=2.4.2\nbookname=d\n")
    with pytest.raises(DictionaryError, match=r"d\.ifo: no wordcount"):
        open_dictionary(ifo)


def test_ifo_with_strange_offset_bits(tmp_path: Path) -> None:
    ifo = write_stardict(tmp_path, "d", {"a": "b"})
    ifo.write_text(ifo.read_text() + "idxoffsetbits=16\n")
    with pytest.raises(DictionaryError, match="idxoffsetbits is 16"):
        open_dictionary(ifo)


def test_idx_truncated_mid_entry(tmp_path: Path) -> None:
    ifo = write_stardict(tmp_path, "d", ENG_IND)
    idx = tmp_path / "d.idx"
    idx.write_bytes(idx.read_bytes()[:-3])
    dictionary = open_dictionary(ifo)
    assert len(dictionary) == len(ENG_IND) - 1
    assert dictionary.warnings == [f"{ifo}: d.idx is truncated after 5 of 6 entries."]
    assert texts(dictionary.lookup("cause")) == [("cause", "sebab; menyebabkan")]


def test_missing_stardict_files(tmp_path: Path) -> None:
    write_stardict(tmp_path, "d", {"a": "b"})
    (tmp_path / "d.dict").unlink()
    with pytest.raises(DictionaryError, match=r"d\.ifo: no d\.dict / d\.dict\.dz beside it"):
        open_dictionary(tmp_path / "d.ifo")


def test_not_a_dictionary_index(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="not a dictionary index"):
        open_dictionary(tmp_path / "d.txt")


@settings(max_examples=60, deadline=None)
@given(
    kind=st.sampled_from(["d.index", "d.dict", "d.dict.dz", "s.idx", "s.dict", "s.dict.dz"]),
    garbage=st.binary(max_size=600),
    keep=st.integers(0, 600),
)
def test_garbage_files_give_errors_or_warnings_never_crashes(
    kind: str, garbage: bytes, keep: int
) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        compress = kind.endswith(".dz")
        index = write_dictd(folder, "d", ENG_IND, compress=compress, short_name="D")
        ifo = write_stardict(folder, "s", ENG_IND, compress=compress, chunk_length=20)
        target = folder / kind
        # Damage: keep the start of the real file, then garbage.
        target.write_bytes(target.read_bytes()[:keep] + garbage)
        try:
            dictionary = open_dictionary(index if kind.startswith("d") else ifo)
        except DictionaryError:
            return
        try:
            for word in ("cause", "train", "company", "00-database-short"):
                dictionary.lookup(word)
            dictionary.reverse_lookup("sebab")
            dictionary.reverse_lookup("kereta api")
            assert dictionary.name
        finally:
            dictionary.close()


def test_a_definition_claiming_gigabytes_is_refused_not_inflated(tmp_path: Path) -> None:
    # A dictzip whose index says one definition is 2 GB long: reading it would inflate
    # every chunk into memory (about 8 GB for one lookup).
    from tests.glossary.dictfactories import dictd_number, write_dictzip

    write_dictzip(tmp_path / "d.dict.dz", b"x" * 1000, chunk_length=100)
    (tmp_path / "d.index").write_text(
        f"a\t{dictd_number(0)}\t{dictd_number(2 << 30)}\nb\t{dictd_number(0)}\t{dictd_number(3)}\n",
        encoding="utf-8",
    )
    dictionary = open_dictionary(tmp_path / "d.index")
    assert dictionary.lookup("a") == []
    assert "a definition of 2,147,483,648 bytes" in dictionary.warnings[0]
    assert dictionary.lookup("b")[0].text == "xxx"


def test_an_index_over_64_mb_is_not_read(tmp_path: Path) -> None:
    index = write_dictd(tmp_path, "d", {"a": "b"})
    with open(index, "r+b") as handle:
        handle.truncate(150 * 1024 * 1024)  # sparse: nothing is written
    with pytest.raises(DictionaryError, match=r"too large \(150 MB\); the limit is 64 MB"):
        open_dictionary(index)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_named_like_a_dictionary_does_not_block(tmp_path: Path) -> None:
    write_dictd(tmp_path, "d", {"a": "b"})
    (tmp_path / "d.index").unlink()
    os.mkfifo(tmp_path / "d.index")
    with pytest.raises(DictionaryError, match="not a regular file"):
        open_dictionary(tmp_path / "d.index")
