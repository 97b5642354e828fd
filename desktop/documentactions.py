"""The main window's document commands (a mixin of :class:`MainWindow`): Open, the
Recent list, drag and drop, the text encoding, the outline (Contents), the Library,
the reading position kept per document, zoom and full screen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QWidget,
)

from desktop import filefilters
from desktop import settings as keys
from desktop.reader.positions import position_map
from desktop.translations import domain_text, problem_text
from glossary.documents.decoding import ENCODINGS
from glossary.documents.find import FIND_LIMIT, TextFinder
from glossary.documents.loading import SUFFIXES, DocumentError, load_document
from glossary.documents.reading import MarkedDocument
from glossary.notes.store import StoreError

if TYPE_CHECKING:
    from desktop.mainwindow import MainWindow
    from desktop.reader.marking import ProgressiveMarker
    from glossary.model import Document, Occurrence

    _Base = MainWindow
else:
    _Base = object

RECENT_MAX = 10
BACKGROUND_BYTES = 3_000_000  # larger files are read off the UI thread
FIND_PAUSE_MS = 250  # in a long text, Find waits for this pause in the typing
PROGRESS_AFTER_MS = 300  # marking that takes longer shows its progress
ZOOM_RANGE = range(-5, 11)  # steps of the text size, as Ctrl+- and Ctrl++ take them
OPENING = "open"  # the key of the job reading a large file


class DocumentActions(_Base):
    """Slots of the window that open documents and set how they are read."""

    def _create_document_actions(self) -> None:
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.library_action = self._action(self.tr("&Library…"), "libraryAction", "Ctrl+L")
        self.library_action.setToolTip(self.tr("Every document you have opened, with your place"))
        self.library_action.setEnabled(self.notes is not None)
        self.contents_action = self._action(self.tr("&Contents…"), "contentsAction", "Ctrl+Shift+O")
        self.contents_action.setToolTip(self.tr("The chapters and headings of the document"))
        self.encoding_menu = QMenu(self.tr("Text &Encoding"), self)
        self.encoding_menu.setObjectName("encodingMenu")
        self.encoding_group = QActionGroup(self)
        for number, (codec, label) in enumerate(ENCODINGS):
            mnemonic = f"&{number} " if number < 10 else ""
            action = self.encoding_menu.addAction(f"{mnemonic}{domain_text(label)}")
            action.setCheckable(True)
            action.setData(codec)
            self.encoding_group.addAction(action)
        self.zoom_in_action = self._action(
            self.tr("Zoom &In"), "zoomInAction", QKeySequence.StandardKey.ZoomIn
        )
        self.zoom_in_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom &Out"), "zoomOutAction", QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_reset_action = self._action(self.tr("&Actual Size"), "zoomResetAction", "Ctrl+0")
        self.full_screen_action = self._action(
            self.tr("&Full Screen"), "fullScreenAction", QKeySequence.StandardKey.FullScreen
        )
        if self.full_screen_action.shortcut().isEmpty():
            self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.full_screen_action.setCheckable(True)
        self.find_action = self._action(
            self.tr("&Find in Text…"), "findAction", QKeySequence.StandardKey.Find
        )
        self.find_action.setToolTip(self.tr("Find words in the text; every match is marked"))
        self._finder: TextFinder | None = None
        self._find_timer = QTimer(self)
        self._find_timer.setSingleShot(True)
        self._find_timer.setInterval(FIND_PAUSE_MS)
        self._find_timer.timeout.connect(self.find_now)
        self._hits: list[tuple[int, int]] = []
        self._hit = -1
        self.marker: ProgressiveMarker | None = None
        self.marking_progress = QWidget(self)
        self.marking_progress.setObjectName("markingProgress")
        self.marking_progress.setAccessibleName(self.tr("Marking the terms"))
        self.marking_bar = QProgressBar(self.marking_progress)
        self.marking_bar.setObjectName("markingBar")
        self.marking_bar.setAccessibleName(self.tr("Terms marked so far"))
        self.marking_bar.setFormat(self.tr("Marking terms… %p%"))
        self.marking_bar.setMaximumWidth(220)
        self.marking_cancel = QPushButton(self.tr("Cancel"), self.marking_progress)
        self.marking_cancel.setObjectName("markingCancelButton")
        self.marking_cancel.setAccessibleName(self.tr("Stop marking the terms"))
        progress_layout = QHBoxLayout(self.marking_progress)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.addWidget(self.marking_bar)
        progress_layout.addWidget(self.marking_cancel)
        self.marking_progress.hide()
        self.preferences_action = self._action(
            self.tr("&Preferences…"), "preferencesAction", QKeySequence.StandardKey.Preferences
        )
        if self.preferences_action.shortcut().isEmpty():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.encoding_label = QLabel(self)
        self.encoding_label.setObjectName("encodingLabel")
        self.encoding_label.setAccessibleName(self.tr("Text encoding"))
        self.encoding_label.setTextFormat(Qt.TextFormat.PlainText)
        self.setAcceptDrops(True)

    def _create_document_menus(
        self, file_menu: QMenu, edit_menu: QMenu, view_menu: QMenu, go_menu: QMenu
    ) -> None:
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        file_menu.insertMenu(self.export_action, self.recent_menu)
        file_menu.insertAction(self.export_action, self.library_action)
        file_menu.insertSeparator(self.export_action)
        go_menu.insertAction(go_menu.actions()[0], self.find_action)
        go_menu.addSeparator()
        go_menu.addAction(self.contents_action)
        view_menu.addSeparator()
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        view_menu.addAction(self.zoom_reset_action)
        view_menu.addAction(self.full_screen_action)
        view_menu.addSeparator()
        view_menu.addMenu(self.encoding_menu)

    def _connect_document_signals(self) -> None:
        self.recent_menu.aboutToShow.connect(self.on_recent_menu_about_to_show)
        self.recent_menu.triggered.connect(self.on_recent_menu_triggered)
        self.library_action.triggered.connect(self.on_library_action_triggered)
        self.contents_action.triggered.connect(self.on_contents_action_triggered)
        self.encoding_group.triggered.connect(self.on_encoding_group_triggered)
        self.zoom_in_action.triggered.connect(lambda: self.zoom_by(1))
        self.zoom_out_action.triggered.connect(lambda: self.zoom_by(-1))
        self.zoom_reset_action.triggered.connect(lambda: self.zoom_by(-self.zoom))
        self.full_screen_action.toggled.connect(self.on_full_screen_action_toggled)
        self.find_action.triggered.connect(self.on_find_action_triggered)
        self.find_bar.query_changed.connect(self.on_find_bar_query_changed)
        self.find_bar.step_requested.connect(self.on_find_bar_step_requested)
        self.find_bar.closed.connect(self.on_find_bar_closed)
        self.statusBar().addPermanentWidget(self.encoding_label)
        self.statusBar().addPermanentWidget(self.marking_progress)
        self.marking_cancel.clicked.connect(self.on_marking_cancel_clicked)
        self.preferences_action.triggered.connect(self.on_preferences_action_triggered)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.on_color_scheme_changed)
        self.zoom = 0
        self.apply_preferences()
        self.zoom_by(self.settings.get(keys.ZOOM))

    # -- preferences -------------------------------------------------------------------

    def apply_preferences(self) -> None:
        """Theme, the text's font, spacing and width, and the languages, as set; the
        place being read stays."""
        from desktop.themes import apply_theme

        place = self.reader.top_offset() if self.marked is not None else 0
        apply_theme(self.settings.get(keys.THEME))
        self.reader.set_reading_style(
            self.settings.get(keys.FONT_FAMILY),
            float(self.settings.get(keys.FONT_SIZE)),
            self.settings.get(keys.LINE_SPACING),
            self.settings.get(keys.TEXT_WIDTH),
        )
        if self.zoom:
            zoom, self.zoom = self.zoom, 0
            self.zoom_by(zoom)  # the chosen size, then the zoom on top of it
        if place:
            self.reader.scroll_to_offset(place)
        self._apply_language(self.settings.get(keys.DEFINITION_FIRST))
        note = self.note_language_actions.get(self.settings.get(keys.NOTE_LANGUAGE))
        if note is not None and not note.isChecked():
            note.trigger()

    @Slot()
    def on_preferences_action_triggered(self) -> None:
        from desktop.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.applied.connect(self.apply_preferences)
        dialog.dictionaries_requested.connect(self.on_dictionaries_action_triggered)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def on_color_scheme_changed(self) -> None:
        if self.settings.get(keys.THEME) == "system":
            from desktop.themes import apply_theme

            apply_theme("system")

    # -- opening --------------------------------------------------------------------------

    def open_file(self, path: Path, encoding: str | None = None) -> bool:
        """Open ``path``; on failure show why and keep the current document. Without
        ``encoding``, the one the reader last chose for this file is used, if any.

        A file over ``BACKGROUND_BYTES`` is read off the UI thread (a 45 MB text takes
        4 s to read and parse): True then means it is being opened; after 300 ms the
        status bar shows so, with Cancel."""
        remembered = self.chosen_encoding(path) if encoding is None else None
        self.jobs.cancel(OPENING)  # a file still being read is not wanted any more
        try:
            large = path.stat().st_size > BACKGROUND_BYTES
        except OSError:
            large = False  # load_document says what is wrong
        if large:
            self.jobs.run(
                lambda: read_document(path, encoding, remembered),
                lambda result: self._on_file_read(path, result),
                key=OPENING,
            )
            QTimer.singleShot(PROGRESS_AFTER_MS, self._show_opening_progress)
            return True
        return self._on_file_read(path, read_document(path, encoding, remembered))

    def _on_file_read(self, path: Path, result: Document | DocumentError) -> bool:
        if self.marker is None:
            self.marking_progress.hide()
        if isinstance(result, DocumentError):
            self.message_bar.show_message(problem_text(result))
            return False
        document = result
        self.show_document(document)
        self.remember_recent(path)
        if document.meta.get("encoding_guessed") == "yes":
            self.message_bar.show_message(
                self.tr(
                    "%1 is not UTF-8: it was read as %2. If letters look wrong, choose "
                    "another in View > Text Encoding."
                )
                .replace("%1", path.name)
                .replace("%2", domain_text(document.meta.get("encoding", "")))
            )
        return True

    def chosen_encoding(self, path: Path) -> str | None:
        if self.notes is None:
            return None
        from glossary.notes.library import Library

        try:
            return Library(self.notes.store).chosen_encoding(path)
        except StoreError:
            return None

    @Slot()
    def on_open_action_triggered(self) -> None:
        folder = self.settings.get(keys.OPEN_FOLDER)
        if not folder and self.marked is not None and self.marked.document.path is not None:
            folder = str(self.marked.document.path.parent)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Document"), folder, filefilters.documents()
        )
        if name:
            self.settings.set(keys.OPEN_FOLDER, str(Path(name).parent))
            self.open_file(Path(name))

    def remember_recent(self, path: Path) -> None:
        recent = [str(path.resolve())] + [
            p for p in self.recent_files() if p != str(path.resolve())
        ]
        self.settings.set(keys.RECENT_FILES, recent[:RECENT_MAX])

    def recent_files(self) -> list[str]:
        return self.settings.get(keys.RECENT_FILES)

    @Slot()
    def on_recent_menu_about_to_show(self) -> None:
        self.recent_menu.clear()
        for n, path in enumerate(self.recent_files(), start=1):
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
        if path:
            self.open_file(Path(path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_file(path)

    # -- how the document is read -----------------------------------------------------------

    # -- marking a long text -------------------------------------------------------------

    def cancel_marking(self) -> None:
        """Stop marking the text being left (its results are not wanted any more)."""
        marker = self.marker
        self.marker = None
        if marker is not None:
            marker.stop()
            marker.deleteLater()
        self.marking_progress.hide()

    def _start_marking(self, document: Document) -> None:
        from desktop.reader.marking import ProgressiveMarker

        marker = ProgressiveMarker(self.reader, self.matcher, document, self.reader.top_offset())
        marker.progressed.connect(self.marking_bar.setValue)
        self.marking_bar.setRange(0, 100)
        self.marking_progress.setAccessibleName(self.tr("Marking the terms"))
        self.marking_cancel.setAccessibleName(self.tr("Stop marking the terms"))
        # The marker is passed along: a late result of a text already left is ignored.
        marker.finished.connect(lambda found, m=marker: self.on_marker_finished(m, found))
        marker.cancelled.connect(lambda found, m=marker: self.on_marker_finished(m, found))
        self.marker = marker
        self.marking_bar.setValue(0)
        self.marks_label.setText(self.tr("Marking glossary terms…"))
        marker.start()
        QTimer.singleShot(PROGRESS_AFTER_MS, self._show_marking_progress)

    def _show_marking_progress(self) -> None:
        if self.marker is not None and self.marker.active:
            self.marking_progress.show()

    def on_marker_finished(self, marker: ProgressiveMarker, occurrences: list[Occurrence]) -> None:
        if marker is not self.marker or self.marked is None:
            return
        self.marker = None
        self.marking_progress.hide()
        self.marked = MarkedDocument(self.marked.document, occurrences)
        self.reader.set_marked(self.marked, self._tooltips(every_entry=True))
        self.panel.set_marked_document(self.marked)
        self._show_marks_summary()
        self.matcher.save_cache()

    def _show_opening_progress(self) -> None:
        if self.jobs.running(OPENING):
            self.marking_bar.setRange(0, 0)  # busy: reading a file has no steps
            self.marking_progress.setAccessibleName(self.tr("Opening the document"))
            self.marking_cancel.setAccessibleName(self.tr("Stop opening the document"))
            self.marking_progress.show()

    @Slot()
    def on_marking_cancel_clicked(self) -> None:
        if self.jobs.running(OPENING):
            self.jobs.cancel(OPENING)  # its result is dropped when it comes
            self.marking_progress.hide()
        elif self.marker is not None:
            self.marker.cancel()

    def document_shown(self, document: Document) -> None:
        """A document is on screen: show its encoding, and go where the reader left it."""
        self.find_again()
        label = document.meta.get("encoding", "")
        label = domain_text(label) if label else ""
        self.encoding_label.setText(label)
        self.encoding_label.setVisible(bool(label))
        codec = document.meta.get("codec", "")
        for action in self.encoding_group.actions():
            action.setChecked(action.data() == codec)
        self.encoding_menu.setEnabled(bool(codec) and document.path is not None)
        self.contents_action.setEnabled(bool(document.outline()))
        if self.notes is not None and self.document_id is not None:
            from glossary.notes.library import Library

            try:
                position = Library(self.notes.store).position(self.document_id)
            except StoreError:
                position = 0
            if position > 0:
                self.reader.scroll_to_offset(position)
        if self.marked is not None and not self.marked.occurrences and len(document.text) > 0:
            from desktop.reader.marking import AT_ONCE_CHARS

            if len(document.text) > AT_ONCE_CHARS:
                self._start_marking(document)

    def save_position(self) -> None:
        """Keep where the reader is in the document shown (before another is shown, and
        when the window closes)."""
        if self.notes is None or self.document_id is None or self.marked is None:
            return
        from glossary.notes.library import Library

        try:
            Library(self.notes.store).set_position(
                self.document_id, self.reader.top_offset(), self.reader.progress()
            )
        except StoreError as exc:
            self.show_problem(problem_text(exc))

    @Slot(QAction)
    def on_encoding_group_triggered(self, action: QAction) -> None:
        if self.marked is None or self.marked.document.path is None:
            return
        self.open_file(self.marked.document.path, str(action.data()))

    def zoom_by(self, steps: int) -> None:
        target = min(max(self.zoom + steps, ZOOM_RANGE.start), ZOOM_RANGE.stop - 1)
        change = target - self.zoom
        if change > 0:
            self.reader.zoomIn(change)
        elif change < 0:
            self.reader.zoomOut(-change)
        self.zoom = target
        self.settings.set(keys.ZOOM, target)

    @Slot(bool)
    def on_full_screen_action_toggled(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    # -- find ------------------------------------------------------------------------------

    @Slot()
    def on_find_action_triggered(self) -> None:
        start, end = self.reader.selection_range()
        selected = self.marked.text[start:end] if self.marked and end - start < 200 else ""
        self.find_bar.open_bar(selected if "\n" not in selected else "")

    @Slot(str)
    def on_find_bar_query_changed(self, query: str) -> None:
        from desktop.reader.marking import AT_ONCE_CHARS

        # In a long text, one search runs once typing pauses, not at every letter.
        if self.marked is not None and len(self.marked.text) > AT_ONCE_CHARS:
            self._find_timer.start()
        else:
            self.find_now()

    def find_now(self) -> None:
        """Find the Find bar's query in the text (every hit marked)."""
        self._find_timer.stop()
        query = self.find_bar.field.text()
        if self.marked is None or not self.find_bar.isVisible():
            return
        if self._finder is None or self._finder.text is not self.marked.text:
            self._finder = TextFinder(self.marked.text)
        self._hits = self._finder.find_all(query, FIND_LIMIT)
        # The first hit at or after the place being read.
        here = self.reader.top_offset()
        self._hit = next((i for i, (s, _e) in enumerate(self._hits) if s >= here), 0)
        self._show_hit(scroll=bool(self._hits))

    @Slot(bool)
    def on_find_bar_step_requested(self, backwards: bool) -> None:
        if self._find_timer.isActive():
            self.find_now()  # Enter before the pause: the hits of what is typed
        if not self._hits:
            return
        self._hit = (self._hit + (-1 if backwards else 1)) % len(self._hits)
        self._show_hit(scroll=True)

    def _show_hit(self, *, scroll: bool) -> None:
        current = self._hit if self._hits else -1
        self.reader.set_find_hits(self._hits, current)
        self.find_bar.show_count(current + 1, len(self._hits), more=len(self._hits) >= FIND_LIMIT)
        if scroll and current >= 0:
            self.reader.show_range(*self._hits[current])
            self.reader.clear_flash()
            # The hit is marked; a selection would call up the highlight bar over it.
            self.reader.clear_selection()
            self.reader.selection_toolbar.hide()

    @Slot()
    def on_find_bar_closed(self) -> None:
        self._find_timer.stop()  # what was typed last is not searched any more
        self._hits = []
        self.reader.set_find_hits([])
        self.reader.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def find_again(self) -> None:
        """A document was shown: the Find bar, if open, finds its query in it."""
        self._finder = None
        if self.find_bar.isVisible():
            self.find_now()
        else:
            self._hits = []
            self.reader.set_find_hits([])

    # -- outline and library ----------------------------------------------------------------

    @Slot()
    def on_contents_action_triggered(self) -> None:
        if self.marked is None:
            return
        from desktop.dialogs.contents import ContentsDialog

        dialog = ContentsDialog(self.marked.document.outline(), self.reader.top_offset(), self)
        dialog.entry_chosen.connect(self.reader.scroll_to_offset)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def on_library_action_triggered(self) -> None:
        if self.notes is None:
            return
        from desktop.dialogs.library import LibraryDialog

        self.save_position()
        dialog = LibraryDialog(self.notes.store, self.document_id, self)
        dialog.document_chosen.connect(self.on_library_document_chosen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot(object)
    def on_library_document_chosen(self, document: object) -> None:
        from glossary.model import Document

        if isinstance(document, Document):
            self.show_document(document)
            if document.path is not None:
                self.remember_recent(document.path)


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local file of a known kind being dropped, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in SUFFIXES else None


def read_document(
    path: Path, encoding: str | None, remembered: str | None = None
) -> Document | DocumentError:
    """The document at ``path``, or why it cannot be opened (no widget is touched: it
    may run off the UI thread). ``encoding``: chosen now; ``remembered``: chosen before
    (see ``glossary.documents.loading.load_document``)."""
    try:
        document = load_document(path, encoding, remembered=remembered)
    except DocumentError as exc:
        return exc
    # Made here, off the UI thread for a large file: its identity and its positions.
    document.sha256  # noqa: B018 (a cached property)
    position_map(document.text)
    return document
