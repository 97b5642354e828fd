"""What every export format shows, gathered once: a document's highlights with their
section, note, colour label and the glossary terms inside them, plus the glossary
entries for the appendix and, optionally, the whole text with its term occurrences.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, NamedTuple

from glossary.documents.reading import MarkedDocument
from glossary.messages import QT_TRANSLATE_NOOP, render
from glossary.model import Document, Entry, Occurrence
from glossary.notes.colours import DEFAULT_LABELS
from glossary.notes.highlights import Highlight
from glossary.terms.glossary import Glossary

Scope = Literal["highlights", "document"]


class Item(NamedTuple):
    """One highlight as a handout shows it."""

    highlight: Highlight
    section: str  # the heading of the section it stands in, "" if none or unknown
    label: str  # the colour's label ("Important", "Question", ...)
    entry_ids: tuple[str, ...]  # glossary entries that occur inside the passage
    page: int | None = None  # the page it starts on, in a paged original (a PDF)


# The words a handout is written with, in English; the window passes them in its own
# language (desktop.translations.domain_text). A translation that does not fill its
# fields falls back on the English.
WORDS: Mapping[str, str] = {
    "author": QT_TRANSLATE_NOOP("glossary", "Author: {author}"),
    "source": QT_TRANSLATE_NOOP("glossary", "Source: {source}"),
    "exported": QT_TRANSLATE_NOOP("glossary", "Exported: {date}"),
    "highlights": QT_TRANSLATE_NOOP("glossary", "Highlights"),
    "none": QT_TRANSLATE_NOOP("glossary", "No highlights."),
    "lost": QT_TRANSLATE_NOOP("glossary", "passage no longer found in the text"),
    "by": QT_TRANSLATE_NOOP("glossary", "by {name}"),
    "page": QT_TRANSLATE_NOOP("glossary", "p. {page}"),
    "terms": QT_TRANSLATE_NOOP("glossary", "Terms: {terms}"),
    "article": QT_TRANSLATE_NOOP("glossary", "Article"),
    "glossary": QT_TRANSLATE_NOOP("glossary", "Glossary"),
}


@dataclass(frozen=True)
class Handout:
    """A document's notes ready to be written in any format."""

    title: str
    sha256: str
    author: str
    source: str
    language: str
    date: str  # the day of the export, ISO 8601
    items: list[Item]
    glossary: Glossary
    entries: list[Entry]  # the glossary appendix ([] when not wanted)
    labels: Mapping[int, str]
    document: Document | None = None  # the text, when the file could be read
    occurrences: list[Occurrence] = field(default_factory=list)  # of the whole text
    include_article: bool = False
    words: Mapping[str, str] = field(default_factory=lambda: dict(WORDS))

    def word(self, key: str, **fields: str) -> str:
        """The handout's word ``key`` with its ``fields`` filled in (the English one if
        its translation is damaged)."""
        return render(WORDS[key], fields, lambda _english: self.words.get(key, WORDS[key]))

    def entry_headwords(self, item: Item) -> list[str]:
        return [self.glossary.entry(e).term_id for e in item.entry_ids]

    def first_occurrence(self, entry_id: str) -> Occurrence | None:
        for occ in self.occurrences:
            if occ.entry_id == entry_id:
                return occ
        return None


def build_handout(
    highlights: Sequence[Highlight],
    glossary: Glossary,
    *,
    document: Document | None = None,
    title: str = "",
    sha256: str = "",
    occurrences: Sequence[Occurrence] | None = None,
    labels: Mapping[int, str] = DEFAULT_LABELS,
    include_glossary: bool = True,
    include_article: bool = False,
    scope: Scope = "highlights",
    today: date | None = None,
    words: Mapping[str, str] = WORDS,
) -> Handout:
    """Gather what a handout of ``highlights`` shows.

    With ``document`` (the text the highlights belong to), sections come from its
    headings and terms from its occurrences (found now unless given); without it,
    terms are found in each quote and the article cannot be included.
    """
    from glossary.terms.matching import TermMatcher

    matcher: TermMatcher | None = None
    if document is not None and occurrences is None:
        matcher = TermMatcher(glossary)
        occurrences = matcher.find(document.term_text)
    marked = MarkedDocument(document, list(occurrences or [])) if document is not None else None
    items: list[Item] = []
    for h in highlights:
        if h.deleted:
            continue
        page = None
        if marked is not None and not h.orphaned:
            page = marked.document.page_at(h.start)
            heading = marked.document.heading_before(h.start)
            section = marked.document.block_text(heading) if heading else ""
            entry_ids = tuple(marked.entries_in(h.start, h.end))
        else:
            matcher = matcher or TermMatcher(glossary)
            section = ""
            entry_ids = tuple(dict.fromkeys(o.entry_id for o in matcher.find(h.exact)))
        label = labels.get(h.colour, DEFAULT_LABELS.get(h.colour, str(h.colour)))
        items.append(Item(h, section, label, entry_ids, page))
    entries: list[Entry] = []
    if include_glossary:
        if scope == "document" and marked is not None:
            wanted = marked.entry_ids()
        else:
            wanted = list(dict.fromkeys(e for item in items for e in item.entry_ids))
        # Alphabetical, as a reader looks a term up.
        entries = sorted((glossary.entry(e) for e in wanted), key=_sort_key)
    meta = document.meta if document is not None else {}
    return Handout(
        title=(document.title if document is not None else title) or title or "Notes",
        sha256=document.sha256 if document is not None else sha256,
        author=meta.get("author", ""),
        source=meta.get("source", ""),
        language=meta.get("language", ""),
        date=(today or date.today()).isoformat(),
        items=items,
        glossary=glossary,
        entries=entries,
        labels=dict(labels),
        document=document,
        occurrences=list(occurrences or []),
        include_article=include_article and document is not None,
        words=dict(words),
    )


def _sort_key(entry: Entry) -> tuple[str, str]:
    return entry.term_id.casefold(), entry.id
