"""The reader's names for the highlight colours."""

from __future__ import annotations

from glossary.notes.colours import ColourLabels
from glossary.notes.store import Store


def test_colour_labels_default_and_rename(store: Store) -> None:
    assert ColourLabels(store).all()[1] == "Important"
    ColourLabels(store).set(4, "  Tidak  setuju ")
    assert ColourLabels(store).all()[4] == "Tidak setuju"
    ColourLabels(store).set(4, "")
    assert ColourLabels(store).all()[4] == "Disagree"
