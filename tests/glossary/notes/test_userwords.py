"""The reader's own spelling words."""

from __future__ import annotations

from glossary.notes.store import Store
from glossary.notes.userwords import UserWords


def test_user_dictionary(store: Store) -> None:
    UserWords(store).add("DeepSeek", "id")
    UserWords(store).add("deepseek", "id")
    assert UserWords(store).of("id") == {"deepseek"}
    assert UserWords(store).of("en") == set()
