from __future__ import annotations

from glossary.documents.loading import parse_markdown
from glossary.documents.reading import (
    NEVER_MARKED_KINDS,
    MarkChoice,
    MarkedDocument,
    sentences_from,
)
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


def occurrences_of(text: str, words: dict[str, str]) -> list[Occurrence]:
    """Every occurrence of each word (entry id -> word), in text order."""
    found = []
    for entry_id, word in words.items():
        pos = 0
        while (pos := text.find(word, pos)) >= 0:
            found.append(Occurrence(entry_id, pos, pos + len(word), word))
            pos += len(word)
    return sorted(found, key=lambda o: o.start)


SECTIONS = "Pengantar AI dan data.\n\n# Satu\n\nAI, AI, data.\n\n# Dua\n\ndata AI\n\nAI lagi"


def test_the_first_occurrence_of_each_entry_in_each_section_is_marked() -> None:
    doc = parse_markdown(SECTIONS)
    m = MarkedDocument(doc, occurrences_of(doc.text, {"ai": "AI", "data": "data"}))
    firsts = m.marks("first")
    # Before the first heading, under "Satu" and under "Dua": each entry once.
    text = doc.text
    assert [(o.entry_id, o.start) for o in firsts] == [
        ("ai", text.index("AI")),
        ("data", text.index("data")),
        ("ai", text.index("AI, AI")),
        ("data", text.index("data.", text.index("Satu"))),
        ("data", text.index("data AI")),
        ("ai", text.index("AI", text.index("data AI"))),
    ]
    assert len(firsts) == 6 and len(m.occurrences) == 8
    assert m.marks("every") == m.occurrences
    assert m.marks("hover") == []
    assert len(m.of_entry("ai")) == 5  # the panel still lists every occurrence


def test_a_document_without_headings_is_one_section() -> None:
    doc = parse_markdown("AI satu.\n\nAI dua.\n\nAI tiga.")
    m = MarkedDocument(doc, occurrences_of(doc.text, {"ai": "AI"}))
    assert [o.start for o in m.marks("first")] == [0]


def test_occurrences_added_a_part_at_a_time_in_any_order() -> None:
    """A long text is marked from the part on screen: a first found later wins."""
    doc = parse_markdown(SECTIONS)
    occurrences = occurrences_of(doc.text, {"ai": "AI", "data": "data"})
    choice = MarkChoice(doc, "first")
    later, earlier = occurrences[4:], occurrences[:4]
    choice.add(later)
    second_ai = next(o for o in later if o.entry_id == "ai")
    assert choice.underlined(second_ai)  # the first found in its section so far
    choice.add(earlier)
    assert choice.marks(occurrences) == MarkedDocument(doc, occurrences).marks("first")


def test_blocks_of_a_kind_never_marked_neither_count_nor_show() -> None:
    """The hook for code blocks: the kinds given are never underlined; the first mark
    of the section is the first outside them."""
    doc = parse_markdown("> AI dikutip\n\nAI biasa\n\nAI lagi")
    occurrences = occurrences_of(doc.text, {"ai": "AI"})
    assert doc.blocks[0].kind == "quote"
    first = MarkChoice(doc, "first", occurrences, never=frozenset({"quote"}))
    assert first.marks(occurrences) == [occurrences[1]]
    every = MarkChoice(doc, "every", occurrences, never=frozenset({"quote"}))
    assert every.marks(occurrences) == occurrences[1:]
    assert not every.markable(occurrences[0])
    assert {"code", "code_block", "pre"} >= NEVER_MARKED_KINDS  # nothing else, ever


def test_sentences_from_a_place_are_read_on_to_the_end() -> None:
    document = parse_markdown(
        "# Judul\n\n"
        "Satu dari Nvidia Corp. dan lainnya. Dua! “Tiga?” Empat…\n\n"
        "- butir daftar\n\n"
        "```\nkode\n```\n\n"
        "| A | B |\n|---|---|\n| sel | sel |\n\n"
        "---\n\n"
        "Akhir."
    )
    text = document.text
    said = [text[s:e] for s, e in sentences_from(document, 0)]
    assert said == [
        "Judul",
        "Satu dari Nvidia Corp. dan lainnya.",
        "Dua!",
        "“Tiga?”",
        "Empat…",
        "butir daftar",
        "A\tB",
        "sel\tsel",
        "Akhir.",
    ]
    # From the middle of a sentence: that sentence, then on.
    inside = text.index("Nvidia")
    assert [text[s:e] for s, e in sentences_from(document, inside)][:2] == said[1:3]
    assert list(sentences_from(document, len(text))) == []
