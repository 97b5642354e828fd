"""A notes store in a throwaway folder, for the notes tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from glossary.notes.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "notes.sqlite3") as opened:
        yield opened
