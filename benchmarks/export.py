"""Export budgets (issue 4): 10,000 highlights exported in at most 2 s per format, 5 s
for the PDF, from the store to the file on disk (reading the highlights, gathering the
handout with sections and terms, writing).

Each format is paired with a bare baseline that writes the same highlights in the same
format with no structure, no escaping beyond what the format needs and no glossary:
the cost of the file itself. The budget is absolute; the ratio shows our overhead.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import random
import tempfile
from pathlib import Path

from benchmarks.common import Result, alternate, command_line, median
from glossary.atomic import write_text_atomic
from glossary.documents.loading import load_bundled_article
from glossary.export.handout import build_handout
from glossary.export.registry import by_name
from glossary.notes.store import Highlight, Store
from glossary.terms.glossary import load_bundled_glossary

HIGHLIGHTS = 10_000
BUDGET_S = {"md": 2.0, "html": 2.0, "csv": 2.0, "json": 2.0, "apkg": 2.0, "pdf": 5.0}


def _fill(store: Store, rng: random.Random) -> int:
    article = load_bundled_article()
    text = article.text
    document = store.remember_document(article)
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
    elif name in ("html", "pdf"):
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
    if name == "pdf":
        _bare_pdf(text, path)
    else:
        write_text_atomic(path, text)


def _bare_pdf(markup: str, path: Path) -> None:
    from PySide6.QtGui import QPdfWriter, QTextDocument

    document = QTextDocument()
    document.setHtml(markup)
    writer = QPdfWriter(str(path))
    document.print_(writer)
    del writer


def _bare_deck(entries: list[object], path: Path) -> None:
    import genanki

    model = genanki.BASIC_MODEL
    deck = genanki.Deck(1 << 30, "bare")
    for entry in entries:
        deck.add_note(genanki.Note(model=model, fields=[entry.term_id, entry.definition_en]))  # type: ignore[attr-defined]
    genanki.Package(deck).write_to_file(str(path))


def run(rounds: int) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from desktop.pdfexport import write_pdf

    _app = QGuiApplication.instance() or QGuiApplication(["bench"])
    glossary = load_bundled_glossary()
    article = load_bundled_article()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        store = Store(base / "notes.sqlite3")
        document = _fill(store, random.Random(4))
        for name in ("md", "html", "csv", "json", "apkg", "pdf"):
            target = base / f"ours.{name}"

            def ours(name: str = name, target: Path = target) -> None:
                handout = build_handout(
                    store.highlights(document),
                    glossary,
                    document=article,
                    labels=store.colour_labels(),
                    scope="document" if name == "apkg" else "highlights",
                )
                if name == "pdf":
                    write_pdf(handout, target)
                else:
                    by_name()[name].export(handout, target)

            def baseline(name: str = name) -> None:
                highlights = store.highlights(document)
                if name == "apkg":
                    _bare_deck(list(glossary.entries), base / "bare.apkg")
                else:
                    _bare(name, highlights, base / f"bare.{name}")

            a, b = alternate(ours, baseline, rounds if name != "pdf" else max(1, rounds // 2))
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
        store.close()
    return results


if __name__ == "__main__":
    command_line(run, __doc__, 3)
