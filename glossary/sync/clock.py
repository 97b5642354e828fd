"""The hybrid logical clock that orders every change made on any device.

A stamp is the wall-clock time in milliseconds, a counter for changes within one
millisecond (or made while the wall clock stands behind the last stamp seen), and the
device that made it. It never goes backwards on a device, it moves past every stamp the
device has seen from others, and two stamps are never equal (the device id breaks the
tie), so that "the later change wins" means the same thing on every device, whatever
their clocks say. Stamps are written as text that sorts as they compare:
``"0001733570000123.00000.<device>"``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import NamedTuple

WALL_DIGITS = 16
COUNTER_DIGITS = 5
MAX_COUNTER = 10**COUNTER_DIGITS - 1


class Stamp(NamedTuple):
    """One change's place in the order of all changes (compares as a tuple)."""

    wall: int  # milliseconds since 1970
    counter: int
    device: str

    def text(self) -> str:
        return f"{self.wall:0{WALL_DIGITS}d}.{self.counter:0{COUNTER_DIGITS}d}.{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """The stamp written as ``text``; ValueError if it is not one."""
        wall, counter, device = text.split(".", 2)
        if len(wall) != WALL_DIGITS or len(counter) != COUNTER_DIGITS or not device:
            raise ValueError(f"not a stamp: {text!r}")
        return cls(int(wall), int(counter), device)


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class Clock:
    """The clock of device ``device``, starting after ``last`` (the latest stamp it made
    or saw, kept across runs)."""

    def __init__(
        self, device: str, last: Stamp | None = None, now: Callable[[], int] = _now_ms
    ) -> None:
        if not device or "." in device:
            raise ValueError(f"not a device id: {device!r}")
        self.device = device
        self.last = last or Stamp(0, 0, device)
        self._now = now

    def tick(self) -> Stamp:
        """A stamp for a change made now, later than every stamp made or seen."""
        wall = self._now()
        if wall > self.last.wall:
            stamp = Stamp(wall, 0, self.device)
        elif self.last.counter < MAX_COUNTER:
            stamp = Stamp(self.last.wall, self.last.counter + 1, self.device)
        else:  # a million changes in one millisecond: borrow the next one
            stamp = Stamp(self.last.wall + 1, 0, self.device)
        self.last = stamp
        return stamp

    def observe(self, seen: Stamp) -> None:
        """Another device's stamp was seen: later stamps made here come after it."""
        if (seen.wall, seen.counter) > (self.last.wall, self.last.counter):
            self.last = Stamp(seen.wall, seen.counter, self.device)
