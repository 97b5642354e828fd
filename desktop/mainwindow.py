"""The main window: the text on the left, the side panel (Glossary, Notes, Word,
Vocabulary) on the right, the menus, the toolbar and the status bar.

The window lays widgets out and declares its actions once, in a table; the
composition root (``desktop.app``) builds the session and the controllers with the
window's widgets and hands them to :meth:`MainWindow.attach`, whose one
``_connect_signals`` wires every action, panel and controller. The window does no work
of its own beyond its layout, its state (geometry, splitters) and full screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QEvent, QLockFile, QObject, Qt, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QMouseEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import settings as keys
from desktop.controllers.bundle import Controllers
from desktop.controllers.documents import openable
from desktop.documentheader import DocumentHeader
from desktop.feedback import Feedback
from desktop.icons import app_icon, icon
from desktop.messagebar import MessageBar
from desktop.panels.contents import ContentsPanel
from desktop.panels.glossary import GlossaryPanel
from desktop.panels.notes import NotesPanel
from desktop.panels.vocabulary import VocabularyPanel
from desktop.panels.word import WordPanel
from desktop.progressbox import ProgressBox
from desktop.reader.cardslot import CardSlot
from desktop.reader.findbar import FindBar
from desktop.reader.view import ReaderView, colour_icon
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.translations import domain_text
from glossary import __version__
from glossary.documents.decoding import ENCODINGS
from glossary.model import Language
from glossary.terms.glossary import Glossary
from glossary.words.vocabulary import IGNORED, KNOWN, LEARNING, NEW, STATUS_NAMES

Shortcut = QKeySequence | QKeySequence.StandardKey | str
COLOUR_NAMES = ("Yellow", "Green", "Blue", "Pink", "Purple")


class ActionSpec(NamedTuple):
    """One action of the window: its object name, text, shortcuts (the first the
    platform has), what it does when triggered, and how it shows a state."""

    name: str
    text: str
    shortcuts: tuple[Shortcut, ...]  # the first the platform has is the shortcut
    handler: Callable[[], object] | None  # None: it needs the notes, which are off
    tip: str = ""
    also: tuple[str, ...] = ()  # further shortcuts, always
    checked: bool | None = None  # checkable, and checked now, when not None
    group: str = ""  # one of an exclusive choice (the actions of one group)
    in_text: bool = False  # a bare key: only while the text or the Word tab has the focus
    icon: str = ""  # the name of its icon (desktop.icons), if it has one


def keys_(*shortcuts: Shortcut) -> tuple[Shortcut, ...]:
    return shortcuts


class MainWindow(QMainWindow):
    """Composes the reader and the side panel; declares the actions and menus."""

    def __init__(
        self, settings: Settings, glossary: Glossary, undo_stack: QUndoStack, notes_on: bool
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("Glossary Reader"))
        self.settings = settings
        self.undo_stack = undo_stack
        self.notes_on = notes_on
        self.notes_lock: QLockFile | None = None  # held by the composition root's choice
        self.instance_server: QObject | None = None  # answers later launches (desktop.app)
        self.started_up = False  # what waits for the first paint has been done (app.py)
        self.session: DocumentSession | None = None
        self.controllers: Controllers | None = None
        self._watching_window = False  # its window filtered for the mouse's side buttons
        self.actions_by_name: dict[str, QAction] = {}

        self.message_bar = MessageBar(self)
        self.header = DocumentHeader(self)
        self.reader = ReaderView(self)
        self.find_bar = FindBar(self)
        left = QWidget(self)
        left.setObjectName("readerPane")
        left.setAccessibleName(self.tr("Article"))
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(2)
        left_layout.addWidget(self.message_bar)
        left_layout.addWidget(self.header)
        left_layout.addWidget(self.reader, 1)
        left_layout.addWidget(self.find_bar)
        self.card_slot = CardSlot(self.reader.viewport())  # a word or term clicked: its card

        self.panel = GlossaryPanel(glossary, self)
        self.notes_panel = NotesPanel(self)
        self.word_panel = WordPanel(self)
        self.vocabulary_panel = VocabularyPanel(self)
        self.contents_panel = ContentsPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sideTabs")
        self.tabs.setAccessibleName(self.tr("Side panel"))
        self.tabs.addTab(self.panel, self.tr("G&lossary"))
        self.tabs.addTab(self.notes_panel, self.tr("&Notes"))
        self.tabs.addTab(self.word_panel, self.tr("Wo&rd"))
        self.tabs.addTab(self.vocabulary_panel, self.tr("Voca&bulary"))
        self.tabs.addTab(self.contents_panel, self.tr("&Contents"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setAccessibleName(self.tr("Article and side panel"))
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.marks_label = self._status_label("marksSummary", self.tr("Terms marked"))
        self.encoding_label = self._status_label("encodingLabel", self.tr("Text encoding"))
        self.progress_label = self._status_label("readingProgress", self.tr("Reading progress"))
        self.sync_label = self._status_label("syncStatus", self.tr("Sync"))
        self.progress = ProgressBox(self)
        self.marking_progress = self.progress  # the names the tests and Qt's tree know
        self.marking_cancel = self.progress.cancel_button
        self.statusBar().addPermanentWidget(self.encoding_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.marks_label)
        self.statusBar().addPermanentWidget(self.progress_label)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().setObjectName("statusBar")
        self.statusBar().setAccessibleName(self.tr("Status"))
        self.menuBar().setObjectName("menuBar")
        self.menuBar().setAccessibleName(self.tr("Menu bar"))
        self.feedback = Feedback(self.message_bar, self.statusBar())
        self.setWindowIcon(app_icon())
        self.setWindowTitle(self.tr("Glossary Reader"))
        self.resize(1280, 800)  # until a saved geometry says otherwise
        self.setAcceptDrops(True)

    def _status_label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    # -- actions -----------------------------------------------------------------------------

    def _action_table(self, c: Controllers) -> list[ActionSpec]:
        """Every action of the window, once."""
        key = QKeySequence.StandardKey
        colours = [self.tr("Yellow"), self.tr("Green"), self.tr("Blue"), self.tr("Pink")]
        colours.append(self.tr("Purple"))
        statuses = [self.tr("New"), self.tr("Learning"), self.tr("Known"), self.tr("Ignored")]
        vocabulary = c.vocabulary

        def highlighter(colour: int) -> Callable[[], None]:
            return lambda: c.highlights.highlight_selection(colour)

        def marker(status: int) -> Callable[[], None]:
            return lambda: c.words.set_status(status)

        def definitions(language: Language) -> Callable[[], None]:
            return lambda: c.appearance.set_definition_language(language)

        def spelling(language: Language) -> Callable[[], None]:
            return lambda: c.spelling.set_language(language)

        return [
            # File
            ActionSpec(
                "openAction",
                self.tr("&Open…"),
                keys_(key.Open),
                c.documents.ask_and_open,
                self.tr("Open a Markdown or text file"),
                icon="folder-open",
            ),
            ActionSpec(
                "libraryAction",
                self.tr("&Library…"),
                keys_("Ctrl+L"),
                c.documents.show_library if self.notes_on else None,
                self.tr("Every document you have opened, with your place"),
                icon="library-big",
            ),
            ActionSpec(
                "exportAction",
                self.tr("&Export…"),
                keys_("Ctrl+E"),
                c.sharing.show_export,
                self.tr("Export the notes as a handout, spreadsheet, annotation file or Anki deck"),
                icon="file-output",
            ),
            ActionSpec(
                "importAction",
                self.tr("&Import Annotations…"),
                keys_("Ctrl+Shift+I"),
                c.sharing.ask_and_import,
                self.tr("Add the highlights and notes of a shared file"),
                icon="file-input",
            ),
            ActionSpec(
                "syncNowAction",
                self.tr("S&ync Now"),
                (),
                c.sync.ask if c.sync is not None else None,
                self.tr("Send your changes and merge those of your other devices"),
            ),
            ActionSpec(
                "syncSettingsAction",
                self.tr("Sync &Settings…"),
                (),
                c.sync.show_settings if c.sync is not None else None,
                self.tr("Where your notes sync to: a folder kept in step on every device"),
            ),
            ActionSpec(
                "handInAction",
                self.tr("&Hand In This Document"),
                (),
                c.classes.hand_in if c.classes is not None else None,
                self.tr("Send your notes on this document to your class's teacher"),
            ),
            ActionSpec(
                "handInsAction",
                self.tr("Hand-&ins…"),
                (),
                c.classes.show_hand_ins if c.classes is not None else None,
                self.tr("What the students of a class you publish handed in"),
            ),
            ActionSpec("quitAction", self.tr("&Quit"), keys_("Ctrl+Q"), self.close, icon="log-out"),
            # Edit
            *(
                ActionSpec(
                    f"highlight{name}Action",
                    self.tr("Highlight %1").replace("%1", label),
                    keys_(f"Ctrl+{colour}"),
                    highlighter(colour),
                )
                for colour, (name, label) in enumerate(zip(COLOUR_NAMES, colours, strict=True), 1)
            ),
            ActionSpec(
                "noteAction",
                self.tr("Add or Edit &Note"),
                keys_("Ctrl+Alt+N"),
                c.highlights.write_note,
                self.tr("Highlight the selection if needed and write its note"),
                icon="notebook-pen",
            ),
            ActionSpec(
                "deleteHighlightAction",
                self.tr("&Delete Highlight"),
                keys_("Ctrl+Shift+Backspace"),
                c.highlights.delete_highlight,
                icon="eraser",
            ),
            ActionSpec(
                "colourLabelsAction",
                self.tr("Colour &Labels…"),
                (),
                c.highlights.edit_labels,
                icon="tags",
            ),
            ActionSpec(
                "trashAction", self.tr("&Trash…"), (), c.highlights.show_trash, icon="trash-2"
            ),
            ActionSpec(
                "noteLanguageENAction",
                self.tr("Notes in &English"),
                (),
                spelling("en"),
                checked=c.spelling.language == "en",
                group="noteLanguage",
            ),
            ActionSpec(
                "noteLanguageIDAction",
                self.tr("Notes in &Indonesian"),
                (),
                spelling("id"),
                checked=c.spelling.language == "id",
                group="noteLanguage",
            ),
            ActionSpec(
                "preferencesAction",
                self.tr("&Preferences…"),
                keys_(key.Preferences, "Ctrl+,"),
                c.appearance.show_preferences,
                icon="settings",
            ),
            # Go
            ActionSpec(
                "findAction",
                self.tr("&Find in Text…"),
                keys_(key.Find),
                c.find.open_bar,
                self.tr("Find words in the text; every match is marked"),
                icon="text-search",
            ),
            ActionSpec(
                "searchAction",
                self.tr("&Search Glossary"),
                keys_("Ctrl+K"),
                self.on_search_triggered,
                icon="book-search",
            ),
            ActionSpec(
                "nextOccurrenceAction",
                self.tr("&Next Occurrence"),
                keys_("F3"),
                c.history.jumping(c.terms.next_occurrence),
                icon="chevron-down",
            ),
            ActionSpec(
                "previousOccurrenceAction",
                self.tr("&Previous Occurrence"),
                keys_("Shift+F3"),
                c.history.jumping(c.terms.previous_occurrence),
                icon="chevron-up",
            ),
            ActionSpec(
                "bookmarkAction",
                self.tr("Add &Bookmark"),
                keys_("Ctrl+B"),
                c.bookmarks.toggle if self.notes_on else None,
                self.tr("Bookmark the place you are reading, or remove its bookmark"),
            ),
            ActionSpec(
                "contentsAction",
                self.tr("&Contents"),
                keys_("Ctrl+Shift+O"),
                c.contents.toggle,
                self.tr("Show or hide the chapters and headings of the document"),
                icon="table-of-contents",
            ),
            ActionSpec(
                "goToPageAction",
                self.tr("Go to &Page…"),
                keys_("Ctrl+G"),
                c.history.jumping(c.pages.ask_page),
                self.tr("Go to a page of the document (a PDF)"),
            ),
            ActionSpec(
                "backAction",
                self.tr("&Back"),
                keys_(key.Back, "Alt+Left"),
                c.history.back,
                self.tr("Back to the entry or the place before"),
                icon="arrow-left",
            ),
            ActionSpec(
                "forwardAction",
                self.tr("For&ward"),
                keys_(key.Forward, "Alt+Right"),
                c.history.forward,
                self.tr("Forward again"),
                icon="arrow-right",
            ),
            # Glossary
            ActionSpec(
                "addTermAction",
                self.tr("&Add Term…"),
                keys_("Ctrl+T"),
                c.glossaries.add_term,
                self.tr("Define the selected words in your own glossary"),
                icon="book-plus",
            ),
            ActionSpec(
                "editTermAction",
                self.tr("&Edit Term…"),
                keys_("Ctrl+Shift+T"),
                c.glossaries.edit_term,
                self.tr("Edit the entry shown (a bundled entry is copied into your glossary)"),
                icon="square-pen",
            ),
            ActionSpec(
                "deleteTermAction",
                self.tr("&Delete Term"),
                (),
                c.glossaries.delete_term,
                icon="book-x",
            ),
            ActionSpec(
                "glossariesAction",
                self.tr("&Glossaries…"),
                keys_("Ctrl+Shift+G"),
                c.glossaries.show_glossaries,
                icon="book-a",
            ),
            # Words
            ActionSpec(
                "lookUpWordAction",
                self.tr("&Look Up Word"),
                keys_("Ctrl+D"),
                c.words.look_up_selection,
                self.tr("Show the root and meaning of the selected word"),
                icon="languages",
            ),
            *(
                ActionSpec(
                    f"markWord{STATUS_NAMES[status].capitalize()}Action",
                    self.tr("Mark Word %1").replace("%1", label),
                    keys_(str(status)),
                    marker(status),
                    in_text=True,
                )
                for status, label in zip((NEW, LEARNING, KNOWN, IGNORED), statuses, strict=True)
            ),
            ActionSpec(
                "showStatusAction",
                self.tr("Show Word &Status"),
                (),
                self.on_tints_toggled,
                checked=c.words.show_status,
            ),
            ActionSpec(
                "showUnknownAction",
                self.tr("Show &Unknown Words"),
                (),
                self.on_tints_toggled,
                checked=c.words.show_unknown,
            ),
            ActionSpec(
                "vocabularyAction",
                self.tr("&Vocabulary"),
                keys_("Ctrl+Shift+V"),
                vocabulary.show_panel if vocabulary else None,
                icon="notebook-text",
            ),
            ActionSpec(
                "reviewAction",
                self.tr("&Review Words…"),
                keys_("Ctrl+R"),
                vocabulary.review if vocabulary else None,
                icon="graduation-cap",
            ),
            ActionSpec(
                "exportVocabularyAction",
                self.tr("&Export Vocabulary…"),
                (),
                vocabulary.export if vocabulary else None,
                icon="file-down",
            ),
            ActionSpec(
                "speakWordAction",
                self.tr("S&peak Word"),
                keys_("Ctrl+Shift+S"),
                c.read_aloud.speak_word,
                self.tr("Hear the selection, or the word looked up"),
                icon="volume-2",
            ),
            ActionSpec(
                "speakSentenceAction",
                self.tr("Speak Se&ntence"),
                keys_("Ctrl+Alt+S"),
                c.read_aloud.speak_sentence,
                self.tr("Hear the sentence of the word looked up, or of the cursor"),
            ),
            ActionSpec(
                "dictionariesAction",
                self.tr("&Dictionaries…"),
                (),
                c.words.show_dictionaries,
                icon="book-open",
            ),
            # View
            ActionSpec(
                "indonesianFirstAction",
                self.tr("&Indonesian Definition First"),
                (),
                definitions("id"),
                checked=c.appearance.session.language == "id",
                group="definitions",
            ),
            ActionSpec(
                "englishFirstAction",
                self.tr("E&nglish Definition First"),
                (),
                definitions("en"),
                checked=c.appearance.session.language == "en",
                group="definitions",
            ),
            ActionSpec(
                "zoomInAction",
                self.tr("Zoom &In"),
                keys_(key.ZoomIn),
                c.appearance.zoom_in,
                also=("Ctrl+=",),
                icon="zoom-in",
            ),
            ActionSpec(
                "zoomOutAction",
                self.tr("Zoom &Out"),
                keys_(key.ZoomOut),
                c.appearance.zoom_out,
                icon="zoom-out",
            ),
            ActionSpec(
                "zoomResetAction",
                self.tr("&Actual Size"),
                keys_("Ctrl+0"),
                c.appearance.zoom_reset,
                icon="scan",
            ),
            ActionSpec(
                "originalPageAction",
                self.tr("Show &Original Page"),
                keys_("Ctrl+Shift+P"),
                c.pages.show_original,
                self.tr("The page of a PDF as printed, with its figures and tables"),
            ),
            ActionSpec(
                "fullScreenAction",
                self.tr("&Full Screen"),
                keys_(key.FullScreen, "F11"),
                self.on_full_screen_triggered,
                checked=False,
                icon="fullscreen",
            ),
            ActionSpec(
                "readAloudAction",
                self.tr("&Read Aloud"),
                keys_("Ctrl+Shift+Space"),
                c.read_aloud.toggle_reading,
                self.tr("Read the text aloud from where you are; again to pause and go on"),
                icon="audio-lines",
            ),
            ActionSpec(
                "stopReadingAction",
                self.tr("S&top Reading Aloud"),
                keys_("Ctrl+Alt+Space"),
                c.read_aloud.stop,
            ),
            ActionSpec(
                "caretBrowsingAction",
                self.tr("&Caret Browsing"),
                keys_("F7"),
                self.on_caret_browsing_toggled,
                self.tr("A caret in the text that the arrow keys move; with Shift they select"),
                checked=self.settings.get(keys.CARET_BROWSING),
            ),
            ActionSpec(
                "showClassNotesAction",
                self.tr("Show C&lass Notes"),
                (),
                self.on_class_notes_toggled if c.classes is not None else None,
                self.tr("Underline the notes of the classes you follow beside your own"),
                checked=self.settings.get(keys.SHOW_CLASS_NOTES),
            ),
            # Help
            ActionSpec(
                "shortcutsAction",
                self.tr("&Keyboard Shortcuts"),
                keys_(key.HelpContents, "F1"),
                self.on_shortcuts_triggered,
                self.tr("Every key of the app, to search by action or key"),
                also=("Ctrl+/",),
            ),
            ActionSpec("tourAction", self.tr("Show &Tour"), (), self.show_tour),
            ActionSpec(
                "aboutAction",
                self.tr("&About Glossary Reader"),
                (),
                self.on_about_triggered,
                icon="info",
            ),
        ]

    def _create_actions(self, c: Controllers) -> None:
        groups: dict[str, QActionGroup] = {}
        for spec in self._action_table(c):
            action = QAction(spec.text, self)
            action.setObjectName(spec.name)
            # Standard keys the platform lacks give no sequence: the next one stands in.
            found = [QKeySequence(s) for s in spec.shortcuts]
            sequences = [s for s in found if not s.isEmpty()][:1]
            action.setShortcuts([*sequences, *(QKeySequence(s) for s in spec.also)])
            if spec.tip:
                action.setToolTip(spec.tip)
            if spec.icon:
                action.setIcon(icon(spec.icon))
            if spec.checked is not None:
                action.setCheckable(True)
                action.setChecked(spec.checked)
            if spec.group:
                groups.setdefault(spec.group, QActionGroup(self)).addAction(action)
            if spec.handler is not None:
                # A toggle acts whenever its state changes; a command, or one choice of a
                # group, when the reader triggers it.
                toggle = spec.checked is not None and not spec.group
                signal = action.toggled if toggle else action.triggered
                signal.connect(lambda _checked=False, h=spec.handler: h())
            else:
                action.setEnabled(False)  # it needs the notes, which are off
            if spec.in_text:
                # Bare keys: only while the text or the Word view has the focus, so
                # typing a note or a search is never taken for a status change.
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.reader.addAction(action)
                self.word_panel.addAction(action)
            else:
                self.addAction(action)
            self.actions_by_name[spec.name] = action
        a = self.actions_by_name
        self.open_action, self.export_action = a["openAction"], a["exportAction"]
        self.import_action, self.library_action = a["importAction"], a["libraryAction"]
        self.highlight_actions = [a[f"highlight{n}Action"] for n in COLOUR_NAMES]
        for colour, action in enumerate(self.highlight_actions, start=1):
            action.setData(colour)
            action.setIcon(colour_icon(colour))
        self.note_action = a["noteAction"]
        self.delete_highlight_action = a["deleteHighlightAction"]
        self.find_action, self.contents_action = a["findAction"], a["contentsAction"]
        self.back_action, self.forward_action = a["backAction"], a["forwardAction"]
        self.back_action.setEnabled(False)  # until there is somewhere to go
        self.forward_action.setEnabled(False)
        self.add_term_action, self.edit_term_action = a["addTermAction"], a["editTermAction"]
        self.lookup_action = a["lookUpWordAction"]
        self.preferences_action = a["preferencesAction"]
        self.indonesian_first_action = a["indonesianFirstAction"]
        self.english_first_action = a["englishFirstAction"]
        self.note_language_actions = {
            "en": a["noteLanguageENAction"],
            "id": a["noteLanguageIDAction"],
        }
        self.show_status_action, self.show_unknown_action = (
            a["showStatusAction"],
            a["showUnknownAction"],
        )
        self.full_screen_action = a["fullScreenAction"]
        self.status_actions = {
            status: a[f"markWord{name.capitalize()}Action"] for status, name in STATUS_NAMES.items()
        }
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setIcon(icon("undo-2"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setIcon(icon("redo-2"))
        self.addActions([self.undo_action, self.redo_action])
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.encoding_menu = QMenu(self.tr("Text &Encoding"), self)
        self.encoding_menu.setObjectName("encodingMenu")
        self.encoding_group = QActionGroup(self)
        for number, (codec, label) in enumerate(ENCODINGS):
            mnemonic = f"&{number} " if number < 10 else ""
            action = self.encoding_menu.addAction(f"{mnemonic}{domain_text(label)}")
            action.setCheckable(True)
            action.setData(codec)
            self.encoding_group.addAction(action)

    def action(self, name: str) -> QAction:
        """The window's action of this object name."""
        return self.actions_by_name[name]

    def _create_menus(self) -> None:
        a = self.actions_by_name
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(a["openAction"])
        file_menu.addSeparator()
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(a["libraryAction"])
        file_menu.addSeparator()
        file_menu.addActions([a["exportAction"], a["importAction"]])
        file_menu.addSeparator()
        file_menu.addActions([a["syncNowAction"], a["syncSettingsAction"]])
        class_menu = file_menu.addMenu(self.tr("&Class"))
        class_menu.setObjectName("classMenu")
        class_menu.addActions([a["handInAction"], a["handInsAction"]])
        file_menu.addSeparator()
        file_menu.addAction(a["quitAction"])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([*self.highlight_actions, self.note_action])
        edit_menu.addAction(self.delete_highlight_action)
        edit_menu.addSeparator()
        edit_menu.addActions([a["colourLabelsAction"], a["trashAction"]])
        spelling_menu = edit_menu.addMenu(self.tr("&Spelling of Notes"))
        spelling_menu.addActions(list(self.note_language_actions.values()))
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        go_menu = bar.addMenu(self.tr("&Go"))
        go_menu.addActions([a["backAction"], a["forwardAction"]])
        go_menu.addSeparator()
        go_menu.addActions([a["findAction"], a["searchAction"]])
        go_menu.addActions([a["nextOccurrenceAction"], a["previousOccurrenceAction"]])
        go_menu.addSeparator()
        go_menu.addAction(a["contentsAction"])
        go_menu.addAction(a["goToPageAction"])
        go_menu.addAction(a["bookmarkAction"])
        self.go_menu = go_menu
        glossary_menu = bar.addMenu(self.tr("Gl&ossary"))
        glossary_menu.addActions([a["addTermAction"], a["editTermAction"], a["deleteTermAction"]])
        glossary_menu.addSeparator()
        glossary_menu.addAction(a["glossariesAction"])
        words_menu = bar.addMenu(self.tr("&Words"))
        words_menu.addAction(self.lookup_action)
        words_menu.addActions([a["speakWordAction"], a["speakSentenceAction"]])
        words_menu.addSeparator()
        words_menu.addActions(list(self.status_actions.values()))
        words_menu.addSeparator()
        words_menu.addActions([self.show_status_action, self.show_unknown_action])
        words_menu.addSeparator()
        words_menu.addActions(
            [a["vocabularyAction"], a["reviewAction"], a["exportVocabularyAction"]]
        )
        words_menu.addSeparator()
        words_menu.addAction(a["dictionariesAction"])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.indonesian_first_action, self.english_first_action])
        view_menu.addSeparator()
        view_menu.addActions([a["zoomInAction"], a["zoomOutAction"], a["zoomResetAction"]])
        view_menu.addAction(self.full_screen_action)
        view_menu.addAction(a["originalPageAction"])
        view_menu.addAction(a["caretBrowsingAction"])
        view_menu.addAction(a["showClassNotesAction"])
        view_menu.addSeparator()
        view_menu.addActions([a["readAloudAction"], a["stopReadingAction"]])
        view_menu.addSeparator()
        view_menu.addMenu(self.encoding_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([a["shortcutsAction"], a["tourAction"]])
        help_menu.addSeparator()
        help_menu.addAction(a["aboutAction"])

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        toolbar.addActions([a["backAction"], a["forwardAction"]])
        toolbar.addSeparator()
        toolbar.addActions([a["openAction"], a["libraryAction"], a["exportAction"]])
        toolbar.addSeparator()
        toolbar.addActions(
            [
                a["findAction"],
                a["searchAction"],
                a["previousOccurrenceAction"],
                a["nextOccurrenceAction"],
            ]
        )
        # Arrows speak for themselves: icons only (their names in the tooltips), so the
        # toolbar fits a narrow window, in Indonesian too.
        arrows = ("backAction", "forwardAction", "previousOccurrenceAction", "nextOccurrenceAction")
        for name in arrows:
            a[name].setPriority(QAction.Priority.LowPriority)
        self.reader.set_context_actions(
            [
                *self.highlight_actions,
                self.note_action,
                self.delete_highlight_action,
                self.add_term_action,
                self.lookup_action,
                a["speakWordAction"],
            ]
        )
        self.reader.set_selection_actions([*self.highlight_actions, self.note_action])

    # -- wiring --------------------------------------------------------------------------------

    def attach(self, session: DocumentSession, controllers: Controllers) -> None:
        """Take the session and the controllers built for this window's widgets: make
        the actions and menus, and connect everything."""
        self.session = session
        self.controllers = controllers
        self._create_actions(controllers)
        self._create_menus()
        self._connect_signals(session, controllers)
        self.on_language_changed()

    def _connect_signals(self, session: DocumentSession, c: Controllers) -> None:
        # The session: opening, marking again, the language.
        session.problem.connect(self.feedback.problem)
        session.leaving.connect(c.highlights.flush)  # the note being typed is saved
        session.leaving.connect(c.marking.cancel)
        session.leaving.connect(self.undo_stack.clear)
        session.opened.connect(c.documents.on_session_opened)
        session.remarked.connect(c.documents.on_session_remarked)
        session.remarked.connect(c.marking.on_session_remarked)
        session.found.connect(c.documents.on_session_found)
        session.language_changed.connect(c.documents.on_session_language_changed)
        session.language_changed.connect(c.terms.on_language_changed)
        session.language_changed.connect(self.on_language_changed)
        session.glossary_changed.connect(c.terms.on_glossary_changed)
        session.glossary_changed.connect(c.words.on_glossary_changed)
        session.remarked.connect(c.terms.on_marks_changed)
        session.remarked.connect(c.highlights.show_highlights)
        session.found.connect(c.terms.on_marks_changed)
        # The document on screen: everything that shows a part of it follows.
        c.documents.shown.connect(c.terms.on_marks_changed)
        c.documents.shown.connect(c.highlights.on_document_shown)
        c.documents.shown.connect(c.bookmarks.on_document_shown)
        c.documents.shown.connect(c.words.on_document_shown)
        if c.vocabulary is not None:
            c.documents.shown.connect(c.vocabulary.on_document_shown)
        c.documents.shown.connect(c.find.on_document_shown)
        c.documents.shown.connect(c.marking.on_document_shown)
        c.documents.shown.connect(c.history.on_document_shown)
        c.documents.shown.connect(c.contents.on_document_shown)
        c.documents.shown.connect(c.progress.on_document_shown)
        c.documents.summary_changed.connect(self.marks_label.setText)
        c.marking.summary_changed.connect(self.marks_label.setText)
        c.documents.encoding_changed.connect(self.on_encoding_changed)
        c.documents.outline_available.connect(self.contents_action.setEnabled)
        c.documents.shown.connect(c.pages.on_document_shown)
        c.pages.available.connect(self.action("goToPageAction").setEnabled)
        c.pages.available.connect(self.action("originalPageAction").setEnabled)
        c.documents.title_changed.connect(self.on_title_changed)
        self.progress.cancelled.connect(c.documents.on_progress_cancelled)
        self.progress.cancelled.connect(c.marking.on_progress_cancelled)
        self.recent_menu.aboutToShow.connect(self.on_recent_menu_about_to_show)
        self.recent_menu.triggered.connect(self.on_recent_menu_triggered)
        self.encoding_group.triggered.connect(
            lambda action: c.documents.on_encoding_chosen(str(action.data()))
        )
        # The text.
        self.reader.term_activated.connect(c.terms.on_term_activated)
        self.reader.word_requested.connect(c.words.on_word_requested)
        self.card_slot.keep_requested.connect(c.words.on_card_keep_requested)
        self.card_slot.status_requested.connect(c.words.set_status)
        self.card_slot.panel_requested.connect(c.words.show_in_panel)
        self.card_slot.entry_requested.connect(c.terms.show_entry)
        self.card_slot.speech_requested.connect(c.read_aloud.speak_text)
        self.reader.highlight_clicked.connect(self.notes_panel.select)
        self.find_bar.query_changed.connect(c.find.on_query_changed)
        self.find_bar.step_requested.connect(c.find.on_step_requested)
        self.find_bar.closed.connect(c.find.on_closed)
        # The Glossary tab.
        self.panel.occurrence_requested.connect(c.history.jumping(c.terms.on_occurrence_requested))
        self.panel.entry_shown.connect(c.terms.on_entry_shown)
        self.panel.entry_shown.connect(c.history.on_entry_shown)
        self.panel.leave_requested.connect(c.terms.on_leave_requested)
        self.notes_panel.leave_requested.connect(c.terms.on_leave_requested)
        self.panel.glossaries_requested.connect(c.glossaries.show_glossaries)
        self.panel.add_term_requested.connect(c.glossaries.add_term)
        self.panel.speech_requested.connect(c.read_aloud.speak_text)
        # The Notes tab.
        self.notes_panel.highlight_activated.connect(c.highlights.on_highlight_activated)
        self.notes_panel.note_edited.connect(c.highlights.on_note_edited)
        self.notes_panel.search_requested.connect(c.highlights.search)
        self.notes_panel.search_result_activated.connect(c.highlights.on_search_result_activated)
        self.notes_panel.speller_needed.connect(c.spelling.on_speller_needed)
        self.notes_panel.highlight_delete_requested.connect(c.highlights.delete_highlight_id)
        self.notes_panel.bookmark_activated.connect(c.bookmarks.on_bookmark_activated)
        self.notes_panel.bookmark_delete_requested.connect(c.bookmarks.on_bookmark_delete_requested)
        self.go_menu.aboutToShow.connect(c.bookmarks.refresh_state)
        c.bookmarks.state_changed.connect(self.on_bookmark_state_changed)
        self.notes_panel.editor.word_added.connect(c.spelling.on_word_added)
        c.spelling.language_changed.connect(
            lambda code: self.note_language_actions[code].setChecked(True)
        )
        # The Word and Vocabulary tabs.
        self.word_panel.keep_requested.connect(c.words.on_keep_requested)
        self.word_panel.status_requested.connect(c.words.set_status)
        self.word_panel.range_requested.connect(c.history.jumping(c.terms.on_occurrence_requested))
        self.word_panel.entry_requested.connect(c.terms.show_entry)
        self.word_panel.speech_requested.connect(c.read_aloud.speak_shown_word)
        self.word_panel.sentence_speech_requested.connect(c.read_aloud.speak_shown_sentence)
        self.vocabulary_panel.word_activated.connect(c.words.show_kept_word)
        if c.vocabulary is not None:
            self.vocabulary_panel.gloss_edited.connect(c.vocabulary.on_gloss_edited)
            self.vocabulary_panel.delete_requested.connect(c.vocabulary.delete_word)
            self.vocabulary_panel.review_requested.connect(c.vocabulary.review)
            self.vocabulary_panel.export_requested.connect(c.vocabulary.export)
        # Back and Forward, and the Contents tab.
        c.history.changed.connect(self.on_history_changed)
        self.contents_panel.entry_chosen.connect(c.history.jumping(c.contents.on_entry_chosen))
        # Reading aloud.
        c.read_aloud.state_changed.connect(self.on_read_aloud_state_changed)
        self.on_read_aloud_state_changed(c.read_aloud.state)
        # Preferences and the view.
        c.appearance.applied.connect(c.spelling.on_preferences_applied)
        c.appearance.dictionaries_requested.connect(c.words.show_dictionaries)
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            c.appearance.on_color_scheme_changed
        )
        c.appearance.start()
        if c.sync is not None:
            c.sync.start()
            c.appearance.sync_requested.connect(c.sync.show_settings)
        c.terms.on_language_changed()

    # -- what the window itself shows --------------------------------------------------------------

    @Slot(str)
    def on_read_aloud_state_changed(self, state: str) -> None:
        """Read Aloud's name says what it does next: read, pause or go on."""
        names = {
            "reading": self.tr("Pause &Reading Aloud"),
            "paused": self.tr("Go On &Reading Aloud"),
        }
        self.action("readAloudAction").setText(names.get(state, self.tr("&Read Aloud")))
        self.action("stopReadingAction").setEnabled(state != "idle")

    @Slot()
    def on_language_changed(self) -> None:
        if self.session is not None:
            target = (
                self.english_first_action
                if self.session.language == "en"
                else self.indonesian_first_action
            )
            target.setChecked(True)

    @Slot(bool)
    def on_bookmark_state_changed(self, bookmarked: bool) -> None:
        self.action("bookmarkAction").setText(
            self.tr("Remove &Bookmark") if bookmarked else self.tr("Add &Bookmark")
        )

    @Slot(str)
    def on_title_changed(self, title: str) -> None:
        self.setWindowTitle(f"{title} — Glossary Reader")

    @Slot(str, str, bool)
    def on_encoding_changed(self, label: str, codec: str, choosable: bool) -> None:
        self.encoding_label.setText(label)
        self.encoding_label.setVisible(bool(label))
        for action in self.encoding_group.actions():
            action.setChecked(action.data() == codec)
        self.encoding_menu.setEnabled(choosable)

    @Slot(bool, bool)
    def on_history_changed(self, back: bool, forward: bool) -> None:
        self.back_action.setEnabled(back)
        self.forward_action.setEnabled(forward)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and not self._watching_window:
            # The mouse's Back and Forward buttons, anywhere in the window: its window
            # gets every click before the widget under it does. (A filter on the whole
            # application would see every event of every object, in Python.)
            handle.installEventFilter(self)
            self._watching_window = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The mouse's side buttons go back and forward anywhere in the window.
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and watched is self.windowHandle()
        ):
            button = event.button()
            if button == Qt.MouseButton.BackButton:
                self.back_action.trigger()
                return True
            if button == Qt.MouseButton.ForwardButton:
                self.forward_action.trigger()
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def on_tints_toggled(self) -> None:
        assert self.controllers is not None
        self.controllers.words.set_tints(
            self.show_status_action.isChecked(), self.show_unknown_action.isChecked()
        )

    @Slot()
    def on_recent_menu_about_to_show(self) -> None:
        assert self.controllers is not None
        self.recent_menu.clear()
        for n, path in enumerate(self.controllers.documents.recent_files(), start=1):
            mnemonic = f"&{n} " if n < 10 else ""
            action = self.recent_menu.addAction(f"{mnemonic}{Path(path).name}")
            action.setData(path)
            action.setToolTip(path)
            action.setEnabled(Path(path).is_file())
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent documents")).setEnabled(False)

    @Slot(QAction)
    def on_recent_menu_triggered(self, action: QAction) -> None:
        path = action.data()
        if path and self.controllers is not None:
            self.controllers.documents.open_file(Path(path))

    @Slot()
    def on_full_screen_triggered(self) -> None:
        if self.full_screen_action.isChecked():
            self.showFullScreen()
        else:
            self.showNormal()

    @Slot()
    def on_class_notes_toggled(self) -> None:
        if self.controllers is not None and self.controllers.classes is not None:
            self.controllers.classes.show_layer(
                self.actions_by_name["showClassNotesAction"].isChecked()
            )

    def on_caret_browsing_toggled(self) -> None:
        on = self.actions_by_name["caretBrowsingAction"].isChecked()
        self.reader.caret.set_enabled(on)
        self.settings.set(keys.CARET_BROWSING, on)
        self.feedback.status(
            self.tr("Caret browsing on: the arrow keys move a caret in the text (F7 turns it off)")
            if on
            else self.tr("Caret browsing off: the arrow keys scroll the text")
        )

    @Slot()
    def on_search_triggered(self) -> None:
        """Ctrl+K from any tab: the Glossary tab comes forward with its search field."""
        self.tabs.setCurrentWidget(self.panel)
        self.panel.focus_search()

    @Slot()
    def on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Glossary Reader"),
            self.tr("Glossary Reader %1\nRead an article beside a bilingual glossary.").replace(
                "%1", __version__
            ),
        )

    @Slot()
    def on_shortcuts_triggered(self) -> None:
        """Help > Keyboard Shortcuts: the keys of the actions as they are now."""
        from desktop.dialogs.shortcuts import ShortcutsDialog, all_shortcuts  # (start-up)

        if _raise_open(self.findChildren(ShortcutsDialog)):
            return
        actions = [*self.actions(), *self.reader.actions(), *self.word_panel.actions()]
        dialog = ShortcutsDialog(all_shortcuts(self.menuBar(), actions), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()

    @Slot()
    def show_tour(self) -> None:
        """The tour (Help > Show Tour; the composition root's choice at the first
        start); once it ends, however it ends, it is not offered at start again."""
        from desktop.dialogs.tour import TourDialog  # (start-up: loaded when shown)

        if _raise_open(self.findChildren(TourDialog)):
            return
        tour = TourDialog(self)
        tour.finished.connect(self.on_tour_finished)
        tour.finished.connect(tour.deleteLater)
        tour.show()

    @Slot()
    def on_tour_finished(self) -> None:
        self.settings.set(keys.TOUR_SHOWN, True)
        self.settings.sync()

    @Slot(str)
    def on_instance_file_requested(self, path: str) -> None:
        """Another launch of the app asked for ``path`` (or just to be shown)."""
        if path and self.controllers is not None:
            self.controllers.documents.open_file(Path(path))
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- dropping a file -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is None or self.controllers is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.controllers.documents.open_file(path)

    # -- state ------------------------------------------------------------------------------------

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
        if self.controllers is not None:
            self.controllers.close()
        if self.notes_lock is not None:
            self.notes_lock.unlock()
            self.notes_lock = None
        super().closeEvent(event)


def _raise_open(dialogs: Sequence[QDialog]) -> bool:
    """Whether one of ``dialogs`` is open: then it is brought to the front."""
    for dialog in dialogs:
        if dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return True
    return False


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local file of a known kind being dropped, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if openable(path) else None
