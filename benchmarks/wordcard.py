"""The card beside a word (issue 18): a double-click on a word of the bundled article
until its card is shown beside it, the lookup included.

Budget: median under 50 ms. Ours: the double-click (mouse events into the text), the
lookup (root, affixes, meaning, glossary entry, vocabulary status; the lookup's cache
emptied first, so every word is resolved again), the Word tab filled in behind, the
card laid out, placed and painted. Baseline: the same double-click as before the card,
the word shown in the Word tab (brought to the front and painted). Each round takes
20 words of the article, each double-clicked once each way, alternately first.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, command_line, dispose, median
from glossary.words.morphology import WORD_PATTERN

BUDGET_S = 0.050
WORDS = 20


def run(rounds: int) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from desktop.app import application, build_window

    app = application()
    ours: list[float] = []
    base: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        data.mkdir()
        (data / "dictionary-folders.txt").write_text(f"{data / 'dictionaries'}\n")
        window = build_window(data)
        assert window.controllers is not None
        words = window.controllers.words
        reader, slot = window.reader, window.card_slot
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        assert window.session is not None
        marked = window.session.marked
        assert marked is not None
        places = [m.span() for m in WORD_PATTERN.finditer(marked.text) if len(m.group()) > 4]
        rng = random.Random(3)
        words._lookup()  # the word list and the stemmer load with the first lookup
        app.processEvents()

        def double_click(start: int, end: int, with_card: bool) -> float:
            words.card = slot if with_card else None
            reader.show_range(start, end, select=False)
            app.processEvents()
            assert words.word_lookup is not None
            words.word_lookup.resolve.cache_clear()
            centre = reader.rect_for(start, start + 1).center()
            began = time.perf_counter()
            QTest.mouseDClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(centre))
            app.processEvents()  # laid out and painted
            took = time.perf_counter() - began
            shown = slot.card().isVisible() if with_card else words.tabs.currentWidget()
            assert shown is (True if with_card else window.word_panel), (start, end)
            if slot.built is not None:
                slot.built.close()
            window.tabs.setCurrentWidget(window.panel)
            app.processEvents()
            return took

        double_click(*places[0], True)  # warm: the card built, and its first layout
        double_click(*places[0], False)
        for round_no in range(rounds):
            for start, end in rng.sample(places, WORDS):
                order = (True, False) if round_no % 2 == 0 else (False, True)
                for with_card in order:
                    (ours if with_card else base).append(double_click(start, end, with_card))
        words.card = slot
        window.close()
        dispose(window)
    return [
        Result(
            "word card: double-click to card",
            median(ours),
            median(base),
            "< 50 ms",
            median(ours) < BUDGET_S,
            f"{len(ours)} words; worst {max(ours) * 1e3:.1f} ms; baseline: the Word tab",
        )
    ]


if __name__ == "__main__":
    command_line(run, __doc__, 3)
