"""Back and Forward over entries and places, without Qt."""

from __future__ import annotations

import pytest

from glossary.history import NEAR_CHARS, EntryStep, History, PlaceStep


def test_back_and_forward_walk_the_steps() -> None:
    history = History()
    assert history.back() is None and history.forward() is None
    history.visit(EntryStep("a"))
    history.visit(EntryStep("b"))
    history.jump(100, 5000)
    assert history.steps == (EntryStep("a"), EntryStep("b"), PlaceStep(100), PlaceStep(5000))
    assert history.back() == PlaceStep(100)
    assert history.back() == EntryStep("b")
    assert history.back() == EntryStep("a")
    assert not history.can_go_back() and history.back() is None
    assert history.forward() == EntryStep("b")
    assert history.can_go_forward()


def test_the_same_entry_or_a_near_place_is_no_new_step() -> None:
    history = History()
    assert history.visit(EntryStep("a"))
    assert not history.visit(EntryStep("a"))
    assert history.visit(PlaceStep(1000))
    assert not history.visit(PlaceStep(1000 + NEAR_CHARS - 1))
    assert history.visit(PlaceStep(1000 + NEAR_CHARS))
    assert len(history.steps) == 3


def test_a_new_step_drops_the_forward_part() -> None:
    history = History()
    for entry in "abcd":
        history.visit(EntryStep(entry))
    history.back()
    history.back()
    assert history.current == EntryStep("b")
    history.visit(EntryStep("x"))
    assert history.steps == (EntryStep("a"), EntryStep("b"), EntryStep("x"))
    assert not history.can_go_forward()
    # Going back to a step is no new step: what lies ahead stays.
    history.back()
    assert not history.visit(EntryStep("b")) and history.can_go_forward()


def test_the_history_is_bounded() -> None:
    history = History(limit=3)
    for entry in "abcde":
        history.visit(EntryStep(entry))
    assert history.steps == (EntryStep("c"), EntryStep("d"), EntryStep("e"))
    assert history.back() == EntryStep("d")
    with pytest.raises(ValueError):
        History(limit=0)


def test_back_from_a_place_keeps_where_the_reader_read_on_to() -> None:
    history = History()
    history.jump(100, 5000)
    assert history.back(here=7000) == PlaceStep(100)
    assert history.forward(here=100) == PlaceStep(7000)
    history.clear()
    assert history.current is None and history.steps == ()
