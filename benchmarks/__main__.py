"""Run every benchmark and print one table: ``python -m benchmarks [--quick]``."""

from __future__ import annotations

import argparse
import gc
import os
import platform
import sys
import time

from benchmarks import (
    bigdocument,
    detection,
    dictionaries,
    export,
    highlights,
    largedocument,
    lookup,
    pdf,
    remark,
    search,
    startup,
    store,
    sync,
    wordcard,
)
from benchmarks.common import Result, print_table, quiet_qt

QUICK_S = 120
FULL_S = 600


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="fewer rounds: within 2 minutes (the full run: 10)"
    )
    args = parser.parse_args()
    # The full run spends its ten minutes on more rounds where the machine's noise
    # moves the medians most (start-up, the 5,000 highlights, the PDF). The 49 MB text
    # takes 15-25 s a round: once in the quick run.
    quick = {"detection": 3, "search": 2, "startup": 4, "store": 1, "highlights": 2}
    full = {"detection": 7, "search": 5, "startup": 20, "store": 5, "highlights": 9}
    rounds = (
        {**quick, "export": 1, "remark": 2, "dictionaries": 3, "lookup": 2, "bigdocument": 1}
        if args.quick
        else {**full, "export": 5, "remark": 5, "dictionaries": 5, "lookup": 4, "bigdocument": 3}
    )
    rounds["largedocument"] = 1 if args.quick else 3
    rounds["wordcard"] = 1 if args.quick else 3
    rounds["pdf"] = 2 if args.quick else 5
    limit = QUICK_S if args.quick else FULL_S
    quiet_qt()
    began = time.time()
    results: list[Result] = []
    for module in (
        startup,
        detection,
        search,
        store,
        highlights,
        export,
        remark,
        dictionaries,
        lookup,
        wordcard,
        bigdocument,
        pdf,
        largedocument,
    ):
        # What one benchmark left (glossaries, texts, stores) goes before the next: a
        # collection of it could land in the next one's timing.
        gc.collect()
        results += module.run(rounds[module.__name__.rsplit(".", 1)[1]])
    # Sync through a WebDAV server on this computer: the domain, then the window.
    gc.collect()
    results += sync.run(1 if args.quick else 3)
    if not args.quick:  # (the window's: 8 s a round, past the quick run's budget)
        gc.collect()
        results += sync.run_ui(2)
    took = time.time() - began
    print(
        f"# {time.strftime('%Y-%m-%d %H:%M')} · Python {platform.python_version()} · "
        f"{platform.machine()} · {platform.system()} · {os.cpu_count()} cores · "
        f"{took:.0f} s (budget {limit} s{'' if took <= limit else ': OVER'})"
    )
    print_table(results)
    return 0 if all(r.passed for r in results) and took <= limit else 1


if __name__ == "__main__":
    sys.exit(main())
