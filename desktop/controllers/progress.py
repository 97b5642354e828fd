"""How far the reader is and how long the rest takes at the reader's own pace, in the
status bar ("43% · 6 min left"). The pace (glossary.pace) is learned while the reader
reads and kept in the settings from one session to the next."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QLabel

from desktop import settings as keys
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.settings import Settings
from glossary.pace import Clock, PaceEstimator

REST_MS = 700  # scrolling that pauses this long has come to rest: the place is sampled


class ProgressController(QObject):
    """Samples the place as the reader scrolls; shows the progress in ``label``."""

    def __init__(
        self,
        session: DocumentSession,
        reader: ReaderView,
        settings: Settings,
        label: QLabel,
        clock: Clock = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.reader = reader
        self.settings = settings
        self.label = label
        self.estimator = PaceEstimator(clock, settings.get(keys.READING_PACE))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REST_MS)
        self._timer.timeout.connect(self.on_rest)
        reader.verticalScrollBar().valueChanged.connect(self.on_reader_scrolled)

    @Slot()
    def on_document_shown(self) -> None:
        self.estimator.restart()
        self.on_rest()

    @Slot(int)
    def on_reader_scrolled(self, _value: int) -> None:
        self._timer.start()

    @Slot()
    def on_rest(self) -> None:
        """The view rests: learn from the stretch read, and show where the reader is."""
        self._timer.stop()
        if self.session.marked is None:
            self.label.clear()
            return
        if self.estimator.observe(self.reader.top_offset()):
            self.settings.set(keys.READING_PACE, round(self.estimator.pace))
        self.label.setText(self.text())
        self.label.setToolTip(
            self.tr("The time left at your own pace: about %1 characters a minute").replace(
                "%1", str(int(round(self.estimator.pace, -1)))
            )
        )

    def text(self) -> str:
        """ "43% · 6 min left" for where the reader is now."""
        marked = self.session.marked
        if marked is None:
            return ""
        done = min(1.0, max(0.0, self.reader.progress()))
        percent = self.tr("%1%").replace("%1", str(round(done * 100)))
        document = marked.document
        if document.pages:  # a PDF: the page read too
            page = document.page_at(self.reader.top_offset()) or 1
            where = self.tr("p. %1 of %2").replace("%1", str(page))
            percent = f"{where.replace('%2', str(len(document.pages)))} · {percent}"
        minutes = self.estimator.minutes_left(round(len(marked.text) * (1.0 - done)))
        if minutes <= 0:
            return percent
        if minutes < 60:
            left = self.tr("%1 min left").replace("%1", str(minutes))
        else:
            left = (
                self.tr("%1 h %2 min left")
                .replace("%1", str(minutes // 60))
                .replace("%2", str(minutes % 60))
            )
        return f"{percent} · {left}"
