"""The glossary a document is read with: the reader's own glossaries that are on for
it, then the bundled one, combined into one :class:`~glossary.terms.glossary.Glossary`.

Own glossaries come first, so where two define the same form the own entry is the
one marked in the text (the matcher takes the first entry of a form); the other is
found by ``Glossary.alternatives`` so the entry view can say that another definition
exists.
Entry ids of own glossaries are prefixed with their key ("own-3:moe") to keep them
apart from the bundled ones and from each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple, Protocol

from glossary.model import Category, Entry
from glossary.terms.glossary import Glossary, Origin
from glossary.terms.own import BUNDLED, GlossaryInfo, own_key


class OwnGlossaryReads(Protocol):
    """What combining needs of the own glossaries (``glossary.terms.own``)."""

    def all(self) -> list[GlossaryInfo]: ...
    def is_active(self, document_id: int, key: str) -> bool: ...
    def load(self, glossary_id: int) -> Glossary: ...


class Part(NamedTuple):
    key: str  # "bundled" or "own-<id>"
    glossary: Glossary


def combine(parts: Sequence[Part]) -> Glossary:
    """One glossary of ``parts``, in their order of precedence."""
    if len(parts) == 1 and parts[0].key == BUNDLED:
        return parts[0].glossary
    entries: list[Entry] = []
    categories: dict[str, Category] = {}
    origins: dict[str, Origin] = {}
    articles: set[str] = set()
    for key, glossary in parts:
        prefix = "" if key == BUNDLED else f"{key}:"
        for category in glossary.categories.values():
            categories.setdefault(prefix + category.id, category._replace(id=prefix + category.id))
        if key == BUNDLED:
            articles |= glossary.articles
        for entry in glossary.entries:
            combined = _prefixed(prefix, entry) if prefix else entry
            entries.append(combined)
            origins[combined.id] = Origin(key, glossary.name, entry.id)
    name = " + ".join(g.name for _, g in parts if g.name)
    return Glossary(name, tuple(entries), categories, frozenset(articles), origins)


@lru_cache(maxsize=1 << 16)
def _prefixed(prefix: str, entry: Entry) -> Entry:
    """An own entry with its ids prefixed (cached: a large glossary is combined again
    after every edit, and only the edited entry is new)."""
    return entry._replace(
        id=prefix + entry.id,
        category=prefix + entry.category,
        related=tuple(prefix + r for r in entry.related),
    )


def active_parts(
    bundled: Glossary, own: OwnGlossaryReads | None, document_id: int | None
) -> list[Part]:
    """The glossaries on for a document: own ones (by name), then the bundled one."""
    parts = []
    if own is not None:
        for info in own.all():
            key = own_key(info.id)
            if document_id is None or own.is_active(document_id, key):
                parts.append(Part(key, own.load(info.id)))
    if document_id is None or own is None or own.is_active(document_id, BUNDLED):
        parts.append(Part(BUNDLED, bundled))
    return parts
