"""Back and Forward: the entries the reader looked at and the places in the text the
reader jumped from and to, as a browser keeps its pages.

A :class:`History` is a bounded list of steps with a cursor. Visiting a step that is
not the current one is a new step: it drops whatever lay ahead of the cursor (as a new
page does after Back) and, past ``limit``, the oldest step. A jump in the text is two
steps: where the reader was, then where the jump went.
"""

from __future__ import annotations

from dataclasses import dataclass

HISTORY_LIMIT = 100  # steps kept
NEAR_CHARS = 200  # a place this close to the current one is the same step


@dataclass(frozen=True)
class EntryStep:
    """A glossary entry shown."""

    entry_id: str


@dataclass(frozen=True)
class PlaceStep:
    """A place in the text: the offset at the top of the view."""

    offset: int


Step = EntryStep | PlaceStep


def same_step(a: Step, b: Step) -> bool:
    """Whether ``b`` is no new step after ``a``: the same entry, or a place near it."""
    if isinstance(a, PlaceStep) and isinstance(b, PlaceStep):
        return abs(a.offset - b.offset) < NEAR_CHARS
    return a == b


class History:
    """Steps with a cursor: :meth:`visit`, :meth:`back`, :meth:`forward`."""

    def __init__(self, limit: int = HISTORY_LIMIT) -> None:
        if limit < 1:
            raise ValueError("a history keeps at least one step")
        self.limit = limit
        self._steps: list[Step] = []
        self._at = -1  # the current step's index (-1: none)

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(self._steps)

    @property
    def current(self) -> Step | None:
        return self._steps[self._at] if self._at >= 0 else None

    def visit(self, step: Step) -> bool:
        """The reader went to ``step``; whether it is a new step (not the current one)."""
        current = self.current
        if current is not None and same_step(current, step):
            return False
        del self._steps[self._at + 1 :]  # what lay ahead goes
        self._steps.append(step)
        del self._steps[: max(0, len(self._steps) - self.limit)]
        self._at = len(self._steps) - 1
        return True

    def jump(self, here: int, there: int) -> None:
        """A jump in the text from the place ``here`` to ``there`` (offsets)."""
        self.visit(PlaceStep(here))
        self.visit(PlaceStep(there))

    def can_go_back(self) -> bool:
        return self._at > 0

    def can_go_forward(self) -> bool:
        return self._at < len(self._steps) - 1

    def back(self, here: int | None = None) -> Step | None:
        """The step before the current one, now current (None: there is none).
        ``here``: where the reader is in the text; a current place step becomes it,
        so that Forward comes back to where the reader had read on to."""
        if not self.can_go_back():
            return None
        self._update_place(here)
        self._at -= 1
        return self._steps[self._at]

    def forward(self, here: int | None = None) -> Step | None:
        """The step after the current one, now current (None: there is none)."""
        if not self.can_go_forward():
            return None
        self._update_place(here)
        self._at += 1
        return self._steps[self._at]

    def _update_place(self, here: int | None) -> None:
        if here is not None and isinstance(self.current, PlaceStep):
            self._steps[self._at] = PlaceStep(here)

    def clear(self) -> None:
        self._steps.clear()
        self._at = -1
