"""The notes store seen from Qt: every write goes through here, and each one that
commits is announced with what it changed.

In the spirit of Anki's ``OpChanges``: a write returns its result and emits ``changed``
with a :class:`Changes` naming what it touched (the highlights of which documents, the
Trash, the colour labels, own glossaries, the vocabulary, the library, the reader's
spelling words, the bookmarks of which documents). Views never refresh by hand after a
write; whoever shows something reloads it when a change set names it.

Reads go through the repositories the adapter holds, seen through read-only types
(:class:`HighlightReads` and the like): the type checker refuses a write that would
go around the adapter.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from glossary.model import Category, Document, Entry
from glossary.notes.bookmarks import Bookmark, Bookmarks
from glossary.notes.colours import ColourLabels
from glossary.notes.documents import DocumentRecord, Documents
from glossary.notes.highlights import Highlight, Highlights
from glossary.notes.library import Library, LibraryEntry
from glossary.notes.store import Store, StoreError
from glossary.notes.userwords import UserWords
from glossary.terms.glossary import Glossary
from glossary.terms.own import GlossaryInfo, ImportPlan, OwnGlossaries, Removal
from glossary.words.vocabulary import DueCounts, Vocabulary, VocabularyItem

if TYPE_CHECKING:  # imported when first used: start-up does not need them
    from glossary.export.webanno import Annotation
    from glossary.messages import Message
    from glossary.notes.importing import ImportResult
    from glossary.sync.classes import ClassInfo
    from glossary.sync.layer import ClassHighlight
    from glossary.sync.setup import SyncStatus
    from glossary.terms.files import TermList


@dataclass(frozen=True)
class Changes:
    """What one committed write changed."""

    highlights: frozenset[int] = frozenset()  # the documents whose highlights changed
    trash: bool = False  # something went into the Trash or left it
    labels: bool = False  # the names of the colours
    glossaries: bool = False  # own glossaries, their entries, or which are on
    vocabulary: bool = False  # kept words, their status, gloss or reviews
    library: bool = False  # documents listed, moved, removed or their place
    user_words: bool = False  # the reader's spelling words
    documents: frozenset[int] = frozenset()  # documents removed or moved
    bookmarks: frozenset[int] = frozenset()  # the documents whose bookmarks changed
    merged: bool = False  # written by a sync: another device's changes

    def of_document(self, document_id: int | None) -> bool:
        """Whether the highlights of ``document_id`` changed."""
        return document_id is not None and document_id in self.highlights

    def of_bookmarks(self, document_id: int | None) -> bool:
        """Whether the bookmarks of ``document_id`` changed."""
        return document_id is not None and document_id in self.bookmarks


# -- what may be read through the adapter --------------------------------------------------


class HighlightReads(Protocol):
    def get(self, highlight_id: int) -> Highlight: ...
    def of_document(
        self, document_id: int, *, include_deleted: bool = False
    ) -> list[Highlight]: ...
    def trash(self) -> list[Highlight]: ...
    def search(self, query: str, limit: int = 50) -> list[Highlight]: ...


class BookmarkReads(Protocol):
    def get(self, bookmark_id: int) -> Bookmark: ...
    def of_document(self, document_id: int) -> list[Bookmark]: ...
    def within(self, document_id: int, start: int, end: int) -> list[Bookmark]: ...


class DocumentReads(Protocol):
    def all(self) -> list[DocumentRecord]: ...
    def get(self, document_id: int) -> DocumentRecord | None: ...
    def id_of(self, sha256: str) -> int | None: ...
    def titles(self) -> dict[int, str]: ...


class LabelReads(Protocol):
    def all(self) -> dict[int, str]: ...


class UserWordReads(Protocol):
    def of(self, language: str) -> set[str]: ...


class LibraryReads(Protocol):
    def entries(self) -> list[LibraryEntry]: ...
    def entry(self, document_id: int) -> LibraryEntry | None: ...
    def position(self, document_id: int) -> int: ...
    def chosen_encoding(self, path: Path) -> str | None: ...
    def open(self, entry: LibraryEntry) -> Document: ...


class GlossaryReads(Protocol):
    def all(self) -> list[GlossaryInfo]: ...
    def find(self, name: str) -> GlossaryInfo | None: ...
    def name(self, glossary_id: int) -> str: ...
    def categories(self, glossary_id: int) -> dict[str, Category]: ...
    def entries(self, glossary_id: int) -> list[Entry]: ...
    def load(self, glossary_id: int) -> Glossary: ...
    def check(
        self,
        glossary_id: int,
        entry: Entry,
        replacing: str | None = None,
        new_category: Category | None = None,
    ) -> list[tuple[str, str, str | Message]]: ...
    def snapshot(self, glossary_id: int, entry_id: str) -> Removal: ...
    def plan_import(self, glossary_id: int, terms: TermList) -> ImportPlan: ...
    def is_active(self, document_id: int, key: str) -> bool: ...


class VocabularyReads(Protocol):
    def get(self, headword: str) -> VocabularyItem | None: ...
    def item(self, item_id: int) -> VocabularyItem: ...
    def items(
        self, *, status: int | None = None, document_id: int | None = None, search: str = ""
    ) -> list[VocabularyItem]: ...
    def statuses(self) -> dict[str, int]: ...
    def due(self, now: datetime | None = None, limit: int = 1000) -> list[VocabularyItem]: ...
    def due_counts(self, now: datetime | None = None) -> DueCounts: ...
    def next_due(self) -> str | None: ...


class StoreAdapter(QObject):
    """Writes through the domain's repositories and announces each committed one.

    Signals:
        changed(Changes): a write committed; the change set says what it touched.
    """

    changed = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._highlights = Highlights(store)
        self._documents = Documents(store)
        self._labels = ColourLabels(store)
        self._user_words = UserWords(store)
        self._library = Library(store)
        self._glossaries = OwnGlossaries(store)
        self._vocabulary = Vocabulary(store)
        self._bookmarks = Bookmarks(store)
        # Deleted words and bookmarks were kept for undo; a new session's undo cannot
        # reach them.
        with contextlib.suppress(StoreError):
            self._vocabulary.purge_deleted()
        with contextlib.suppress(StoreError):
            self._bookmarks.purge_deleted()

    def _announce(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def announce_merged(self) -> None:
        """A sync (on a connection of its own) merged another device's changes: every
        view of the notes reads them again."""
        documents = frozenset(record.id for record in self._documents.all())
        self._glossaries.forget_cached()
        self._announce(
            Changes(
                highlights=documents,
                trash=True,
                labels=True,
                glossaries=True,
                vocabulary=True,
                library=True,
                bookmarks=documents,
                merged=True,
            )
        )

    def sync_configured(self) -> bool:
        """Whether these notes sync somewhere, or follow or publish a class."""
        from glossary.sync.configured import sync_set_up
        from glossary.sync.layer import has_classes

        return sync_set_up(self._store) or has_classes(self._store)

    def dismiss_conflicts(self, highlight_uuid: str) -> None:
        """Keep a highlight's note as it is: its texts from other devices set aside."""
        from glossary.sync.engine import dismiss_conflicts

        dismiss_conflicts(self._store, "highlight", highlight_uuid, "note")

    def sync_status(self) -> SyncStatus:
        from glossary.sync.setup import status

        return status(self._store)

    def conflicts(self, highlight_uuid: str) -> list[str]:
        """The texts of a highlight's note that lost to an edit made at the same time on
        another device."""
        from glossary.sync.engine import conflicting_texts

        return conflicting_texts(self._store, "highlight", highlight_uuid, "note")

    def class_notes(self, document_sha: str) -> list[ClassHighlight]:
        """The notes of the classes followed here on the document ``document_sha``."""
        from glossary.sync.layer import layer_highlights

        return layer_highlights(self._store, document_sha)

    def in_classes(self) -> bool:
        """Whether these notes follow or publish a class."""
        from glossary.sync.layer import has_classes

        return has_classes(self._store)

    def class_subscriptions(self) -> list[ClassInfo]:
        """The classes followed here (a student's)."""
        from glossary.sync.classes import subscriptions

        return subscriptions(self._store)

    def class_publications(self) -> list[ClassInfo]:
        """The classes published from here (a teacher's)."""
        from glossary.sync.classes import publications

        return publications(self._store)

    # -- the database itself ----------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def writes(self) -> int:
        """Committed write transactions since the store was opened."""
        return self._store.writes

    def take_backup(self) -> Path | None:
        """A backup into the store's backup folder, the old ones thinned out."""
        from glossary.notes.backups import take_backup

        return take_backup(self._store, self._store.backups)

    def close(self) -> None:
        """Close the database (every write is already committed)."""
        self._store.close()

    # -- reads ----------------------------------------------------------------------------

    @property
    def highlights(self) -> HighlightReads:
        return self._highlights

    @property
    def bookmarks(self) -> BookmarkReads:
        return self._bookmarks

    @property
    def documents(self) -> DocumentReads:
        return self._documents

    @property
    def labels(self) -> LabelReads:
        return self._labels

    @property
    def user_words(self) -> UserWordReads:
        return self._user_words

    @property
    def library(self) -> LibraryReads:
        return self._library

    @property
    def glossaries(self) -> GlossaryReads:
        return self._glossaries

    @property
    def vocabulary(self) -> VocabularyReads:
        return self._vocabulary

    # -- documents and the library --------------------------------------------------------

    def open_document(self, document: Document) -> tuple[int, list[Highlight]]:
        """Remember ``document``; highlights of an older text at its path move onto it."""
        document_id, moved = self._documents.open(document)
        carried = self._bookmarks.move_onto(document_id, document)
        here = frozenset({document_id})
        self._announce(
            Changes(
                highlights=here if moved else frozenset(),
                library=True,
                bookmarks=here if carried else frozenset(),
            )
        )
        return document_id, moved

    def set_position(self, document_id: int, position: int, progress: float) -> None:
        """Where the reader is in the document (kept as they leave it)."""
        self._library.set_position(document_id, position, progress)
        self._announce(Changes(library=True))

    def relocate_document(self, document_id: int, path: Path) -> Document:
        """Point a document whose file moved at ``path`` (see ``Library.relocate``)."""
        document = self._library.relocate(document_id, path)
        self._announce(Changes(library=True, documents=frozenset({document_id})))
        return document

    def remove_document(self, document_id: int, *, keep_notes: bool) -> None:
        """Take a document out of the library, with or without its notes."""
        self._library.remove(document_id, keep_notes=keep_notes)
        gone = frozenset({document_id})
        if keep_notes:
            self._announce(Changes(library=True, documents=gone))
        else:
            # Its highlights went (from search results too), and kept words forget it.
            self._announce(
                Changes(
                    highlights=gone,
                    trash=True,
                    library=True,
                    vocabulary=True,
                    documents=gone,
                    bookmarks=gone,
                )
            )

    # -- highlights -------------------------------------------------------------------------

    def add(self, document_id: int, text: str, start: int, end: int, colour: int) -> Highlight:
        highlight = self._highlights.add(document_id, text, start, end, colour)
        self._announce(Changes(highlights=frozenset({document_id}), library=True))
        return highlight

    def set_colour(self, highlight_id: int, colour: int) -> Highlight:
        highlight = self._highlights.set_colour(highlight_id, colour)
        self._announce(Changes(highlights=frozenset({highlight.document_id})))
        return highlight

    def set_note(self, highlight_id: int, note: str) -> Highlight:
        highlight = self._highlights.set_note(highlight_id, note)
        self._announce(Changes(highlights=frozenset({highlight.document_id})))
        return highlight

    def delete(self, highlight_id: int) -> Highlight:
        """Move a highlight to the Trash."""
        highlight = self._highlights.delete(highlight_id)
        self._announce(
            Changes(highlights=frozenset({highlight.document_id}), trash=True, library=True)
        )
        return highlight

    def restore(self, highlight_id: int) -> Highlight:
        """Bring a highlight back from the Trash."""
        highlight = self._highlights.restore(highlight_id)
        self._announce(
            Changes(highlights=frozenset({highlight.document_id}), trash=True, library=True)
        )
        return highlight

    def empty_trash(self) -> int:
        """Delete for good what has been in the Trash for 30 days."""
        removed = self._highlights.empty_trash()
        if removed:
            self._announce(Changes(trash=True))
        return removed

    def import_annotations(
        self, annotations: Sequence[Annotation], open_now: Sequence[Document] = ()
    ) -> ImportResult:
        """Add the highlights of a shared file to the documents they belong to: those
        the store knows, the bundled article and ``open_now`` (see
        ``glossary.notes.importing``)."""
        from glossary.notes.importing import import_annotations, known_documents

        documents = known_documents(self._store, open_now)
        result = import_annotations(self._store, annotations, documents)
        if result.added:
            ids = (self._documents.id_of(sha) for sha in result.hashes)
            touched = frozenset(i for i in ids if i is not None)
            self._announce(Changes(highlights=touched, library=True))
        return result

    # -- bookmarks ---------------------------------------------------------------------------

    def add_bookmark(self, document: Document, document_id: int, position: int) -> Bookmark:
        """Bookmark ``position`` of the open ``document`` (``document_id`` in the store)."""
        bookmark = self._bookmarks.add(document, document_id, position)
        self._announce(Changes(bookmarks=frozenset({document_id})))
        return bookmark

    def delete_bookmark(self, bookmark_id: int) -> Bookmark:
        """Take a bookmark away (:meth:`restore_bookmark` brings it back)."""
        bookmark = self._bookmarks.delete(bookmark_id)
        self._announce(Changes(bookmarks=frozenset({bookmark.document_id})))
        return bookmark

    def restore_bookmark(self, bookmark_id: int) -> Bookmark:
        bookmark = self._bookmarks.restore(bookmark_id)
        self._announce(Changes(bookmarks=frozenset({bookmark.document_id})))
        return bookmark

    # -- colour labels and spelling words ---------------------------------------------------

    def set_colour_labels(self, labels: Mapping[int, str]) -> None:
        """Rename the colours (all or none): colour -> label, "" for the default."""
        self._labels.set_many(labels)
        self._announce(Changes(labels=True))

    def add_user_word(self, word: str, language: str) -> None:
        self._user_words.add(word, language)
        self._announce(Changes(user_words=True))

    # -- vocabulary -------------------------------------------------------------------------

    def remember_word(
        self,
        *,
        headword: str,
        root: str,
        word: str,
        gloss: str | None,
        sentence: str,
        document_id: int | None,
        status: int | None,
        default_gloss: str = "",
    ) -> tuple[VocabularyItem | None, VocabularyItem]:
        """Keep a word or change its gloss or status (see ``Vocabulary.remember``)."""
        before, after = self._vocabulary.remember(
            headword=headword,
            root=root,
            word=word,
            gloss=gloss,
            sentence=sentence,
            document_id=document_id,
            status=status,
            default_gloss=default_gloss,
        )
        if after != before:
            self._announce(Changes(vocabulary=True))
        return before, after

    def set_word_status(self, item_id: int, status: int) -> VocabularyItem:
        item = self._vocabulary.set_status(item_id, status)
        self._announce(Changes(vocabulary=True))
        return item

    def set_word_gloss(self, item_id: int, gloss: str) -> VocabularyItem:
        item = self._vocabulary.set_gloss(item_id, gloss)
        self._announce(Changes(vocabulary=True))
        return item

    def put_word_back(self, item: VocabularyItem, fields: Sequence[str]) -> VocabularyItem:
        item = self._vocabulary.put_back(item, fields)
        self._announce(Changes(vocabulary=True))
        return item

    def delete_word(self, item_id: int) -> VocabularyItem:
        item = self._vocabulary.delete(item_id)
        self._announce(Changes(vocabulary=True))
        return item

    def restore_word(self, item_id: int) -> VocabularyItem:
        item = self._vocabulary.restore(item_id)
        self._announce(Changes(vocabulary=True))
        return item

    def review_word(self, item_id: int, rating: int) -> VocabularyItem:
        item = self._vocabulary.review(item_id, rating)
        self._announce(Changes(vocabulary=True))
        return item

    # -- own glossaries ---------------------------------------------------------------------

    def save_entry(
        self,
        glossary_id: int,
        entry: Entry,
        replacing: str | None = None,
        new_category: Category | None = None,
    ) -> None:
        """Add or change an entry, with the category it brings, in one transaction."""
        self._glossaries.save_entry(glossary_id, entry, replacing, new_category)
        self._announce(Changes(glossaries=True))

    def delete_entry(self, glossary_id: int, entry_id: str) -> Entry:
        removed = self._glossaries.delete_entry(glossary_id, entry_id)
        self._announce(Changes(glossaries=True))
        return removed

    def restore_entry(self, glossary_id: int, removal: Removal) -> None:
        self._glossaries.restore(glossary_id, removal)
        self._announce(Changes(glossaries=True))

    def remove_category(self, glossary_id: int, category_id: str) -> None:
        self._glossaries.remove_category(glossary_id, category_id)
        self._announce(Changes(glossaries=True))

    def create_glossary(self, name: str) -> int:
        glossary_id = self._glossaries.create(name)
        self._announce(Changes(glossaries=True))
        return glossary_id

    def delete_glossary(self, glossary_id: int) -> None:
        self._glossaries.delete(glossary_id)
        self._announce(Changes(glossaries=True))

    def set_glossary_active(self, document_id: int, key: str, active: bool) -> None:
        self._glossaries.set_active(document_id, key, active)
        self._announce(Changes(glossaries=True))

    def import_terms(self, glossary_id: int, terms: TermList) -> ImportPlan:
        plan = self._glossaries.apply_import(glossary_id, terms)
        self._announce(Changes(glossaries=True))
        return plan
