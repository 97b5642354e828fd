"""Word lookup and word status (issue 6).

- A lookup, warm: stem, word list and installed dictionaries (a 10,000-headword
  ind-eng dictionary forward and an eng-ind one in reverse, dictzip-compressed), for 200
  words (half from the bundled article, half that both dictionaries hold), under 5 ms
  per call (median). The words were looked up once before (warm). Baseline: a plain
  dict lookup of the word in the word list.
- Tinting word status over a 1 MB document (the article, with 20,000 made-up words so
  that stemming has real work): the words are read off the UI thread. Ours: the longest
  gap between ticks of a 5 ms timer on the UI thread from switching the tints on until
  they are drawn; baseline: the longest gap over the same time with nothing to do.
  Budget: no stall over 50 ms. Also the UI time to redraw the tints after a scroll
  (median and worst), against the same redraw without tints.
"""

from __future__ import annotations

import gc
import os
import random
import tempfile
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from benchmarks.common import Result, alternate, command_line, dispose, median
from benchmarks.dictionaries import write_pair
from glossary.dictionaries.installed import discover
from glossary.documents.loading import load_bundled_article
from glossary.terms.glossary import load_bundled_glossary
from glossary.words.morphology import WORD_PATTERN
from glossary.words.setup import build_lookup

LOOKUP_BUDGET_S = 0.005
STALL_BUDGET_S = 0.050
WORDS = 200


def run(rounds: int) -> list[Result]:
    return run_lookup(rounds) + run_tints(max(1, rounds // 2))


def run_lookup(rounds: int) -> list[Result]:
    article = load_bundled_article().text
    words = list(dict.fromkeys(w for w in WORD_PATTERN.findall(article) if len(w) > 3))
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as folder:
        # Half the words from the article, half that both dictionaries know.
        _forward, _reverse, indonesian = write_pair(Path(folder))
        words = rng.sample(words, WORDS // 2) + rng.sample(indonesian, WORDS // 2)
        found = discover([folder])
        lookup = build_lookup(None, load_bundled_glossary(), found)
        roots = lookup.words.roots
        for word in words:
            lookup.lookup(word)  # warm: stems known, reverse index built
        ours_all: list[float] = []
        base_all: list[float] = []
        for word in words:

            def ours_call(word: str = word) -> object:
                return lookup.lookup(word)

            def base_call(word: str = word) -> object:
                return roots.get(word.lower())

            ours, base = alternate(ours_call, base_call, rounds, warmup=0)
            ours_all += ours
            base_all += base
    return [
        Result(
            "word lookup, warm (2 dictionaries)",
            median(ours_all),
            median(base_all),
            "< 5 ms",
            median(ours_all) < LOOKUP_BUDGET_S,
            f"{WORDS} words; worst {max(ours_all) * 1e3:.1f} ms",
        )
    ]


def _big_text() -> str:
    rng = random.Random(11)
    syllables = ["ka", "ri", "mo", "ta", "se", "lu", "pe", "na", "go", "bi", "ran", "dul"]
    made_up = ["me" + "".join(rng.choice(syllables) for _ in range(3)) for _ in range(20_000)]
    article = load_bundled_article().text
    paragraphs = []
    size = 0
    while size < 1_000_000:
        paragraph = article[rng.randrange(0, len(article) - 2000) :][:1500]
        extra = " ".join(rng.choice(made_up) for _ in range(40))
        paragraphs.append(f"{paragraph} {extra}.")
        size += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs)[:1_000_000]


def run_tints(rounds: int) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer

    from desktop.app import application, build_window
    from desktop.controllers.words import DOCUMENT_WORDS

    app = application()
    stalls: list[float] = []
    idles: list[float] = []
    redraws: list[float] = []
    plain: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        data.mkdir()
        (data / "dictionary-folders.txt").write_text(f"{data / 'dictionaries'}\n")
        big = Path(folder) / "big.txt"
        big.write_text(_big_text(), encoding="utf-8")
        window = build_window(data, big)
        assert window.controllers is not None
        words = window.controllers.words
        window.resize(1280, 800)
        window.show()
        settle = time.perf_counter()
        while time.perf_counter() - settle < 3:  # Qt lays a long text out while idle
            app.processEvents()
            time.sleep(0.005)
        gc.collect()
        gc.freeze()

        def longest_gap(until: Callable[[], bool], limit_s: float) -> tuple[float, float]:
            """The longest gap between 5 ms ticks until ``until()`` holds; and how long."""
            ticks: list[int] = []
            clock = QElapsedTimer()
            clock.start()
            timer = QTimer()
            timer.setInterval(5)
            timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
            timer.start()
            while not until() and clock.elapsed() < limit_s * 1000:
                app.processEvents()
                time.sleep(0.001)
            timer.stop()
            gaps = [b - a for a, b in pairwise(ticks)]
            return (max(gaps, default=0) / 1000, clock.elapsed() / 1000)

        for _ in range(rounds):
            window.show_status_action.setChecked(False)
            window.show_unknown_action.setChecked(False)
            words.jobs.cancel(DOCUMENT_WORDS)  # the words are read again from the start
            words.word_lookup = None  # a fresh stemmer: every word is stemmed again
            words.document_words = None
            window.show_unknown_action.setChecked(True)
            window.show_status_action.setChecked(True)
            stall, took = longest_gap(lambda: words.document_words is not None, 120)
            stalls.append(stall)
            idle, _ = longest_gap(lambda: False, min(took, 5))
            idles.append(idle)

        reader = window.reader
        bar = reader.verticalScrollBar()
        rng = random.Random(2)
        positions = [rng.randrange(0, bar.maximum()) for _ in range(20 * rounds)]

        def scroll_and_draw(with_tints: bool) -> None:
            reader.set_word_tints(words.word_tints if with_tints else None)
            bar.setValue(positions.pop())
            started = time.perf_counter()
            reader._update_extra_selections()
            (redraws if with_tints else plain).append(time.perf_counter() - started)

        for _ in range(10 * rounds):
            scroll_and_draw(True)
            scroll_and_draw(False)
        window.close()
        dispose(window)
        gc.unfreeze()
    return [
        Result(
            "tint 1 MB: longest UI stall",
            max(stalls),
            max(idles),
            "< 50 ms",
            max(stalls) < STALL_BUDGET_S,
            f"words read off the UI thread in {took:.1f} s",
        ),
        Result(
            "tint 1 MB: redraw after a scroll",
            median(redraws),
            median(plain),
            "< 50 ms",
            max(redraws) < STALL_BUDGET_S,
            f"worst {max(redraws) * 1e3:.1f} ms; baseline: the redraw without tints",
        ),
    ]


if __name__ == "__main__":
    command_line(run, __doc__, 5)
