"""The glossary beside the text: a term clicked in the text on a card, the places
an entry occurs (F3 and Shift+F3), and the panel kept in step with the session's
document, glossary and language."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QTabWidget

from desktop.feedback import Feedback
from desktop.panels.glossary import GlossaryPanel
from desktop.reader.cardslot import CardSlot
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession


class TermsController(QObject):
    """Shows glossary entries and steps through their occurrences."""

    def __init__(
        self,
        session: DocumentSession,
        reader: ReaderView,
        panel: GlossaryPanel,
        tabs: QTabWidget,
        feedback: Feedback,
        parent: QObject | None = None,
        card: CardSlot | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.reader = reader
        self.panel = panel
        self.tabs = tabs
        self.feedback = feedback
        self.card = card  # the card beside a term clicked in the text

    @Slot(str, int)
    def on_term_activated(self, entry_id: str, start: int) -> None:
        """A term of the text was clicked or activated (Enter): its card opens beside
        it, and the Glossary tab shows its entry (without coming to the front)."""
        self.session.choose_entry(entry_id)
        self.panel.show_entry(entry_id)
        marked = self.session.marked
        occ = marked.at(start) if marked is not None and start >= 0 else None
        entry = self.session.glossary.get(entry_id)
        if self.card is None or occ is None or entry is None:
            return
        category = self.session.glossary.category(entry.category)
        card = self.card.card()
        card.show_term(entry, category, self.session.language)
        card.popup_beside(self.reader.rect_for(occ.start, occ.end))

    @Slot(str)
    def show_entry(self, entry_id: str) -> None:
        """Show ``entry_id`` in the Glossary tab (asked for from another panel, or the
        card's "Open in Panel")."""
        self.tabs.setCurrentWidget(self.panel)
        self.on_term_activated(entry_id, -1)

    @Slot(str)
    def on_entry_shown(self, entry_id: str) -> None:
        self.session.choose_entry(entry_id)

    @Slot(int, int)
    def on_occurrence_requested(self, start: int, end: int) -> None:
        self.reader.show_range(start, end)

    @Slot()
    def on_leave_requested(self) -> None:
        self.reader.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def next_occurrence(self) -> None:
        self._step(backwards=False)

    @Slot()
    def previous_occurrence(self) -> None:
        self._step(backwards=True)

    def _step(self, backwards: bool) -> None:
        marked, entry_id = self.session.marked, self.session.current_entry
        if marked is None or entry_id is None:
            self.feedback.status(self.tr("Choose a term first."), 3000)
            return
        occ = marked.next_of(entry_id, self.reader.cursor_offset(), backwards=backwards)
        if occ is None:
            self.feedback.status(self.tr("This term does not occur in the text."), 3000)
            return
        self.reader.show_range(occ.start, occ.end)
        items = marked.of_entry(entry_id)
        self.feedback.status(
            self.tr("%1: occurrence %2 of %3")
            .replace("%1", self.session.entry(entry_id).headword(self.session.language))
            .replace("%2", str(items.index(occ) + 1))
            .replace("%3", str(len(items))),
            4000,
        )

    # -- the panel in step with the session ------------------------------------------------------

    @Slot()
    def on_marks_changed(self) -> None:
        self.panel.set_marked_document(self.session.marked)

    @Slot()
    def on_glossary_changed(self) -> None:
        self.panel.set_glossary(self.session.glossary)

    @Slot()
    def on_language_changed(self) -> None:
        self.panel.set_language(self.session.language)
