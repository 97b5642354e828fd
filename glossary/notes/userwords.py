"""The reader's own spelling dictionary: words added from a note's context menu."""

from __future__ import annotations

from glossary.notes.store import Store


class UserWords:
    """Words the speller accepts, per language, kept in the notes store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def of(self, language: str) -> set[str]:
        rows = self.store.query(
            "SELECT word FROM user_words WHERE language = :lang", {"lang": language}
        ).fetchall()
        return {r[0] for r in rows}

    def add(self, word: str, language: str) -> None:
        with self.store.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO user_words (word, language) VALUES (:w, :lang)",
                {"w": word.casefold(), "lang": language},
            )
