from __future__ import annotations

import pytest

from glossary.documents.loading import load_bundled_article
from glossary.words.spelling import NoteSpeller, words_in


def test_words_in_a_note() -> None:
    assert [w for _, _, w in words_in("Model-model AI, 2025: it’s x ok")] == [
        "Model-model",
        "AI",
        "it’s",
        "ok",
    ]


@pytest.fixture(scope="module")
def indonesian() -> NoteSpeller:
    return NoteSpeller("id", indonesian_texts=[load_bundled_article().text])


def test_indonesian_knows_roots_affixed_forms_and_article_words(indonesian: NoteSpeller) -> None:
    for word in ("sebab", "menyebabkan", "DeepSeek", "valuasinya", "perekonomian", "model-model"):
        assert indonesian.is_known(word), word
    assert [w for _, _, w in indonesian.unknown("Artikel ini sangat bagsu dan jleas")] == [
        "bagsu",
        "jleas",
    ]
    assert "bagus" in indonesian.suggestions("bagsu")


def test_english_and_user_words() -> None:
    speller = NoteSpeller("en", user_words=["DeepSeek"])
    assert speller.unknown("The reinforcment learning of DeepSeek works") == [
        (4, 16, "reinforcment")
    ]
    assert "reinforcement" in speller.suggestions("reinforcment")
    speller.add("Kenaikan")
    assert speller.is_known("kenaikan")
