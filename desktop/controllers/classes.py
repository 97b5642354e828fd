"""A class that reads together, in the window: the teacher's notes on the open document
(the layer of a class the reader follows) underlined in their own style beside the
reader's own highlights, shown or hidden from View > Show Class Notes. Handing in and a
teacher's hand-ins (File > Class) are :mod:`desktop.controllers.handins`, loaded when
first used.

Setting a class up (publishing, subscribing) is the command line's (``glossary-reader
class publish|subscribe``); the classes are refreshed with each sync. The work is the
domain's (:mod:`glossary.sync.classes`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

from desktop import settings as keys
from desktop.feedback import Feedback
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.storeadapter import Changes, StoreAdapter

if TYPE_CHECKING:
    from desktop.controllers.handins import HandInsController


AFTER_PAINT_MS = 300


class ClassController(QObject):
    """Shows a followed class's layer on the open document, hands in, lists hand-ins."""

    def __init__(
        self,
        session: DocumentSession,
        notes: StoreAdapter,
        settings: Settings,
        reader: ReaderView,
        feedback: Feedback,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.notes = notes
        self.settings = settings
        self.reader = reader
        self.feedback = feedback
        self.dialog_parent = parent
        self._work: HandInsController | None = None  # made when first used
        self.shown = settings.get(keys.SHOW_CLASS_NOTES)
        # Nothing of classes is loaded before the first paint (start-up is a budget):
        # the layer of the document opened at start comes a moment after.
        self._started = False
        self._closed = False
        self._begin = QTimer(self)
        self._begin.setSingleShot(True)
        self._begin.setInterval(AFTER_PAINT_MS)
        self._begin.timeout.connect(self.begin)
        reader.painted.connect(self._begin.start)
        session.opened.connect(self.reload)
        notes.changed.connect(self.on_notes_changed)

    def close(self) -> None:
        """The window closes: nothing more is read or sent."""
        self._begin.stop()
        self._started = False
        self._closed = True
        if self._work is not None:
            self._work.close()

    @Slot()
    def begin(self) -> None:
        if not self._started and not self._closed:
            self._started = True  # (later paints start the timer to no effect)
            self.reload()

    # -- the layer ---------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        """Underline the layer of the classes followed on the open document (if shown)."""
        if not self._started:
            return
        document = self.session.document
        found = []
        if self.shown and document is not None:
            from glossary.notes.errors import StoreError

            try:
                # (A reader in no class reads nothing more as a document opens.)
                in_classes = self.notes.in_classes()
                notes = self.notes.class_notes(document.sha256) if in_classes else []
            except StoreError as exc:
                self.feedback.failure(exc)
                notes = []
            found = [
                (
                    note.start,
                    note.end,
                    f"{note.teacher}: {note.note}" if note.note else note.teacher,
                )
                for note in notes
                if 0 <= note.start < note.end <= len(document.text)
            ]
        self.reader.set_class_notes(found)

    @Slot(object)
    def on_notes_changed(self, changes: Changes) -> None:
        if changes.merged:  # a sync brought the classes' files in too
            self.reload()

    @Slot(bool)
    def show_layer(self, shown: bool) -> None:
        """View > Show Class Notes."""
        self.shown = shown
        self.settings.set(keys.SHOW_CLASS_NOTES, shown)
        self.reload()
        if shown and not self.reader.class_notes() and self.session.document is not None:
            self.feedback.status(self.tr("No class you follow has notes on this document."), 5000)

    # -- handing in, and the hand-ins (loaded when first used: start-up is a budget) ------------

    def work(self) -> HandInsController:
        if self._work is None:
            from desktop.controllers.handins import HandInsController

            self._work = HandInsController(
                self.session, self.notes, self.settings, self.feedback, self.dialog_parent
            )
        return self._work

    @Slot()
    def hand_in(self) -> None:
        """File > Class > Hand In This Document."""
        self.work().hand_in()

    @Slot()
    def show_hand_ins(self) -> None:
        """File > Class > Hand-ins…"""
        self.work().show_hand_ins()
