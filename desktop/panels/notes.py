"""The notes panel: the open document's highlights in text order, a colour filter, a
search over the notes of every document, and an editor for the selected note.

A note is saved 500 ms after the last keystroke, when the editor loses focus, and when
:meth:`NotesPanel.flush` is called (on switching document and on close).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QContextMenuEvent, QFocusEvent, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.panels.spellhighlighter import SpellHighlighter
from desktop.reader.view import colour_icon
from desktop.richtext import as_rich_text
from glossary.model import Document
from glossary.notes.highlights import Highlight

SAVE_DELAY_MS = 500
QUOTE_CHARS = 140
HighlightRole = Qt.ItemDataRole.UserRole + 1
ColourRole = Qt.ItemDataRole.UserRole + 2
ModelIndex = QModelIndex | QPersistentModelIndex


class NotesModel(QAbstractListModel):
    """Highlights with their section heading; orphaned ones are marked as such."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Highlight, str]] = []
        self._labels: dict[int, str] = {}
        self._terms: dict[int, str] = {}

    def set_rows(
        self,
        rows: list[tuple[Highlight, str]],
        labels: dict[int, str],
        terms: dict[int, str] | None = None,
    ) -> None:
        """``rows``: highlight and where it is; ``terms``: highlight id -> glossary terms."""
        self.beginResetModel()
        self._rows = rows
        self._labels = labels
        self._terms = terms or {}
        self.endResetModel()

    def terms(self, highlight_id: int) -> str:
        return self._terms.get(highlight_id, "")

    def highlight(self, row: int) -> Highlight:
        return self._rows[row][0]

    def row_of(self, highlight_id: int) -> int:
        return next((i for i, (h, _) in enumerate(self._rows) if h.id == highlight_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        highlight, where = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            quote = " ".join(highlight.exact.split())
            if len(quote) > QUOTE_CHARS:
                quote = quote[:QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
            label = self._labels.get(highlight.colour, "")
            lines = [f"“{quote}”", f"{label} · {where}" if where else label]
            if highlight.orphaned:
                lines[1] = self.tr("Not found in this text") + " · " + lines[1]
            if highlight.creator:
                # An imported note: whose it is matters as much as what it says.
                lines[1] += " · " + self.tr("by %1").replace("%1", highlight.creator)
            if highlight.note:
                lines.append(highlight.note.splitlines()[0])
            if highlight.id in self._terms:
                lines.append(self._terms[highlight.id])
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole:
            return colour_icon(highlight.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_rich_text(highlight.note or highlight.exact)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            by = f" ({highlight.creator})" if highlight.creator else ""
            return (
                f"{self._labels.get(highlight.colour, '')}: {highlight.exact}. {highlight.note}{by}"
            )
        if role == HighlightRole:
            return highlight.id
        if role == ColourRole:
            return highlight.colour
        return None


class NoteEditor(QPlainTextEdit):
    """Plain-text note editor with spelling underlines and suggestions.

    Signals:
        focus_lost(): the editor lost keyboard focus.
        focus_gained(): the editor got keyboard focus.
        word_added(str): "Add to Dictionary" was chosen for this word.
    """

    focus_lost = Signal()
    focus_gained = Signal()
    word_added = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.highlighter = SpellHighlighter(self.document(), self)
        self._follow_theme()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._follow_theme()

    def _follow_theme(self) -> None:
        """Disabled (no highlight chosen), the editor keeps the theme's text background
        and a readable placeholder: a theme's palette may leave the disabled colours at
        Qt's light grey, a pale box in a dark or sepia theme."""
        palette = self.palette()
        active, disabled = QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled
        for role in (
            QPalette.ColorRole.Base,
            QPalette.ColorRole.Window,
            QPalette.ColorRole.PlaceholderText,
        ):
            if palette.color(disabled, role) != palette.color(active, role):
                palette.setColor(disabled, role, palette.color(active, role))
        if palette != self.palette():
            self.setPalette(palette)  # only the disabled roles: the rest still follows

    def spelling_actions(self, cursor: QTextCursor) -> list[QAction]:
        """Suggestions for the unknown word at ``cursor``, and "Add to Dictionary"."""
        speller = self.highlighter.speller
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        word = cursor.selectedText()
        if speller is None or not word.strip() or speller.is_known(word):
            return []
        actions = []
        for suggestion in speller.suggestions(word):
            action = QAction(suggestion, self)
            action.triggered.connect(partial(self._replace, QTextCursor(cursor), suggestion))
            actions.append(action)
        add = QAction(self.tr("Add “%1” to Dictionary").replace("%1", word), self)
        add.triggered.connect(partial(self.word_added.emit, word))
        actions.append(add)
        return actions

    def _replace(self, cursor: QTextCursor, text: str) -> None:
        cursor.insertText(text)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        actions = self.spelling_actions(self.cursorForPosition(event.pos()))
        if actions:
            existing = menu.actions()
            if existing:
                menu.insertActions(existing[0], actions)
                menu.insertSeparator(existing[0])
            else:
                menu.addActions(actions)
                menu.addSeparator()
        menu.exec(event.globalPos())
        menu.deleteLater()


class NotesPanel(QWidget):
    """Lists highlights and edits notes; the window does the writing.

    Signals:
        highlight_activated(int): show this highlight (id) in the text.
        note_edited(int, str, int): save this note text for the highlight id; the last
            number names the editing session (edits of one session undo together).
        search_result_activated(int): a search result (highlight id) was opened.
        search_requested(str): search the notes of all documents for this text.
        speller_needed(): a note is about to be edited and no speller is set yet.
    """

    highlight_activated = Signal(int)
    speller_needed = Signal()
    note_edited = Signal(int, str, int)
    search_result_activated = Signal(int)
    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.setAccessibleName(self.tr("Notes"))
        self._document: Document | None = None
        self._highlights: list[Highlight] = []
        self._labels: dict[int, str] = {}
        self._editing: int | None = None
        self._terms: dict[int, str] = {}
        self._speller_requested = False
        self._session = 0

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("notesSearch")
        self.search_field.setAccessibleName(self.tr("Search the notes of all documents"))
        self.search_field.setPlaceholderText(self.tr("Search all notes"))
        self.search_field.setClearButtonEnabled(True)
        self.colour_filter = QComboBox(self)
        self.colour_filter.setObjectName("notesColourFilter")
        self.colour_filter.setAccessibleName(self.tr("Show highlights of colour"))

        self.model = NotesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(ColourRole)
        self.list = QListView(self)
        self.list.setObjectName("notesList")
        self.list.setAccessibleName(self.tr("Highlights"))
        self.list.setModel(self.proxy)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)

        self.editor = NoteEditor(self)
        self.editor.setObjectName("noteEditor")
        self.editor.setAccessibleName(self.tr("Note"))
        self.editor.setPlaceholderText(self.tr("Select a highlight to write its note."))
        self.editor.setEnabled(False)
        self.terms_label = QLabel(self)
        self.terms_label.setObjectName("noteTerms")
        self.terms_label.setAccessibleName(self.tr("Glossary terms in this highlight"))
        self.terms_label.setTextFormat(Qt.TextFormat.PlainText)
        self.terms_label.setWordWrap(True)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("noteSaved")
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_label.setAccessibleName(self.tr("Note saved state"))
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)

        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.colour_filter)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.terms_label)
        lower_layout.addWidget(self.editor, 1)
        lower_layout.addWidget(self.saved_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("notesSplitter")
        self.splitter.setAccessibleName(self.tr("Highlights and note"))
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.list.activated.connect(self.on_list_activated)
        self.list.selectionModel().currentChanged.connect(self.on_list_current_changed)
        self.colour_filter.currentIndexChanged.connect(self.on_colour_filter_current_index_changed)
        self.search_field.textChanged.connect(self.on_search_field_text_changed)
        self.editor.textChanged.connect(self.on_editor_text_changed)
        self.editor.focus_lost.connect(self.flush)
        self.editor.focus_gained.connect(self._new_session)
        self._save_timer.timeout.connect(self.flush)

    def set_labels(self, labels: dict[int, str]) -> None:
        self._labels = labels
        self.colour_filter.blockSignals(True)
        current = self.colour_filter.currentData()
        self.colour_filter.clear()
        self.colour_filter.addItem(self.tr("All colours"), 0)
        for colour, label in sorted(labels.items()):
            self.colour_filter.addItem(colour_icon(colour), label, colour)
        self.colour_filter.setCurrentIndex(max(0, self.colour_filter.findData(current)))
        self.colour_filter.blockSignals(False)

    def show_highlights(
        self,
        document: Document | None,
        highlights: list[Highlight],
        terms: dict[int, str] | None = None,
    ) -> None:
        """The open document's highlights (search results stay until the field is cleared);
        ``terms`` maps a highlight id to the glossary terms it covers, as text."""
        self._document = document
        self._highlights = highlights
        self._terms = terms or {}
        if not self.search_field.text().strip():
            self._show_rows(self._document_rows())

    def show_search_results(self, results: list[tuple[Highlight, str]]) -> None:
        self._show_rows(results)

    def _document_rows(self) -> list[tuple[Highlight, str]]:
        rows = []
        for h in self._highlights:
            heading = None
            if self._document is not None and not h.orphaned:
                heading = self._document.heading_before(h.start)
            rows.append(
                (h, self._document.block_text(heading) if heading and self._document else "")
            )
        return rows

    def _show_rows(self, rows: list[tuple[Highlight, str]]) -> None:
        current = self._editing
        self.model.set_rows(rows, self._labels, self._terms)
        if current is None:
            return
        row = self.model.row_of(current)
        if row < 0:
            # Another document (or a search without it): nothing may be typed into a
            # note that is not listed. Unsaved text was flushed before the switch.
            self._save_timer.stop()
            self._editing = None
            self._set_editor_text("")
            self.editor.setEnabled(False)
            self.editor.setPlaceholderText(self.tr("Select a highlight to write its note."))
            self.terms_label.clear()
            return
        self.list.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row)))
        stored = self.model.highlight(row).note
        if not self._save_timer.isActive() and self.editor.toPlainText() != stored:
            # Changed elsewhere (undo, redo): show the note as it is now stored.
            self._set_editor_text(stored)

    def _set_editor_text(self, text: str) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.editor.blockSignals(False)

    @Slot()
    def _new_session(self) -> None:
        self._session += 1

    def select(self, highlight_id: int, *, reveal: bool = False) -> None:
        """Make ``highlight_id`` the current highlight (listed, and its note in the
        editor); ``reveal``: clear a search or colour filter that hides it."""
        if reveal and self.model.row_of(highlight_id) < 0 and self.search_field.text().strip():
            self.search_field.clear()  # the open document's highlights are listed again
        row = self.model.row_of(highlight_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row))
        if not index.isValid() and reveal:
            self.colour_filter.setCurrentIndex(0)  # all colours
            index = self.proxy.mapFromSource(self.model.index(row))
        if index.isValid():
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)

    def current_highlight(self) -> Highlight | None:
        """The highlight selected in the list (its note is in the editor), if any."""
        if self._editing is None:
            return None
        row = self.model.row_of(self._editing)
        return self.model.highlight(row) if row >= 0 else None

    @Slot()
    def flush(self) -> None:
        """Save the note being edited now, if it changed."""
        self._save_timer.stop()
        if self._editing is None:
            return
        row = self.model.row_of(self._editing)
        text = self.editor.toPlainText()
        if row >= 0 and self.model.highlight(row).note == text:
            return
        self.note_edited.emit(self._editing, text, self._session)

    def note_saved(self, highlight: Highlight) -> None:
        """The store committed ``highlight``'s note: say so, if it is the one shown."""
        if highlight.id == self._editing:
            self.saved_label.setText(self.tr("Saved"))

    @Slot(QModelIndex)
    def on_list_activated(self, index: QModelIndex) -> None:
        highlight_id = index.data(HighlightRole)
        if highlight_id is None:
            return
        if self.search_field.text().strip():
            self.search_result_activated.emit(highlight_id)
        else:
            self.highlight_activated.emit(highlight_id)

    @Slot(QModelIndex, QModelIndex)
    def on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        highlight_id = current.data(HighlightRole)
        if highlight_id == self._editing:
            return
        self.flush()
        self._editing = highlight_id
        self._session += 1
        source = self.proxy.mapToSource(current)
        note = self.model.highlight(source.row()).note if source.isValid() else ""
        self._set_editor_text(note)
        self.editor.setEnabled(highlight_id is not None)
        self.editor.setPlaceholderText(
            self.tr("Write your note on this passage.")
            if highlight_id is not None
            else self.tr("Select a highlight to write its note.")
        )
        self.saved_label.clear()
        self.terms_label.setText(self.model.terms(highlight_id) if highlight_id else "")
        if highlight_id is not None and not self._speller_requested:
            self._speller_requested = True
            self.speller_needed.emit()

    @Slot(int)
    def on_colour_filter_current_index_changed(self, _index: int) -> None:
        colour = self.colour_filter.currentData()
        self.proxy.setFilterFixedString(str(colour) if colour else "")

    @Slot(str)
    def on_search_field_text_changed(self, text: str) -> None:
        if not text.strip():
            self._show_rows(self._document_rows())
        else:
            self.search_requested.emit(text)  # the window owns the store

    @Slot()
    def on_editor_text_changed(self) -> None:
        self.saved_label.setText(self.tr("Editing…"))
        self._save_timer.start()
