"""Where the reader is in the text and how it is set (a mixin of :class:`ReaderView`):
the offset at the top of the view, how far down it is, the part on screen, going to an
offset, the font, line spacing and line width chosen in Preferences, and the colours
of the theme."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QFont, QKeyEvent, QPalette, QResizeEvent, QShowEvent, QTextCursor
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from desktop.reader.view import ReaderView

    _Base = ReaderView
else:
    _Base = object


class ReadingPlace(_Base):
    def set_reading_style(self, family: str, size: float, line_height: int, width: int) -> None:
        """The text's font (``family`` "" and ``size`` 0: the defaults), its line spacing
        (percent) and the widest a line may be (characters; 0: the window's width).
        The text is laid out again; the place being read stays."""
        font = QFont(self.default_font)
        if family:
            font.setFamily(family)
        if size > 0:
            font.setPointSizeF(size)
        changed = (font, line_height) != (self.font(), self.line_height)
        self.line_height = line_height
        self.text_width = width
        if changed:
            self.setFont(font)
            if self._marked is not None:
                offset = self.top_offset()
                self._relayout()
                self.set_highlights(self._highlights)
                self.scroll_to_offset(offset)
        self._fit_width()

    def _fit_width(self) -> None:
        side = 0
        if self.text_width > 0:
            column = self.fontMetrics().averageCharWidth() * self.text_width + 56
            side = max(0, (self.width() - column) // 2)
        self.setViewportMargins(side, 0, side, 0)

    def top_offset(self) -> int:
        """The document offset of the text at the top of the view (where the reader is)."""
        # A point inside the text: in the page's margin Qt's hit test answers anywhere.
        margin = int(self.document().documentMargin()) + 2
        top = max(2, margin - self.verticalScrollBar().value())
        return self._positions.from_qt(self.cursorForPosition(QPoint(margin, top)).position())

    def progress(self) -> float:
        """How far down the text the view is, 0-1."""
        if self.feeder is not None and not self.feeder.done and self._marked is not None:
            # Not all of it is in yet: the scroll bar spans only what is.
            return min(1.0, self.top_offset() / max(1, len(self._marked.text)))
        bar = self.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def scroll_to_offset(self, offset: int, *, move_cursor: bool = True) -> None:
        """Put the text at ``offset`` at the top of the view (the cursor goes there too,
        unless not ``move_cursor``)."""
        cursor = self.cursor_for(min(max(0, offset), len(self._marked.text) if self._marked else 0))
        if move_cursor:
            self.setTextCursor(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.text_width:
            self._fit_width()
        if self._highlights or self._tints or self._hits or self.drawn:
            self._update_extra_selections()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._colours() != self._laid_out_in:
            # Theme change: quote and mark colours follow the palette; the place stays.
            # (Qt sends one at start-up too, with the same colours: nothing to redo.)
            if self.feeder is not None:
                offset = self.top_offset()  # a long text goes in again from its start
                selected = self.selection_range()
                self._relayout()
                self.setTextCursor(self.cursor_for(*selected))
                self.scroll_to_offset(offset, move_cursor=False)
            else:
                position = self.verticalScrollBar().value()
                self._relayout()
                self.verticalScrollBar().setValue(position)

    def _layout_palette(self) -> QPalette:
        # The application's (a new theme reaches the widget's palette only later),
        # unless the view was given a palette of its own.
        if self.testAttribute(Qt.WidgetAttribute.WA_SetPalette):
            return self.palette()
        return QApplication.palette(self)

    def _colours(self) -> tuple[int, int]:
        """The palette's colours that the laid-out text uses (marks, quotes)."""
        palette = self._layout_palette()
        return (
            palette.color(QPalette.ColorRole.Link).rgba(),
            palette.color(QPalette.ColorRole.PlaceholderText).rgba(),
        )

    def _visible_range(self) -> tuple[int, int]:
        """Document offsets of the text on screen, with a quarter screen's margin each side."""
        if self._marked is None:
            return 0, 0
        if not self.isVisible():
            # All of a short text (it is laid out later); none of a long one, whose
            # marks are drawn once it shows (and whose text may not all be in yet).
            return (0, 0) if self.drawn is not None else (0, len(self._marked.text))
        height = self.viewport().height()
        top = self.cursorForPosition(QPoint(0, -height // 4)).position()
        bottom = self.cursorForPosition(QPoint(self.viewport().width(), height * 5 // 4))
        bottom = bottom.position()
        return self._positions.from_qt(top), self._positions.from_qt(bottom)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.drawn is not None:
            self._update_extra_selections()  # a long text's marks are drawn once shown

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A long text's marks are drawn, not links: Enter opens the one Tab went to.
        key = event.key()
        if self.drawn is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            start, end = self.selection_range()
            occ = self.drawn.at(start)
            if occ is not None and (occ.start, occ.end) == (start, end):
                self.term_activated.emit(occ.entry_id, occ.start)
                return
        # Home and End, with Ctrl or without, go to the top and the very end (a read-only
        # QTextBrowser ignores Ctrl+Home/End; the end of a long text still going in is
        # the end of all of it).
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and plain in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ControlModifier,
        ):
            if key == Qt.Key.Key_End and self.feeder is not None and self._marked is not None:
                self.feeder.feed_to(len(self._marked.text))
            cursor = QTextCursor(self.document())
            if key == Qt.Key.Key_End:
                cursor.movePosition(QTextCursor.MoveOperation.End)
            self.setTextCursor(cursor)  # Tab goes on from there
            bar = self.verticalScrollBar()
            bar.setValue(bar.maximum() if key == Qt.Key.Key_End else bar.minimum())
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.drawn is None:
            return super().focusNextPrevChild(next)  # Tab moves between the links
        start, _end = self.selection_range()
        occ = self.drawn.next_from(start, backwards=not next)
        if occ is not None:
            self.setTextCursor(self.cursor_for(occ.start, occ.end))
            self.ensureCursorVisible()
        return True
