from __future__ import annotations

from pathlib import Path

from glossary.documents.language import guess_language
from glossary.documents.loading import load_bundled_article, load_document


def test_indonesian_and_english_texts_are_told_apart(tmp_path: Path) -> None:
    assert guess_language(load_bundled_article().text) == "id"
    english = (
        "The company said that the model was trained with far less computing power than "
        "its rivals, and the market reacted to this news with a sharp fall in the value "
        "of the firms that make the chips. It is not yet clear which of them will have "
        "the upper hand, but they are all watching the results of the new approach. "
    ) * 3
    assert guess_language(english) == "en"
    path = tmp_path / "english.txt"
    path.write_text(english, encoding="utf-8")
    assert load_document(path).language == "en"  # the library lists it


def test_no_guess_for_short_mixed_or_other_texts() -> None:
    assert guess_language("Halo dunia.") == ""
    assert guess_language("Der schnelle braune Fuchs springt über den faulen Hund. " * 20) == ""
    mixed = "yang dan di ke dari the and of to in " * 10
    assert guess_language(mixed) == ""


def test_short_notes_are_told_apart_but_not_another_language() -> None:
    # A short note in Indonesian or English had no language in the Library.
    note = (
        "Perusahaan teknologi di Indonesia mulai mengembangkan kecerdasan buatan untuk "
        "pasar lokal. Pemerintah menyebabkan banyak perubahan dengan kebijakan baru."
    )
    assert guess_language(note) == "id"
    assert guess_language("I like reading books in the library and the park.") == "en"
    italian = "Il gatto di Maria dorme sul divano in cucina. La casa di Paolo è grande. " * 5
    assert guess_language(italian) == ""
