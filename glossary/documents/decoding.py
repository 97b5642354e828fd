"""Bytes of a text file to text: UTF-8 (with or without a BOM), UTF-16 and UTF-32 with a
BOM, and legacy single-byte encodings detected with charset-normalizer.

Western European text in a legacy encoding is nearly always Windows-1252 (or its subset
ISO-8859-1), and detectors often take it for a neighbour (Windows-1250, or the Baltic
CP775) that turns "ï" into "ď". Text whose detected reading is in the Latin script is
therefore read as Windows-1252 (ISO-8859-1 when it has none of the bytes where the two
differ); other scripts (Cyrillic, Greek, CJK) keep the detector's choice. The reader
can always choose another encoding.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import NamedTuple

from glossary.documents import bulk
from glossary.messages import QT_TRANSLATE_NOOP, Problem

# Encodings offered when the reader chooses one: (Python codec, name shown).
# The labels are shown in the interface's language (desktop.translations.domain_text).
ENCODINGS = (
    ("utf-8", "UTF-8"),
    ("utf-16", "UTF-16"),
    ("cp1252", QT_TRANSLATE_NOOP("glossary", "Windows-1252 (Western)")),
    ("latin-1", "ISO-8859-1 (Latin-1)"),
    ("iso8859-15", "ISO-8859-15 (Latin-9)"),
    ("cp1250", QT_TRANSLATE_NOOP("glossary", "Windows-1250 (Central European)")),
    ("cp1251", QT_TRANSLATE_NOOP("glossary", "Windows-1251 (Cyrillic)")),
    ("mac-roman", "Mac Roman"),
    ("gb18030", QT_TRANSLATE_NOOP("glossary", "GB 18030 (Chinese)")),
    ("shift_jis", QT_TRANSLATE_NOOP("glossary", "Shift JIS (Japanese)")),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_C1 = re.compile(rb"[\x80-\x9f]")  # where Windows-1252 and ISO-8859-1 differ


class DecodeError(Problem):
    """The bytes are not text in any encoding tried; the message says why."""


class Decoded(NamedTuple):
    text: str
    encoding: str  # the Python codec used
    label: str  # the name shown to the reader
    guessed: bool  # detected (not UTF-8, not marked by a BOM): worth telling the reader


def label_of(encoding: str) -> str:
    name = codecs.lookup(encoding).name
    for codec, label in ENCODINGS:
        if codecs.lookup(codec).name == name:
            return label
    return {"utf-8-sig": "UTF-8 (with BOM)", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16"}.get(
        encoding, name.upper()
    )


_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)""", re.I)


# The encodings of the web (as Python names its codecs) a page may declare; others
# (Python's own, such as "unicode_escape") are no web page's.
WEB_CODECS = frozenset(
    ["utf-8", "gbk", "gb18030", "big5", "big5hkscs", "euc_jp", "iso2022_jp", "shift_jis", "cp932"]
    + ["euc_kr", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp866", "cp874"]
    + [f"cp{n}" for n in range(1250, 1259)]
    + [f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)]
)
# Labels of the web that Python does not know by that name.
_WEB_LABELS = {"windows-31j": "cp932", "x-sjis": "shift_jis", "x-mac-roman": "mac-roman"}
_WEB_ALIASES = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}
_WEB_ALIASES |= {"gb2312": "gbk", "tis-620": "cp874", "iso8859-11": "cp874", "iso8859-9": "cp1254"}


def declared_html_charset(data: bytes) -> str | None:
    """The codec a web page declares in its first 4 KB (``<meta charset>`` or the
    ``http-equiv`` form), as browsers read it: Latin-1 and ASCII mean Windows-1252; a
    UTF-16 or UTF-32 declaration without a BOM, and names that are no web encoding,
    are ignored. None if none is known."""
    found = _META_CHARSET.search(data[:4096])
    if found is None:
        return None
    try:
        label = found.group(1).decode("ascii").lower()
        name = codecs.lookup(_WEB_LABELS.get(label, label)).name
    except (LookupError, UnicodeDecodeError):
        return None
    name = _WEB_ALIASES.get(name, name)
    return name if name in WEB_CODECS else None


def utf8_beyond_ascii(data: bytes) -> str | None:
    """``data`` as text if it is UTF-8 with characters beyond ASCII (no other encoding
    gives such bytes by chance), else None."""
    if data.isascii():
        return None
    try:
        return bulk.decode(data, "utf-8")
    except UnicodeDecodeError:
        return None


def decode(data: bytes, encoding: str | None = None, *, declared: str | None = None) -> Decoded:
    """``data`` as text. ``encoding``: the one the reader chose; else a BOM, the
    ``declared`` one (a web page's) if it reads the bytes, UTF-8, or the detector's
    guess. Raises :class:`DecodeError` for binary data or bytes that no encoding reads
    as text."""
    if encoding is not None:
        try:
            text = bulk.decode(data, encoding).removeprefix("\ufeff")
            return Decoded(text, encoding, label_of(encoding), False)
        except UnicodeDecodeError as exc:
            raise DecodeError(
                QT_TRANSLATE_NOOP(
                    "glossary",
                    "cannot be read as {encoding} (invalid byte 0x{byte:02x} at offset {offset}).",
                ),
                encoding=label_of(encoding),
                byte=data[exc.start],
                offset=exc.start,
            ) from None
        except LookupError:
            raise DecodeError(
                QT_TRANSLATE_NOOP("glossary", "cannot be read as {encoding}: no such encoding."),
                encoding=encoding,
            ) from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            plain = codec.removesuffix("-sig")
            try:
                text = bulk.decode(data[len(bom) :], plain)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    QT_TRANSLATE_NOOP(
                        "glossary", "starts with a {encoding} mark but is damaged at byte {offset}."
                    ),
                    encoding=label_of(codec),
                    offset=exc.start + len(bom),
                ) from None
            return Decoded(text, codec, label_of(codec), False)
    if b"\x00" in data[:8192]:
        raise DecodeError(QT_TRANSLATE_NOOP("glossary", "is a binary file, not text."))
    if declared is not None:
        utf8 = utf8_beyond_ascii(data)
        if utf8 is not None:
            # Letters beyond ASCII that read as UTF-8 are UTF-8 (a page saved again
            # with its old declaration left in): no other encoding gives such bytes.
            return Decoded(utf8, "utf-8", "UTF-8", False)
        try:
            return Decoded(bulk.decode(data, declared), declared, label_of(declared), False)
        except (UnicodeError, LookupError):
            pass  # a wrong declaration: read the bytes as if there were none
    try:
        return Decoded(bulk.decode(data, "utf-8"), "utf-8", "UTF-8", False)
    except UnicodeDecodeError as exc:
        utf8_error = exc
    return _guess(data, utf8_error)


def _latin_script(text: str) -> bool:
    """Whether the letters beyond ASCII are mostly Latin ones ("é", "ï", "ş"), not
    Cyrillic, Greek or others: the detector's guess is then one of the Latin family,
    which it tells apart poorly on short texts."""
    letters = [c for c in text if ord(c) > 127 and c.isalpha()]
    if not letters:
        return True
    latin = sum(1 for c in letters if unicodedata.name(c, "").startswith("LATIN"))
    return latin >= 0.8 * len(letters)


def _guess(data: bytes, utf8_error: UnicodeDecodeError) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 1 << 20]).best()
    unreadable = DecodeError(
        QT_TRANSLATE_NOOP(
            "glossary",
            "is not UTF-8 (invalid byte 0x{byte:02x} at offset {offset}), "
            "and no other encoding reads it as text.",
        ),
        byte=data[utf8_error.start],
        offset=utf8_error.start,
    )
    if best is None:
        raise unreadable
    if _latin_script(str(best)):
        # Western text: Windows-1252, or ISO-8859-1 when it has none of the bytes where
        # the two differ.
        codec = "cp1252" if bulk.search(_C1, data) else "latin-1"
        try:
            return Decoded(bulk.decode(data, codec), codec, label_of(codec), True)
        except UnicodeDecodeError:
            pass  # bytes Windows-1252 leaves undefined: trust the detector
    try:
        text = bulk.decode(data, best.encoding)
        return Decoded(text, best.encoding, label_of(best.encoding), True)
    except (UnicodeDecodeError, LookupError):
        raise unreadable from None
