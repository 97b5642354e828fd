"""Whether a parser takes time linear in the size of its input: reading twice as much
takes about twice as long, where a quadratic one takes four times as long."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Sequence, Sized
from typing import Any

# Twice the input in at most this many times the time: 2 for a linear parser, 4 for a
# quadratic one, with room for the noise of a busy machine.
LIMIT = 3.0
# The smaller input is grown until one parse takes this long, so that the clock's and
# the machine's noise is small beside it...
LEAST_SECONDS = 0.02
# ... or until it is this long (characters or bytes): an input that a linear parser
# reads in a few milliseconds still takes a quadratic one seconds.
LARGEST = 2_000_000
RETRIES = 3  # measurements again before a ratio over the limit fails
SLOW_SECONDS = 1.0  # a parse this slow is measured once: it is far beyond the limit


def _seconds(
    parse: Callable[[Any], object], sources: Sequence[Sized], repeat: int = 1
) -> list[float]:
    """For each source, the fastest of ``repeat`` parses. The sources take turns, so
    that another process taking the machine for a while slows them alike; the garbage
    collector is off (as in ``timeit``), its pauses falling wherever they fall."""
    best = [float("inf")] * len(sources)
    gc.disable()
    try:
        for _ in range(repeat):
            for k, source in enumerate(sources):
                started = time.perf_counter()
                parse(source)
                best[k] = min(best[k], time.perf_counter() - started)
            if max(best) > SLOW_SECONDS:
                break
    finally:
        gc.enable()
    return best


def assert_linear(
    name: str, parse: Callable[[Any], object], make: Callable[[int], Sized], n: int = 64
) -> None:
    """Fail, naming ``name``, unless ``parse(make(2 * n))`` takes at most :data:`LIMIT`
    times as long as ``parse(make(n))``, best of three each. ``n`` is first doubled
    until one parse takes :data:`LEAST_SECONDS` or the input is :data:`LARGEST`: from
    a small start, so that a quadratic parser is caught before it takes minutes."""
    small = make(n)
    while _seconds(parse, [small])[0] < LEAST_SECONDS and len(small) * 2 <= LARGEST:
        n *= 2
        small = make(n)
    large = make(2 * n)
    gc.collect()
    times = _seconds(parse, [small, large], 3)
    for _ in range(RETRIES):
        if times[1] / times[0] <= LIMIT:
            break
        # Measured again before failing: other processes may have had the machine.
        gc.collect()
        again = _seconds(parse, [small, large], 5)
        times = [min(pair) for pair in zip(times, again, strict=True)]
    ratio = times[1] / times[0]
    assert ratio <= LIMIT, (
        f"{name} is super-linear: size {2 * n} took {times[1]:.3f} s, "
        f"size {n} took {times[0]:.3f} s ({ratio:.1f} times as long)"
    )
