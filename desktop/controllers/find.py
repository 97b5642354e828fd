"""Find in the text (Ctrl+F): every match marked, Enter and Shift+Enter step through
them from the place being read. In a long text the search waits for a pause in the
typing (``FIND_PAUSE_MS``): each letter would search megabytes again; in a text over
``OFF_THREAD_CHARS`` it runs off the UI thread (folding 50 MB for finding takes 1.2 s)."""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QObject, Qt, QTimer, Slot

from desktop.reader.findbar import FindBar
from desktop.reader.marking import AT_ONCE_CHARS
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.workers import Jobs
from glossary.documents.find import FIND_LIMIT, TextFinder

FIND_PAUSE_MS = 250  # in a long text, Find waits for this pause in the typing
OFF_THREAD_CHARS = 2_000_000  # a longer text is searched on a worker
FINDING = "find"  # the key of a search running on a worker


class FindController(QObject):
    """Finds the Find bar's query in the session's text and shows the hits."""

    def __init__(
        self,
        session: DocumentSession,
        reader: ReaderView,
        find_bar: FindBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.reader = reader
        self.find_bar = find_bar
        self._finder: TextFinder | None = None
        self.hits: list[tuple[int, int]] = []
        self._hit = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FIND_PAUSE_MS)
        self._timer.timeout.connect(self.find_now)
        self.jobs = Jobs(self)

    @Slot()
    def open_bar(self) -> None:
        """Ctrl+F: open the bar with the selection (a short one on one line) to find."""
        marked = self.session.marked
        start, end = self.reader.selection_range()
        selected = marked.text[start:end] if marked is not None and end - start < 200 else ""
        self.find_bar.open_bar(selected if "\n" not in selected else "")

    @Slot(str)
    def on_query_changed(self, _query: str) -> None:
        marked = self.session.marked
        # In a long text, one search runs once typing pauses, not at every letter.
        if marked is not None and len(marked.text) > AT_ONCE_CHARS:
            self._timer.start()
        else:
            self.find_now()

    @Slot()
    def find_now(self) -> None:
        """Find the Find bar's query in the text (every hit marked)."""
        self._timer.stop()
        marked = self.session.marked
        if marked is None or not self.find_bar.isVisible():
            return
        if self._finder is None or self._finder.text is not marked.text:
            self._finder = TextFinder(marked.text)
        finder, query = self._finder, self.find_bar.field.text()
        if len(marked.text) > OFF_THREAD_CHARS:
            # The hits come back to the UI thread, unless another search (or another
            # text, or the bar closing) made them stale meanwhile.
            self.jobs.run(
                lambda: finder.find_all(query, FIND_LIMIT),
                lambda hits: self._show_hits(finder, hits),
                key=FINDING,
            )
            return
        self.jobs.cancel(FINDING)
        self._show_hits(finder, finder.find_all(query, FIND_LIMIT))

    def _show_hits(self, finder: TextFinder, hits: list[tuple[int, int]]) -> None:
        if finder is not self._finder:
            return  # of the text shown before
        self.hits = hits
        # The first hit at or after the place being read.
        here = self.reader.top_offset()
        first = bisect_left(hits, (here, -1))
        self._hit = first if first < len(hits) else 0
        self._show_hit(scroll=bool(self.hits))

    @property
    def searching(self) -> bool:
        """Whether a search runs off the UI thread."""
        return self.jobs.running(FINDING)

    @Slot(bool)
    def on_step_requested(self, backwards: bool) -> None:
        if self._timer.isActive():
            self.find_now()  # Enter before the pause: the hits of what is typed
        if not self.hits or self.searching:
            return  # (a search off the UI thread shows its first hit when it ends)
        self._hit = (self._hit + (-1 if backwards else 1)) % len(self.hits)
        self._show_hit(scroll=True)

    def _show_hit(self, *, scroll: bool) -> None:
        current = self._hit if self.hits else -1
        self.reader.set_find_hits(self.hits, current)
        self.find_bar.show_count(current + 1, len(self.hits), more=len(self.hits) >= FIND_LIMIT)
        if scroll and current >= 0:
            # The hit is marked: not selected (a selection would call up the highlight
            # bar over it), nor flashed.
            self.reader.show_range(*self.hits[current], select=False)
            self.reader.clear_selection()
            self.reader.selection_toolbar.hide()

    @Slot()
    def on_closed(self) -> None:
        self._timer.stop()  # what was typed last is not searched any more
        self.jobs.cancel(FINDING)
        self.hits = []
        self.reader.set_find_hits([])
        self.reader.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def on_document_shown(self) -> None:
        """A document was shown: the Find bar, if open, finds its query in it."""
        self._finder = None
        self.jobs.cancel(FINDING)
        if self.find_bar.isVisible():
            self.find_now()
        else:
            self.hits = []
            self.reader.set_find_hits([])
