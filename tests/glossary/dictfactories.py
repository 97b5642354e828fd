"""Small dictd and StarDict dictionaries written as real files, dictzip included, for
tests and benchmarks. The writers follow the formats' own tools (dictfmt, dictzip,
StarDict's tabfile), so a file they write is one a user could have installed."""

from __future__ import annotations

import gzip
import struct
import zlib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

Entries = Mapping[str, str | bytes] | Iterable[tuple[str, str | bytes]]
# A StarDict entry: its text, or its fields as (type, data) pairs.
StarEntry = str | bytes | Sequence[tuple[str, str | bytes]]

DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
DICTZIP_CHUNK = 58315  # dictzip's own chunk length


def dictd_number(value: int) -> str:
    """``value`` in dictd's base64, most significant digit first."""
    digits = DIGITS[value % 64]
    while value >= 64:
        value //= 64
        digits = DIGITS[value % 64] + digits
    return digits


def _pairs(entries: Entries) -> list[tuple[str, str | bytes]]:
    return list(entries.items()) if isinstance(entries, Mapping) else list(entries)


def _utf8(data: str | bytes) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


def write_dictd(
    folder: Path,
    name: str,
    entries: Entries,
    compress: bool = False,
    short_name: str | None = None,
    chunk_length: int = 100,
) -> Path:
    """``NAME.index`` and ``NAME.dict`` (``NAME.dict.dz`` with ``compress``), entries as
    dictfmt writes them: the headword on a line, then the definition. ``short_name`` is
    stored as the ``00-database-short`` entry. Returns the ``.index`` path."""
    folder.mkdir(parents=True, exist_ok=True)
    pairs = _pairs(entries)
    if short_name is not None:
        pairs.insert(0, ("00-database-short", short_name))
    data = bytearray()
    lines = []
    for headword, definition in pairs:
        body = _utf8(headword) + b"\n" + _utf8(definition) + b"\n"
        lines.append(f"{headword}\t{dictd_number(len(data))}\t{dictd_number(len(body))}\n")
        data += body
    index = folder / f"{name}.index"
    index.write_text("".join(lines), encoding="utf-8")
    if compress:
        write_dictzip(folder / f"{name}.dict.dz", bytes(data), chunk_length)
    else:
        (folder / f"{name}.dict").write_bytes(bytes(data))
    return index


def write_dictzip(path: Path, data: bytes, chunk_length: int = 100) -> Path:
    """``data`` as dictzip writes it: gzip whose chunks of ``chunk_length`` bytes each end
    with a full flush, and whose FEXTRA "RA" field lists their compressed sizes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    chunks = [
        compressor.compress(data[start : start + chunk_length])
        + compressor.flush(zlib.Z_FULL_FLUSH)
        for start in range(0, len(data), chunk_length)
    ]
    ending = compressor.flush(zlib.Z_FINISH)  # after the last chunk, as dictzip does
    sizes = [len(c) for c in chunks]
    ra = struct.pack(f"<HHH{len(sizes)}H", 1, chunk_length, len(sizes), *sizes)
    extra = b"RA" + struct.pack("<H", len(ra)) + ra
    header = b"\x1f\x8b\x08" + bytes([0x04 | 0x08]) + bytes(4) + b"\x02\x03"
    header += struct.pack("<H", len(extra)) + extra + path.stem.encode() + b"\0"
    trailer = struct.pack("<II", zlib.crc32(data), len(data) & 0xFFFFFFFF)
    path.write_bytes(header + b"".join(chunks) + ending + trailer)
    return path


def star_entry_bytes(entry: StarEntry, sametypesequence: str | None) -> bytes:
    """One entry's data in the ``.dict``: typed fields, or bare ones with a sequence."""
    fields = [(sametypesequence or "m", entry)] if isinstance(entry, str | bytes) else list(entry)
    out = bytearray()
    for n, (kind, payload) in enumerate(fields):
        raw = _utf8(payload)
        if sametypesequence is None:
            out += kind.encode("ascii")
        if sametypesequence is not None and n == len(fields) - 1:
            out += raw  # the last field of a sequence has no end and no size
        elif kind.islower():
            out += raw + b"\0"
        else:
            out += struct.pack(">I", len(raw)) + raw
    return bytes(out)


def write_stardict(
    folder: Path,
    name: str,
    entries: Mapping[str, StarEntry] | Iterable[tuple[str, StarEntry]],
    bookname: str | None = None,
    compress: bool = False,
    sametypesequence: str | None = "m",
    offset_bits: int = 32,
    gzip_idx: bool = False,
    chunk_length: int = 100,
) -> Path:
    """``NAME.ifo``, ``NAME.idx`` (``.idx.gz`` with ``gzip_idx``) and ``NAME.dict``
    (``.dict.dz`` with ``compress``). Returns the ``.ifo`` path."""
    folder.mkdir(parents=True, exist_ok=True)
    pairs = list(entries.items()) if isinstance(entries, Mapping) else list(entries)
    data = bytearray()
    idx = bytearray()
    number = ">Q" if offset_bits == 64 else ">I"
    for headword, entry in pairs:
        body = star_entry_bytes(entry, sametypesequence)
        idx += headword.encode("utf-8") + b"\0"
        idx += struct.pack(number, len(data)) + struct.pack(">I", len(body))
        data += body
    ifo = [
        "StarDict's dict ifo file",
        f"version={'3.0.0' if offset_bits == 64 else '2.4.2'}",
        f"bookname={bookname if bookname is not None else name}",
        f"wordcount={len(pairs)}",
        f"idxfilesize={len(idx)}",
    ]
    if offset_bits == 64:
        ifo.append("idxoffsetbits=64")
    if sametypesequence is not None:
        ifo.append(f"sametypesequence={sametypesequence}")
    path = folder / f"{name}.ifo"
    path.write_text("\n".join(ifo) + "\n", encoding="utf-8")
    if gzip_idx:
        (folder / f"{name}.idx.gz").write_bytes(gzip.compress(bytes(idx)))
    else:
        (folder / f"{name}.idx").write_bytes(bytes(idx))
    if compress:
        write_dictzip(folder / f"{name}.dict.dz", bytes(data), chunk_length)
    else:
        (folder / f"{name}.dict").write_bytes(bytes(data))
    return path
