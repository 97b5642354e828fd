"""The hypothesis profiles of the fuzz properties (see ``tests.fuzz.profiles``)."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

from tests.fuzz.profiles import BOUNDED, BOUNDED_EXAMPLES, LONG, LONG_EXAMPLES

_COMMON = {
    "deadline": None,
    "database": None,  # nothing written into the source tree; a failure prints its example
    # Examples are whole files, some slow to read: that is what is tested.
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
        HealthCheck.filter_too_much,
    ],
}
settings.register_profile(BOUNDED, max_examples=BOUNDED_EXAMPLES, derandomize=True, **_COMMON)
settings.register_profile(LONG, max_examples=LONG_EXAMPLES, **_COMMON)
