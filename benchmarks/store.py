"""Notes store budgets (issue 3), with 100,000 highlights already stored:

- saving a highlight or a note: at most 10 ms at the 99th percentile, fsync included
  (baseline: one bare ``INSERT`` with the same durability settings);
- full-text search over quotes and notes: under 20 ms (baseline: ``LIKE '%word%'``).
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, command_line, median
from glossary.documents.loading import parse_markdown
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store

STORED = 100_000


def _vocabulary() -> list[str]:
    """The article's words, most frequent first: notes use words as text does."""
    from collections import Counter

    from glossary.documents.loading import load_bundled_article

    counts = Counter(w.strip(".,:;“”‘’()[]—").lower() for w in load_bundled_article().text.split())
    return [w for w, _ in counts.most_common() if w.isalpha()]


WORDS = _vocabulary()
# Zipf-like weights: the n-th most frequent word is used about 1/n as often.
WEIGHTS = [1 / (rank + 1) for rank in range(len(WORDS))]


def _fill(store: Store, text: str, document: int, rng: random.Random) -> None:
    rows = []
    for i in range(STORED):
        start = rng.randrange(0, len(text) - 40)
        note = " ".join(rng.choices(WORDS, WEIGHTS, k=rng.randint(3, 25)))
        rows.append(
            {
                "uuid": f"bench-{i}",
                "doc": document,
                "exact": text[start : start + 30],
                "start": start,
                "end": start + 30,
                "note": note,
                "now": "2026-01-01T00:00:00.000+00:00",
            }
        )
    with store.transaction() as db:
        db.executemany(
            "INSERT INTO highlights (uuid, document_id, exact, start_offset, end_offset, note, "
            "created, updated) VALUES (:uuid, :doc, :exact, :start, :end, :note, :now, :now)",
            rows,
        )


def _p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98]


def run(rounds: int) -> list[Result]:
    rng = random.Random(3)
    text = " ".join(rng.choices(WORDS, WEIGHTS, k=20_000))
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "notes.sqlite3")
        document = Documents(store).remember(parse_markdown(text))
        _fill(store, text, document, rng)
        bare = sqlite3.connect(Path(folder) / "bare.sqlite3", isolation_level=None)
        bare.execute("PRAGMA journal_mode = WAL")
        bare.execute("PRAGMA synchronous = FULL")
        bare.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, note TEXT, start INT, stop INT)")
        saves: list[float] = []
        bare_saves: list[float] = []
        for i in range(rounds * 100):
            start = rng.randrange(0, len(text) - 40)
            t0 = time.perf_counter()
            if i % 2:
                h = Highlights(store).add(document, text, start, start + 25)
            else:
                Highlights(store).set_note(h.id if i else 1, f"catatan {i}")
            saves.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            bare.execute("BEGIN IMMEDIATE")
            bare.execute("INSERT INTO notes (note, start, stop) VALUES (?, ?, ?)", (str(i), 1, 2))
            bare.execute("COMMIT")
            bare_saves.append(time.perf_counter() - t0)
        searches: list[float] = []
        bare_searches: list[float] = []
        for i in range(rounds * 20):
            # What readers look for: a word or two of the notes, common or rare.
            query = " ".join(
                rng.choice(WORDS[: 40 if i % 3 == 0 else None]) for _ in range(1 + i % 2)
            )
            t0 = time.perf_counter()
            Highlights(store).search(query)
            searches.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            bare_query = f"%{query.split()[0]}%"
            store.pragmas()  # keep the same connection warm for both
            sqlite3.connect(Path(folder) / "notes.sqlite3").execute(
                "SELECT id FROM highlights WHERE note LIKE ? LIMIT 50", (bare_query,)
            ).fetchall()
            bare_searches.append(time.perf_counter() - t0)
        store.close()
        bare.close()
    return [
        Result(
            "save highlight/note, 100k stored (p99)",
            _p99(saves),
            _p99(bare_saves),
            "p99 <= 10 ms",
            _p99(saves) <= 0.010,
            note=f"median {median(saves) * 1e3:.2f} ms",
        ),
        Result(
            "search notes (FTS5), 100k stored",
            median(searches),
            median(bare_searches),
            "< 20 ms",
            max(searches) < 0.020,
            note=f"slowest {max(searches) * 1e3:.1f} ms",
        ),
    ]


if __name__ == "__main__":
    command_line(run, __doc__, rounds=5)
