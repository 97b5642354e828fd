"""Run every benchmark and print one table: ``python -m benchmarks [--quick]``."""

from __future__ import annotations

import argparse
import platform
import sys
import time

from benchmarks import (
    bigdocument,
    detection,
    dictionaries,
    export,
    highlights,
    lookup,
    remark,
    search,
    startup,
    store,
)
from benchmarks.common import print_table, quiet_qt


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer rounds (about a minute)")
    args = parser.parse_args()
    quick = {"detection": 3, "search": 2, "startup": 4, "store": 1, "highlights": 2}
    full = {"detection": 5, "search": 5, "startup": 10, "store": 5, "highlights": 5}
    rounds = (
        {**quick, "export": 1, "remark": 2, "dictionaries": 3, "lookup": 2, "bigdocument": 1}
        if args.quick
        else {**full, "export": 3, "remark": 5, "dictionaries": 5, "lookup": 4, "bigdocument": 3}
    )
    quiet_qt()
    began = time.time()
    results = [
        *startup.run(rounds["startup"]),
        *detection.run(rounds["detection"]),
        *search.run(rounds["search"]),
        *store.run(rounds["store"]),
        *highlights.run(rounds["highlights"]),
        *export.run(rounds["export"]),
        *remark.run(rounds["remark"]),
        *dictionaries.run(rounds["dictionaries"]),
        *lookup.run(rounds["lookup"]),
        *bigdocument.run(rounds["bigdocument"]),
    ]
    print(
        f"# {time.strftime('%Y-%m-%d %H:%M')} · Python {platform.python_version()} · "
        f"{platform.machine()} · {platform.system()} · {time.time() - began:.0f} s"
    )
    print_table(results)
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
