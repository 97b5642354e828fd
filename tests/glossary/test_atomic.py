from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from glossary.atomic import atomic_target, clean_pending, keep_journal_in, write_text_atomic


def test_writes_whole_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "notes.json"
    write_text_atomic(target, "first")
    write_text_atomic(target, "second ✓")
    assert target.read_text(encoding="utf-8") == "second ✓"
    assert [p.name for p in target.parent.iterdir()] == ["notes.json"]


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    write_text_atomic(target, "old")
    with pytest.raises(UnicodeEncodeError):
        write_text_atomic(target, "bad \udcff surrogate")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from glossary.atomic import atomic_target, keep_journal_in
keep_journal_in(Path(sys.argv[1]))
with atomic_target(Path(sys.argv[2]), journal=True) as tmp:
    tmp.write_bytes(b"%PDF-1.4 half a handout")
    os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_write_killed_half_way_is_cleaned_at_the_next_start(tmp_path: Path) -> None:
    journal, target = tmp_path / "data" / "pending", tmp_path / "out" / "handout.pdf"
    run = subprocess.run(
        [sys.executable, "-c", KILLED_WRITER, str(journal), str(target)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        timeout=60,
    )
    assert run.returncode == -signal.SIGKILL
    [left] = list(target.parent.iterdir())  # the temporary file, beside the target
    assert left.name.startswith(".handout.pdf.") and not target.exists()
    assert clean_pending(journal) == [left]
    assert list(target.parent.iterdir()) == [] and list(journal.iterdir()) == []


def test_a_journalled_write_leaves_no_note_when_it_ends(tmp_path: Path) -> None:
    keep_journal_in(tmp_path / "pending")
    try:
        write_text_atomic(tmp_path / "a.md", "halo", journal=True)
        with pytest.raises(ZeroDivisionError), atomic_target(tmp_path / "b.md", journal=True):
            raise ZeroDivisionError
    finally:
        keep_journal_in(None)
    assert list((tmp_path / "pending").iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "pending"]


def test_the_journal_never_removes_a_live_run_s_file_or_another_file(tmp_path: Path) -> None:
    journal = tmp_path / "pending"
    journal.mkdir()
    mine = tmp_path / ".report.md.abc.tmp"
    mine.write_text("being written")
    (journal / "live.pending").write_text(f"{os.getpid()}\n{mine}\n")
    precious = tmp_path / "notes.sqlite3"
    precious.write_text("data")
    dead = _dead_pid()
    (journal / "odd.pending").write_text(f"{dead}\n{precious}\n")
    (journal / "garbled.pending").write_text("not a note")
    assert clean_pending(journal) == []
    assert mine.exists() and precious.exists()
    assert [p.name for p in journal.iterdir()] == ["live.pending"]


def _dead_pid() -> int:
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(child.stdout)
