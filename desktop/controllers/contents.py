"""Go > Contents (Ctrl+Shift+O): the Contents tab of the side panel, kept on the
section being read as the reader scrolls; choosing a section goes there."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QTabWidget

from desktop.panels.contents import ContentsPanel
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession

FOLLOW_MS = 120  # the section is looked up once scrolling pauses this long


class ContentsController(QObject):
    """Fills the Contents tab and keeps its current row on the reader's place.

    Signals:
        shown_changed(bool): whether the Contents tab is the one shown.
    """

    shown_changed = Signal(bool)

    def __init__(
        self,
        session: DocumentSession,
        reader: ReaderView,
        panel: ContentsPanel,
        tabs: QTabWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.reader = reader
        self.panel = panel
        self.tabs = tabs
        self._before = 0  # the tab shown before Contents, to go back to
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FOLLOW_MS)
        self._timer.timeout.connect(self.follow)
        reader.verticalScrollBar().valueChanged.connect(self.on_reader_scrolled)
        tabs.currentChanged.connect(self.on_tabs_current_changed)

    @Slot()
    def on_document_shown(self) -> None:
        document = self.session.document
        self.panel.set_outline(document.outline() if document is not None else [])
        self.follow()

    @Slot(int)
    def on_reader_scrolled(self, _value: int) -> None:
        self._timer.start()

    @Slot()
    def follow(self) -> None:
        """Mark the section at the top of the view."""
        self._timer.stop()
        if self.session.marked is not None:
            self.panel.set_place(self.reader.top_offset())

    @Slot()
    def toggle(self) -> None:
        """Show the Contents tab (its list focused), or the tab shown before it."""
        if self.tabs.currentWidget() is self.panel:
            self.tabs.setCurrentIndex(self._before)
            return
        self._before = self.tabs.currentIndex()
        self.tabs.setCurrentWidget(self.panel)
        self.follow()
        self.panel.focus_list()

    @Slot(int)
    def on_entry_chosen(self, offset: int) -> None:
        self.reader.scroll_to_offset(offset)
        self.follow()

    @Slot(int)
    def on_tabs_current_changed(self, _index: int) -> None:
        self.shown_changed.emit(self.tabs.currentWidget() is self.panel)
