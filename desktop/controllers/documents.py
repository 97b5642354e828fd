"""Opening documents and showing them: File > Open, Open Recent, drag and drop, the
text encoding, the Library, and the place the reader left each document.

A file over ``BACKGROUND_BYTES``, and every PDF, is read off the UI thread; the status
bar says it is opening after ``PROGRESS_AFTER_MS`` (a PDF: how many of its pages are
read), with Cancel. A PDF that needs a password asks for it. The session opens the document; this
controller lays it out in the reader, goes to where the reader left it, and then says
it is ``shown``.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from desktop import filefilters
from desktop import settings as keys
from desktop.documentheader import DocumentHeader
from desktop.feedback import Feedback
from desktop.openfolder import open_folder
from desktop.progressbox import ProgressBox
from desktop.reader.positions import position_map
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.storeadapter import StoreAdapter
from desktop.translations import domain_text, problem_text
from desktop.workers import Jobs, without_full_collections
from glossary.documents.errors import PasswordNeeded
from glossary.documents.loading import PDF_SUFFIXES, SUFFIXES, DocumentError, load_document
from glossary.model import Document
from glossary.notes.store import StoreError

RECENT_MAX = 10
BACKGROUND_BYTES = 1_500_000  # larger files are read off the UI thread (3 MB took 90 ms)
PROGRESS_AFTER_MS = 300  # reading that takes longer shows its progress
OPENING = "open"  # the key of the job reading a large file, and its progress
FREEZE_BLOCKS = 100_000  # a document of this many blocks is left out of collections


def read_document(
    path: Path,
    encoding: str | None,
    remembered: str | None = None,
    *,
    password: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Document | DocumentError:
    """The document at ``path``, or why it cannot be opened (no widget is touched: it
    may run off the UI thread). ``encoding``: chosen now; ``remembered``: chosen before;
    ``password``: a PDF's; ``progress``: told as a PDF's pages are read (see
    ``glossary.documents.loading.load_document``)."""
    # A long text's million blocks would make each full collection walk them all.
    with without_full_collections():
        try:
            document = load_document(
                path, encoding, remembered=remembered, password=password, progress=progress
            )
        except DocumentError as exc:
            return exc
        # Made here, off the UI thread for a large file: its identity, its positions,
        # where its blocks start and its outline.
        document.sha256  # noqa: B018 (a cached property)
        document.block_starts  # noqa: B018 (a cached property)
        document.outline()
        position_map(document.text)
        if len(document.blocks) >= FREEZE_BLOCKS:
            # What was made lives as long as the document: no later full collection
            # (on the UI thread, perhaps) need walk it. (The app froze what start-up
            # made the same way, desktop.app.)
            gc.freeze()
    return document


def openable(path: Path) -> bool:
    """Whether ``path`` names a kind of document the app reads (by its suffix)."""
    return path.suffix.lower() in SUFFIXES


def read_in_background(path: Path) -> bool:
    """Whether ``path`` is read off the UI thread: a large file, and every PDF (a page
    takes PDFium 2 ms: a course reader of 300 pages, 0.6 s)."""
    if path.suffix.lower() in PDF_SUFFIXES:
        return True
    try:
        return path.stat().st_size > BACKGROUND_BYTES
    except OSError:
        return False  # load_document says what is wrong


class _PagesRead(QObject):
    """Tells the UI thread, from the one reading a PDF, how many pages are read."""

    told = Signal(int, int)


class _Stopped(Exception):
    """The reader stopped the opening (Cancel, or another file opened meanwhile)."""


class DocumentsController(QObject):
    """Opens documents into the session and shows them in the reader.

    Signals:
        shown(): the open document is laid out in the reader, at the reader's place.
        summary_changed(str): how many terms are marked, for the status bar.
        encoding_changed(str, str, bool): the encoding's name as shown, its codec, and
            whether another may be chosen (a text file read from disk).
        outline_available(bool): whether the document has chapters or headings.
        title_changed(str): the document's title, for the window's.
    """

    shown = Signal()
    summary_changed = Signal(str)
    encoding_changed = Signal(str, str, bool)
    outline_available = Signal(bool)
    title_changed = Signal(str)

    def __init__(
        self,
        session: DocumentSession,
        notes: StoreAdapter | None,
        settings: Settings,
        reader: ReaderView,
        header: DocumentHeader,
        progress: ProgressBox,
        feedback: Feedback,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.session = session
        self.notes = notes
        self.settings = settings
        self.reader = reader
        self.header = header
        self.progress = progress
        self.feedback = feedback
        self.dialog_parent = dialog_parent
        self.jobs = Jobs(self, report=feedback.failure)
        self._pages = (0, 0)  # a PDF's pages read so far, before the progress shows
        # The passwords that opened PDFs in this session, to draw their pages again;
        # kept in memory only.
        self._passwords: dict[Path, str] = {}

    # -- opening ----------------------------------------------------------------------------

    def open_file(
        self, path: Path, encoding: str | None = None, *, password: str | None = None
    ) -> bool:
        """Open ``path``; on failure show why and keep the current document. Without
        ``encoding``, the one the reader last chose for this file is used, if any;
        ``password`` opens an encrypted PDF.

        A file over ``BACKGROUND_BYTES``, and a PDF, is read off the UI thread (a 49 MB
        text takes 1 s to read and parse): True then means it is being opened."""
        remembered = self.chosen_encoding(path) if encoding is None else None
        self.jobs.cancel(OPENING)  # a file still being read is not wanted any more
        self._pages = (0, 0)
        if read_in_background(path):
            ticket = self.jobs.ticket(OPENING)
            pages = _PagesRead(self)
            pages.told.connect(self._on_pages_read)

            def progress(done: int, total: int) -> None:
                if ticket.stale:
                    raise _Stopped  # (the reading stops: its result is not wanted)
                pages.told.emit(done, total)

            self.jobs.run(
                lambda: read_document(
                    path, encoding, remembered, password=password, progress=progress
                ),
                lambda result: self._on_file_read(path, result, password),
                ticket=ticket,
            )
            QTimer.singleShot(PROGRESS_AFTER_MS, self.show_opening_progress)
            return True
        return self._on_file_read(path, read_document(path, encoding, remembered))

    @Slot(int, int)
    def _on_pages_read(self, done: int, total: int) -> None:
        self._pages = (done, total)
        if self.progress.task == OPENING and total:
            self.progress.set_value(round(100 * done / total))

    def _on_file_read(
        self, path: Path, result: Document | DocumentError, password: str | None = None
    ) -> bool:
        self.progress.finish(OPENING)
        if isinstance(result, PasswordNeeded) and (password is None or result.wrong):
            return self._ask_password(path, result)
        if isinstance(result, DocumentError):
            self.feedback.problem(problem_text(result))
            return False
        if password:
            self._passwords[path] = password
        self.show(result)
        self.remember_recent(path)
        if result.meta.get("encoding_guessed") == "yes":
            self.feedback.problem(
                self.tr(
                    "%1 is not UTF-8: it was read as %2. If letters look wrong, choose "
                    "another in View > Text Encoding."
                )
                .replace("%1", path.name)
                .replace("%2", domain_text(result.meta.get("encoding", "")))
            )
        return True

    def show(self, document: Document) -> None:
        """Read ``document`` from now on (already read from its file)."""
        self.jobs.cancel(OPENING)  # a large file still being read is not wanted any more
        self.progress.finish(OPENING)
        self.save_position()  # of the document being left
        self.feedback.dismiss()
        self.session.open(document)

    def password_for(self, path: Path) -> str | None:
        """The password that opened the PDF at ``path`` in this session, if one did."""
        return self._passwords.get(path)

    def chosen_encoding(self, path: Path) -> str | None:
        """The encoding the reader last chose for the file at ``path``, if any."""
        if self.notes is None:
            return None
        try:
            return self.notes.library.chosen_encoding(path)
        except StoreError:
            return None

    def _ask_password(self, path: Path, asked: PasswordNeeded) -> bool:
        """Ask for the password of the PDF at ``path`` (once more if the one given was
        wrong), and open it with it; the password is kept nowhere."""
        label = self.tr("%1 is protected by a password. Password:").replace("%1", path.name)
        if asked.wrong:
            label = self.tr("That password does not open %1. Password:").replace("%1", path.name)
        password, given = QInputDialog.getText(
            self.dialog_parent,
            self.tr("Password"),
            label,
            QLineEdit.EchoMode.Password,
        )
        if not given or not password:
            self.feedback.problem(problem_text(asked))
            return False
        return self.open_file(path, password=password)

    def show_opening_progress(self) -> None:
        """A large file is still being read: say so, with Cancel (a PDF: how many of its
        pages are read)."""
        if self.jobs.running(OPENING):
            done, total = self._pages
            self.progress.start(
                OPENING,
                self.tr("Opening the document"),
                self.tr("Stop opening the document"),
                steps=total > 0,
                label=self.tr("Reading pages… %p%"),
            )
            if total:
                self.progress.set_value(round(100 * done / total))

    @Slot(str)
    def on_progress_cancelled(self, task: str) -> None:
        if task == OPENING:
            self.jobs.cancel(OPENING)  # its result is dropped when it comes

    @Slot()
    def ask_and_open(self) -> None:
        """File > Open: ask for a file and open it."""
        folder = open_folder(self.recent_files(), self.settings.get(keys.OPEN_FOLDER))
        name, _ = QFileDialog.getOpenFileName(
            self.dialog_parent,
            QCoreApplication.translate("DocumentsController", "Open Document"),
            folder,
            filefilters.documents(),
        )
        if name:
            self.settings.set(keys.OPEN_FOLDER, str(Path(name).parent))
            self.open_file(Path(name))

    @Slot(str)
    def on_encoding_chosen(self, codec: str) -> None:
        """View > Text Encoding: read the file again in ``codec``."""
        document = self.session.document
        if document is not None and document.path is not None:
            self.open_file(document.path, codec)

    # -- the Recent list --------------------------------------------------------------------

    def remember_recent(self, path: Path) -> None:
        here = str(path.resolve())
        recent = [here] + [p for p in self.recent_files() if p != here]
        self.settings.set(keys.RECENT_FILES, recent[:RECENT_MAX])

    def recent_files(self) -> list[str]:
        return self.settings.get(keys.RECENT_FILES)

    # -- showing it ---------------------------------------------------------------------------

    @Slot()
    def on_session_opened(self) -> None:
        marked = self.session.marked
        assert marked is not None
        document = marked.document
        self.reader.show_document(marked, self.session.tooltips(), drawn=self.session.marking_later)
        self.header.show_document(document)
        self.title_changed.emit(document.title)
        self._show_summary()
        label = document.meta.get("encoding", "")
        codec = document.meta.get("codec", "")
        self.encoding_changed.emit(
            domain_text(label) if label else "", codec, bool(codec) and document.path is not None
        )
        self.outline_available.emit(bool(document.outline()))
        if self.session.place > 0:
            self.reader.scroll_to_offset(self.session.place)
        self.shown.emit()

    @Slot(bool)
    def on_session_remarked(self, moved: bool) -> None:
        marked = self.session.marked
        assert marked is not None
        if moved:
            self.reader.update_marks(marked, self.session.tooltips())
        else:
            self.reader.set_tooltips(self.session.tooltips())
        self._show_summary()

    @Slot()
    def on_session_found(self) -> None:
        marked = self.session.marked
        assert marked is not None
        # The marks found were drawn as they came.
        self.reader.set_marked(marked, self.session.tooltips(every_entry=True), drawn=True)
        self._show_summary()

    @Slot()
    def on_session_language_changed(self) -> None:
        self.reader.set_tooltips(self.session.tooltips())

    def _show_summary(self) -> None:
        marked = self.session.marked
        assert marked is not None
        self.summary_changed.emit(
            self.tr("%1 glossary terms marked (%2 entries)")
            .replace("%1", str(len(marked.occurrences)))
            .replace("%2", str(len(marked.entry_ids())))
        )

    # -- the place the reader left -------------------------------------------------------------

    def save_position(self) -> None:
        """Keep where the reader is in the document shown (before another is shown, and
        when the window closes)."""
        if self.notes is None or self.session.document_id is None or self.session.marked is None:
            return
        try:
            self.notes.set_position(
                self.session.document_id, self.reader.top_offset(), self.reader.progress()
            )
        except StoreError as exc:
            self.feedback.problem(problem_text(exc))

    # -- the Library ----------------------------------------------------------------

    @Slot()
    def show_library(self) -> None:
        if self.notes is None:
            return
        from desktop.dialogs.library import LibraryDialog

        self.save_position()
        dialog = LibraryDialog(self.notes, self.session.document_id, self.dialog_parent)
        dialog.document_chosen.connect(self.on_library_document_chosen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot(object)
    def on_library_document_chosen(self, document: object) -> None:
        if isinstance(document, Document):
            self.show(document)
            if document.path is not None:
                self.remember_recent(document.path)
