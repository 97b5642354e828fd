"""Installed dictionaries (dictd with plain or dictzip data, StarDict) mutated from valid
ones: opening one gives a dictionary or the app's own error, and a lookup in an open one
never raises (what cannot be read becomes a warning), in the reader or the command line."""

from __future__ import annotations

import struct
from pathlib import Path

from hypothesis import strategies as st

from glossary.dictionaries.installed import discover, open_dictionary
from glossary.messages import Problem
from tests.corpus import samples
from tests.fuzz.checks import run_cli
from tests.fuzz.mutations import mutated_bytes, mutated_lines
from tests.fuzz.profiles import fuzz
from tests.glossary.dictfactories import DIGITS, write_dictd, write_stardict

WORDS = {**samples.DICTIONARY_WORDS, "00-database-short": "Kamus", "kereta api": "train"}
LOOKUPS = ("rumah", "makan", "pasar", "kereta api", "00-database-short", "house", "train")


def looks_up(index: Path, data: Path) -> None:
    try:
        dictionary = open_dictionary(index)
    except Problem as exc:
        assert str(exc).strip()
    else:
        try:
            for word in LOOKUPS:
                dictionary.lookup(word)
                dictionary.reverse_lookup(word)
            assert dictionary.name
            assert all(str(w).strip() for w in dictionary.warnings)
        finally:
            dictionary.close()
    found = discover([index.parent])
    found.lookup("rumah", "ind")
    found.close()
    ran = run_cli("--data-dir", data, "lookup", "rumah", "house", "--json")
    assert ran.code == 0, ran  # a damaged dictionary is a warning, never a failure


@st.composite
def dictd_numbers(draw: st.DrawFn) -> str:
    """An offset or length in dictd's base64: a real-looking one, a huge one, or junk."""
    return draw(
        st.text(alphabet=DIGITS, min_size=1, max_size=3)
        | st.text(alphabet=DIGITS, min_size=6, max_size=40)
        | st.sampled_from(["", "-", "A A", "=", "ÿ", "9" * 30])
    )


@st.composite
def index_lines(draw: st.DrawFn) -> str:
    head = draw(st.sampled_from([*WORDS, "", "00databaseshort", "a\x00b"]) | st.text(max_size=8))
    fields = [head, draw(dictd_numbers()), draw(dictd_numbers())]
    if draw(st.integers(0, 5)) == 0:
        fields.append(draw(dictd_numbers()))
    return "\t".join(fields)


@fuzz(
    compress=st.booleans(),
    part=st.sampled_from(["index", "index", "data", "both"]),
    damage=st.data(),
)
def test_dictd_dictionaries(folder: Path, compress: bool, part: str, damage: st.DataObject) -> None:
    data_dir = samples.data_dir(folder)
    own = data_dir / "dictionaries"
    index = write_dictd(
        own,
        "freedict-ind-eng",
        WORDS,
        compress=compress,
        chunk_length=damage.draw(st.sampled_from([7, 100, 60_000])),
    )
    body = index.with_suffix(".dict.dz" if compress else ".dict")
    if part in ("index", "both"):
        extra = [damage.draw(index_lines()) for _ in range(3)]
        text = damage.draw(mutated_lines(index.read_text(encoding="utf-8"), extra=extra))
        index.write_bytes(damage.draw(mutated_bytes(text.encode(), steps=1)))
    if part in ("data", "both"):
        raw = body.read_bytes()
        if compress and damage.draw(st.booleans()):
            raw = damage.draw(dictzip_header(raw))
        body.write_bytes(damage.draw(mutated_bytes(raw, steps=3)))
    looks_up(index, data_dir)


@st.composite
def dictzip_header(draw: st.DrawFn, raw: bytes) -> bytes:
    """A dictzip file whose chunk table ("RA" field) says something else: another
    version, chunk length, number of chunks, or chunk sizes."""
    # Header: 10 bytes, XLEN (2), then "RA", LEN (2), VER (2), CHLEN (2), CHCNT (2), sizes.
    data = bytearray(raw)
    field = draw(st.sampled_from([16, 18, 20, 22, 12, 14]))
    value = draw(st.sampled_from([0, 1, 2, 0xFFFF, 0x8000]) | st.integers(0, 0xFFFF))
    data[field : field + 2] = struct.pack("<H", value)
    return bytes(data)


IFO_LINES = [
    "wordcount=-1",
    "wordcount=99999999999999999999999",
    "wordcount=",
    "wordcount=abc",
    "idxfilesize=0",
    "idxoffsetbits=64",
    "idxoffsetbits=128",
    "idxoffsetbits=",
    "sametypesequence=",
    "sametypesequence=W",
    "sametypesequence=mX",
    "sametypesequence=" + "m" * 300,
    "sametypesequence=h",
    "bookname=",
    "bookname=" + "b" * 10_000,
    "version=3.0.0",
    "StarDict's dict ifo file",
    "=",
    "\ufeff",
]


@st.composite
def idx_entries(draw: st.DrawFn, bits: int) -> bytes:
    word = draw(st.sampled_from([*WORDS, ""]) | st.text(max_size=6)).encode("utf-8", "replace")
    number = ">Q" if bits == 64 else ">I"
    offset = draw(st.integers(0, 2**bits - 1) | st.sampled_from([0, 1, 2**31, 2**bits - 1]))
    size = draw(st.integers(0, 2**32 - 1) | st.sampled_from([0, 1, 20, 2**31]))
    return word.replace(b"\0", b"") + b"\0" + struct.pack(number, offset) + struct.pack(">I", size)


@fuzz(
    bits=st.sampled_from([32, 64]),
    sequence=st.sampled_from(["m", "h", "x", None, "tm"]),
    compress=st.booleans(),
    gzip_idx=st.booleans(),
    part=st.sampled_from(["ifo", "idx", "dict", "idx"]),
    damage=st.data(),
)
def test_stardict_dictionaries(
    folder: Path,
    bits: int,
    sequence: str | None,
    compress: bool,
    gzip_idx: bool,
    part: str,
    damage: st.DataObject,
) -> None:
    data_dir = samples.data_dir(folder)
    own = data_dir / "dictionaries"
    entries: dict[str, str | list[tuple[str, str | bytes]]] = dict(WORDS)
    if sequence is None:
        entries["rumah"] = [("m", "rumah"), ("h", "<b>house</b><br>home"), ("W", b"\x00\x01")]
    elif sequence == "tm":
        entries = {word: [("t", "/ru·mah/"), ("m", text)] for word, text in WORDS.items()}
    ifo = write_stardict(
        own,
        "stardict-ind-eng",
        entries,
        compress=compress,
        sametypesequence=sequence,
        offset_bits=bits,
        gzip_idx=gzip_idx and part != "idx",
        chunk_length=20,
    )
    if part == "ifo":
        text = damage.draw(mutated_lines(ifo.read_text(encoding="utf-8"), extra=IFO_LINES))
        ifo.write_bytes(damage.draw(mutated_bytes(text.encode(), steps=1)))
    elif part == "idx":
        idx = ifo.with_suffix(".idx")
        raw = idx.read_bytes()
        for _ in range(damage.draw(st.integers(0, 3))):
            at = damage.draw(st.integers(0, len(raw)))
            raw = raw[:at] + damage.draw(idx_entries(bits)) + raw[at:]
        idx.write_bytes(damage.draw(mutated_bytes(raw, steps=2)))
    else:
        body = ifo.with_suffix(".dict.dz" if compress else ".dict")
        body.write_bytes(damage.draw(mutated_bytes(body.read_bytes(), steps=3)))
    looks_up(ifo, data_dir)
