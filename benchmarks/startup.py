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
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, command_line, median

REPO = Path(__file__).resolve().parents[1]


def time_to_paint(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning ``cmd`` to the paint it reports, and its peak RSS in MB."""
    start = time.time()
    result = subprocess.run(cmd, check=True, env=env, cwd=REPO, capture_output=True, text=True)
    for line in result.stdout.splitlines():
        if line.startswith("painted-at "):
            _, at, peak_kb = line.split()
            return float(at) - start, int(peak_kb) / 1024
    raise RuntimeError(f"{cmd[1]} did not report a paint")


def run(rounds: int) -> list[Result]:
    with tempfile.TemporaryDirectory() as data, tempfile.TemporaryDirectory() as pycache:
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
        a: list[float] = []
        b: list[float] = []
        rss: dict[int, list[float]] = {id(a): [], id(b): []}
        for i in range(rounds + 1):
            order = [(ours_cmd, a), (bare_cmd, b)] if i % 2 == 0 else [(bare_cmd, b), (ours_cmd, a)]
            for cmd, out in order:
                elapsed, peak = time_to_paint(cmd, env)
                if i:  # round 0 is the warm-up
                    out.append(elapsed)
                    rss[id(out)].append(peak)
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
    ]


if __name__ == "__main__":
    command_line(run, __doc__, rounds=10)
