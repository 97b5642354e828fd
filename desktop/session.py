"""The document being read: its text and marks, the glossaries it is read with and
their matcher, its id in the notes, where the reader left it, and which definition
comes first. Panels and controllers read it here; it announces every change.

A short text is marked when it is opened; a long one (over ``AT_ONCE_CHARS``) opens
without marks, and its marks arrive later (``desktop.reader.marking``) through
:meth:`DocumentSession.set_found`.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Signal

from desktop.reader.marking import AT_ONCE_CHARS
from desktop.richtext import tooltip
from desktop.storeadapter import Changes, StoreAdapter
from desktop.translations import problem_text
from glossary.documents.reading import MarkedDocument
from glossary.model import Document, Entry, Language
from glossary.notes.store import StoreError
from glossary.terms.combined import active_parts, combine
from glossary.terms.glossary import Glossary
from glossary.terms.matching import TermMatcher


class DocumentSession(QObject):
    """The open document and how it is read.

    Signals:
        leaving(): another document is about to be opened (save what belongs to this one).
        opened(): a document was opened: ``marked``, ``document_id`` and ``place`` are its.
        remarked(bool): the glossary changed and the text was marked again; True when the
            marks themselves moved, False when only the entries' texts changed.
        found(): a long text's marks, found a part at a time, are all in ``marked``.
        glossary_changed(): ``glossary`` is another one (an own glossary changed or
            another was switched on); emitted before ``remarked``.
        language_changed(): ``language`` (the definition shown first) changed.
        problem(str): something went wrong that the reader should know.
    """

    leaving = Signal()
    opened = Signal()
    remarked = Signal(bool)
    found = Signal()
    glossary_changed = Signal()
    language_changed = Signal()
    problem = Signal(str)

    def __init__(
        self,
        bundled: Glossary,
        matcher: TermMatcher,
        notes: StoreAdapter | None,
        language: Language = "id",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bundled = bundled  # the app's own; ``glossary`` adds the reader's
        self.glossary = bundled
        self.matcher = matcher
        self.notes = notes
        self.language: Language = language
        self.marked: MarkedDocument | None = None
        self.document_id: int | None = None
        self.place = 0  # where the reader left the document, as an offset
        self.current_entry: str | None = None
        if notes is not None:
            notes.changed.connect(self.on_notes_changed)

    @property
    def document(self) -> Document | None:
        return self.marked.document if self.marked is not None else None

    def writable(self) -> tuple[StoreAdapter, int] | None:
        """The notes and the open document's id, when its highlights and bookmarks can be
        written (notes available, a document open); else None."""
        if self.notes is None or self.document_id is None or self.marked is None:
            return None
        return self.notes, self.document_id

    @property
    def marking_later(self) -> bool:
        """Whether the open text is long, and marked a part at a time after it shows."""
        return self.marked is not None and len(self.marked.text) > AT_ONCE_CHARS

    def open(self, document: Document) -> None:
        """Read ``document`` from now on: remember it in the notes (its highlights move
        onto a changed text), choose its glossaries, and mark it (unless it is long)."""
        self.leaving.emit()
        self.document_id = None
        self.current_entry = None
        if self.notes is not None:
            try:
                self.document_id, _moved = self.notes.open_document(document)
            except StoreError as exc:
                self.problem.emit(problem_text(exc))
        self._use_glossary(self._glossary_for(self.document_id))
        if len(document.text) > AT_ONCE_CHARS:
            self.marked = MarkedDocument(document, [])
        else:
            self.marked = MarkedDocument(document, self.matcher.find(document.term_text))
            self.matcher.save_cache()
        self.place = 0
        if self.notes is not None and self.document_id is not None:
            with contextlib.suppress(StoreError):  # else the start: nothing is lost
                self.place = self.notes.library.position(self.document_id)
        self.opened.emit()

    def set_found(self, marked: MarkedDocument) -> None:
        """A long text's marks, found after it was shown (in the text being read)."""
        if self.marked is None or marked.document is not self.marked.document:
            return
        self.marked = marked
        self.matcher.save_cache()
        self.found.emit()

    def set_language(self, language: Language) -> None:
        if language != self.language:
            self.language = language
            self.language_changed.emit()

    def choose_entry(self, entry_id: str) -> None:
        """The reader looks at ``entry_id`` (F3 and Shift+F3 step through its places)."""
        self.current_entry = entry_id

    def entry(self, entry_id: str) -> Entry:
        return self.glossary.entry(entry_id)

    def tooltips(self, every_entry: bool = False) -> dict[str, str]:
        """Entry id -> tooltip (headword and short definition, in the language shown
        first), of the entries marked (of every entry, for a text still being marked)."""
        if self.marked is None:
            return {}
        entries = (
            self.glossary.entries
            if every_entry or self.marking_later
            else map(self.glossary.entry, self.marked.entry_ids())
        )
        return {
            entry.id: tooltip(entry.headword(self.language), entry.short_definition(self.language))
            for entry in entries
        }

    # -- the reader's own glossaries -----------------------------------------------------------

    def on_notes_changed(self, changes: Changes) -> None:
        if changes.glossaries:
            self.remark()

    def remark(self) -> None:
        """An own glossary changed (or which are on): mark the text again at once (a
        long one from now on, a part at a time)."""
        if self.marked is None:
            return
        before = self.matcher
        self._use_glossary(self._glossary_for(self.document_id))
        document = self.marked.document
        if self.matcher is not before and self.matcher.finds_as(before):
            # No form changed (a definition, a note): the marks stay, their tooltips change.
            # (A long text's million occurrences are not indexed again: they are the same.)
            if not self.marking_later:
                self.marked = MarkedDocument(document, self.marked.occurrences)
            self.remarked.emit(False)
            return
        if self.marking_later:
            # A long text is marked again a part at a time, from the part on screen, as
            # when it was opened (desktop.controllers.marking): searching 50 MB here
            # would keep the window from answering for seconds.
            self.marked = MarkedDocument(document, [])
            self.remarked.emit(True)
            return
        if self.matcher is before:
            occurrences = self.matcher.find(document.term_text)
        else:
            # Only the paragraphs where a changed form stands are searched again.
            occurrences = self.matcher.refind(document, self.marked.occurrences, before)
        self.marked = MarkedDocument(document, occurrences)
        self.remarked.emit(True)

    def _glossary_for(self, document_id: int | None) -> Glossary:
        """The glossaries switched on for this document, the reader's own first."""
        if self.notes is None:
            return self.bundled
        try:
            return combine(active_parts(self.bundled, self.notes.glossaries, document_id))
        except StoreError as exc:
            self.problem.emit(problem_text(exc))
            return self.bundled

    def _use_glossary(self, glossary: Glossary) -> None:
        if glossary is not self.glossary:
            self.matcher = self.matcher.updated(glossary)
            self.glossary = glossary
            self.glossary_changed.emit()
