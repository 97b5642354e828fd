from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glossary.textdecode import DecodeError, decode

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
