from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.reader.positions import PositionMap


@given(st.text(alphabet=st.sampled_from(["a", "é", "😀", "𝔸", "\n", " "]), max_size=40))
def test_offsets_round_trip_through_utf16_positions(text: str) -> None:
    positions = PositionMap(text)
    utf16 = text.encode("utf-16-le")
    for offset in range(len(text) + 1):
        position = positions.to_qt(offset)
        assert position == len(text[:offset].encode("utf-16-le")) // 2
        assert positions.from_qt(position) == offset
    assert positions.to_qt(len(text)) == len(utf16) // 2


def test_identity_without_astral_characters() -> None:
    positions = PositionMap("Tiongkok é ü")
    assert [positions.to_qt(i) for i in range(5)] == [0, 1, 2, 3, 4]
    assert positions.from_qt(7) == 7


def test_the_last_map_made_is_kept_for_the_same_text() -> None:
    from desktop.reader.positions import PositionMap, position_map

    text = "Emoji 😀 di sini dan 😀 di sana."
    made = position_map(text)
    assert position_map(text) is made  # made while the file was read, found when shown
    other = position_map(text + " Lagi.")
    assert other is not made
    reference = PositionMap(text)
    assert [made.to_qt(i) for i in range(len(text))] == [
        reference.to_qt(i) for i in range(len(text))
    ]


def test_a_long_text_is_looked_through_a_piece_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.reader import positions

    monkeypatch.setattr(positions, "_PIECE", 3)
    text = "ab😀cdefg😀😀h" * 3
    assert PositionMap(text)._astral == [i for i, c in enumerate(text) if ord(c) > 0xFFFF]
