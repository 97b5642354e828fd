"""Marking a long text after it shows: a part at a time, the part on screen first (see
``desktop.reader.marking``), with its progress and Cancel in the status bar after
``PROGRESS_AFTER_MS``. What was found goes to the session when marking ends or is
cancelled."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from desktop.progressbox import ProgressBox
from desktop.reader.marking import ProgressiveMarker
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from glossary.documents.reading import MarkedDocument

PROGRESS_AFTER_MS = 300  # marking that takes longer shows its progress
MARKING = "mark"  # the progress box's task


class MarkingController(QObject):
    """Marks the session's long text in the reader, a part at a time.

    Signals:
        summary_changed(str): what the status bar says while marking.
    """

    summary_changed = Signal(str)

    def __init__(
        self,
        session: DocumentSession,
        reader: ReaderView,
        progress: ProgressBox,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.reader = reader
        self.progress = progress
        self.marker: ProgressiveMarker | None = None

    @property
    def active(self) -> bool:
        """Whether a text is being marked."""
        return self.marker is not None and self.marker.active

    @Slot()
    def cancel(self) -> None:
        """Stop marking the text being left (its results are not wanted any more)."""
        marker = self.marker
        self.marker = None
        if marker is not None:
            marker.stop()
            marker.deleteLater()
        self.progress.finish(MARKING)

    @Slot()
    def on_document_shown(self) -> None:
        """A document is on screen: a long one is marked from the part being read."""
        marked = self.session.marked
        if marked is None or not self.session.marking_later or marked.occurrences:
            return
        self.cancel()
        marker = ProgressiveMarker(
            self.reader, self.session.matcher, marked.document, self.reader.top_offset()
        )
        # Queued: the bar repaints the window at once when its value changes, and that
        # is not to be added to the marker's own turn of the event loop.
        marker.progressed.connect(self.progress.set_value, Qt.ConnectionType.QueuedConnection)
        # The marker is passed along: a late result of a text already left is ignored.
        marker.finished.connect(lambda found, m=marker: self.on_marker_finished(m, found))
        marker.cancelled.connect(lambda found, m=marker: self.on_marker_finished(m, found))
        self.marker = marker
        self.progress.set_value(0)
        self.summary_changed.emit(self.tr("Marking glossary terms…"))
        marker.start()
        QTimer.singleShot(PROGRESS_AFTER_MS, self.show_progress)

    @Slot(bool)
    def on_session_remarked(self, moved: bool) -> None:
        """The glossary changed: a long text is marked again, from the part on screen
        (what was being marked was marked with the glossary before)."""
        if moved and self.session.marking_later:
            self.cancel()
            self.on_document_shown()

    def show_progress(self) -> None:
        if self.active:
            self.progress.start(
                MARKING,
                self.tr("Marking the terms"),
                self.tr("Stop marking the terms"),
                steps=True,
            )

    def on_marker_finished(self, marker: ProgressiveMarker, marked: MarkedDocument) -> None:
        if marker is not self.marker:
            return
        self.marker = None
        marker.deleteLater()  # (it held the text, and all that it found)
        self.progress.finish(MARKING)
        self.session.set_found(marked)

    @Slot(str)
    def on_progress_cancelled(self, task: str) -> None:
        if task == MARKING and self.marker is not None:
            self.marker.cancel()
