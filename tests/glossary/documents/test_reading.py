from __future__ import annotations

from glossary.documents.loading import parse_markdown
from glossary.documents.reading import MarkedDocument
from glossary.model import Occurrence


def marked() -> MarkedDocument:
    doc = parse_markdown("# Judul\n\nsatu AS dua AS tiga\n\nempat AS")
    text = doc.text
    occurrences = []
    pos = 0
    while (pos := text.find("AS", pos)) >= 0:
        occurrences.append(Occurrence("us", pos, pos + 2, "AS"))
        pos += 2
    return MarkedDocument(doc, occurrences)


def test_next_and_previous_wrap_around() -> None:
    m = marked()
    starts = [o.start for o in m.of_entry("us")]
    assert m.next_of("us", 0).start == starts[0]
    assert m.next_of("us", starts[0]).start == starts[1]
    assert m.next_of("us", starts[-1]).start == starts[0]
    assert m.next_of("us", starts[0], backwards=True).start == starts[-1]
    assert m.next_of("us", starts[2], backwards=True).start == starts[1]
    assert m.next_of("nope", 0) is None


def test_at_and_snippet_stay_in_their_block() -> None:
    m = marked()
    last = m.of_entry("us")[-1]
    assert m.at(last.start + 1) == last
    assert m.at(0) is None
    snip = m.snippet(last)
    assert (snip.before, snip.match, snip.after) == ("empat ", "AS", "")
    long = MarkedDocument(
        parse_markdown("kata " * 40 + "AS " + "lain " * 40), [Occurrence("us", 200, 202, "AS")]
    )
    snip = long.snippet(long.occurrences[0], context=20)
    assert snip.before.startswith("…") and snip.after.endswith("…")
    assert len(snip.before) <= 21


def test_entries_in_a_passage() -> None:
    m = marked()
    first, second = m.of_entry("us")[:2]
    assert m.entries_in(first.start, second.end) == ["us"]
    assert m.entries_in(first.start + 1, second.end) == ["us"]  # only whole occurrences
    assert m.entries_in(0, first.start) == []


def test_a_marked_document_put_together_a_part_at_a_time() -> None:
    from glossary.documents.reading import MarkedBuilder

    document = parse_markdown("Satu AI dan AS.\n\nDua AS lagi.\n\nTiga AI.")
    occurrences = [
        Occurrence("ai", 5, 7, "AI"),
        Occurrence("us", 12, 14, "AS"),
        Occurrence("us", 20, 22, "AS"),
        Occurrence("ai", 34, 36, "AI"),
    ]
    builder = MarkedBuilder(document)
    for part in (occurrences[:2], [], occurrences[2:3], occurrences[3:]):
        builder.add(part)
    made = MarkedDocument.made(builder)
    whole = MarkedDocument(document, occurrences)
    assert made.occurrences == whole.occurrences and made.entry_ids() == whole.entry_ids()
    assert made.of_entry("us") == whole.of_entry("us")
    assert made.at(21) == whole.at(21) == occurrences[2]
    assert all(document.text[o.start : o.end] == o.text for o in occurrences)
