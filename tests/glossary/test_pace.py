"""The reader's pace learned from reading, with a clock the test moves."""

from __future__ import annotations

from glossary.pace import DEFAULT_PACE, IDLE_SECONDS, PACE_RANGE, PaceEstimator


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def read_on(pace: PaceEstimator, clock: FakeClock, start: int, chars: int, seconds: float) -> int:
    """The reader reads ``chars`` characters in ``seconds``, then scrolls on."""
    clock.now += seconds
    pace.observe(start + chars)
    return start + chars


def test_the_pace_starts_at_the_default_and_learns_the_reader() -> None:
    clock = FakeClock()
    pace = PaceEstimator(clock)
    assert pace.pace == DEFAULT_PACE
    assert pace.minutes_left(6000) == 6
    place = 0
    pace.observe(place)
    for _screen in range(40):  # a slower reader: 1500 characters a screen, 2 minutes
        place = read_on(pace, clock, place, 1500, 120)
    assert 700 < pace.pace < 800
    assert pace.minutes_left(7500) == 10
    assert pace.minutes_read == 80


def test_jumps_skimming_going_back_and_pauses_are_not_reading() -> None:
    clock = FakeClock()
    pace = PaceEstimator(clock, pace=900)
    pace.observe(0)
    clock.now += 5
    assert not pace.observe(40_000)  # a jump far ahead
    clock.now += 30
    assert not pace.observe(45_000)  # scrolling fast through
    clock.now += 60
    assert not pace.observe(44_000)  # back a little
    clock.now += IDLE_SECONDS + 1
    assert not pace.observe(45_000)  # the reader was away
    clock.now += 0.5
    assert not pace.observe(45_010)  # still scrolling
    clock.now += 3
    assert not pace.observe(45_011)  # a nudge: too slow to be reading
    assert pace.pace == 900 and pace.minutes_read == 0
    clock.now += 60
    assert pace.observe(45_011 + 1000)
    assert pace.pace > 900


def test_a_remembered_pace_is_kept_within_bounds() -> None:
    clock = FakeClock()
    low, high = PACE_RANGE
    assert PaceEstimator(clock, pace=10).pace == low
    assert PaceEstimator(clock, pace=10**6).pace == high
    assert PaceEstimator(clock, pace=0).pace == DEFAULT_PACE
    pace = PaceEstimator(clock)
    pace.observe(0)
    pace.restart()
    clock.now += 60
    assert not pace.observe(1000)  # measured afresh from here
    assert pace.minutes_left(0) == 0 and pace.minutes_left(1) == 1
