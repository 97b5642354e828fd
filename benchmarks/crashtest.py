"""Crash test of the notes store: a child process saves notes in a loop and reports
each one the store acknowledged; the parent kills it with SIGKILL at random moments.
After each kill the database must pass ``integrity_check`` and hold every
acknowledged note.

    python -m benchmarks.crashtest --kills 1000
"""

from __future__ import annotations

import argparse
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from glossary.documents.loading import parse_markdown
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store

TEXT = "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh"


def child(path: Path) -> None:
    """Save notes forever, printing the number of each one after its commit."""
    with Store(path) as store:
        document = Documents(store).remember(parse_markdown(TEXT))
        number = len(Highlights(store).of_document(document))
        while True:
            number += 1
            Highlights(store).add(document, TEXT, 0, 4, note=f"note {number}")
            print(number, flush=True)


def run(kills: int, seed: int = 1) -> tuple[int, int]:
    """Kill ``kills`` children; returns (kills, acknowledged notes). Raises on a loss."""
    rng = random.Random(seed)
    acknowledged: set[str] = set()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "notes.sqlite3"
        for _ in range(kills):
            process = subprocess.Popen(
                [sys.executable, "-m", "benchmarks.crashtest", "--child", str(path)],
                stdout=subprocess.PIPE,
                text=True,
                cwd=Path(__file__).resolve().parents[1],
            )
            assert process.stdout is not None
            first = process.stdout.readline()  # wait until it is saving
            if first.strip():
                acknowledged.add(f"note {first.strip()}")
            time.sleep(rng.uniform(0, 0.05))
            process.send_signal(signal.SIGKILL)
            rest, _ = process.communicate()
            acknowledged.update(f"note {n}" for n in rest.split())
            with Store(path) as store:
                if not store.integrity_ok():
                    raise AssertionError("integrity_check failed after a kill")
                kept = {
                    h.note
                    for d in Documents(store).all()
                    for h in Highlights(store).of_document(d.id)
                }
            missing = acknowledged - kept
            if missing:
                raise AssertionError(f"acknowledged notes lost: {sorted(missing)[:5]}")
    return kills, len(acknowledged)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    started = time.perf_counter()
    kills, notes = run(args.kills)
    print(
        f"{kills} kills, {notes} acknowledged notes, none lost, integrity ok after every kill "
        f"({time.perf_counter() - started:.0f} s)"
    )


if __name__ == "__main__":
    main()
