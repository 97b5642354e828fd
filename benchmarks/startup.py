"""Start-up: process start to the article painted with its marks and highlights,
against a bare PySide6 script that shows the same text in a QTextBrowser (budget:
1.25x its time, 1.3x its peak memory).

Both run as fresh processes, alternating, after one warm-up run each; the time
runs from just before the process is spawned to the moment it reports its first
paint (each prints the wall-clock time then, and its peak RSS so far), so
interpreter shut-down is not counted for either. The warm-up run also fills the
app's stem cache, as the first start on a machine does, and Python's bytecode cache:
an installed app has its modules compiled (pip does it), so they are not compiled
again on every start even where PYTHONDONTWRITEBYTECODE is set, as on CI. The cache
goes to a temporary folder (PYTHONPYCACHEPREFIX), not into the checkout.

Ours starts on a data folder whose notes hold 100 highlights on the article; a third
process in each round starts on one that also holds 99,900 on another text: start-up
must not grow with the notes kept (compared from the end of the imports, which the
notes cannot change, to the paint). The peak memory is read from /proc/self/status
(VmHWM) where there is one: on Linux ``ru_maxrss`` keeps, across ``exec``, the peak of
the parent that forked the process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, command_line, median
from glossary.notes.documents import Documents

REPO = Path(__file__).resolve().parents[1]


def time_to_paint(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from spawning ``cmd`` to the paint it reports, its peak RSS in MB, and
    (ours only) the seconds from the end of its imports to that paint."""
    start = time.time()
    result = subprocess.run(cmd, check=True, env=env, cwd=REPO, capture_output=True, text=True)
    for line in result.stdout.splitlines():
        if line.startswith("painted-at "):
            _, at, peak_kb, *window_ms = line.split()
            window = float(window_ms[0]) / 1000 if window_ms else 0.0
            return float(at) - start, int(peak_kb) / 1024, window
    raise RuntimeError(f"{cmd[1]} did not report a paint")


NOTES = 100_000


ON_ARTICLE = 100


def fill_notes(data: Path, total: int) -> None:
    """A data folder whose notes hold ``total`` highlights: ``ON_ARTICLE`` on the
    bundled article, the rest on another text."""
    import random

    from glossary.documents.loading import load_bundled_article, parse_markdown
    from glossary.notes.store import Store
    from glossary.paths import NOTES_FILE

    article = load_bundled_article()
    other = parse_markdown(article.text + "\n\nlain", path=Path("/benchmark/other.md"))
    rng = random.Random(3)
    words = article.text.split()
    stamp = "2026-01-01T00:00:00.000+00:00"
    with Store(data / NOTES_FILE) as store:
        ids = (Documents(store).remember(article), Documents(store).remember(other))
        rows = []
        for i in range(total):
            doc, text = (ids[0], article.text) if i < ON_ARTICLE else (ids[1], other.text)
            start = rng.randrange(0, len(text) - 60)
            note = " ".join(rng.choices(words, k=12))
            passage = text[start : start + 40]
            rows.append((f"b{i}", doc, passage, start, start + 40, 1 + i % 5, note, stamp))
        with store.transaction() as db:
            db.executemany(
                "INSERT INTO highlights (uuid, document_id, exact, start_offset, end_offset, "
                "colour, note, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?8, ?8)",
                rows,
            )


def run(rounds: int) -> list[Result]:
    with (
        tempfile.TemporaryDirectory() as data,
        tempfile.TemporaryDirectory() as full,
        tempfile.TemporaryDirectory() as pycache,
    ):
        fill_notes(Path(data), ON_ARTICLE)
        fill_notes(Path(full), NOTES)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": pycache}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        ours_cmd = [
            sys.executable,
            str(REPO / "main.py"),
            "--data-dir",
            data,
            "--exit-when-painted",
        ]
        bare_cmd = [sys.executable, str(REPO / "benchmarks" / "bare_qt.py")]
        full_cmd = [*ours_cmd[:3], full, *ours_cmd[4:]]
        a: list[float] = []
        b: list[float] = []
        c: list[float] = []
        rss: dict[int, list[float]] = {id(a): [], id(b): [], id(c): []}
        # From the end of the imports to the paint, which is what the notes can change:
        # the whole start's noise (the interpreter, Qt's import) would drown it.
        window: dict[int, list[float]] = {id(a): [], id(c): []}
        for i in range(rounds + 1):
            order = [(ours_cmd, a), (bare_cmd, b), (full_cmd, c)]
            for cmd, out in order if i % 2 == 0 else order[::-1]:
                elapsed, peak, built = time_to_paint(cmd, env)
                if i:  # round 0 is the warm-up
                    out.append(elapsed)
                    rss[id(out)].append(peak)
                    if id(out) in window:
                        window[id(out)].append(built)
    ratio = median(a) / median(b)
    memory = median(rss[id(a)]) / median(rss[id(b)])
    return [
        Result("start-up to article painted", median(a), median(b), "<= 1.25x bare", ratio <= 1.25),
        Result(
            "  peak memory (RSS) at that paint",
            median(rss[id(a)]),
            median(rss[id(b)]),
            "<= 1.3x bare",
            memory <= 1.3,
            unit="MB",
        ),
        Result(
            f"  window with {NOTES:,} notes stored",
            median(window[id(c)]),
            median(window[id(a)]),
            "<= 1.1x without",
            median(window[id(c)]) <= 1.1 * median(window[id(a)]),
            f"imports done to paint; baseline: the article's {ON_ARTICLE} only",
        ),
    ]


if __name__ == "__main__":
    command_line(run, __doc__, rounds=10)
