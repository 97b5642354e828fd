"""Each fuzz property as two tests: bounded (a fixed seed and a few dozen examples, in
every run) and long (a thousand examples, marked ``fuzz``: ``python -m pytest -m fuzz``).
The default run leaves the long ones out with ``-m "not fuzz"`` in pyproject's addopts,
which ``-m fuzz`` on the command line replaces. The profiles are registered in
``tests/fuzz/conftest.py`` and apply to these properties only: the suite's other
hypothesis tests keep their own settings."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.cli.main import DEBUG_ENV

BOUNDED = "fuzz-bounded"
LONG = "fuzz-long"
BOUNDED_EXAMPLES = 50
LONG_EXAMPLES = 1000

PROFILES = [
    pytest.param(BOUNDED, id="bounded"),
    pytest.param(LONG, id="long", marks=pytest.mark.fuzz),
]


def fuzz(
    **strategies: st.SearchStrategy[Any],
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """``@fuzz(name=strategy, ...)`` on ``def test_x(folder, name, ...)``: the property as
    the tests ``test_x[bounded]`` and ``test_x[long]``. Each example gets an empty
    ``folder`` of its own. A bug in the app raises out of the command line
    (``GLOSSARY_READER_DEBUG``), so hypothesis shows its traceback."""

    def decorate(prop: Callable[..., None]) -> Callable[..., None]:
        @pytest.mark.parametrize("profile", PROFILES)
        @functools.wraps(prop)
        def test(profile: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
            monkeypatch.setenv(DEBUG_ENV, "1")
            numbers = itertools.count()

            @settings(settings.get_profile(profile))
            @given(**strategies)
            def example(**values: Any) -> None:
                folder = tmp_path / str(next(numbers))
                folder.mkdir()
                prop(folder, **values)

            example()

        del test.__wrapped__  # pytest must see the test's parameters, not the property's
        test.property = prop  # type: ignore[attr-defined]  # to run it by hand
        return test

    return decorate
