from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glossary.documents.decoding import DecodeError, declared_html_charset, decode

INDONESIAN = "Kenaikan pesat DeepSeek menyebabkan “kejutan” — naïve café résumé, 25 € lebih."


@pytest.mark.parametrize(
    ("data", "codec", "label", "guessed"),
    [
        (INDONESIAN.encode("utf-8"), "utf-8", "UTF-8", False),
        (codecs.BOM_UTF8 + INDONESIAN.encode("utf-8"), "utf-8-sig", "UTF-8 (with BOM)", False),
        (codecs.BOM_UTF16_LE + INDONESIAN.encode("utf-16-le"), "utf-16-le", "UTF-16", False),
        (codecs.BOM_UTF16_BE + INDONESIAN.encode("utf-16-be"), "utf-16-be", "UTF-16", False),
        (INDONESIAN.encode("cp1252"), "cp1252", "Windows-1252 (Western)", True),
        (
            INDONESIAN.replace("“", '"')
            .replace("”", '"')
            .replace(" — ", " - ")
            .replace("€", "EUR")
            .encode("latin-1"),
            "latin-1",
            "ISO-8859-1 (Latin-1)",
            True,
        ),
    ],
)
def test_encodings_are_recognised(data: bytes, codec: str, label: str, guessed: bool) -> None:
    decoded = decode(data)
    assert (decoded.encoding, decoded.label, decoded.guessed) == (codec, label, guessed)
    assert "naïve café résumé" in decoded.text
    assert not decoded.text.startswith("\ufeff")


def test_the_reader_can_choose_the_encoding() -> None:
    data = INDONESIAN.encode("cp1252")
    assert decode(data, "cp1250").text != INDONESIAN  # what a wrong choice gives
    assert decode(data, "cp1252").text == INDONESIAN
    with pytest.raises(DecodeError, match="cannot be read as UTF-8"):
        decode(data, "utf-8")


def test_cyrillic_keeps_the_detected_encoding() -> None:
    text = "Это длинный текст на русском языке о рынке и компаниях. " * 20
    decoded = decode(text.encode("cp1251"))
    assert decoded.text == text and decoded.guessed


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04\x00\x00binary" * 20, "binary file"),
        (codecs.BOM_UTF8 + b"ok \xff\xfe broken", "damaged at byte"),
    ],
)
def test_bytes_that_are_not_text_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(DecodeError, match=message):
        decode(data)


@given(st.text(min_size=1, max_size=200))
def test_any_utf8_text_reads_back(text: str) -> None:
    if "\x00" in text:
        return
    assert decode(text.encode("utf-8")).text == text


@pytest.mark.parametrize(
    ("head", "codec"),
    [
        (b'<meta charset="windows-1250">', "cp1250"),
        (b"<META CHARSET=koi8-r>", "koi8-r"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "cp1252"),
        (b'<meta charset="utf-16">', None),  # without a BOM, browsers ignore it
        (b'<meta charset="no-such-thing">', None),
        (b'<meta charset="unicode_escape">', None),  # Python's, no web encoding
        (b'<meta charset="undefined">', None),
        (b'<meta charset="gb2312">', "gbk"),
        (b'<meta charset="iso-8859-9">', "cp1254"),  # Turkish, as browsers read it
        (b'<meta charset="windows-31j">', "cp932"),
        (b"<p>charset=latin-1 is only text here</p>", None),
    ],
)
def test_a_web_page_declares_its_charset(head: bytes, codec: str | None) -> None:
    assert declared_html_charset(b"<html><head>" + head + b"</head>") == codec


def test_a_declared_charset_is_used_unless_the_bytes_disagree() -> None:
    polish = "Zażółć gęślą jaźń".encode("cp1250")
    decoded = decode(polish, declared="cp1250")
    assert decoded.text == "Zażółć gęślą jaźń" and not decoded.guessed
    # UTF-8 bytes declared as something else (a page saved again as UTF-8 with its old
    # declaration left in) are read as UTF-8.
    assert decode("Zażółć".encode(), declared="cp1252").encoding == "utf-8"
    assert decode("Zażółć".encode(), declared="ascii").encoding == "utf-8"
