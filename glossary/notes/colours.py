"""The five highlight colours, what each means, and the reader's names for them.

The names are a repository over the notes store (:class:`ColourLabels`); a colour not
renamed keeps its default label, which the interface shows in its own language
(``desktop.translations.shown_labels``).
"""

from __future__ import annotations

from collections.abc import Mapping

from glossary.messages import QT_TRANSLATE_NOOP
from glossary.notes.store import Store

DEFAULT_COLOUR = 1
COLOURS = range(1, 6)
# The highlight colours, as RGB; the reader draws them translucent, handouts as tints.
HIGHLIGHT_RGB = {
    1: (255, 214, 0),
    2: (64, 192, 87),
    3: (51, 154, 240),
    4: (240, 101, 149),
    5: (151, 117, 250),
}
# What each colour means until the reader renames it.
DEFAULT_LABELS = {
    1: QT_TRANSLATE_NOOP("glossary", "Important"),
    2: QT_TRANSLATE_NOOP("glossary", "Term"),
    3: QT_TRANSLATE_NOOP("glossary", "Question"),
    4: QT_TRANSLATE_NOOP("glossary", "Disagree"),
    5: QT_TRANSLATE_NOOP("glossary", "Vocabulary"),
}


def check_colour(colour: int) -> None:
    if colour not in COLOURS:
        raise ValueError(f"colour must be 1-5, not {colour}")


class ColourLabels:
    """What the reader calls each colour, kept in the notes store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def all(self) -> dict[int, str]:
        """Colour -> label, the defaults for colours not renamed."""
        labels = dict(DEFAULT_LABELS)
        labels.update(self.store.query("SELECT colour, label FROM colour_labels").fetchall())
        return labels

    def set(self, colour: int, label: str) -> None:
        """Rename ``colour``; an empty label (or the default) gives the default back."""
        self.set_many({colour: label})

    def set_many(self, labels: Mapping[int, str]) -> None:
        """Rename several colours at once (all or none of them)."""
        for colour in labels:
            check_colour(colour)
        with self.store.transaction() as db:
            for colour, given in labels.items():
                label = " ".join(given.split())
                if label and label != DEFAULT_LABELS[colour]:
                    db.execute(
                        "INSERT INTO colour_labels (colour, label) VALUES (:c, :l) "
                        "ON CONFLICT (colour) DO UPDATE SET label = :l",
                        {"c": colour, "l": label},
                    )
                else:
                    db.execute("DELETE FROM colour_labels WHERE colour = :c", {"c": colour})
