"""The composition root: builds the application, its settings, the glossary, the notes
store and its adapter, the document session, the controllers and the window, and hands
each its dependencies (see docs/architecture.md)."""

from __future__ import annotations

import contextlib
import gc
import linecache
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLockFile,
    QMessageLogContext,
    QStandardPaths,
    QThread,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from desktop import settings as keys
from desktop import translations
from desktop.controllers.appearance import AppearanceController
from desktop.controllers.backups import BackupController
from desktop.controllers.bookmarks import BookmarksController
from desktop.controllers.bundle import Controllers
from desktop.controllers.classes import ClassController
from desktop.controllers.contents import ContentsController
from desktop.controllers.documents import (
    DocumentsController,
    read_document,
    read_in_background,
)
from desktop.controllers.find import FindController
from desktop.controllers.highlights import HighlightsController
from desktop.controllers.history import HistoryController
from desktop.controllers.marking import MarkingController
from desktop.controllers.ownglossaries import OwnGlossariesController
from desktop.controllers.pages import PagesController
from desktop.controllers.progress import ProgressController
from desktop.controllers.readaloud import ReadAloudController
from desktop.controllers.sharing import SharingController
from desktop.controllers.spelling import SpellingController
from desktop.controllers.sync import SyncController
from desktop.controllers.terms import TermsController
from desktop.controllers.vocabulary import VocabularyController
from desktop.controllers.words import WordsController
from desktop.icons import app_icon
from desktop.mainwindow import MainWindow
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.storeadapter import StoreAdapter
from desktop.translations import problem_text
from glossary.atomic import clean_pending, keep_journal_in
from glossary.documents.loading import DocumentError, load_bundled_article
from glossary.model import Document
from glossary.notes.backups import open_store
from glossary.notes.store import StoreError
from glossary.paths import APPLICATION, NOTES_FILE, NOTES_LOCK, ORGANISATION, PENDING_DIR
from glossary.terms.glossary import (
    BUNDLED_NAME,
    Glossary,
    GlossaryError,
    load_bundled_glossary,
    load_glossary,
)
from glossary.terms.matching import TermMatcher

APP_NAME = APPLICATION
ORG_NAME = ORGANISATION
SCREENSHOT_SIZE = (1280, 800)
LOCK_WAIT_MS = 2000
HAND_OVER_WAIT_MS = 5000  # a window that is still starting listens once it has painted


def default_data_dir() -> Path:
    """The platform's app-data folder (needs the application name set)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(app_icon())
    # The desktop entry's name (--install-desktop-entry): docks show its icon and name.
    app.setDesktopFileName("glossary-reader")
    return app


def build_window(
    data_dir: Path,
    file: Path | Document | None = None,
    glossary_paths: list[Path] | None = None,
    notes_lock: QLockFile | None = None,
    lock_wait_ms: int = LOCK_WAIT_MS,
) -> MainWindow:
    """Open settings and glossary and return a window showing ``file`` (a path or an
    already loaded document; by default the bundled article). ``notes_lock``: the notes
    lock, already held by the caller; else it is waited for up to ``lock_wait_ms``.

    Problems with the glossary or the file are shown in the window, which opens anyway.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    keep_journal_in(data_dir / PENDING_DIR)
    clean_pending(data_dir / PENDING_DIR)  # what an export killed half-way left
    settings = Settings(data_dir / "settings.ini")
    # Before any widget exists: every tr() string is looked up as it is built.
    translations.install(settings.get(keys.UI_LANGUAGE))
    problems: list[str] = []
    try:
        cache = data_dir / "cache"
        glossary = (
            load_glossary(glossary_paths, cache)
            if glossary_paths is not None
            else load_bundled_glossary(cache)
        )
        if glossary.name == BUNDLED_NAME:  # shown in the interface's language
            glossary.name = translations.domain_text(BUNDLED_NAME)
    except GlossaryError as exc:
        glossary = Glossary("", (), {})
        problems.append(
            QCoreApplication.translate("App", "The glossary could not be loaded:") + f"\n{exc}"
        )
    matcher = TermMatcher(glossary, stem_cache=data_dir / "cache" / "stems.json")
    notes = None
    # One writer per notes database: the lock is held until the window closes.
    lock = notes_lock or QLockFile(str(data_dir / NOTES_LOCK))
    store = None
    held = notes_lock is not None or lock.tryLock(lock_wait_ms)
    if not held and lock.error() == QLockFile.LockError.LockFailedError:
        problems.append(
            QCoreApplication.translate(
                "App",
                "Another Glossary Reader window is using the notes in this data folder; "
                "highlights and notes are off in this one.",
            )
        )
    elif not held:
        problems.append(
            QCoreApplication.translate(
                "App",
                "The notes in this data folder cannot be locked (is the folder writable?); "
                "highlights and notes are off.",
            )
        )
    else:
        try:
            store, recovered = open_store(data_dir / NOTES_FILE)
        except StoreError as exc:
            # The lock stays held: it also says that this data folder has its window,
            # to which a later launch hands its file.
            problems.append(
                f"{problem_text(exc)} "
                + QCoreApplication.translate(
                    "App", "Highlights and notes are off until this is solved."
                )
            )
    if store is not None:
        notes = StoreAdapter(store)
        if recovered:
            problems.append(problem_text(recovered))
    window = compose(settings, glossary, matcher, notes)
    window.notes_lock = lock if held else None
    assert window.controllers is not None
    documents = window.controllers.documents
    document = file if isinstance(file, Document) else None
    # A large file (or a PDF) is read off the UI thread once the window is up (the article shows
    # meanwhile); a small one before the window shows.
    large = isinstance(file, Path) and file.is_file() and read_in_background(file)
    if isinstance(file, Path) and not large:
        read = read_document(file, None, documents.chosen_encoding(file))
        if isinstance(read, DocumentError):
            problems.append(problem_text(read))
        else:
            document = read
    elif document is not None and document.path is not None:
        # Read before the window (by the command line): the encoding the reader chose
        # for this file before, if any, is used.
        chosen = documents.chosen_encoding(document.path)
        if chosen and chosen != document.meta.get("codec"):
            read = read_document(document.path, None, chosen)
            if not isinstance(read, DocumentError):
                document = read
    if document is None:
        try:
            document = load_bundled_article(data_dir / "cache")
        except DocumentError as exc:
            problems.append(problem_text(exc))
    if document is not None:
        documents.show(document)
        if document.path is not None and isinstance(file, Path | Document) and not large:
            documents.remember_recent(document.path)  # opened from the command line
    if large and isinstance(file, Path):
        documents.open_file(file)
    if problems:
        window.feedback.problem("\n".join(problems))
    return window


def compose(
    settings: Settings, glossary: Glossary, matcher: TermMatcher, notes: StoreAdapter | None
) -> MainWindow:
    """The window with its session and controllers, each given what it works with."""
    undo_stack = QUndoStack()
    window = MainWindow(settings, glossary, undo_stack, notes_on=notes is not None)
    undo_stack.setParent(window)
    if notes is not None:
        notes.setParent(window)
    session = DocumentSession(
        glossary, matcher, notes, settings.get(keys.DEFINITION_FIRST), parent=window
    )
    feedback = window.feedback
    documents = DocumentsController(
        session,
        notes,
        settings,
        window.reader,
        window.header,
        window.progress,
        feedback,
        window,
    )
    highlights = HighlightsController(
        session,
        notes,
        undo_stack,
        window.reader,
        window.notes_panel,
        window.tabs,
        feedback,
        settings.folder,
        documents.open_file,
        window,
    )
    words = WordsController(
        session,
        notes,
        settings,
        undo_stack,
        window.reader,
        window.word_panel,
        window.tabs,
        feedback,
        window,
        window.card_slot,
    )
    read_aloud = ReadAloudController(
        session, window.reader, settings, feedback, words.shown_range, window
    )
    controllers = Controllers(
        documents=documents,
        marking=MarkingController(session, window.reader, window.progress, window),
        find=FindController(session, window.reader, window.find_bar, window),
        appearance=AppearanceController(
            session, settings, window.reader, window, voices=read_aloud.voices
        ),
        terms=TermsController(
            session, window.reader, window.panel, window.tabs, feedback, window, window.card_slot
        ),
        highlights=highlights,
        bookmarks=BookmarksController(
            session, notes, undo_stack, window.reader, window.notes_panel, feedback, window
        ),
        spelling=SpellingController(
            session, notes, settings, window.notes_panel.editor.highlighter, feedback, window
        ),
        glossaries=OwnGlossariesController(
            session, notes, settings, undo_stack, window.reader, window.panel, feedback, window
        ),
        words=words,
        sharing=SharingController(session, notes, settings, feedback, highlights.flush, window),
        vocabulary=None
        if notes is None
        else VocabularyController(
            session,
            notes,
            settings,
            undo_stack,
            window.vocabulary_panel,
            window.tabs,
            feedback,
            window,
        ),
        backups=None if notes is None else BackupController(notes, feedback, window),
        history=HistoryController(window.reader, window.panel, window.tabs, window),
        contents=ContentsController(
            session, window.reader, window.contents_panel, window.tabs, window
        ),
        progress=ProgressController(
            session, window.reader, settings, window.progress_label, parent=window
        ),
        pages=PagesController(session, window.reader, documents.password_for, feedback, window),
        read_aloud=read_aloud,
        sync=None
        if notes is None
        else SyncController(notes, feedback, window.sync_label, window.notes_panel, window),
        classes=None
        if notes is None
        else ClassController(session, notes, settings, window.reader, feedback, window),
    )
    window.attach(session, controllers)
    return window


def quiet_offscreen_messages(kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
    # The offscreen platform says this of every window; it means nothing to a user.
    if "propagateSizeHints" not in text and "does not support raise" not in text:
        print(text, file=sys.stderr)


def _claim_or_hand_over(data_dir: Path, file: Path | None) -> tuple[bool, QLockFile | None]:
    """Whether the window already open on ``data_dir`` took ``file``; else the notes
    lock, when this launch got it (None: another window holds it but did not answer,
    and this one opens with notes off).

    The lock tells whether a window is open without loading QtNetwork; a window that
    is still starting listens only once it has painted, so a launch waits for it.
    """
    lock = QLockFile(str(data_dir / NOTES_LOCK))
    waited = 0
    while not lock.tryLock(0):
        if lock.error() != QLockFile.LockError.LockFailedError:
            return False, None  # it cannot be taken at all (permissions): no window has it
        from desktop.singleinstance import hand_over, server_name

        if hand_over(server_name(data_dir), file):
            return True, None
        if waited >= HAND_OVER_WAIT_MS:
            return False, None
        QThread.msleep(100)
        waited += 100
    return False, lock


def _after_first_paint(window: MainWindow, data_dir: Path) -> None:
    """What waits until the window has painted (done once): the collector, emptying
    the Trash, and answering later launches (only the window that holds the notes lock
    does: another would take the name of the one that has it)."""
    if window.started_up:
        return
    window.started_up = True
    # What start-up loaded (glossaries, their automaton, caches) lives as long as the
    # app: the collector need not walk it again on every later collection, which made
    # each edit of a large glossary pay up to 100 ms more (benchmarks/remark.py). It
    # was off until now (see main.py): start-up makes no garbage worth its time.
    gc.freeze()
    gc.enable()
    notes = window.session.notes if window.session is not None else None
    if notes is not None:
        # What has been in the Trash for 30 days goes: a scan of every highlight (30
        # ms for 100,000) that the first paint need not wait for.
        with contextlib.suppress(StoreError):
            notes.empty_trash()
    if window.notes_lock is None:
        return
    # The local server (QtNetwork) is not needed for the first paint.
    from desktop.singleinstance import InstanceServer, server_name

    window.instance_server = InstanceServer(server_name(data_dir), window)
    window.instance_server.file_requested.connect(window.on_instance_file_requested)


def offer_tour(window: MainWindow) -> bool:
    """Show the tour if this is the very first start: it was never shown, and no
    window was ever saved (a reader of a version before the tour has one). Whether it
    was shown."""
    settings = window.settings
    if settings.get(keys.TOUR_SHOWN) or not settings.get(keys.WINDOW_GEOMETRY).isEmpty():
        return False
    window.show_tour()
    return True


def _peak_rss_kb() -> int:
    """The process's peak resident memory so far in KB (0 where it cannot be read).

    /proc's VmHWM where there is one: on Linux ``ru_maxrss`` keeps, across ``exec``, the
    peak of the process that forked this one."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return 0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run(
    document: Document | None = None,
    data_dir: Path | None = None,
    screenshot: Path | None = None,
    exit_when_painted: bool = False,
) -> int:
    """Run the app; with ``screenshot``, save a PNG of the painted window and exit."""
    # Lines that linecache may keep: PySide6 reads the source of every module imported
    # after it, kept in linecache unless desktop/featurescan.py could stop that (a
    # PySide6 without the hook it replaces). Freed here, the window reuses some of it.
    linecache.clearcache()
    began = time.perf_counter()
    headless = screenshot is not None or exit_when_painted
    if headless and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    if headless:
        qInstallMessageHandler(quiet_offscreen_messages)
    data_dir = data_dir or default_data_dir()
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(
            f"glossary-reader: {data_dir}: cannot be used ({exc.strerror or exc}).", file=sys.stderr
        )
        return 2
    lock = None
    wait = LOCK_WAIT_MS
    if not headless:
        handed, lock = _claim_or_hand_over(data_dir, document.path if document else None)
        if handed:
            return 0  # the window already running on this data folder shows the file
        wait = 0  # waited for already
    window = build_window(data_dir, document, notes_lock=lock, lock_wait_ms=wait)
    if headless:
        window.resize(*SCREENSHOT_SIZE)
        result: list[int] = [0]

        def on_painted() -> None:
            if exit_when_painted:
                # For benchmarks: the wall-clock moment the article was painted, the
                # peak memory, and the ms since the imports were done.
                window_ms = (time.perf_counter() - began) * 1000
                print(f"painted-at {time.time():.6f} {_peak_rss_kb()} {window_ms:.1f}", flush=True)
            if screenshot is not None and not window.grab().save(str(screenshot), "PNG"):
                print(f"glossary-reader: cannot write {screenshot}", file=sys.stderr)
                result[0] = 1
            app.quit()

        window.reader.painted.connect(on_painted)
        # A window that never paints (it should not happen) must not hang a script.
        QTimer.singleShot(30_000, app.quit)
        window.show()
        app.exec()
        return result[0]
    window.restore_state()
    window.reader.painted.connect(lambda: _after_first_paint(window, data_dir))
    # A window that does not paint soon (minimised, say) still answers later launches.
    QTimer.singleShot(HAND_OVER_WAIT_MS // 2, lambda: _after_first_paint(window, data_dir))
    window.show()
    # Only here, where the app starts for a reader: never in a script or a test.
    QTimer.singleShot(0, lambda: offer_tour(window))
    return app.exec()
