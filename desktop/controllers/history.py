"""Back and Forward (Alt+Left, Alt+Right, the mouse's side buttons, the toolbar): the
entries shown in the Glossary tab and the places jumped to in the text, kept in a
:class:`glossary.history.History` of the document being read."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QTabWidget

from desktop.panels.glossary import GlossaryPanel
from desktop.reader.view import ReaderView
from glossary.history import EntryStep, History, Step


class HistoryController(QObject):
    """Records entries shown and jumps in the text; goes back and forward.

    Signals:
        changed(bool, bool): whether Back, and Forward, can go anywhere now.
    """

    changed = Signal(bool, bool)

    def __init__(
        self,
        reader: ReaderView,
        panel: GlossaryPanel,
        tabs: QTabWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.reader = reader
        self.panel = panel
        self.tabs = tabs
        self.history = History()
        self._moving = False  # going back or forward: what is shown is no new step

    def jumping(self, go: Callable[..., object]) -> Callable[..., None]:
        """``go`` (a jump in the text) made to record where the reader was and where
        it went."""

        def jump(*args: object) -> None:
            here = self.reader.top_offset()
            go(*args)
            if not self._moving:
                self.history.jump(here, self.reader.top_offset())
                self._announce()

        return jump

    @Slot(str)
    def on_entry_shown(self, entry_id: str) -> None:
        if not self._moving and self.history.visit(EntryStep(entry_id)):
            self._announce()

    @Slot()
    def on_document_shown(self) -> None:
        """Another document: its places are not those of the one before."""
        self.history.clear()
        self._announce()

    @Slot()
    def back(self) -> None:
        self._go(self.history.back(self.reader.top_offset()))

    @Slot()
    def forward(self) -> None:
        self._go(self.history.forward(self.reader.top_offset()))

    def _go(self, step: Step | None) -> None:
        if step is None:
            return
        self._moving = True
        try:
            if isinstance(step, EntryStep):
                self.tabs.setCurrentWidget(self.panel)
                self.panel.show_entry(step.entry_id)
            else:
                self.reader.scroll_to_offset(step.offset)
        finally:
            self._moving = False
        self._announce()

    def _announce(self) -> None:
        self.changed.emit(self.history.can_go_back(), self.history.can_go_forward())
