"""Shared helpers: alternating timing, medians, a results table, synthetic glossaries."""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from glossary.documents.loading import load_bundled_article
from glossary.model import Category, Entry
from glossary.terms.glossary import Glossary

if TYPE_CHECKING:
    # Qt loads in the scripts that need it, not with these helpers.
    from PySide6.QtWidgets import QWidget


@dataclass
class Result:
    name: str
    ours: float  # median seconds
    baseline: float | None  # median seconds of the baseline, if any
    budget: str
    passed: bool
    note: str = ""
    unit: str = "ms"  # ours and baseline are seconds shown in ms, or already in MB

    def row(self) -> str:
        scale = 1e3 if self.unit == "ms" else 1.0
        base = f"{self.baseline * scale:10.2f}" if self.baseline is not None else f"{'-':>10}"
        ratio = f"{self.ours / self.baseline:6.2f}x" if self.baseline else f"{'-':>7}"
        verdict = "pass" if self.passed else "FAIL"
        line = (
            f"{self.name:<38} {self.ours * scale:10.2f} {base} {self.unit:<4} {ratio}  "
            f"{self.budget:<22} {verdict}"
        )
        return f"{line}  {self.note}" if self.note else line


HEADER = (
    f"{'benchmark':<38} {'ours':>10} {'baseline':>10} {'unit':<4} {'ratio':>7}  "
    f"{'budget':<22} result"
)


def alternate(
    ours: Callable[[], object], baseline: Callable[[], object], rounds: int, warmup: int = 1
) -> tuple[list[float], list[float]]:
    """Time ``ours`` and ``baseline`` alternately, after ``warmup`` untimed rounds each."""
    for _ in range(warmup):
        ours()
        baseline()
    a: list[float] = []
    b: list[float] = []
    for i in range(rounds):
        # Alternate which goes first, so neither always runs on a warmer machine.
        pair = ((ours, a), (baseline, b)) if i % 2 == 0 else ((baseline, b), (ours, a))
        for fn, out in pair:
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return a, b


def command_line(run: Callable[[int], list[Result]], doc: str | None, rounds: int) -> None:
    """``main()`` of a single benchmark script: ``--rounds N``, then the table."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--rounds", type=int, default=rounds)
    rounds = parser.parse_args().rounds
    quiet_qt()
    print_table(run(rounds))


def quiet_qt() -> None:
    """Keep the offscreen platform's notes about every window off the table."""
    from PySide6.QtCore import qInstallMessageHandler

    from desktop.app import quiet_offscreen_messages

    qInstallMessageHandler(quiet_offscreen_messages)


def dispose(widget: QWidget) -> None:
    """Delete a window at once: one left to ``deleteLater`` (which needs an event loop
    these scripts do not run) goes on laying out its text and firing its timers, and
    slows every benchmark that runs after it in the same process."""
    import shiboken6

    if shiboken6.isValid(widget):
        shiboken6.delete(widget)


def median(values: list[float]) -> float:
    return statistics.median(values)


def print_table(results: list[Result]) -> None:
    print(HEADER)
    print("-" * len(HEADER))
    for result in results:
        print(result.row())


_SYLLABLES = [
    "ka",
    "ri",
    "mo",
    "ta",
    "se",
    "lu",
    "pe",
    "na",
    "go",
    "bi",
    "ra",
    "du",
    "me",
    "si",
    "to",
    "ban",
    "lar",
    "kin",
    "tor",
    "pang",
    "sur",
    "vel",
    "dra",
    "kon",
    "mus",
]


def _pseudo_word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(3, 4)))


def synthetic_glossary(size: int, seed: int = 7, dense: bool = True) -> Glossary:
    """``size`` entries shaped like real ones: multi-word and one-word forms in both
    languages, some from the article's vocabulary; most never occur in the text.

    ``dense``: the one-word Indonesian headwords are real root words, so they (and
    their affixed forms) occur often, about one match per 110 characters. Otherwise
    they are made-up words, and matches are five times rarer.
    """
    rng = random.Random(seed)
    words = sorted({w.strip(".,:;“”‘’()[]—").lower() for w in load_bundled_article().text.split()})
    words = [w for w in words if len(w) > 3 and w.isalpha()]
    used: set[str] = set()
    # Indonesian headwords: real root words (PySastrawi's list), as in a real glossary.
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    article_words = set(load_bundled_article().text.lower().split())
    # Common words of the text itself (yang, dengan, ...) are no glossary's headwords.
    roots = [
        w
        for w in StemmerFactory().get_words_from_file()
        if len(w) >= 5 and w.isalpha() and w not in article_words
    ]

    def fresh(make: Callable[[], str]) -> str:
        while True:
            candidate = make()
            if candidate not in used:
                used.add(candidate)
                return candidate

    entries = []
    for i in range(size):
        kind = i % 10
        if kind < 3:
            term_en = fresh(lambda: f"{rng.choice(words)} {rng.choice(words)}")
        elif kind < 4:
            term_en = fresh(lambda: rng.choice(words) + rng.choice(["isme", "isasi", "itas"]))
        else:
            term_en = fresh(lambda: f"{_pseudo_word(rng)} {_pseudo_word(rng)}")
        term_id = fresh(lambda: rng.choice(roots) if dense else _pseudo_word(rng))
        alias = fresh(lambda: f"{_pseudo_word(rng)}-{rng.choice(words)}")
        definition = " ".join(rng.choice(words) for _ in range(25))
        entries.append(
            Entry(
                id=f"e{i}",
                category="general",
                term_en=term_en,
                term_id=term_id,
                aliases_en=(alias,),
                aliases_id=(),
                definition_en=definition,
                definition_id=" ".join(rng.choice(words) for _ in range(25)),
                usage_en="",
                usage_id="",
                related=(),
            )
        )
    return Glossary("synthetic", tuple(entries), {"general": Category("general", "G", "U")})


def ten_megabytes_of_text() -> str:
    article = load_bundled_article().text
    return (article * (10_000_000 // len(article) + 1))[:10_000_000]


class StallWatch:
    """The UI thread's longest stall: a 5 ms timer ticks while it runs, and the longest
    gap between two ticks is how long the event loop was kept from running."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self._ticks: list[int] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(lambda: self._ticks.append(self._clock.elapsed()))

    def start(self) -> None:
        self._ticks.clear()
        self._clock.start()
        self._timer.start()

    def stop(self) -> float:
        """Stops the watch; the longest gap between ticks, in seconds."""
        self._timer.stop()
        return max((b - a for a, b in pairwise(self._ticks)), default=0) / 1000


def settle(app: Any, seconds: float = 1.0) -> None:
    """Let a window just shown finish its own start (first layout and paint of every
    panel, 200-300 ms), which is the start-up benchmark's and no stall of another's;
    then collect what it left."""
    import gc

    began = time.perf_counter()
    while time.perf_counter() - began < seconds:
        app.processEvents()
    gc.collect()


class FirstPaint:
    """When the reader of ``window`` paints the document at ``path`` (not one of the
    text shown before it): ``times``, each a ``perf_counter``; ``close()`` stops it."""

    def __init__(self, window: Any, path: Path) -> None:
        self.times: list[float] = []
        self._window = window

        def painted() -> None:
            marked = window.session.marked
            if marked is not None and marked.document.path == path:
                self.times.append(time.perf_counter())

        self._connection = window.reader.painted.connect(painted)

    def since(self, started: float) -> float:
        """Seconds from ``started`` to the first paint (infinite: none came)."""
        return self.times[0] - started if self.times else float("inf")

    def close(self) -> None:
        self._window.reader.painted.disconnect(self._connection)
