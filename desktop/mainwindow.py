"""The main window: reader on the left, glossary panel on the right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import settings as keys
from desktop.documentactions import DocumentActions
from desktop.glossaryactions import GlossaryActions
from desktop.messagebar import MessageBar
from desktop.notesactions import NotesActions
from desktop.panels.glossary import GlossaryPanel
from desktop.panels.notes import NotesPanel
from desktop.panels.vocabulary import VocabularyPanel
from desktop.panels.word import WordPanel
from desktop.reader.findbar import FindBar
from desktop.reader.marking import AT_ONCE_CHARS
from desktop.reader.view import ReaderView, colour_icon
from desktop.richtext import tooltip
from desktop.settings import Settings
from desktop.sharingactions import SharingActions
from desktop.storeadapter import StoreAdapter
from desktop.translations import failure_text, problem_text, shown_labels
from desktop.wordactions import WordActions
from desktop.workers import Jobs
from glossary import __version__
from glossary.documents.reading import MarkedDocument
from glossary.model import Document, Language
from glossary.notes.colours import ColourLabels
from glossary.notes.store import StoreError
from glossary.terms.combined import active_parts, combine
from glossary.terms.glossary import Glossary
from glossary.terms.matching import TermMatcher

if TYPE_CHECKING:
    from desktop.dialogs.trash import TrashDialog
    from desktop.singleinstance import InstanceServer

BACKUP_INTERVAL_MS = 30 * 60 * 1000


class MainWindow(
    DocumentActions, NotesActions, SharingActions, GlossaryActions, WordActions, QMainWindow
):
    """Composes the reader and the glossary panel; owns the actions."""

    def __init__(
        self,
        glossary: Glossary,
        matcher: TermMatcher,
        settings: Settings,
        notes: StoreAdapter | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("Glossary Reader"))
        self.settings = settings
        # Where a note that cannot be saved is kept as a file (beside the settings).
        self.settings_folder = settings.folder
        self.bundled = glossary  # the app's own; self.glossary adds the reader's
        self.glossary = glossary
        self.matcher = matcher
        self.marked: MarkedDocument | None = None
        self.current_entry: str | None = None
        self.notes = notes
        self.document_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self.jobs = Jobs(self, report=lambda exc: self.show_problem(failure_text(exc)))
        self.trash_dialog: TrashDialog | None = None
        self.export_dialog: QDialog | None = None
        self.glossaries_dialog: QDialog | None = None
        self.notes_lock: QLockFile | None = None  # held by the composition root's choice
        self.instance_server: InstanceServer | None = None  # answers later launches
        self.started_up = False  # what waits for the first paint has been done (app.py)
        self._writes_backed_up = 0
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_INTERVAL_MS)
        if notes is not None:
            self.backup_timer.start()

        self.message_bar = MessageBar(self)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("documentTitle")
        self.title_label.setAccessibleName(self.tr("Document title"))
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.title_label.setContentsMargins(30, 10, 30, 0)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.byline_label = QLabel(self)
        self.byline_label.setObjectName("documentByline")
        self.byline_label.setAccessibleName(self.tr("Document source"))
        self.byline_label.setTextFormat(Qt.TextFormat.PlainText)
        self.byline_label.setWordWrap(True)
        self.byline_label.setContentsMargins(30, 0, 30, 0)
        self.byline_label.setForegroundRole(self.byline_label.foregroundRole())
        self.reader = ReaderView(self)

        left = QWidget(self)
        left.setObjectName("readerPane")
        left.setAccessibleName(self.tr("Article"))
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(2)
        left_layout.addWidget(self.message_bar)
        left_layout.addWidget(self.title_label)
        left_layout.addWidget(self.byline_label)
        left_layout.addWidget(self.reader, 1)
        self.find_bar = FindBar(left)
        left_layout.addWidget(self.find_bar)

        self.panel = GlossaryPanel(glossary, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sideTabs")
        self.tabs.setAccessibleName(self.tr("Side panel"))
        self.tabs.addTab(self.panel, self.tr("G&lossary"))
        self.notes_panel = NotesPanel(self)
        self.tabs.addTab(self.notes_panel, self.tr("&Notes"))
        self.word_panel = WordPanel(self)
        self.tabs.addTab(self.word_panel, self.tr("Wo&rd"))
        self.vocabulary_panel = VocabularyPanel(self)
        self.tabs.addTab(self.vocabulary_panel, self.tr("Voca&bulary"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setAccessibleName(self.tr("Article and side panel"))
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._create_actions()
        self._create_menus()
        self._connect_signals()
        self._apply_language(self.settings.get(keys.DEFINITION_FIRST))
        self.setWindowTitle(self.tr("Glossary Reader"))
        self.resize(1280, 800)  # until a saved geometry says otherwise
        self.marks_label = QLabel(self)
        self.marks_label.setObjectName("marksSummary")
        self.marks_label.setAccessibleName(self.tr("Terms marked"))
        self.marks_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.marks_label)
        self.statusBar().setObjectName("statusBar")
        self.statusBar().setAccessibleName(self.tr("Status"))
        self.menuBar().setObjectName("menuBar")
        self.menuBar().setAccessibleName(self.tr("Menu bar"))

    # -- actions and menus --------------------------------------------------------

    def _action(self, text: str, name: str, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.open_action = self._action(
            self.tr("&Open…"), "openAction", QKeySequence.StandardKey.Open
        )
        self.open_action.setToolTip(self.tr("Open a Markdown or text file"))
        self.export_action = self._action(self.tr("&Export…"), "exportAction", "Ctrl+E")
        self.export_action.setToolTip(
            self.tr("Export the notes as a handout, spreadsheet, annotation file or Anki deck")
        )
        self.import_action = self._action(
            self.tr("&Import Annotations…"), "importAction", "Ctrl+Shift+I"
        )
        self.import_action.setToolTip(self.tr("Add the highlights and notes of a shared file"))
        self.quit_action = self._action(self.tr("&Quit"), "quitAction", "Ctrl+Q")
        self.search_action = self._action(self.tr("&Search Glossary"), "searchAction", "Ctrl+K")
        self.next_action = self._action(self.tr("&Next Occurrence"), "nextOccurrenceAction", "F3")
        self.previous_action = self._action(
            self.tr("&Previous Occurrence"), "previousOccurrenceAction", "Shift+F3"
        )
        self.language_group = QActionGroup(self)
        self.indonesian_first_action = self._action(
            self.tr("&Indonesian Definition First"), "indonesianFirstAction"
        )
        self.english_first_action = self._action(
            self.tr("E&nglish Definition First"), "englishFirstAction"
        )
        for action in (self.indonesian_first_action, self.english_first_action):
            action.setCheckable(True)
            self.language_group.addAction(action)
        self.about_action = self._action(self.tr("&About Glossary Reader"), "aboutAction")
        self.add_term_action = self._action(self.tr("&Add Term…"), "addTermAction", "Ctrl+T")
        self.add_term_action.setToolTip(self.tr("Define the selected words in your own glossary"))
        self.edit_term_action = self._action(
            self.tr("&Edit Term…"), "editTermAction", "Ctrl+Shift+T"
        )
        self.edit_term_action.setToolTip(
            self.tr("Edit the entry shown (a bundled entry is copied into your glossary)")
        )
        self.delete_term_action = self._action(self.tr("&Delete Term"), "deleteTermAction")
        self.glossaries_action = self._action(
            self.tr("&Glossaries…"), "glossariesAction", "Ctrl+Shift+G"
        )
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.addActions([self.undo_action, self.redo_action])
        self.highlight_actions: list[QAction] = []
        names = ("Yellow", "Green", "Blue", "Pink", "Purple")
        shown = (self.tr("Yellow"), self.tr("Green"), self.tr("Blue"), self.tr("Pink"))
        shown += (self.tr("Purple"),)
        for colour, name in enumerate(names, start=1):
            action = self._action(
                self.tr("Highlight %1").replace("%1", shown[colour - 1]),
                f"highlight{name}Action",
                f"Ctrl+{colour}",
            )
            action.setData(colour)
            action.setIcon(colour_icon(colour))
            self.highlight_actions.append(action)
        self.note_action = self._action(self.tr("Add or Edit &Note"), "noteAction", "Ctrl+Alt+N")
        self.note_action.setToolTip(self.tr("Highlight the selection if needed and write its note"))
        self.labels_action = self._action(self.tr("Colour &Labels…"), "colourLabelsAction")
        self.trash_action = self._action(self.tr("&Trash…"), "trashAction")
        self.note_language_group = QActionGroup(self)
        self.note_language_actions = {}
        for code, label in (
            ("en", self.tr("Notes in &English")),
            ("id", self.tr("Notes in &Indonesian")),
        ):
            action = self._action(label, f"noteLanguage{code.upper()}Action")
            action.setCheckable(True)
            action.setData(code)
            self.note_language_group.addAction(action)
            self.note_language_actions[code] = action
        self.note_language_actions[self.settings.get(keys.NOTE_LANGUAGE)].setChecked(True)
        self.delete_highlight_action = self._action(
            self.tr("&Delete Highlight"), "deleteHighlightAction", "Ctrl+Shift+Backspace"
        )
        self._create_word_actions()
        self._create_document_actions()

    def _create_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        for action in self.highlight_actions:
            edit_menu.addAction(action)
        edit_menu.addAction(self.note_action)
        edit_menu.addAction(self.delete_highlight_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.labels_action)
        edit_menu.addAction(self.trash_action)
        spelling_menu = edit_menu.addMenu(self.tr("&Spelling of Notes"))
        spelling_menu.addActions(list(self.note_language_actions.values()))
        go_menu = menu_bar.addMenu(self.tr("&Go"))
        go_menu.addAction(self.search_action)
        go_menu.addAction(self.next_action)
        go_menu.addAction(self.previous_action)
        glossary_menu = menu_bar.addMenu(self.tr("Gl&ossary"))
        glossary_menu.addAction(self.add_term_action)
        glossary_menu.addAction(self.edit_term_action)
        glossary_menu.addAction(self.delete_term_action)
        glossary_menu.addSeparator()
        glossary_menu.addAction(self.glossaries_action)
        self._create_word_menu(menu_bar)
        view_menu = menu_bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.indonesian_first_action)
        view_menu.addAction(self.english_first_action)
        self._create_document_menus(file_menu, edit_menu, view_menu, go_menu)
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.export_action)
        toolbar.addSeparator()
        toolbar.addAction(self.search_action)
        toolbar.addAction(self.previous_action)
        toolbar.addAction(self.next_action)

    def _connect_signals(self) -> None:
        self.open_action.triggered.connect(self.on_open_action_triggered)
        self.quit_action.triggered.connect(self.close)
        self.export_action.triggered.connect(self.on_export_action_triggered)
        self.add_term_action.triggered.connect(self.on_add_term_action_triggered)
        self.edit_term_action.triggered.connect(self.on_edit_term_action_triggered)
        self.delete_term_action.triggered.connect(self.on_delete_term_action_triggered)
        self.glossaries_action.triggered.connect(self.on_glossaries_action_triggered)
        self.import_action.triggered.connect(self.on_import_action_triggered)
        self.search_action.triggered.connect(self.panel.focus_search)
        self.next_action.triggered.connect(self.on_next_action_triggered)
        self.previous_action.triggered.connect(self.on_previous_action_triggered)
        self.language_group.triggered.connect(self.on_language_group_triggered)
        self.about_action.triggered.connect(self.on_about_action_triggered)
        for colour, action in enumerate(self.highlight_actions, start=1):
            # The colour goes along: sender() is not to be relied on in PySide mixins.
            action.triggered.connect(lambda _checked=False, c=colour: self.highlight_selection(c))
        self.delete_highlight_action.triggered.connect(self.on_delete_highlight_action_triggered)
        self.note_action.triggered.connect(self.on_note_action_triggered)
        self.reader.set_context_actions(
            [
                *self.highlight_actions,
                self.note_action,
                self.delete_highlight_action,
                self.add_term_action,
                self.lookup_action,
            ]
        )
        self.reader.set_selection_actions([*self.highlight_actions, self.note_action])
        if self.notes is not None:
            self.notes.changed.connect(self.on_notes_changed)
            self.notes.glossaries_changed.connect(self.on_notes_glossaries_changed)
        self.reader.highlight_clicked.connect(self.notes_panel.select)
        self.notes_panel.highlight_activated.connect(self.on_notes_panel_highlight_activated)
        self.backup_timer.timeout.connect(self.on_backup_timer_timeout)
        self.notes_panel.speller_needed.connect(self.on_notes_panel_speller_needed)
        self.notes_panel.editor.word_added.connect(self.on_note_editor_word_added)
        self.note_language_group.triggered.connect(self.on_note_language_group_triggered)
        self.labels_action.triggered.connect(self.on_labels_action_triggered)
        self.trash_action.triggered.connect(self.on_trash_action_triggered)
        self.notes_panel.note_edited.connect(self.on_notes_panel_note_edited)
        self.notes_panel.search_requested.connect(self.on_notes_panel_search_requested)
        self.notes_panel.search_result_activated.connect(
            self.on_notes_panel_search_result_activated
        )
        self.reader.term_activated.connect(self.on_reader_term_activated)
        self.panel.occurrence_requested.connect(self.on_panel_occurrence_requested)
        self.panel.entry_shown.connect(self.on_panel_entry_shown)
        self.panel.leave_requested.connect(self.on_panel_leave_requested)
        self.panel.glossaries_requested.connect(self.on_glossaries_action_triggered)
        self.panel.add_term_requested.connect(self.on_add_term_action_triggered)
        self._connect_word_signals()
        self._connect_document_signals()

    # -- documents ------------------------------------------------------------------

    def show_document(self, document: Document) -> None:
        self.jobs.cancel("open")  # a large file still being read is not wanted any more
        self.notes_panel.flush()  # a note being typed is saved before the switch
        self.save_position()  # of the document being left
        self.message_bar.dismiss()
        self.undo_stack.clear()
        self.document_id = None
        if self.notes is not None:
            try:
                self.document_id, _moved = self.notes.open_document(document)
            except StoreError as exc:
                self.show_problem(problem_text(exc))
        # The glossaries switched on for this document, the reader's own first.
        self._use_glossary(self._glossary_for(self.document_id))
        self.cancel_marking()
        if len(document.text) > AT_ONCE_CHARS:
            # A long text shows at once and is marked a part at a time (desktop.reader.marking).
            self.marked = MarkedDocument(document, [])
            self.reader.show_document(self.marked, self._tooltips(every_entry=True), drawn=True)
        else:
            self.marked = MarkedDocument(document, self.matcher.find(document.text))
            self.matcher.save_cache()
            self.reader.show_document(self.marked, self._tooltips())
        self.panel.set_marked_document(self.marked)
        if self.notes is not None and self.document_id is not None:
            self.notes_panel.set_labels(shown_labels(ColourLabels(self.notes.store).all()))
            self._show_highlights()
        # A title from the metadata header; otherwise the first heading is the title.
        self.title_label.setText(document.meta.get("title", ""))
        self.title_label.setVisible(bool(document.meta.get("title")))
        byline = [document.meta.get(k, "") for k in ("author", "source", "translation")]
        self.byline_label.setText(" · ".join(b for b in byline if b))
        self.byline_label.setVisible(any(byline))
        self.setWindowTitle(f"{document.title} — Glossary Reader")
        self._show_marks_summary()
        self.words_document_changed()
        self.document_shown(document)

    def _glossary_for(self, document_id: int | None) -> Glossary:
        if self.notes is None:
            return self.bundled
        try:
            return combine(active_parts(self.bundled, self.notes.glossaries, document_id))
        except StoreError as exc:
            self.show_problem(problem_text(exc))
            return self.bundled

    def _use_glossary(self, glossary: Glossary) -> None:
        if glossary is not self.glossary:
            self.matcher = self.matcher.updated(glossary)
            self.glossary = glossary
            self.panel.set_glossary(glossary)
            if self.word_lookup is not None:
                self.word_lookup.set_glossary(glossary)

    @Slot()
    def on_notes_glossaries_changed(self) -> None:
        """An own glossary changed (or which are on): mark the text again at once; the
        highlights, the cursor and the scrolling stay."""
        if self.marked is None:
            return
        before = self.matcher
        self._use_glossary(self._glossary_for(self.document_id))
        document = self.marked.document
        if self.matcher is not before and self.matcher.finds_as(before):
            # No form changed (a definition, a note): the marks stay, their tooltips change.
            self.marked = MarkedDocument(document, self.marked.occurrences)
            self.reader.set_tooltips(self._tooltips())
        else:
            if self.matcher is before:
                occurrences = self.matcher.find(document.text)
            else:
                # Only the paragraphs where a changed form stands are searched again.
                occurrences = self.matcher.refind(document, self.marked.occurrences, before)
            self.marked = MarkedDocument(document, occurrences)
            self.reader.update_marks(self.marked, self._tooltips())
        self.panel.set_marked_document(self.marked)
        self._show_highlights()
        self._show_marks_summary()

    def _show_marks_summary(self) -> None:
        assert self.marked is not None
        self.marks_label.setText(
            self.tr("%1 glossary terms marked (%2 entries)")
            .replace("%1", str(len(self.marked.occurrences)))
            .replace("%2", str(len(self.marked.entry_ids())))
        )

    def _tooltips(self, every_entry: bool = False) -> dict[str, str]:
        """Entry id -> tooltip (headword and short definition) in the first language, of
        the entries marked (or of every entry, for a text being marked)."""
        if self.marked is None:
            return {}
        language = self.panel.language
        entries = (
            self.glossary.entries
            if every_entry
            else map(self.glossary.entry, self.marked.entry_ids())
        )
        return {
            entry.id: tooltip(entry.headword(language), entry.short_definition(language))
            for entry in entries
        }

    def show_problem(self, text: str) -> None:
        self.message_bar.show_message(text)

    # -- slots ----------------------------------------------------------------------

    @Slot(str, int)
    def on_reader_term_activated(self, entry_id: str, _start: int) -> None:
        self.current_entry = entry_id
        self.panel.show_entry(entry_id)

    @Slot(str)
    def on_panel_entry_shown(self, entry_id: str) -> None:
        self.current_entry = entry_id

    @Slot(str)
    def on_instance_file_requested(self, path: str) -> None:
        """Another launch of the app asked for ``path`` (or just to be shown)."""
        if path:
            self.open_file(Path(path))
        self.showNormal()
        self.raise_()
        self.activateWindow()

    @Slot()
    def on_panel_leave_requested(self) -> None:
        self.reader.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot(int, int)
    def on_panel_occurrence_requested(self, start: int, end: int) -> None:
        self.reader.show_range(start, end)

    def _step_occurrence(self, backwards: bool) -> None:
        if self.marked is None or self.current_entry is None:
            self.statusBar().showMessage(self.tr("Choose a term first."), 3000)
            return
        offset = self.reader.cursor_offset()
        occ = self.marked.next_of(self.current_entry, offset, backwards=backwards)
        if occ is None:
            self.statusBar().showMessage(self.tr("This term does not occur in the text."), 3000)
            return
        self.reader.show_range(occ.start, occ.end)
        items = self.marked.of_entry(self.current_entry)
        self.statusBar().showMessage(
            self.tr("%1: occurrence %2 of %3")
            .replace("%1", self.glossary.entry(self.current_entry).headword(self.panel.language))
            .replace("%2", str(items.index(occ) + 1))
            .replace("%3", str(len(items))),
            4000,
        )

    @Slot()
    def on_next_action_triggered(self) -> None:
        self._step_occurrence(backwards=False)

    @Slot()
    def on_previous_action_triggered(self) -> None:
        self._step_occurrence(backwards=True)

    @Slot(QAction)
    def on_language_group_triggered(self, action: QAction) -> None:
        language: Language = "en" if action is self.english_first_action else "id"
        self.settings.set(keys.DEFINITION_FIRST, language)
        self._apply_language(language)

    def _apply_language(self, language: Language) -> None:
        target = self.english_first_action if language == "en" else self.indonesian_first_action
        target.setChecked(True)
        self.panel.set_language(language)
        self.reader.set_tooltips(self._tooltips())

    @Slot()
    def on_about_action_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Glossary Reader"),
            self.tr("Glossary Reader %1\nRead an article beside a bilingual glossary.").replace(
                "%1", __version__
            ),
        )

    # -- state ------------------------------------------------------------------------

    def restore_state(self) -> None:
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        for setting, splitter in (
            (keys.SPLITTER_STATE, self.splitter),
            (keys.PANEL_SPLITTER_STATE, self.panel.splitter),
        ):
            state = self.settings.get(setting)
            if not state.isEmpty():
                splitter.restoreState(state)

    def save_state(self) -> None:
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(keys.SPLITTER_STATE, self.splitter.saveState())
        self.settings.set(keys.PANEL_SPLITTER_STATE, self.panel.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.save_position()
        self.close_words()
        self.notes_panel.flush()
        if self.notes is not None:
            self.on_backup_timer_timeout()  # a backup on exit, when anything changed
            self.notes.store.close()  # every write is already committed
            self.notes = None  # late signals (focus leaving the editor) find no store
            self.backup_timer.stop()
        if self.notes_lock is not None:
            self.notes_lock.unlock()
            self.notes_lock = None
        super().closeEvent(event)
