"""A long text a piece at a time (glossary.documents.bulk): each step gives what the
same step on all of it at once gives."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glossary.documents import bulk
from glossary.documents.loading import parse_plain_text

# Letters, accents to compose, line breaks of every kind and white space of every kind.
PIECES = st.lists(
    st.sampled_from(
        ["a", "b", "é", "e\u0301", "\u0301", " ", "  ", "\n", "\r\n", "\r", "\t", "\xa0", "\u2028"]
    ),
    max_size=60,
).map("".join)


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "PIECE", 7)


@given(PIECES, st.integers(1, 12))
def test_pieces_are_cut_after_white_space_and_join_back(text: str, size: int) -> None:
    cuts = list(bulk.cuts(text, size))
    assert "".join(text[a:b] for a, b in cuts) == text
    for _start, end in cuts[:-1]:
        assert text[end - 1].isspace() and not text[end].isspace()
    assert [line for lines in bulk.lines(text, size) for line in lines] == text.split("\n")


@given(PIECES)
def test_lines_accents_and_spaces_as_all_at_once(text: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bulk, "PIECE", 7)
        lines = bulk.lines_and_accents(text)
        spaces = bulk.one_space(text)
    assert lines == unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    assert spaces == re.sub(r"\s+", " ", text)


def test_text_with_nothing_to_change_is_the_same_object(small_pieces: None) -> None:
    text = "Sudah dalam bentuk NFC.\nBaris kedua, " * 10
    assert bulk.lines_and_accents(text) is text


@pytest.mark.parametrize("codec", ["utf-8", "utf-16", "cp1252", "gb18030", "utf-8-sig"])
def test_decoding_a_piece_at_a_time(codec: str) -> None:
    line = "Teks panjang “dengan” kutipan — dan huruf é"
    text = (line + (". " if codec == "cp1252" else " 中文. ")) * (bulk.PIECE // 20)
    data = text.encode(codec)
    assert len(data) > bulk.PIECE
    assert bulk.decode(data, codec) == data.decode(codec)


def test_a_decoding_error_has_its_offset_in_all_of_the_data() -> None:
    data = b"a" * (3 * bulk.PIECE) + b"\xff" + b"b" * 10
    with pytest.raises(UnicodeDecodeError) as raised:
        bulk.decode(data, "utf-8")
    assert raised.value.start == 3 * bulk.PIECE
    with pytest.raises(LookupError):
        bulk.decode(data, "no-such-codec")


@given(st.lists(st.text(max_size=9), max_size=40))
def test_join_is_join(parts: list[str]) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bulk, "PIECE", 3)
        assert bulk.join(parts) == "".join(parts)


def test_a_long_text_is_joined_whole() -> None:
    parts = ["awal ", *(["“kutipan” " * 3_000] * 200), "akhir"]
    assert bulk.join(parts) == "".join(parts)


def test_a_plain_text_parses_the_same_in_pieces(small_pieces: None) -> None:
    """Paragraphs per line, or runs of lines in a hard-wrapped text, however the lines
    fall into pieces."""
    wrapped = "Satu baris\nlagi baris\n\n- butir\n1. nomor\n  \n\nAkhir  paragraf\t."
    long_lines = "Paragraf yang cukup panjang " * 5 + "\n\nDan  satu lagi\xa0di sini."
    for text in (wrapped, long_lines):
        in_pieces = parse_plain_text(text)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(bulk, "PIECE", 1 << 18)
            at_once = parse_plain_text(text)
        assert in_pieces.text == at_once.text and in_pieces.blocks == at_once.blocks
