"""Damage test of the notes database: a database with a backup and notes written after
it is damaged in one of several ways, then opened as the app opens it
(``glossary.notes.backups.open_store``). Every time, the backup's notes must all be
there, no note may appear that was never written, and the notes written after the
backup that were salvaged from the damaged file are counted.

    python -m benchmarks.damage --trials 200
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from glossary.documents.loading import parse_markdown
from glossary.notes.backups import open_store, take_backup
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store, StoreError

TEXT = "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh"
KINDS = ("emptied", "truncated", "overwritten span", "header zeroed", "bytes flipped", "garbage")


def _notes(store: Store) -> list[str]:
    return [h.note for d in Documents(store).all() for h in Highlights(store).of_document(d.id)]


def _build(folder: Path, rng: random.Random) -> tuple[Path, set[str], set[str]]:
    """A database in ``folder`` with a backup of 3 notes and more written after it; the
    files as a crash leaves them (write-ahead log and all) half of the time."""
    live = folder / "live" / "notes.sqlite3"
    path = folder / "notes.sqlite3"
    with Store(live) as store:
        document = Documents(store).remember(parse_markdown(TEXT))
        highlights = Highlights(store)
        before = {f"sebelum {i}" for i in range(3)}
        for note in sorted(before):
            highlights.add(document, TEXT, 0, 4, note=note)
        take_backup(store, folder / "backups")
        after = {
            f"sesudah {i} " + "kata " * rng.randrange(5, 60) for i in range(rng.randrange(20, 300))
        }
        for note in after:
            highlights.add(document, TEXT, 5, 8, note=note)
        crashed = rng.random() < 0.5
        if crashed:
            for suffix in ("", "-wal"):
                if Path(f"{live}{suffix}").exists():
                    shutil.copyfile(f"{live}{suffix}", f"{path}{suffix}")
    if not crashed:
        db = sqlite3.connect(live)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        shutil.copyfile(live, path)
    return path, before, after


def _damage(path: Path, kind: str, rng: random.Random) -> None:
    data = bytearray(path.read_bytes())
    size = len(data)
    if kind == "emptied":
        data = bytearray()
    elif kind == "truncated":
        data = data[: int(size * rng.uniform(0.5, 0.95))]  # cut short, as a full disk does
    elif kind == "overwritten span":
        start = rng.randrange(0, size)
        length = rng.randrange(1, max(2, size // 4))
        data[start : start + length] = rng.randbytes(min(length, size - start))
    elif kind == "header zeroed":
        data[:100] = bytes(100)
    elif kind == "bytes flipped":
        for _ in range(10):
            data[rng.randrange(0, size)] ^= 0xFF
    elif kind == "garbage":
        data = bytearray(rng.randbytes(size))
    path.write_bytes(bytes(data))


def run(trials: int, seed: int = 1) -> tuple[dict[str, list[float]], dict[str, int]]:
    """Damage ``trials`` databases; per kind of damage, the share of the notes written
    after the backup that came back. Raises when a backed-up note is lost or one appears
    that was never written."""
    rng = random.Random(seed)
    shares: dict[str, list[float]] = defaultdict(list)
    garbled: dict[str, int] = defaultdict(int)
    for trial in range(trials):
        kind = KINDS[trial % len(KINDS)]
        with tempfile.TemporaryDirectory() as folder:
            path, before, after = _build(Path(folder), rng)
            _damage(path, kind, rng)
            try:
                store, _message = open_store(path, Path(folder) / "backups")
            except StoreError as exc:
                if exc.kind != "newer":
                    raise
                # The damage made the file claim a newer version of the app and left
                # its pages sound: it is refused, untouched, like a newer app's file.
                shares["refused as newer"].append(0.0)
                continue
            with store:
                if not store.integrity_ok():
                    raise AssertionError(f"{kind}: the opened database fails its check")
                notes = _notes(store)
        if not before <= set(notes):
            raise AssertionError(f"{kind}: notes of the backup lost")
        # A salvaged note is known by its number; its text may have come back with a
        # damaged character (shown as U+FFFD), which is counted apart.
        written = {note.split(" kata")[0]: note for note in after}
        numbers = [note.split(" ")[1] if note.startswith("sesudah") else "" for note in notes]
        salvaged = [note for note in notes if note not in before]
        if len(set(numbers)) != len(numbers) and "" not in numbers:
            raise AssertionError(f"{kind}: a note came back twice")
        exact = damaged = 0
        for note in salvaged:
            key = note.split(" kata")[0].split("\ufffd")[0]
            original = written.get(key)
            if original == note:
                exact += 1
            elif original is not None or "\ufffd" in note:
                damaged += 1
            else:
                raise AssertionError(f"{kind}: a note appeared that was never written: {note!r}")
        shares[kind].append(exact / len(after))
        garbled[kind] += damaged
    return shares, garbled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=120)
    args = parser.parse_args()
    started = time.perf_counter()
    shares, garbled = run(args.trials)
    print(
        f"{'damage':<18} {'trials':>6} {'after the backup, salvaged whole: median':>42} "
        f"{'min':>6} {'with a damaged character':>25}"
    )
    for kind in (*KINDS, "refused as newer"):
        values = sorted(shares[kind])
        if values:
            median = values[len(values) // 2]
            print(
                f"{kind:<18} {len(values):>6} {median:>42.0%} {values[0]:>6.0%} {garbled[kind]:>25}"
            )
    print(
        f"{args.trials} damaged databases: every backed-up note kept, no note invented "
        f"({time.perf_counter() - started:.0f} s)"
    )


if __name__ == "__main__":
    main()
