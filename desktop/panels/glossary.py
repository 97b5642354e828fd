"""The glossary panel: search field, result list grouped by category, entry view."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.panels.entryview import EntryView
from desktop.panels.models import EntryIdRole, EntryListModel
from desktop.richtext import escape
from desktop.textfields import leave_window_keys
from glossary.documents.reading import MarkedDocument
from glossary.model import Language
from glossary.terms.glossary import Glossary
from glossary.terms.search import GlossarySearch

SUGGESTION_SCHEME = "suggest"


class GlossaryPanel(QWidget):
    """Search and browse the glossary; show one entry.

    Signals:
        occurrence_requested(int, int): show ``start..end`` of the document.
        speech_requested(str, str): hear this text in this language (from the entry).
        entry_shown(str): the entry view now shows this entry.
        leave_requested(): Escape on an empty search field: back to the text.
        glossaries_requested(): the reader wants to choose the document's glossaries.
        add_term_requested(): the reader wants to add a term to an own glossary.
    """

    occurrence_requested = Signal(int, int)
    speech_requested = Signal(str, str)
    entry_shown = Signal(str)
    leave_requested = Signal()
    glossaries_requested = Signal()
    add_term_requested = Signal()

    def __init__(self, glossary: Glossary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryPanel")
        self.setAccessibleName(self.tr("Glossary"))
        self._glossary = glossary
        self._listed = self._listing(glossary)
        self._search: GlossarySearch | None = None  # built on the first search
        self._suggestions: list[str] = []
        self._selecting_quietly = False
        self._marked: MarkedDocument | None = None
        self._language: Language = "id"

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("glossarySearch")
        self.search_field.setAccessibleName(self.tr("Search the glossary"))
        self.search_field.setPlaceholderText(self.tr("Search terms and definitions (Ctrl+K)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.installEventFilter(self)
        leave_window_keys(self.search_field)

        self.suggestion_label = QLabel(self)
        self.suggestion_label.setObjectName("didYouMean")
        self.suggestion_label.setAccessibleName(self.tr("Search suggestions"))
        self.suggestion_label.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.hide()

        self.model = EntryListModel(glossary, self)
        self.results = QListView(self)
        self.results.setSpacing(1)  # rows not packed tight
        self.results.setObjectName("glossaryResults")
        self.results.setAccessibleName(self.tr("Glossary entries"))
        self.results.setModel(self.model)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setUniformItemSizes(True)
        self.results.setAlternatingRowColors(False)

        self.entry_view = EntryView(self)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("glossaryPanelSplitter")
        self.splitter.setAccessibleName(self.tr("Glossary entries and entry"))
        self.splitter.addWidget(self.results)
        self.splitter.addWidget(self.entry_view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        # Which glossaries mark this document, and the way to change them.
        self.sources_label = QLabel(self)
        self.sources_label.setObjectName("glossarySources")
        self.sources_label.setAccessibleName(self.tr("Glossaries in use"))
        self.sources_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sources_label.setWordWrap(True)
        self.sources_button = QToolButton(self)
        self.sources_button.setObjectName("glossarySourcesButton")
        self.sources_button.setText(self.tr("Glossaries…"))
        self.sources_button.setAccessibleName(self.tr("Choose glossaries"))
        self.add_button = QToolButton(self)
        self.add_button.setObjectName("addTermButton")
        self.add_button.setText(self.tr("Add term…"))
        self.add_button.setAccessibleName(self.tr("Add a term to your glossary"))
        sources = QHBoxLayout()
        sources.setContentsMargins(0, 0, 0, 0)
        sources.addWidget(self.sources_label, 1)
        sources.addWidget(self.add_button)
        sources.addWidget(self.sources_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(sources)
        layout.addWidget(self.search_field)
        layout.addWidget(self.suggestion_label)
        layout.addWidget(self.splitter, 1)

        self._set_tab_order()
        self._connect_signals()
        self._show_sources()
        self.refresh_results()

    def _set_tab_order(self) -> None:
        # As they stand on screen: the row of buttons, the search, the list, the entry.
        order = (
            self.sources_button,
            self.add_button,
            self.search_field,
            self.results,
            self.entry_view,
        )
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)

    def _connect_signals(self) -> None:
        self.search_field.textChanged.connect(self.on_search_field_text_changed)
        self.search_field.returnPressed.connect(self.on_search_field_return_pressed)
        self.suggestion_label.linkActivated.connect(self.on_suggestion_label_link_activated)
        # A click makes a row current (shown below); activation (Enter, or a click
        # where the style says so) shows it too, so one handler for each is enough.
        self.results.activated.connect(self.on_results_activated)
        self.results.selectionModel().currentChanged.connect(self.on_results_current_changed)
        self.entry_view.entry_requested.connect(self.on_entry_view_entry_requested)
        self.entry_view.occurrence_requested.connect(self.occurrence_requested)
        self.entry_view.speech_requested.connect(self.speech_requested)
        self.sources_button.clicked.connect(self.glossaries_requested)
        self.add_button.clicked.connect(self.add_term_requested)

    @property
    def language(self) -> Language:
        return self._language

    def set_language(self, language: Language) -> None:
        """Which language's headwords and definitions come first."""
        self._language = language
        shown = self.entry_view.entry
        self.refresh_results()
        if shown is not None:
            self.show_entry(shown.id)

    def set_marked_document(self, marked: MarkedDocument | None) -> None:
        self._marked = marked
        if self.entry_view.entry is not None:
            self.show_entry(self.entry_view.entry.id)

    @property
    def glossary(self) -> Glossary:
        return self._glossary

    def set_glossary(self, glossary: Glossary) -> None:
        """Show ``glossary`` (the document's glossaries changed); the entry shown stays
        if it still exists."""
        self._glossary = glossary
        self._search = None
        self._show_sources()
        self.model.set_glossary(glossary)
        # The list shows headwords by category: an edit of a definition or of other
        # forms leaves it as it is, and 10,000 rows need not be sorted again.
        listed, self._listed = self._listed, self._listing(glossary)
        if self.search_field.text().strip() or self._listed != listed:
            self.refresh_results()
        shown = self.entry_view.entry
        if shown is not None and glossary.get(shown.id) is not None:
            self._display(shown.id)
        elif shown is not None:
            self.entry_view.show_placeholder()

    @staticmethod
    def _listing(glossary: Glossary) -> tuple[tuple[str, str, str, str], ...]:
        return tuple((e.id, e.term_id, e.term_en, e.category) for e in glossary.entries)

    def _show_sources(self) -> None:
        names = self._glossary.name.replace(" + ", ", ") or self.tr("no glossary")
        self.sources_label.setText(self.tr("Using: %1").replace("%1", names))

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def refresh_results(self) -> None:
        query = self.search_field.text()
        self.suggestion_label.hide()
        if not query.strip():
            self.model.show_grouped(self._language)
            return
        if self._search is None:
            self._search = GlossarySearch(self._glossary)
        hits = self._search.search(query)
        self.model.show_results([h.entry_id for h in hits], self._language)
        self._suggestions = []
        if hits:
            # Highlight the best result; the entry shown below changes on Enter or a click.
            self._selecting_quietly = True
            self.results.setCurrentIndex(self.model.index(0))
            self._selecting_quietly = False
            return
        suggestions = self._suggestions = self._search.suggestions(query)
        text = escape(self.tr("No entry matches “%1”.").replace("%1", query))
        if suggestions:
            links = ", ".join(
                f"<a href='{SUGGESTION_SCHEME}:{escape(s)}'>{escape(s)}</a>" for s in suggestions
            )
            text += " " + escape(self.tr("Did you mean")) + f" {links}? "
            text += escape(self.tr("(Enter takes the first.)"))
        self.suggestion_label.setText(text)
        self.suggestion_label.show()

    def show_entry(self, entry_id: str) -> None:
        """Show ``entry_id`` below and make it the current row when it is listed."""
        if self._display(entry_id):
            row = self.model.row_of(entry_id)
            if row >= 0:
                self.results.setCurrentIndex(self.model.index(row))

    def _display(self, entry_id: str) -> bool:
        entry = self._glossary.get(entry_id)
        if entry is None:
            return False
        self.entry_view.show_entry(entry, self._glossary, self._marked, self._language)
        self.entry_shown.emit(entry_id)
        return True

    @Slot(str)
    def on_entry_view_entry_requested(self, entry_id: str) -> None:
        self.show_entry(entry_id)

    @Slot(str)
    def on_search_field_text_changed(self, _text: str) -> None:
        self.refresh_results()

    @Slot()
    def on_search_field_return_pressed(self) -> None:
        if self._suggestions and not self.model.rowCount():
            # The suggestion is searched for as it fills in; its entry is shown at once.
            self.search_field.setText(self._suggestions[0])
        index = self.results.currentIndex()
        if not index.isValid():
            row = self.model.first_entry_row()
            index = self.model.index(row) if row >= 0 else QModelIndex()
        if index.isValid():
            self.on_results_activated(index)

    @Slot(str)
    def on_suggestion_label_link_activated(self, link: str) -> None:
        if link.startswith(SUGGESTION_SCHEME + ":"):
            self.search_field.setText(link[len(SUGGESTION_SCHEME) + 1 :])
            self.on_search_field_return_pressed()  # its best entry is shown, as on Enter

    @Slot(QModelIndex)
    def on_results_activated(self, index: QModelIndex) -> None:
        entry_id = index.data(EntryIdRole)
        if entry_id:
            self.show_entry(entry_id)

    @Slot(QModelIndex, QModelIndex)
    def on_results_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry_id = current.data(EntryIdRole)
        shown = self.entry_view.entry
        if self._selecting_quietly:
            return
        if entry_id and (shown is None or shown.id != entry_id):
            self._display(entry_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down in the search field move through the results, as in a completer.
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self._move_selection(key)
                return True
            if key == Qt.Key.Key_Escape:
                # Escape clears the search; on an empty field it goes back to the text.
                if self.search_field.text():
                    self.search_field.clear()
                else:
                    self.leave_requested.emit()
                return True
        return super().eventFilter(watched, event)

    def _move_selection(self, key: int) -> None:
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -10,
            Qt.Key.Key_PageDown: 10,
        }[Qt.Key(key)]
        rows = self.model.rowCount()
        row = self.results.currentIndex().row()
        target = row + step if row >= 0 else self.model.first_entry_row()
        direction = 1 if step > 0 else -1
        target = max(0, min(rows - 1, target))
        while 0 <= target < rows and not self.model.index(target).data(EntryIdRole):
            target += direction
        if 0 <= target < rows:
            self.results.setCurrentIndex(self.model.index(target))
