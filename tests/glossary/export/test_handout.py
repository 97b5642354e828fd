from __future__ import annotations

from datetime import date

from glossary.documents.loading import parse_markdown
from glossary.documents.reading import sentence_around
from glossary.export.handout import Handout, build_handout
from glossary.model import Document
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store
from glossary.terms.glossary import Glossary
from tests.glossary.terms.test_glossary import NOT_IN_THE_ARTICLE


def test_items_have_sections_labels_and_terms(handout: Handout) -> None:
    sections = [item.section for item in handout.items]
    # Text order: Nvidia (before the first heading), MIC 2025, campuran pakar, sulingan.
    assert sections[0] == ""
    assert sections[1] == "Perencanaan ekonomi sosialis di balik keberhasilan DeepSeek"
    assert sections[2] == "Teknologi Tiongkok kembali berinovasi di tengah embargo perdagangan AS"
    assert [item.label for item in handout.items] == ["Question", "Vocabulary", "Term", "Important"]
    assert handout.entry_headwords(handout.items[2]) == ["campuran pakar"]
    assert "Nvidia" in handout.entry_headwords(handout.items[0])
    # The appendix holds exactly the terms of the highlights, once each.
    wanted = {e for item in handout.items for e in item.entry_ids}
    assert {e.id for e in handout.entries} == wanted
    assert len(handout.entries) == len(wanted)
    headwords = [e.term_id.casefold() for e in handout.entries]
    assert headwords == sorted(headwords)  # alphabetical, to look a term up


def test_whole_document_scope_and_no_glossary(
    store: Store, article: Document, glossary: Glossary
) -> None:
    doc = Documents(store).id_of(article.sha256)
    assert doc is not None
    everything = build_handout(
        Highlights(store).of_document(doc), glossary, document=article, scope="document"
    )
    # Every entry the article uses (not those it does not: test_glossary.py).
    assert len(everything.entries) == len(glossary.entries) - len(NOT_IN_THE_ARTICLE)
    bare = build_handout(
        Highlights(store).of_document(doc), glossary, document=article, include_glossary=False
    )
    assert bare.entries == [] and len(bare.items) == 4


def test_without_the_text_terms_come_from_the_quotes(
    store: Store, article: Document, glossary: Glossary
) -> None:
    doc = Documents(store).id_of(article.sha256)
    assert doc is not None
    handout = build_handout(
        Highlights(store).of_document(doc),
        glossary,
        title="Lost file",
        sha256=article.sha256,
        include_article=True,
        today=date(2025, 2, 1),
    )
    assert handout.title == "Lost file" and handout.date == "2025-02-01"
    assert not handout.include_article  # there is no text to include
    assert handout.entry_headwords(handout.items[2]) == ["campuran pakar"]
    assert all(item.section == "" for item in handout.items)


def test_deleted_highlights_are_left_out(
    store: Store, article: Document, glossary: Glossary
) -> None:
    doc = Documents(store).id_of(article.sha256)
    assert doc is not None
    first = Highlights(store).of_document(doc)[0]
    Highlights(store).delete(first.id)
    handout = build_handout(
        Highlights(store).of_document(doc, include_deleted=True), glossary, document=article
    )
    assert first.id not in [item.highlight.id for item in handout.items]


def test_sentence_around_a_term() -> None:
    document = parse_markdown("Satu kalimat. Dua “kalimat” pendek! Tiga kalimat.\n\nLain.\n")
    start = document.text.index("pendek")
    before, match, after = sentence_around(document, start, start + 6)
    assert (before, match, after) == ("Dua “kalimat” ", "pendek", "!")
    start = document.text.index("Lain")
    assert sentence_around(document, start, start + 4) == ("", "Lain", ".")
