"""Opening a document with 5,000 highlights: from showing it to the first paint with the
highlights drawn (issue 3: under 200 ms). Baseline: the same document with no highlights.
"""

from __future__ import annotations

import gc
import os
import random
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import Result, command_line, dispose, median
from glossary.documents.loading import load_bundled_article, parse_markdown
from glossary.model import Document
from glossary.notes.documents import Documents
from glossary.notes.store import Store
from glossary.paths import NOTES_FILE

COUNT = 5000


def fill(store: Store, document: Document) -> None:
    """``COUNT`` highlights of 40 characters, anywhere in ``document``'s text."""
    doc_id = Documents(store).remember(document)
    rng = random.Random(5)
    length = len(document.text)
    with store.transaction() as db:
        for i in range(COUNT):
            start = rng.randrange(0, length - 60)
            db.execute(
                "INSERT INTO highlights (uuid, document_id, exact, start_offset, end_offset, "
                "colour, created, updated) VALUES (:u, :d, :e, :s, :t, :c, 'x', 'x')",
                {
                    "u": f"b{i}",
                    "d": doc_id,
                    "e": document.text[start : start + 40],
                    "s": start,
                    "t": start + 40,
                    "c": 1 + i % 5,
                },
            )


def run(rounds: int) -> list[Result]:
    from PySide6.QtWidgets import QApplication

    from desktop.app import application, build_window

    application()
    article = load_bundled_article()
    # A document of 55,000 characters (the article five times): 5,000 highlights of 40
    # characters then cover its text about four times over.
    text = "\n\n".join([article.text] * 5)
    document = parse_markdown(text, path=Path("/benchmark/long.md"))
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        # The highlights are written before the window opens the store: it writes
        # through its adapter, which has no bulk insert.
        with Store(data / NOTES_FILE) as store:
            fill(store, document)
        window = build_window(data)
        window.resize(1280, 800)
        window.show()
        # As the app does after its first paint (desktop.app._after_first_paint): what
        # is alive by then is frozen, and the collector does not walk it again. Without
        # it, the benchmarks run before this one leave a heap whose full collections
        # (135 ms each here) land in an open now and then.
        gc.collect()
        gc.freeze()
        assert window.controllers is not None
        documents = window.controllers.documents
        plain = parse_markdown(text + "\n\nlain", path=Path("/benchmark/plain.md"))

        def open_and_paint(doc: Document) -> float:
            painted: list[float] = []
            window.reader.painted.connect(lambda: painted.append(time.perf_counter()))
            start = time.perf_counter()
            documents.show(doc)
            while not painted:
                QApplication.processEvents()
            window.reader.painted.disconnect()
            return painted[0] - start

        ours: list[float] = []
        base: list[float] = []
        open_and_paint(document)
        for i in range(rounds):
            for doc, out in (
                ((document, ours), (plain, base))
                if i % 2 == 0
                else (
                    (plain, base),
                    (document, ours),
                )
            ):
                out.append(open_and_paint(doc))
        window.close()
        dispose(window)
        gc.unfreeze()
    return [
        Result(
            "open document, 5,000 highlights",
            median(ours),
            median(base),
            "< 200 ms to paint",
            median(ours) < 0.200,
            note="baseline: the same text without highlights",
        )
    ]


if __name__ == "__main__":
    command_line(run, __doc__, rounds=5)
