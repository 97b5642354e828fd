from __future__ import annotations

from glossary.documents.loading import parse_markdown
from glossary.model import first_sentence
from glossary.terms.glossary import load_bundled_glossary


def test_first_sentence_is_the_short_definition() -> None:
    assert first_sentence("One idea. Another one.") == "One idea."
    assert (
        first_sentence("U.S. firms, e.g. Nvidia, lead. Next.") == "U.S. firms, e.g. Nvidia, lead."
    )
    assert first_sentence("Dr. Liang founded it. Then more.") == "Dr. Liang founded it."
    assert first_sentence("No full stop") == "No full stop"
    long = "word " * 60
    short = first_sentence(long.strip(), 40)
    assert short.endswith("…") and len(short) <= 41


def test_entry_forms_and_languages() -> None:
    entry = load_bundled_glossary().entry("mic-2025")
    assert entry.forms("en")[0] == entry.term_en
    assert "MIC 2025" in entry.all_forms()
    assert len(entry.all_forms()) == len(set(entry.all_forms()))
    assert (
        entry.short_definition("id") == entry.definition_id.split(". ")[0] + "."
        or len(entry.short_definition("id")) <= 181
    )


def test_document_blocks_and_sections() -> None:
    doc = parse_markdown("# Satu\n\nteks pertama\n\n## Dua\n\nteks kedua")
    second = doc.text.index("kedua")
    assert doc.block_text(doc.block_at(second)) == "teks kedua"
    assert doc.block_text(doc.heading_before(second)) == "Dua"
    assert doc.heading_before(0) is doc.blocks[0]
