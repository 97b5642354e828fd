"""StarDict dictionaries: ``NAME.ifo`` (what the dictionary is), ``NAME.idx`` or
``NAME.idx.gz`` (headword, offset, size) and ``NAME.dict`` or ``NAME.dict.dz`` (the
definitions, as typed fields). Text fields become plain text; markup (HTML, Pango, XDXF)
is stripped with the standard library's HTML parser, which loads and runs nothing.
Binary fields (pictures, sounds) are ignored.
"""

from __future__ import annotations

import struct
from html.parser import HTMLParser
from pathlib import Path

from glossary.dictionaries.dictd import InstalledDictionary
from glossary.dictionaries.files import (
    MAX_INDEX,
    DataFile,
    DictionaryError,
    beside,
    gunzip,
    read_whole,
)
from glossary.messages import QT_TRANSLATE_NOOP, Message

MAGIC = "StarDict's dict ifo file"
TEXT_TYPES = frozenset("mtylgxh")
MARKUP_TYPES = frozenset("gxh")
_SKIPPED_TAGS = frozenset({"script", "style", "head", "title"})
# Elements that start a new line of text (XDXF's <def> too).
_LINE_TAGS = frozenset(
    {"br", "p", "div", "li", "dt", "dd", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hr"}
    | {"blockquote", "pre", "table", "ul", "ol", "dl", "def"}
)


MAX_INFO = 1024 * 1024  # an .ifo is a few lines


class StarDictDictionary(InstalledDictionary):
    """A StarDict dictionary, opened from its ``.ifo`` file."""

    def __init__(self, path: Path, languages: tuple[str, str] | None = None) -> None:
        info = _read_ifo(path)
        idx_path = beside(path, ".idx", ".idx.gz")
        data_path = beside(path, ".dict", ".dict.dz")
        super().__init__(path, DataFile(data_path), languages)
        self._name = info.get("bookname", "").strip() or path.stem
        self._types = info.get("sametypesequence", "").strip()
        try:
            count = int(info["wordcount"])
        except (KeyError, ValueError):
            raise DictionaryError(
                QT_TRANSLATE_NOOP("glossary", "{path}: no wordcount."), path=path
            ) from None
        bits = info.get("idxoffsetbits", "32").strip()
        if bits not in ("32", "64"):
            raise DictionaryError(
                QT_TRANSLATE_NOOP("glossary", "{path}: idxoffsetbits is {bits}, not 32 or 64."),
                path=path,
                bits=bits,
            )
        idx = read_whole(idx_path)
        if idx_path.suffix == ".gz":
            idx = gunzip(idx, idx_path.name, MAX_INDEX)
        self._read_idx(idx, struct.Struct(">QI" if bits == "64" else ">II"), count, idx_path)

    def _read_idx(self, idx: bytes, numbers: struct.Struct, count: int, idx_path: Path) -> None:
        headwords: list[str] = []
        offsets: list[int] = []
        sizes: list[int] = []
        unpack, step, pos, end = numbers.unpack_from, numbers.size, 0, len(idx)
        while pos < end:
            zero = idx.find(b"\0", pos)
            if zero < 0 or zero + 1 + step > end:
                self.warnings.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "glossary",
                            "{path}: {index} is truncated after {found} of {count} entries.",
                        ),
                        path=self.path,
                        index=idx_path.name,
                        found=len(headwords),
                        count=count,
                    )
                )
                break
            headwords.append(idx[pos:zero].decode("utf-8", "replace"))
            offset, size = unpack(idx, zero + 1)
            offsets.append(offset)
            sizes.append(size)
            pos = zero + 1 + step
        else:
            if len(headwords) != count:
                self.warnings.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "glossary",
                            "{path}: wordcount is {count} but {index} has {found} entries.",
                        ),
                        path=self.path,
                        count=count,
                        index=idx_path.name,
                        found=len(headwords),
                    )
                )
        self._set_entries(headwords, offsets, sizes)

    def _render(self, i: int, raw: bytes) -> str:
        texts = []
        for kind, payload in _fields(raw, self._types):
            if kind in TEXT_TYPES:
                text = payload.decode("utf-8", "replace").replace("\0", "")
                texts.append(plain_text(text) if kind in MARKUP_TYPES else text.strip())
        return "\n".join(t for t in texts if t)


def _read_ifo(path: Path) -> dict[str, str]:
    lines = read_whole(path, MAX_INFO).decode("utf-8", "replace").lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != MAGIC:
        raise DictionaryError(
            QT_TRANSLATE_NOOP(
                "glossary", "{path}: not a StarDict .ifo file (no “{magic}” first line)."
            ),
            path=path,
            magic=MAGIC,
        )
    info = {}
    for line in lines[1:]:
        key, equals, value = line.partition("=")
        if equals:
            info[key.strip()] = value
    return info


def _fields(raw: bytes, types: str) -> list[tuple[str, bytes]]:
    """The (type, data) fields of one entry. With ``sametypesequence`` (``types``) the
    types are not stored and the last field runs to the end; otherwise each field starts
    with its type. Lowercase types end at a zero byte, uppercase ones start with a size."""
    fields = []
    if types:
        pos = 0
        for kind in types[:-1]:
            data, pos = _field(raw, kind, pos)
            fields.append((kind, data))
        fields.append((types[-1], raw[pos:]))
        return fields
    pos = 0
    while pos < len(raw):
        kind = chr(raw[pos])
        if not kind.isascii() or not kind.isalpha():
            break  # damaged: where the next field starts cannot be told
        data, pos = _field(raw, kind, pos + 1)
        fields.append((kind, data))
    return fields


def _field(raw: bytes, kind: str, pos: int) -> tuple[bytes, int]:
    """The data of a field of type ``kind`` starting at ``pos``, and where the next starts."""
    if kind.islower():
        zero = raw.find(b"\0", pos)
        stop = len(raw) if zero < 0 else zero
        return raw[pos:stop], stop + 1
    size = int.from_bytes(raw[pos : pos + 4], "big")
    return raw[pos + 4 : pos + 4 + size], pos + 4 + size


def plain_text(markup: str) -> str:
    """The text of HTML-like markup: tags dropped, entities decoded, each line's
    whitespace collapsed, block elements and ``<br>`` on lines of their own."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _LINE_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _LINE_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _LINE_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)
