"""A saved note survives the process being killed at any moment (shorter run of
``benchmarks/crashtest.py``), and two processes writing at once lose nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from benchmarks.crashtest import run
from glossary.documents.loading import parse_markdown
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store
from tests.conftest import REPO

TEXT = "satu dua tiga"


def test_twenty_kills_lose_no_acknowledged_note() -> None:
    kills, notes = run(20, seed=7)
    assert kills == 20 and notes > 20


WRITER = """
import sys
from glossary.documents.loading import parse_markdown
from glossary.notes.store import Store
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
with Store(__import__("pathlib").Path(sys.argv[1])) as store:
    doc = Documents(store).remember(parse_markdown("satu dua tiga"))
    for i in range(150):
        Highlights(store).add(doc, "satu dua tiga", 0, 4, note=f"{sys.argv[2]} {i}")
"""


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    Store(path).close()
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), name], cwd=REPO)
        for name in ("window", "cli")
    ]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    with Store(path) as store:
        doc = Documents(store).remember(parse_markdown(TEXT))
        notes = {h.note for h in Highlights(store).of_document(doc)}
    assert notes == {f"{name} {i}" for name in ("window", "cli") for i in range(150)}
