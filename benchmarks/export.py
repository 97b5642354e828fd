"""Export budgets: 10,000 highlights exported in at most 2 s per format (issue 4), from
the store to the file on disk (reading the highlights, gathering the handout with
sections and terms, writing); the PDF at most 5 ms a page and at most 2x Qt's own
printing of the same highlights.

Each format but the PDF is paired with a bare baseline that writes the same highlights
in the same format with no structure, no escaping beyond what the format needs and no
glossary: the cost of the file itself. The budget is absolute; the ratio shows our
overhead. The PDF's baseline is Qt printing the same handout: a plain
``QTextDocument`` given the same HTML, printed by ``QTextDocument.print_`` to a
``QPdfWriter`` with the same paper, margins and resolution. Qt lays the text out with
its own margins and so makes more pages of it: the budget of 2x compares the time for
the same highlights, and each side's time a page is shown too.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import random
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import Result, alternate, command_line, median
from glossary.atomic import write_text_atomic
from glossary.documents.loading import load_bundled_article
from glossary.export.handout import Handout, build_handout
from glossary.export.registry import Options
from glossary.model import Entry
from glossary.notes.colours import ColourLabels
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlight, Highlights
from glossary.notes.store import Store
from glossary.terms.glossary import load_bundled_glossary

HIGHLIGHTS = 10_000
BUDGET_S = {"md": 2.0, "html": 2.0, "csv": 2.0, "json": 2.0, "apkg": 2.0}
PDF_MS_A_PAGE = 5.0
PDF_RATIO = 2.0  # to Qt's printing of the same highlights
_PAGE = re.compile(rb"/Type\s*/Page\b")  # a page object (not the /Pages tree)


def _fill(store: Store, rng: random.Random) -> int:
    article = load_bundled_article()
    text = article.text
    document = Documents(store).remember(article)
    words = text.split()
    with store.transaction() as db:
        for i in range(HIGHLIGHTS):
            start = rng.randrange(0, len(text) - 200)
            end = start + rng.randint(10, 200)
            note = " ".join(rng.choices(words, k=rng.randint(0, 30)))
            if i % 7 == 0:
                note += "\n<b>second line</b> & =1+1"
            db.execute(
                "INSERT INTO highlights (uuid, document_id, exact, prefix, suffix, start_offset, "
                "end_offset, colour, note, created, updated) VALUES (:u, :d, :e, :p, :s, :a, "
                ":b, :c, :n, :t, :t)",
                {
                    "u": f"bench-{i}",
                    "d": document,
                    "e": text[start:end],
                    "p": text[max(0, start - 32) : start],
                    "s": text[end : end + 32],
                    "a": start,
                    "b": end,
                    "c": rng.randint(1, 5),
                    "n": note,
                    "t": "2026-01-01T00:00:00.000+00:00",
                },
            )
    return document


def _bare(name: str, highlights: list[Highlight], path: Path) -> None:
    """The same highlights in the same format, with nothing around them."""
    if name == "md":
        text = "\n\n".join(f"> {h.exact}\n\n{h.note}" for h in highlights)
    elif name == "html":
        text = "".join(
            f"<blockquote>{html.escape(h.exact)}</blockquote><p>{html.escape(h.note)}</p>"
            for h in highlights
        )
    elif name == "csv":
        buffer = io.StringIO()
        csv.writer(buffer).writerows((h.exact, h.note, h.colour) for h in highlights)
        text = buffer.getvalue()
    else:
        text = json.dumps([h._asdict() for h in highlights], ensure_ascii=False)
    write_text_atomic(path, text)


def _bare_deck(entries: tuple[Entry, ...], path: Path) -> None:
    import genanki

    model = genanki.BASIC_MODEL
    deck = genanki.Deck(1 << 30, "bare")
    for entry in entries:
        deck.add_note(genanki.Note(model=model, fields=[entry.term_id, entry.definition_en]))
    genanki.Package(deck).write_to_file(str(path))


def _qt_print(markup: str, path: Path) -> None:
    """Qt's own printing: a plain text document with the HTML, printed to a PDF writer
    set up as ours is (A4, the same margins and resolution)."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from desktop.pdfexport import MARGIN_MM, RESOLUTION

    document = QTextDocument()
    document.setHtml(markup)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    del writer  # finishes the file


def pages(path: Path) -> int:
    return len(_PAGE.findall(path.read_bytes()))


def run(rounds: int) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from desktop.exporters import exporter

    _app = QGuiApplication.instance() or QGuiApplication(["bench"])
    glossary = load_bundled_glossary()
    article = load_bundled_article()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        store = Store(base / "notes.sqlite3")
        document = _fill(store, random.Random(4))

        def handout(name: str) -> Handout:
            wanted = exporter(name).handout_options(Options())
            return build_handout(
                Highlights(store).of_document(document),
                glossary,
                document=article,
                labels=ColourLabels(store).all(),
                include_glossary=wanted.include_glossary,
                include_article=wanted.include_article,
                scope=wanted.scope,
            )

        for name in ("md", "html", "csv", "json", "apkg"):
            target = base / f"ours.{name}"

            def ours(name: str = name, target: Path = target) -> None:
                exporter(name).export(handout(name), target)

            def baseline(name: str = name) -> None:
                highlights = Highlights(store).of_document(document)
                if name == "apkg":
                    _bare_deck(glossary.entries, base / "bare.apkg")
                else:
                    _bare(name, highlights, base / f"bare.{name}")

            a, b = alternate(ours, baseline, rounds)
            ok = median(a) <= BUDGET_S[name]
            size = target.stat().st_size / 1e6
            results.append(
                Result(
                    f"export 10,000 highlights: {name}",
                    median(a),
                    median(b),
                    f"<= {BUDGET_S[name]:.0f} s",
                    ok,
                    f"{size:.1f} MB",
                )
            )
        results += _pdf(handout, base, max(1, (rounds + 1) // 2))
        store.close()
    return results


def _pdf(handout: Callable[[str], Handout], base: Path, rounds: int) -> list[Result]:
    """Ours, from the store to the file, against Qt printing the same handout's HTML."""
    from desktop.exporters import exporter
    from glossary.export.html import render

    ours_path, qt_path = base / "ours.pdf", base / "qt.pdf"
    # Qt is given the HTML that ours lays out, made once: its time is Qt's alone.
    markup = render(handout("pdf"), for_qt=True)
    a, b = alternate(
        lambda: exporter("pdf").export(handout("pdf"), ours_path),
        lambda: _qt_print(markup, qt_path),
        rounds,
    )
    ours_pages, qt_pages = pages(ours_path), pages(qt_path)
    ours_s, qt_s = median(a), median(b)
    per_page = ours_s / ours_pages
    return [
        Result(
            "export 10,000 highlights: pdf",
            ours_s,
            qt_s,
            f"<= {PDF_RATIO:.0f}x Qt printing",
            ours_s <= PDF_RATIO * qt_s,
            f"{ours_path.stat().st_size / 1e6:.1f} MB; baseline: Qt prints the same HTML",
        ),
        Result(
            "  pdf per page",
            per_page,
            qt_s / qt_pages,
            f"<= {PDF_MS_A_PAGE:.0f} ms a page",
            per_page * 1e3 <= PDF_MS_A_PAGE,
            f"{ours_pages:,} A4 pages; Qt's {qt_pages:,}",
        ),
    ]


if __name__ == "__main__":
    command_line(run, __doc__, 3)
