"""The reader's own pace, and the time left at it: "43% · 6 min left".

The pace is in characters a minute (Indonesian words are long: counting words would
make its texts look slower than English ones). It is measured on the reader's actual
reading: the place at the top of the view, sampled each time scrolling comes to rest.
A move forward at a believable reading speed is reading; a jump, a move back, a pause
too long (the reader went away) or a move too fast (skimming, scrolling through) is
not, and starts the measuring afresh from where the view is.
"""

from __future__ import annotations

import math
from collections.abc import Callable

DEFAULT_PACE = 1000  # characters a minute: about 200 words of Indonesian
PACE_RANGE = (200, 5000)  # a pace measured is kept within these
SLOWEST = 150  # characters a minute: slower is no reading (a pause, a break)
FASTEST_FACTOR = 3.0  # faster than this many times the pace is skimming or a jump
FASTEST = 6000  # characters a minute: faster is never reading
IDLE_SECONDS = 600.0  # a rest longer than this: the reader was away
SHORTEST_SECONDS = 2.0  # a move sooner than this after the last is scrolling on
ADAPT_SECONDS = 900.0  # reading this long moves the pace all the way to what it shows

Clock = Callable[[], float]  # seconds, rising (time.monotonic)


class PaceEstimator:
    """Learns the reader's pace from the places seen over time.

    ``pace`` starts at what is remembered (or ``DEFAULT_PACE``); :meth:`observe`
    gives it a place and a time; each stretch of reading moves the pace towards the
    speed of that stretch, in proportion to how long it lasted.
    """

    def __init__(self, clock: Clock, pace: float = DEFAULT_PACE) -> None:
        self.clock = clock
        low, high = PACE_RANGE
        self.pace = min(max(float(pace), low), high) if pace > 0 else float(DEFAULT_PACE)
        self._last: tuple[int, float] | None = None  # place and time of the last sample
        self.minutes_read = 0.0  # reading measured in this estimator's life

    def restart(self) -> None:
        """Measure afresh (another document, a jump the reader made)."""
        self._last = None

    def observe(self, offset: int) -> bool:
        """The view rests at ``offset`` now; whether the stretch since the last rest
        was reading (and the pace learned from it)."""
        now = self.clock()
        last, self._last = self._last, (offset, now)
        if last is None:
            return False
        chars, seconds = offset - last[0], now - last[1]
        if chars <= 0 or not SHORTEST_SECONDS <= seconds <= IDLE_SECONDS:
            return False
        speed = chars * 60.0 / seconds
        if not SLOWEST <= speed <= min(FASTEST, self.pace * FASTEST_FACTOR):
            return False
        weight = min(1.0, seconds / ADAPT_SECONDS)
        low, high = PACE_RANGE
        self.pace = min(max(self.pace + (speed - self.pace) * weight, low), high)
        self.minutes_read += seconds / 60.0
        return True

    def minutes_left(self, chars_left: int) -> int:
        """Whole minutes to read ``chars_left`` characters at the pace (rounded up)."""
        return max(0, math.ceil(chars_left / self.pace)) if chars_left > 0 else 0
