from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.notes.anchoring import anchor, quote_selector

ARTICLE = (
    "Kenaikan pesat DeepSeek menyebabkan jatuhnya nilai valuasi beberapa perusahaan "
    "teknologi AS yang belum pernah terjadi sebelumnya, yang mengakibatkan hilangnya "
    "hampir $1 triliun nilai pasar gabungan dari raksasa chip Nvidia Corp."
)


def selectors(text: str, passage: str, nth: int = 0) -> tuple[str, str, str, int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(passage, start + 1)
    end = start + len(passage)
    exact, prefix, suffix = quote_selector(text, start, end)
    return exact, prefix, suffix, start, end


def test_selectors_take_32_characters_of_context() -> None:
    exact, prefix, suffix, start, end = selectors(ARTICLE, "nilai valuasi")
    assert exact == "nilai valuasi"
    assert prefix == ARTICLE[start - 32 : start] and len(prefix) == 32
    assert suffix == ARTICLE[end : end + 32]
    assert quote_selector("abc", 0, 1) == ("a", "", "bc")


def test_unchanged_text_keeps_the_position() -> None:
    args = selectors(ARTICLE, "nilai valuasi")
    assert anchor(ARTICLE, *args) == (args[3], args[4], "position")


def test_text_inserted_before_moves_the_highlight_with_it() -> None:
    args = selectors(ARTICLE, "raksasa chip")
    edited = "Catatan redaksi: diperbarui. " + ARTICLE
    found = anchor(edited, *args)
    assert found is not None and edited[found.start : found.end] == "raksasa chip"
    assert found.how == "quote"


def test_of_two_equal_passages_the_one_with_the_same_context_wins() -> None:
    # "yang" occurs several times; the second one is highlighted.
    args = selectors(ARTICLE, "yang", nth=1)
    edited = "Sisipan panjang di awal teks sehingga posisi lama tidak cocok lagi. " + ARTICLE
    found = anchor(edited, *args)
    assert found is not None
    assert found.start == edited.index("yang", edited.index("yang") + 1)


def test_a_slightly_changed_passage_is_found_fuzzily() -> None:
    args = selectors(ARTICLE, "menyebabkan jatuhnya nilai valuasi beberapa perusahaan teknologi")
    edited = ARTICLE.replace("jatuhnya nilai valuasi", "jatuhnya nilai-valuasi")
    found = anchor(edited, *args)
    assert found is not None and found.how == "fuzzy"
    assert edited[found.start : found.end].startswith("menyebabkan jatuhnya")


def test_a_passage_that_is_gone_is_orphaned() -> None:
    args = selectors(ARTICLE, "raksasa chip Nvidia")
    assert anchor("Teks yang sama sekali berbeda dan pendek.", *args) is None
    assert anchor("", *args) is None


# Random edits outside a passage never lose or move it. The passage holds an "X",
# which the rest of the text never does, so where it belongs is never in doubt.
_TEXT = st.text(alphabet="ab .\n", max_size=60)
_EDIT = st.tuples(st.booleans(), st.floats(0, 1), st.integers(0, 8), _TEXT)


def _apply(part: str, edits: list[tuple[float, int, str]]) -> str:
    for where, delete, insert in edits:
        at = int(where * len(part))
        part = part[:at] + insert + part[at + delete :]
    return part


@settings(max_examples=300, deadline=None)
@given(
    left=_TEXT,
    right=_TEXT,
    passage=st.text(alphabet="ab .", max_size=12).map(lambda p: p + "X"),
    edits=st.lists(_EDIT, max_size=6),
)
def test_edits_outside_a_passage_never_lose_or_move_it(
    left: str, right: str, passage: str, edits: list[tuple[bool, float, int, str]]
) -> None:
    text = left + passage + right
    exact, prefix, suffix = quote_selector(text, len(left), len(left) + len(passage))
    new_left = _apply(left, [(w, d, i) for on_left, w, d, i in edits if on_left])
    new_right = _apply(right, [(w, d, i) for on_left, w, d, i in edits if not on_left])
    edited = new_left + passage + new_right
    found = anchor(edited, exact, prefix, suffix, len(left), len(left) + len(passage))
    assert found is not None
    assert (found.start, found.end) == (len(new_left), len(new_left) + len(passage))
