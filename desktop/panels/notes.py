"""The notes panel: the open document's highlights and bookmarks in text order, a filter
(a colour, or bookmarks), a search over the notes of every document, and an editor for
the selected note.

A note is saved 500 ms after the last keystroke, when the editor loses focus, and when
:meth:`NotesPanel.flush` is called (on switching document and on close).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QPalette,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.panels.conflicts import ConflictBar
from desktop.panels.noteslist import (
    BOOKMARK_FILTER,
    BookmarkRole,
    FilterRole,
    HighlightRole,
    Item,
    NotesDelegate,
    NotesModel,
    Term,
    bookmark_icon,
)
from desktop.panels.spellhighlighter import SpellHighlighter
from desktop.reader.view import colour_icon
from desktop.textfields import leave_window_keys
from glossary.model import Document
from glossary.notes.bookmarks import Bookmark
from glossary.notes.highlights import Highlight

__all__ = ["HighlightRole", "NoteEditor", "NotesModel", "NotesPanel"]

SAVE_DELAY_MS = 500


class NoteEditor(QPlainTextEdit):
    """Plain-text note editor with spelling underlines and suggestions.

    Signals:
        focus_lost(): the editor lost keyboard focus.
        focus_gained(): the editor got keyboard focus.
        word_added(str): "Add to Dictionary" was chosen for this word.
        leave_requested(): Esc: back to the text (the note is saved on the way).
    """

    focus_lost = Signal()
    focus_gained = Signal()
    word_added = Signal(str)
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.highlighter = SpellHighlighter(self.document(), self)
        self._follow_theme()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A keyboard reader's way back to the text, as in the glossary's search field.
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.leave_requested.emit()
            return
        super().keyPressEvent(event)

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
        bookmark_activated(int): go to this bookmark (id).
        bookmark_delete_requested(int): take this bookmark (id) away.
        highlight_delete_requested(int): move this highlight (id) to the Trash.
        leave_requested(): Esc in the note editor: back to the text.
        highlight_selected(int): this highlight (id; -1: none) is now the one shown.
        conflicts_dismissed(int): keep this highlight's note, set its texts from other
            devices aside.
    """

    highlight_activated = Signal(int)
    bookmark_activated = Signal(int)
    bookmark_delete_requested = Signal(int)
    highlight_delete_requested = Signal(int)
    speller_needed = Signal()
    note_edited = Signal(int, str, int)
    search_result_activated = Signal(int)
    search_requested = Signal(str)
    leave_requested = Signal()
    highlight_selected = Signal(int)
    conflicts_dismissed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.setAccessibleName(self.tr("Notes"))
        self._document: Document | None = None
        self._highlights: list[Highlight] = []
        self._bookmarks: list[Bookmark] = []
        self._sections: dict[int, str] = {}  # offset -> the heading above it, this document
        self._labels: dict[int, str] = {}
        self._editing: int | None = None
        self._terms: dict[int, list[Term]] = {}
        self._speller_requested = False
        self._session = 0

        self.search_field = QLineEdit(self)
        leave_window_keys(self.search_field)
        self.search_field.setObjectName("notesSearch")
        self.search_field.setAccessibleName(self.tr("Search the notes of all documents"))
        self.search_field.setPlaceholderText(self.tr("Search all notes"))
        self.search_field.setClearButtonEnabled(True)
        self.colour_filter = QComboBox(self)
        self.colour_filter.setObjectName("notesColourFilter")
        self.colour_filter.setAccessibleName(self.tr("Show highlights of colour, or bookmarks"))

        self.model = NotesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(FilterRole)
        self.list = QListView(self)
        self.list.setObjectName("notesList")
        self.list.setAccessibleName(self.tr("Highlights and bookmarks"))
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(NotesDelegate(self.list))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.installEventFilter(self)

        self.editor = NoteEditor(self)
        self.editor.setObjectName("noteEditor")
        self.editor.leave_requested.connect(self.leave_requested)
        self.editor.setAccessibleName(self.tr("Note"))
        self.editor.setPlaceholderText(self.tr("Select a highlight to write its note."))
        self.editor.setEnabled(False)
        self.conflict_bar = ConflictBar(self)
        self.terms_label = QLabel(self)
        self.terms_label.setObjectName("noteTerms")
        self.terms_label.setAccessibleName(self.tr("Glossary terms in this highlight"))
        self.terms_label.setTextFormat(Qt.TextFormat.PlainText)
        self.terms_label.setWordWrap(True)
        self.terms_button = QToolButton(self)
        self.terms_button.setObjectName("noteTermsDefinitions")
        self.terms_button.setAccessibleName(self.tr("Show the definitions of these terms"))
        self.terms_button.setToolTip(self.tr("Show the definitions of these terms"))
        self.terms_button.setCheckable(True)
        self.terms_button.setArrowType(Qt.ArrowType.RightArrow)
        self.terms_button.setAutoRaise(True)
        self.terms_button.hide()
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
        terms_row = QHBoxLayout()
        terms_row.addWidget(self.terms_button, 0, Qt.AlignmentFlag.AlignTop)
        terms_row.addWidget(self.terms_label, 1)
        lower_layout.addLayout(terms_row)
        lower_layout.addWidget(self.conflict_bar)
        lower_layout.addWidget(self.editor, 1)
        lower_layout.addWidget(self.saved_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("notesSplitter")
        self.splitter.setAccessibleName(self.tr("Highlights, bookmarks and note"))
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
        self.conflict_bar.restore_requested.connect(self.on_conflict_restore_requested)
        self.conflict_bar.dismiss_requested.connect(self.on_conflict_dismiss_requested)
        self.editor.focus_lost.connect(self.flush)
        self.editor.focus_gained.connect(self._new_session)
        self._save_timer.timeout.connect(self.flush)
        self.list.customContextMenuRequested.connect(self.on_list_custom_context_menu_requested)
        self.terms_button.toggled.connect(self._show_terms)

    def set_labels(self, labels: dict[int, str]) -> None:
        self._labels = labels
        self.colour_filter.blockSignals(True)
        current = self.colour_filter.currentData()
        self.colour_filter.clear()
        self.colour_filter.addItem(self.tr("All colours"), 0)
        for colour, label in sorted(labels.items()):
            self.colour_filter.addItem(colour_icon(colour), label, colour)
        self.colour_filter.addItem(
            bookmark_icon(self.palette().color(QPalette.ColorRole.Link)),
            self.tr("Bookmarks"),
            BOOKMARK_FILTER,
        )
        self.colour_filter.setCurrentIndex(max(0, self.colour_filter.findData(current)))
        self.colour_filter.blockSignals(False)

    def show_highlights(
        self,
        document: Document | None,
        highlights: list[Highlight],
        terms: dict[int, list[Term]] | None = None,
    ) -> None:
        """The open document's highlights (search results stay until the field is cleared);
        ``terms`` maps a highlight id to the glossary terms it covers (headword, short
        definition)."""
        if document is not self._document:
            self._sections = {}
        self._document = document
        self._highlights = highlights
        self._terms = terms or {}
        if not self.search_field.text().strip():
            self._show_rows(self._document_rows())

    def show_bookmarks(self, bookmarks: list[Bookmark]) -> None:
        """The open document's bookmarks, listed among its highlights in text order."""
        if not bookmarks and not self._bookmarks:
            return  # (none before, none now: the list stands, 5,000 highlights not sorted again)
        self._bookmarks = bookmarks
        if not self.search_field.text().strip():
            self._show_rows(self._document_rows())

    def show_search_results(self, results: list[tuple[Highlight, str]]) -> None:
        self._show_rows(list(results))

    def _section(self, offset: int) -> str:
        """Where ``offset`` is, as a note's item says it: its section's heading, after
        its page in a paged original (a PDF)."""
        found = self._sections.get(offset)
        if found is None:
            document = self._document
            heading = document.heading_before(offset) if document else None
            found = document.block_text(heading) if heading and document else ""
            page = document.page_at(offset) if document else None
            if page is not None:
                where = self.tr("p. %1").replace("%1", str(page))
                found = f"{where} · {found}" if found else where
            self._sections[offset] = found
        return found

    def _document_rows(self) -> list[tuple[Item, str]]:
        """Highlights and bookmarks in text order (a bookmark before a highlight at the
        same place), orphaned highlights last."""
        keyed: list[tuple[tuple[int, int, int, int], Item]] = [
            ((int(h.orphaned), h.start, 1, h.id), h) for h in self._highlights
        ]
        keyed += [((0, b.position, 0, b.id), b) for b in self._bookmarks]
        keyed.sort(key=lambda pair: pair[0])
        rows: list[tuple[Item, str]] = []
        for _key, item in keyed:
            if isinstance(item, Bookmark):
                rows.append((item, self._section(item.position)))
            else:
                rows.append((item, "" if item.orphaned else self._section(item.start)))
        return rows

    def _show_rows(self, rows: list[tuple[Item, str]]) -> None:
        current = self._editing
        bookmark = self.list.currentIndex().data(BookmarkRole)
        self.model.set_rows(rows, self._labels, self._terms)
        if bookmark is not None and self.model.row_of_bookmark(bookmark) >= 0:
            self.select_bookmark(bookmark)  # still the current one
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
            self._show_terms()
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

    def select_bookmark(self, bookmark_id: int) -> None:
        row = self.model.row_of_bookmark(bookmark_id)
        index = self.proxy.mapFromSource(self.model.index(row)) if row >= 0 else QModelIndex()
        if index.isValid():
            self.list.setCurrentIndex(index)

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

    @Slot(str)
    def on_conflict_restore_requested(self, text: str) -> None:
        """A text from another device becomes the note (Ctrl+Z takes it back)."""
        if self._editing is not None:
            self._set_editor_text(text)
            self.flush()

    @Slot()
    def on_conflict_dismiss_requested(self) -> None:
        if self._editing is not None:
            self.conflicts_dismissed.emit(self._editing)

    def note_saved(self, highlight: Highlight) -> None:
        """The store committed ``highlight``'s note: say so, if it is the one shown."""
        if highlight.id == self._editing:
            self.saved_label.setText(self.tr("Saved"))

    @Slot(QModelIndex)
    def on_list_activated(self, index: QModelIndex) -> None:
        bookmark_id = index.data(BookmarkRole)
        if bookmark_id is not None:
            self.bookmark_activated.emit(bookmark_id)
            return
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
        if highlight_id is not None and highlight_id == self._editing:
            return
        self.flush()
        self._editing = highlight_id
        self._session += 1
        source = self.proxy.mapToSource(current)
        note = self.model.highlight(source.row()).note if highlight_id is not None else ""
        self._set_editor_text(note)
        self.editor.setEnabled(highlight_id is not None)
        self.editor.setPlaceholderText(
            self.tr("Write your note on this passage.")
            if highlight_id is not None
            else self.tr("A bookmark has no note.")
            if current.data(BookmarkRole) is not None
            else self.tr("Select a highlight to write its note.")
        )
        self.saved_label.clear()
        self._show_terms()
        self.conflict_bar.show_conflicts([])
        self.highlight_selected.emit(highlight_id if highlight_id is not None else -1)
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

    @Slot()
    def _show_terms(self) -> None:
        """The glossary terms of the highlight being edited on one line ("Terms: a, b");
        the button beside them shows their short definitions."""
        terms = self.model.terms(self._editing) if self._editing is not None else []
        self.terms_button.setVisible(bool(terms))
        self.terms_label.setVisible(bool(terms))
        expanded = self.terms_button.isChecked()
        self.terms_button.setArrowType(
            Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        )
        if not terms:
            self.terms_label.clear()
        elif expanded:
            self.terms_label.setText("\n".join(f"{h} – {d}" for h, d in terms))
        else:
            headwords = ", ".join(h for h, _ in terms)
            self.terms_label.setText(self.tr("Terms: %1").replace("%1", headwords))

    def _delete(self, index: QModelIndex) -> bool:
        """Ask for the item at ``index`` to be deleted; whether there was one."""
        bookmark_id = index.data(BookmarkRole)
        highlight_id = index.data(HighlightRole)
        if bookmark_id is not None:
            self.bookmark_delete_requested.emit(bookmark_id)
        elif highlight_id is not None:
            self.highlight_delete_requested.emit(highlight_id)
        return bookmark_id is not None or highlight_id is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            return self._delete(self.list.currentIndex())
        return super().eventFilter(watched, event)

    @Slot(QPoint)
    def on_list_custom_context_menu_requested(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.setObjectName("notesListMenu")
        is_bookmark = index.data(BookmarkRole) is not None
        go = menu.addAction(self.tr("Go to Bookmark") if is_bookmark else self.tr("Show in Text"))
        go.triggered.connect(partial(self.on_list_activated, index))
        delete = menu.addAction(
            self.tr("Delete Bookmark") if is_bookmark else self.tr("Delete Highlight")
        )
        delete.triggered.connect(partial(self._delete, index))
        menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()
