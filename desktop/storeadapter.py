"""The notes store seen from Qt: every committed write emits ``changed``.

Views never refresh by hand after a write; they reload when ``changed`` arrives.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from glossary.model import Document, Entry
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlight, Highlights
from glossary.notes.store import Store, StoreError
from glossary.terms.own import ImportPlan, OwnGlossaries, Removal
from glossary.words.vocabulary import Vocabulary, VocabularyItem

if TYPE_CHECKING:  # imported when first used: start-up does not need them
    from glossary.export.webanno import Annotation
    from glossary.notes.importing import ImportResult
    from glossary.terms.files import TermList


class StoreAdapter(QObject):
    """Writes through the domain store and announces them.

    Signals:
        changed(int): a write to this document id's highlights was committed.
        glossaries_changed(): an own glossary, or which are on for a document, changed.
        vocabulary_changed(): a word was kept, changed, reviewed or deleted.
    """

    changed = Signal(int)
    glossaries_changed = Signal()
    vocabulary_changed = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.glossaries = OwnGlossaries(store)
        self.vocabulary = Vocabulary(store)
        # Deleted words were kept for undo; a new session's undo cannot reach them.
        with contextlib.suppress(StoreError):
            self.vocabulary.purge_deleted()

    # -- vocabulary: each write announces itself -----------------------------------------

    def keep_word(self, **details: Any) -> VocabularyItem:
        item = self.vocabulary.keep(**details)
        self.vocabulary_changed.emit()
        return item

    def remember_word(self, **details: Any) -> tuple[VocabularyItem | None, VocabularyItem]:
        before, after = self.vocabulary.remember(**details)
        if after != before:
            self.vocabulary_changed.emit()
        return before, after

    def set_word_status(self, item_id: int, status: int) -> VocabularyItem:
        item = self.vocabulary.set_status(item_id, status)
        self.vocabulary_changed.emit()
        return item

    def set_word_gloss(self, item_id: int, gloss: str) -> VocabularyItem:
        item = self.vocabulary.set_gloss(item_id, gloss)
        self.vocabulary_changed.emit()
        return item

    def put_word_back(self, item: VocabularyItem, fields: Sequence[str]) -> VocabularyItem:
        item = self.vocabulary.put_back(item, fields)
        self.vocabulary_changed.emit()
        return item

    def delete_word(self, item_id: int) -> VocabularyItem:
        item = self.vocabulary.delete(item_id)
        self.vocabulary_changed.emit()
        return item

    def restore_word(self, item_id: int) -> VocabularyItem:
        item = self.vocabulary.restore(item_id)
        self.vocabulary_changed.emit()
        return item

    def review_word(self, item_id: int, rating: int) -> VocabularyItem:
        item = self.vocabulary.review(item_id, rating)
        self.vocabulary_changed.emit()
        return item

    # -- own glossaries: each write announces itself -------------------------------------

    def save_entry(self, glossary_id: int, entry: Entry, replacing: str | None = None) -> None:
        self.glossaries.save_entry(glossary_id, entry, replacing)
        self.glossaries_changed.emit()

    def delete_entry(self, glossary_id: int, entry_id: str) -> Entry:
        removed = self.glossaries.delete_entry(glossary_id, entry_id)
        self.glossaries_changed.emit()
        return removed

    def restore_entry(self, glossary_id: int, removal: Removal) -> None:
        self.glossaries.restore(glossary_id, removal)
        self.glossaries_changed.emit()

    def create_glossary(self, name: str) -> int:
        glossary_id = self.glossaries.create(name)
        self.glossaries_changed.emit()
        return glossary_id

    def delete_glossary(self, glossary_id: int) -> None:
        self.glossaries.delete(glossary_id)
        self.glossaries_changed.emit()

    def set_glossary_active(self, document_id: int, key: str, active: bool) -> None:
        self.glossaries.set_active(document_id, key, active)
        self.glossaries_changed.emit()

    def import_terms(self, glossary_id: int, terms: TermList) -> ImportPlan:
        plan = self.glossaries.apply_import(glossary_id, terms)
        self.glossaries_changed.emit()
        return plan

    # -- highlights ----------------------------------------------------------------------

    def open_document(self, document: Document) -> tuple[int, list[Highlight]]:
        """Remember ``document``; highlights of an older text at its path move onto it."""
        document_id, moved = Documents(self.store).open(document)
        if moved:
            self.changed.emit(document_id)
        return document_id, moved

    def import_annotations(
        self, annotations: Sequence[Annotation], documents: Sequence[Document]
    ) -> ImportResult:
        """Add the highlights of a shared file (see ``glossary.notes.importing``)."""
        from glossary.notes.importing import import_annotations

        result = import_annotations(self.store, annotations, documents)
        if result.added:
            for sha in result.hashes:
                document_id = Documents(self.store).id_of(sha)
                if document_id is not None:
                    self.changed.emit(document_id)
        return result

    def highlights(self, document_id: int) -> list[Highlight]:
        return Highlights(self.store).of_document(document_id)

    def add(self, document_id: int, text: str, start: int, end: int, colour: int) -> Highlight:
        highlight = Highlights(self.store).add(document_id, text, start, end, colour)
        self.changed.emit(document_id)
        return highlight

    def set_colour(self, highlight_id: int, colour: int) -> Highlight:
        highlight = Highlights(self.store).set_colour(highlight_id, colour)
        self.changed.emit(highlight.document_id)
        return highlight

    def set_note(self, highlight_id: int, note: str) -> Highlight:
        highlight = Highlights(self.store).set_note(highlight_id, note)
        self.changed.emit(highlight.document_id)
        return highlight

    def delete(self, highlight_id: int) -> Highlight:
        highlight = Highlights(self.store).delete(highlight_id)
        self.changed.emit(highlight.document_id)
        return highlight

    def restore(self, highlight_id: int) -> Highlight:
        highlight = Highlights(self.store).restore(highlight_id)
        self.changed.emit(highlight.document_id)
        return highlight
