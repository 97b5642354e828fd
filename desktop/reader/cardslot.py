"""Where the word card lives in the reader: the card is built the first time a word or
a term is shown on it, not with the window (start-up builds only what its first paint
shows; the card and its module cost about 1.5 MB that most sessions start without).

The slot stands for the card from the start: the window connects to its signals and
the controllers ask it for the card, so nothing needs to know whether it is built yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # loaded with the first card shown
    from desktop.reader.wordcard import WordCard


class CardSlot(QObject):
    """The card beside a word or term of ``viewport`` (the reader's), built on demand.

    Signals (the card's, passed on): keep_requested(), status_requested(int),
    panel_requested(), entry_requested(str), speech_requested(str, str): see
    :class:`~desktop.reader.wordcard.WordCard`.
    """

    keep_requested = Signal()
    status_requested = Signal(int)
    panel_requested = Signal()
    entry_requested = Signal(str)
    speech_requested = Signal(str, str)

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self._viewport = viewport
        self._card: WordCard | None = None

    @property
    def built(self) -> WordCard | None:
        """The card if it has been built (shown at least once), else None."""
        return self._card

    @property
    def shown(self) -> WordCard | None:
        """The card if it is showing, else None."""
        card = self._card
        return card if card is not None and card.isVisible() else None

    def card(self) -> WordCard:
        """The card, built now if it was not yet."""
        if self._card is None:
            from desktop.reader.wordcard import WordCard

            card = WordCard(self._viewport)
            card.keep_requested.connect(self.keep_requested)
            card.status_requested.connect(self.status_requested)
            card.panel_requested.connect(self.panel_requested)
            card.entry_requested.connect(self.entry_requested)
            card.speech_requested.connect(self.speech_requested)
            self._card = card
        return self._card
