"""House style: ruff's lint and format checks pass on the whole tree, and the domain, the
Qt application and the benchmarks pass mypy in strict mode."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO


@pytest.mark.parametrize("args", [["check", "."], ["format", "--check", "."]])
def test_ruff(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *args], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_the_domain_the_app_and_the_benchmarks() -> None:
    """``mypy --strict`` on the packages pyproject's ``[tool.mypy] files`` names:
    glossary/, desktop/ and benchmarks/."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
