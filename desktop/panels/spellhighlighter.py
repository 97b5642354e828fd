"""Wavy underlines under unknown words of a note, as you type.

The speller's dictionary loads in the background the first time it is needed; the
note is underlined once it is ready.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from desktop.reader.positions import PositionMap
from desktop.workers import Jobs
from glossary.words.spelling import NoteSpeller


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines words the speller does not know.

    Signals:
        ready(): the dictionary has loaded and the text is checked.
    """

    ready = Signal()

    def __init__(self, document: QTextDocument, parent: QObject | None = None) -> None:
        super().__init__(document)
        if parent is not None:
            self.setParent(parent)
        self._speller: NoteSpeller | None = None
        self._jobs = Jobs(self)
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(Qt.GlobalColor.red)

    @property
    def speller(self) -> NoteSpeller | None:
        return self._speller

    def use(self, speller: NoteSpeller) -> None:
        """Check with ``speller``, loading its dictionary off the UI thread first."""
        self._speller = None
        self.rehighlight()

        def load() -> NoteSpeller:
            speller.is_known("a")  # loads the dictionary
            return speller

        # A later choice of language makes this one stale: its speller is dropped.
        self._jobs.run(load, self._on_loaded, key="speller")

    def _on_loaded(self, speller: NoteSpeller) -> None:
        self._speller = speller
        self.rehighlight()
        self.ready.emit()

    def highlightBlock(self, text: str) -> None:
        if self._speller is None:
            return
        positions = PositionMap(text)  # Qt counts UTF-16 units
        for start, end, _word in self._speller.unknown(text):
            first = positions.to_qt(start)
            self.setFormat(first, positions.to_qt(end) - first, self._format)
