"""The reader: shows a document's text with its glossary terms marked, the reader's
highlights, Find's hits and the words' tints; knows where the reader is in it and sets
it in the font, spacing and width chosen in Preferences.

The QTextDocument holds exactly the document's plain text (a long text's goes in a
part at a time, desktop.reader.feeder: until it is all in, it holds the beginning of
it): every block is inserted as plain text and blocks are separated by one character,
as in :class:`glossary.model.Document`. Offsets from the domain go through a
:class:`~desktop.reader.positions.WindowMap` (Qt counts UTF-16 units; a long text's
document holds a window of it, which moves as the reader scrolls or jumps).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSizeF, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QTextBrowser,
    QTextEdit,
    QToolTip,
    QWidget,
)

from desktop.reader.caret import ReaderCaret
from desktop.reader.disposer import PART_CHARS as DISPOSE_CHARS
from desktop.reader.disposer import DocumentDisposer
from desktop.reader.drawnmarks import DrawnMarks
from desktop.reader.feeder import TextFeeder
from desktop.reader.layout import LINE_HEIGHT, block_formats, format_range, lay_out, paint_spans
from desktop.reader.positions import PositionMap, WindowMap, position_map
from desktop.reader.selectionbar import SelectionToolbar, colour_icon, highlight_colour
from desktop.richtext import note_tooltip
from glossary.documents.reading import MarkChoice, MarkedDocument, MarkMode
from glossary.model import Block, Document, Occurrence
from glossary.notes.highlights import Highlight
from glossary.words.boundaries import snap_to_words

TERM_SCHEME = "term"
__all__ = ["ReaderView", "colour_icon", "highlight_colour", "term_url"]
FLASH_MS = 900
TINT_UNDERLINE_DARKER = 170  # a tint drawn as an underline, inside a highlight
FIND_HIT = QColor(255, 150, 50, 110)  # every hit of Find
FIND_CURRENT = QColor(230, 90, 0, 150)  # the one gone to (text on it readable in every theme)
FLASH = QColor(255, 200, 0, 90)  # a passage gone to, for a moment
SPOKEN = QColor(80, 100, 220, 70)  # the sentence read aloud (readable over every highlight)
# A teacher's notes (a class's layer): a wavy underline of their own over the faintest
# tint, so that they show beside the reader's highlights (whose colours are strong
# fills) and are never taken for one.
CLASS_NOTE = QColor(0, 140, 120)
CLASS_NOTE_TINT = QColor(0, 140, 120, 28)
SELECTION_REST_MS = 250
LEAD_CHARS = 30_000  # a long text's window put at a place starts this much before it
SLIDE_CHARS = 60_000  # put in before a long text's window at a time
WINDOW_PX = 2_000_000  # a window's height: Qt lays out none past 8,388,607 pixels
WINDOW_RANGE = (500_000, 12_000_000)  # characters
# What a line of text is measured in: letters as often as a paragraph has them.
MEASURE_SAMPLE = "Perusahaan kecerdasan buatan itu tumbuh pesat, kata para ekonom di Beijing."


def term_url(start: int) -> QUrl:
    """A mark's link names where its occurrence starts: it stays right when marks
    elsewhere come or go (see ReaderView.update_marks)."""
    return QUrl(f"{TERM_SCHEME}:{start}")


class ReaderView(QTextBrowser):
    """Read-only view of a marked document.

    Signals:
        term_activated(str, int): a marked term was clicked or activated with the
            keyboard: entry id and the occurrence's start offset.
        highlight_clicked(int): a click (not a drag, not on a term) landed on a highlight;
            it is now selected in the text.
        painted(): the document with its marks has been painted once.
        word_requested(int, int): a word was double-clicked (its start and end offsets).
    """

    term_activated = Signal(str, int)
    word_requested = Signal(int, int)
    highlight_clicked = Signal(int)
    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerView")
        self.setAccessibleName(self.tr("Article text"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.document().setDocumentMargin(28)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.15)
        self.setFont(font)
        self.default_font = QFont(font)
        self.line_height = LINE_HEIGHT
        self.text_width = 0  # characters; 0: as wide as the view
        self._marked: MarkedDocument | None = None
        self._positions = WindowMap(PositionMap(""))
        self._tooltips: dict[str, str] = {}
        self._flash: list[QTextEdit.ExtraSelection] = []
        self._spoken: list[QTextEdit.ExtraSelection] = []  # the sentence read aloud
        # A class's layer: (start, end, what its tooltip says), in text order.
        self._class_notes: list[tuple[int, int, str]] = []
        self._highlights: list[Highlight] = []
        self._highlight_starts: list[int] = []
        self._longest_highlight = 0
        self._highlight_spans: list[tuple[int, int, QColor]] = []  # painted, Qt positions
        self._drawn_range = (-1, -1)
        self.drawn: DrawnMarks | None = None  # marks drawn, not written (a long text)
        self.feeder: TextFeeder | None = None  # puts a long text in a part at a time
        self.disposer = DocumentDisposer(self)  # puts a long text's document away
        # A long text's window moves once a scroll has come to rest near its edge.
        self._slide_timer = QTimer(self)
        self._slide_timer.setSingleShot(True)
        self._slide_timer.setInterval(0)
        self._slide_timer.timeout.connect(self.slide)
        self._laid_out_in: tuple[int, int] = (0, 0)  # the colours of the last layout
        self._window_limit = 0  # a long text's window, in characters (0: not measured)
        # The offset put at the top last, the scroll bar's value then, and the text.
        self._pinned: tuple[int, int, MarkedDocument | None] = (0, -1, None)
        # Find hits (sorted), and the one gone to.
        self._hits: list[tuple[int, int]] = []
        self._hit_starts: list[int] = []
        self._current_hit = -1
        # Word status tints of a range of the text: (start, end, colour) for each word.
        self._tints: Callable[[int, int], list[tuple[int, int, QColor]]] | None = None
        self._context_actions: list[QAction] = []
        # Which occurrences are underlined (Preferences), and the one under the pointer
        # ("only when I hover").
        self._mark_mode: MarkMode = "first"
        self._choice: MarkChoice | None = None
        self._hovered: Occurrence | None = None
        self.caret = ReaderCaret(self)  # keyboard selection, caret browsing (F7)
        self.selection_toolbar = SelectionToolbar(self.viewport())
        # True while the reader's own mouse or keys change the selection: only such a
        # selection brings the floating bar, never one made by the app (F3, a search).
        self._reader_selecting = False
        self._word_clicked = False  # a double-click chose a word
        self._paint_pending = False
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self.clear_flash)
        # Owned by the view, so that it cannot fire after the view is gone.
        self._painted_timer = QTimer(self)
        self._painted_timer.setSingleShot(True)
        self._painted_timer.setInterval(0)
        self._painted_timer.timeout.connect(self.painted)
        self.anchorClicked.connect(self.on_anchor_clicked)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self._painted_timer.timeout.connect(self._fit_window)
        self._toolbar_timer = QTimer(self)
        self._toolbar_timer.setSingleShot(True)
        self._toolbar_timer.setInterval(SELECTION_REST_MS)
        self._toolbar_timer.timeout.connect(self._on_toolbar_timer_timeout)
        self.selectionChanged.connect(self._on_selection_changed)
        self.caret.selected.connect(self._toolbar_timer.start)
        # The margins beside the centred column are the page's colour, not the window's.
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

    @property
    def marked(self) -> MarkedDocument | None:
        return self._marked

    def show_document(
        self, marked: MarkedDocument, tooltips: dict[str, str], drawn: bool = False
    ) -> None:
        """Lay out ``marked`` and mark its occurrences; ``tooltips`` maps entry id to text
        (of every entry that may be marked). ``drawn``: a long text, whose marks are
        drawn near the screen as they are found (:meth:`add_drawn_marks`)."""
        # What the text read before leaves (a million occurrences) goes a part at a time.
        if self._marked is not None and self._marked is not marked:
            self.disposer.let_go(self._marked.holders())
        if self.drawn is not None:
            self.disposer.let_go([self.drawn.occurrences, self.drawn.starts])
        self.drawn = DrawnMarks(marked.occurrences, ordered=True) if drawn else None
        self._marked = marked
        self._choose(marked)
        self._highlights = []
        self._highlight_starts = []
        self._highlight_spans = []
        self._tooltips = tooltips
        self._positions = WindowMap(position_map(marked.text))
        self._relayout()
        # A new document starts at its beginning, with the cursor there too. (Setting the
        # cursor of a long text would make Qt lay all of it out at once: its fresh
        # document has the cursor at the start already.)
        if self.drawn is None or self.textCursor().position() != 0:
            self.setTextCursor(QTextCursor(self.document()))
        self.verticalScrollBar().setValue(0)

    def _relayout(self, at: int = 0) -> None:
        """Lay the text out again (a long one's window from a little before ``at``)."""
        if self.feeder is not None:
            self.feeder.close()  # before its document goes
            self.feeder.deleteLater()
            self.feeder = None
        if self._marked is None:
            return
        self._laid_out_in = self._colours()
        self._flash = []
        self._spoken = []
        if self.drawn is not None:
            # A long text fills a fresh document before the view shows it: the view's
            # cursor then starts at the top, and Qt lays the text out as it is read
            # (moving a cursor in a filled document makes Qt lay all of it out).
            doc = self._fresh_document()
            self._prepare(doc)
            self._lay_out(doc, self._marked.document, max(0, at - LEAD_CHARS))
            self.setDocument(doc)  # the view deletes its previous document (a short one)
        else:
            # One document for the view's life, refilled: no layout is left behind. (A
            # long text's is put away, and a fresh one refilled from then on.)
            doc = self.document()
            if doc.characterCount() > DISPOSE_CHARS:
                doc = self._fresh_document()
                self.setDocument(doc)
            doc.clear()
            self._positions.move(0)
            self._prepare(doc)
            self._lay_out(doc, self._marked.document)
            self._apply_marks()
        self._update_extra_selections()
        self._paint_pending = True
        self.viewport().update()

    def _fresh_document(self) -> QTextDocument:
        """A new document for the view; a long one that it shows now goes to the
        disposer, to be emptied a part at a time (Qt would free it at once)."""
        if self.document().characterCount() > DISPOSE_CHARS:
            self.disposer.dispose(self.document())
        return QTextDocument(self)

    def _prepare(self, doc: QTextDocument) -> None:
        doc.setDocumentMargin(28)
        doc.setDefaultFont(self.font())
        doc.setUndoRedoEnabled(False)

    def remark(self, marked: MarkedDocument, tooltips: dict[str, str]) -> None:
        """The same text with other occurrences (a glossary changed): the highlights,
        the cursor and the scrolling stay where they were."""
        scroll = self.verticalScrollBar().value()
        place = self.top_offset()
        anchor, position = self.selection_range()
        self._marked = marked
        self._choose(marked)
        self._tooltips = tooltips
        self._relayout(at=place)
        self.set_highlights(self._highlights)
        if self.feeder is not None:
            # A long text's window goes in again from a little before the place.
            self._restore(place, anchor, position)
        else:
            self.setTextCursor(self.cursor_for(anchor, position))
            self.verticalScrollBar().setValue(scroll)

    def _restore(self, place: int, anchor: int, position: int) -> None:
        """Back to ``place`` with ``anchor..position`` selected, once they are in (a
        long text laid out again)."""

        def restore() -> None:
            self.setTextCursor(self.cursor_for(anchor, position))
            self._scroll_to(place)

        self._when_in(max(place, anchor, position), restore, place)

    def set_tooltips(self, tooltips: dict[str, str]) -> None:
        """Replace the marks' tooltips (entry id -> text); text and scrolling stay. Only
        the marks whose tooltip changed are touched."""
        changed = {
            key
            for key in tooltips.keys() | self._tooltips.keys()
            if tooltips.get(key) != self._tooltips.get(key)
        }
        self._tooltips = tooltips
        if self._marked is None or not changed or self.drawn is not None:
            return  # a long text's marks are drawn: their tooltips are looked up
        batch = QTextCursor(self.document())
        batch.beginEditBlock()
        for occ in self._marked.occurrences:
            if occ.entry_id in changed:
                fmt = QTextCharFormat()
                fmt.setToolTip(tooltips.get(occ.entry_id, ""))
                self.cursor_for(occ.start, occ.end).mergeCharFormat(fmt)
        batch.endEditBlock()

    def cursor_for(self, start: int, end: int | None = None) -> QTextCursor:
        """A cursor at document offset ``start`` (selecting up to ``end``)."""
        if self.feeder is not None:
            # (At once however far: a jump far away puts the window there, _when_in.)
            self.feeder.feed_to(start if end is None else max(start, end), at_once=True)
        cursor = QTextCursor(self.document())
        last = self.document().characterCount() - 1  # (a place outside a window: its edge)
        cursor.setPosition(min(max(0, self._positions.to_qt(start)), last))
        if end is not None:
            position = min(max(0, self._positions.to_qt(end)), last)
            cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def rect_for(self, start: int, end: int) -> QRect:
        """Where ``start..end`` of the document stands in the viewport (its first and
        last lines, if it wraps)."""
        first = self.cursorRect(self.cursor_for(start))
        last = self.cursorRect(self.cursor_for(end))
        return first.united(last)

    def selection_range(self) -> tuple[int, int]:
        """The selected passage as document offsets (equal when nothing is selected)."""
        cursor = self.textCursor()
        return (
            self._positions.from_qt(cursor.selectionStart()),
            self._positions.from_qt(cursor.selectionEnd()),
        )

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def set_context_actions(self, actions: list[QAction]) -> None:
        """Actions offered in the reader's context menu after the standard ones."""
        self._context_actions = list(actions)

    def set_selection_actions(self, actions: list[QAction]) -> None:
        """Actions of the floating bar that appears over a selection made with the mouse."""
        self.selection_toolbar.set_actions(actions)

    def show_selection_toolbar(self) -> None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            self.selection_toolbar.hide()
            return
        start = QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        rect = self.cursorRect(start)
        bar = self.selection_toolbar
        x = max(0, min(rect.left(), self.viewport().width() - bar.width()))
        y = rect.top() - bar.height() - 4
        if y < 0:
            end = QTextCursor(cursor)
            end.setPosition(cursor.selectionEnd())
            y = self.cursorRect(end).bottom() + 4
        bar.move(x, y)
        bar.show()
        bar.raise_()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._word_clicked = False
        self._reader_selecting = True
        try:
            super().mousePressEvent(event)
        finally:
            self._reader_selecting = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._reader_selecting = bool(event.buttons())
        try:
            super().mouseMoveEvent(event)
        finally:
            self._reader_selecting = False
        if self._mark_mode == "hover":
            self._hover(self._occurrence_at(event.position()))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave and getattr(self, "_hovered", None) is not None:
            self._hover(None)
        return super().viewportEvent(event)

    def _occurrence_at(self, point: QPointF) -> Occurrence | None:
        """The occurrence of a term right under ``point`` (in the viewport), if any."""
        if self._marked is None:
            return None
        scrolled = point + QPointF(
            self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        )
        position = self.document().documentLayout().hitTest(scrolled, Qt.HitTestAccuracy.ExactHit)
        if position < 0:
            return None
        offset = self._positions.from_qt(position)
        marks = self.drawn if self.drawn is not None else self._marked
        # (A point over a character's right half is the place after it.)
        return marks.at(offset) or (marks.at(offset - 1) if offset > 0 else None)

    def _hover(self, occ: Occurrence | None) -> None:
        if occ is not None and self._choice is not None and not self._choice.markable(occ):
            occ = None  # (a term in a block never marked)
        if occ != self._hovered:
            self._hovered = occ
            self._update_extra_selections()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._reader_selecting = True
        try:
            super().mouseReleaseEvent(event)
            left = event.button() == Qt.MouseButton.LeftButton
            if left and self.textCursor().hasSelection() and not self._word_clicked:
                self._snap_selection()
        finally:
            self._reader_selecting = False
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        if self.anchorAt(event.position().toPoint()):
            return  # a glossary term: the term opens instead
        position = self.cursorForPosition(event.position().toPoint()).position()
        drawn = self.drawn.at(self._positions.from_qt(position)) if self.drawn else None
        if drawn is not None:
            self.term_activated.emit(drawn.entry_id, drawn.start)
            return
        clicked = self.highlight_at(self._positions.from_qt(position))
        if clicked is not None:
            self.setTextCursor(self.cursor_for(clicked.start, clicked.end))
            self._toolbar_timer.start()  # (the reader's choice: its colour may change)
            self.highlight_clicked.emit(clicked.id)

    def _snap_selection(self) -> None:
        """A selection made with the mouse grows to whole words at its ends (a
        selection with Shift and the arrows stays exactly as made)."""
        if self._marked is None:
            return
        cursor = self.textCursor()
        anchor = self._positions.from_qt(cursor.anchor())
        position = self._positions.from_qt(cursor.position())
        start, end = snap_to_words(self._marked.text, min(anchor, position), max(anchor, position))
        if (start, end) != (min(anchor, position), max(anchor, position)):
            forwards = anchor <= position
            self.setTextCursor(self.cursor_for(*((start, end) if forwards else (end, start))))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)  # selects the word
        self._word_clicked = True  # (Qt's word, as it is looked up: not snapped again)
        if event.button() == Qt.MouseButton.LeftButton and self.textCursor().hasSelection():
            # A double-click looks the word up: no highlight bar over the line above.
            self._toolbar_timer.stop()
            self.selection_toolbar.hide()
            position = self.cursorForPosition(event.position().toPoint()).position()
            clicked = self._positions.from_qt(position)
            start, end = self.selection_range()
            self.word_requested.emit(min(max(clicked, start), end), min(max(clicked, start), end))

    def event(self, event: QEvent) -> bool:
        # (Qt sends events while the view is being built, before ``drawn`` exists.)
        if event.type() == QEvent.Type.ToolTip and (
            getattr(self, "drawn", None) is not None or getattr(self, "_class_notes", None)
        ):
            assert isinstance(event, QHelpEvent)
            point = self.viewport().mapFromGlobal(event.globalPos())
            offset = self._positions.from_qt(self.cursorForPosition(point).position())
            occ = self.drawn.at(offset) if self.drawn is not None else None
            said = self.class_note_at(offset)
            if self.drawn is None and self.anchorAt(point):
                return super().event(event)  # a term written into the text: its own tip
            if occ is not None:
                QToolTip.showText(event.globalPos(), self._tooltips.get(occ.entry_id, ""), self)
            elif said is not None:
                QToolTip.showText(event.globalPos(), note_tooltip(said), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self._context_actions:
            menu.addSeparator()
            menu.addActions(self._context_actions)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def cursor_offset(self) -> int:
        """The document offset where the text cursor (or its selection) starts."""
        return self._positions.from_qt(self.textCursor().selectionStart())

    def _lay_out(self, doc: QTextDocument, document: Document, window: int = 0) -> None:
        """Fill ``doc`` with ``document`` (a long one from about ``window`` on)."""
        base = self.font().pointSizeF()
        palette = self._layout_palette()
        to_qt = self._positions.to_qt

        def cursor_in(start: int, end: int) -> QTextCursor:
            # In ``doc``: a long text fills a fresh one, not the view's yet.
            cursor = QTextCursor(doc)
            cursor.setPosition(to_qt(start))
            cursor.setPosition(to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            return cursor

        if self.drawn is None:
            lay_out(doc, document, base, palette, cursor_in, self.line_height)
            return

        # A long text (its marks drawn) goes in a part at a time (desktop.reader.feeder).
        def format_blocks(blocks: range) -> None:
            format_range(doc, document, blocks, base, palette, cursor_in, self.line_height)

        paragraph, _char = block_formats(Block("paragraph", 0, 0), base, palette, self.line_height)
        self.feeder = TextFeeder(
            doc, document, format_blocks, paragraph, self, self._positions, window
        )
        if self._window_limit:
            self.feeder.limit = self._window_limit
        self.feeder.start()

    def _choose(self, marked: MarkedDocument) -> None:
        """Which of ``marked``'s occurrences are underlined, in the mode chosen."""
        occurrences = self.drawn.occurrences if self.drawn is not None else marked.occurrences
        self._choice = MarkChoice(marked.document, self._mark_mode, occurrences)
        self._hovered = None

    @property
    def mark_mode(self) -> MarkMode:
        return self._mark_mode

    def set_mark_mode(self, mode: MarkMode) -> None:
        """Underline every occurrence, the first of each term in each section, or only
        the one under the mouse pointer (every one stays a term to click or Tab to)."""
        if mode == self._mark_mode:
            return
        self._mark_mode = mode
        if self._marked is None:
            return
        self._choose(self._marked)
        if self.drawn is None:
            self.add_marks(self._marked.occurrences)  # underlined or not, anew
        self._update_extra_selections()

    def marks_shown(self) -> list[Occurrence]:
        """The occurrences underlined in the text now (of a long text: near the screen)."""
        if self._choice is None or self._marked is None:
            return []
        if self.drawn is not None:
            first, last = self._drawn_range
            shown = self._choice.marks(self.drawn.between(first, last))
        else:
            shown = self._choice.marks(self._marked.occurrences)
        if self._hovered is not None and self._hovered not in shown:
            shown.append(self._hovered)
        return shown

    def _mark_format(self, occ: Occurrence, link: QColor) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(term_url(occ.start).toString())
        if self._choice is None or self._choice.underlined(occ):
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(link)
        else:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
        fmt.setToolTip(self._tooltips.get(occ.entry_id, ""))
        return fmt

    def _apply_marks(self) -> None:
        if self._marked is not None:
            self.add_marks(self._marked.occurrences)

    def add_marks(self, occurrences: Sequence[Occurrence]) -> None:
        """Mark ``occurrences`` in the text (a long document is marked a part at a time,
        see ``desktop.reader.marking``); :meth:`set_marked` then makes them clickable."""
        link = self._layout_palette().color(QPalette.ColorRole.Link)
        cursor = QTextCursor(self.document())  # one cursor, moved: far cheaper than many
        cursor.beginEditBlock()
        to_qt = self._positions.to_qt
        for occ in occurrences:
            cursor.setPosition(to_qt(occ.start))
            cursor.setPosition(to_qt(occ.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(self._mark_format(occ, link))
        cursor.endEditBlock()

    def set_marked(
        self, marked: MarkedDocument, tooltips: dict[str, str], *, drawn: bool = False
    ) -> None:
        """The occurrences found in the text shown, once marked (or drawn). ``drawn``:
        they are the marks drawn already, a part at a time (:meth:`add_drawn_marks`)."""
        redraw = self.drawn is not None and not drawn
        if self.drawn is not None and redraw:
            # Those drawn before (a million, marked with the glossary before) go a part
            # at a time.
            self.disposer.let_go([self.drawn.occurrences, self.drawn.starts])
            if self._marked is not None and self._marked is not marked:
                self.disposer.let_go(self._marked.holders())
            self.drawn = DrawnMarks(marked.occurrences, ordered=True)
        if redraw or self.drawn is None or self._marked is None:
            self._choose(marked)
        self._marked = marked
        self._tooltips = tooltips
        if redraw:
            self._update_extra_selections()

    def add_drawn_marks(self, part: Sequence[Occurrence]) -> None:
        """Draw the marks found in one more part of a long text."""
        if self.drawn is None or not part:
            return
        self.drawn.insert(part)
        if self._choice is not None:
            self._choice.add(part)
        first, last = self._drawn_range
        # (No range yet, or an empty one: the text was not laid out when it was drawn.)
        if first >= last or (part[0].start <= last and part[-1].end >= first):
            self._update_extra_selections()

    def update_marks(self, marked: MarkedDocument, tooltips: dict[str, str]) -> None:
        """The same text with other occurrences (a glossary form was edited): only the
        marks that went are taken off and those that came are put on; layout,
        highlights, cursor and scrolling stay."""
        if self._marked is None or marked.text != self._marked.text:
            self.remark(marked, tooltips)
            return
        if self.drawn is not None:
            self.set_marked(marked, tooltips)
            return
        before = self._choice
        old, new = set(self._marked.occurrences), set(marked.occurrences)
        self._marked = marked
        self._choose(marked)
        if before is not None and self._choice is not None:
            # In "first in each section", a term that came or went makes another the
            # first of its section: it is marked anew.
            after = self._choice
            changed = {o for o in old & new if before.underlined(o) != after.underlined(o)}
            old, new = old - new | changed, new - old | changed
        self._tooltips = tooltips
        link = self._layout_palette().color(QPalette.ColorRole.Link)
        plain = QTextCharFormat()
        plain.setAnchor(False)
        plain.setAnchorHref("")
        plain.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
        plain.setToolTip("")
        batch = QTextCursor(self.document())
        batch.beginEditBlock()
        for occ in old - new:
            self.cursor_for(occ.start, occ.end).mergeCharFormat(plain)
        for occ in new - old:
            self.cursor_for(occ.start, occ.end).mergeCharFormat(self._mark_format(occ, link))
        batch.endEditBlock()

    def occurrence_for_url(self, url: QUrl) -> Occurrence | None:
        if self._marked is None or url.scheme() != TERM_SCHEME:
            return None
        try:
            start = int(url.path())
        except ValueError:
            return None
        occ = self._marked.at(start)
        return occ if occ is not None and occ.start == start else None

    @Slot(QUrl)
    def on_anchor_clicked(self, url: QUrl) -> None:
        occ = self.occurrence_for_url(url)
        if occ is not None:
            self.term_activated.emit(occ.entry_id, occ.start)

    def show_range(self, start: int, end: int, *, select: bool = True) -> None:
        """Scroll ``start..end`` into the middle of the view, select it and flash it
        (not ``select``: the cursor goes to its start). A long text's window is put
        there first if it is far from it (:meth:`_when_in`)."""

        def show() -> None:
            cursor = self.cursor_for(start, end)
            self._laid_out_to(cursor)
            # (Not selected, the cursor goes there all the same: Tab goes on from there,
            # and the view scrolls to it when it is set again.)
            self.setTextCursor(cursor if select else self.cursor_for(start))
            rect = self.cursorRect(cursor)
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.center().y() - self.viewport().height() // 2)
            if select:
                self.flash(start, end)

        self._when_in(end, show, start)

    def _when_in(self, offset: int, then: Callable[[], None], place: int) -> None:
        """Do ``then``, a jump to ``place``, with the text in up to ``offset``: put in
        now if little is missing; a long text's window put there afresh (from a little
        before it) if the place is far from it."""
        feeder = self.feeder
        if feeder is not None and not (
            feeder.first <= min(place, offset)
            and offset < feeder.first + feeder.limit
            and feeder.feed_to(offset)
        ):
            self._relayout(at=min(place, offset))
            if self.feeder is not None:
                self.feeder.feed_to(offset, at_once=True)
        then()

    def flash(self, start: int, end: int) -> None:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self.cursor_for(start, end)
        selection.format.setBackground(FLASH)
        self._flash = [selection]
        self._update_extra_selections()
        self._flash_timer.start(FLASH_MS)

    @Slot()
    def clear_flash(self) -> None:
        self._flash = []
        self._update_extra_selections()

    def set_highlights(self, highlights: list[Highlight]) -> None:
        """Draw ``highlights`` (not orphaned ones) over the text, which stays unchanged."""
        self._highlights = sorted((h for h in highlights if not h.orphaned), key=lambda h: h.start)
        self._highlight_starts = [h.start for h in self._highlights]
        self._longest_highlight = max((h.end - h.start for h in self._highlights), default=0)
        self._drawn_range = (-1, -1)
        self._update_extra_selections()

    def set_class_notes(self, notes: list[tuple[int, int, str]]) -> None:
        """Underline a class's layer, ``(start, end, tooltip)`` each (the tooltip plain
        text: who wrote the note, and the note); an empty list: none."""
        self._class_notes = sorted(notes)
        self._drawn_range = (-1, -1)
        self._update_extra_selections()

    def class_notes(self) -> list[tuple[int, int, str]]:
        """The class's notes underlined, in text order."""
        return list(self._class_notes)

    def class_note_at(self, offset: int) -> str | None:
        """What the innermost class note covering ``offset`` says, if one does."""
        covering = [n for n in self._class_notes if n[0] <= offset < n[1]]
        return min(covering, key=lambda n: n[1] - n[0])[2] if covering else None

    def highlights(self) -> list[Highlight]:
        """The highlights shown, in text order."""
        return list(self._highlights)

    def highlight_at(self, offset: int) -> Highlight | None:
        """The innermost highlight covering ``offset``."""
        covering = [h for h in self._highlights if h.start <= offset < h.end]
        return min(covering, key=lambda h: h.end - h.start) if covering else None

    def set_word_tints(
        self, tints: Callable[[int, int], list[tuple[int, int, QColor]]] | None
    ) -> None:
        """Tint the words on screen by their vocabulary status: ``tints(first, last)``
        gives (start, end, colour) of the words in that range; None: no tints."""
        self._tints = tints
        self._update_extra_selections()

    def set_find_hits(self, hits: list[tuple[int, int]], current: int = -1) -> None:
        """Mark the hits of Find (sorted (start, end)); ``current`` is the one gone to."""
        self._hits = hits
        self._hit_starts = [start for start, _end in hits]
        self._current_hit = current
        self._update_extra_selections()

    def _update_extra_selections(self, *_args: object) -> None:
        # Only highlights and tints near the screen become selections: Qt checks every
        # selection on every paint, and a long document may have thousands.
        active = (
            bool(self._highlights or self._hits or self.drawn or self._class_notes)
            or self._tints is not None
        )
        first, last = self._visible_range() if active else (0, 0)
        selections = []
        if self.drawn is not None:
            link = self._layout_palette().color(QPalette.ColorRole.Link)
            choice = self._choice
            for occ in self.drawn.between(first, last):
                if choice is not None and not choice.underlined(occ) and occ != self._hovered:
                    continue
                selection = QTextEdit.ExtraSelection()
                selection.cursor = self.cursor_for(occ.start, occ.end)
                selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                selection.format.setUnderlineColor(link)
                selections.append(selection)
        elif self._hovered is not None:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.cursor_for(self._hovered.start, self._hovered.end)
            selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            selection.format.setUnderlineColor(
                self._layout_palette().color(QPalette.ColorRole.Link)
            )
            selections.append(selection)
        lo = bisect_left(self._highlight_starts, first - self._longest_highlight)
        hi = bisect_right(self._highlight_starts, last)
        # Highlights are painted under the text (paintEvent); overlapping ones of a
        # colour as one range.
        spans: dict[int, list[list[int]]] = {}
        for h in self._highlights[lo:hi]:
            if h.end < first:
                continue
            runs = spans.setdefault(h.colour, [])
            if runs and h.start <= runs[-1][1]:
                runs[-1][1] = max(runs[-1][1], h.end)
            else:
                runs.append([h.start, h.end])
        # A word's tint: its background; inside a highlight, a strong underline, so that
        # both the highlight's colour and the word's status show.
        highlighted = [(start, end) for runs in spans.values() for start, end in runs]
        for start, end, tint in self._tints(first, last) if self._tints else ():
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.cursor_for(start, end)
            if any(h_start < end and start < h_end for h_start, h_end in highlighted):
                selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                selection.format.setUnderlineColor(tint.darker(TINT_UNDERLINE_DARKER))
            else:
                selection.format.setBackground(tint)
            selections.append(selection)
        for start, end, _said in self._class_notes:
            if end < first or start > last:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.cursor_for(start, end)
            selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            selection.format.setUnderlineColor(CLASS_NOTE)
            selection.format.setBackground(CLASS_NOTE_TINT)
            selections.append(selection)
        # Cut to the range near the screen: a span is painted from its first block on.
        to_qt = self._positions.to_qt
        self._highlight_spans = [
            (to_qt(max(start, first)), to_qt(min(end, last)), highlight_colour(colour))
            for colour, runs in spans.items()
            for start, end in runs
            if max(start, first) < min(end, last)
        ]
        self.viewport().update()
        lo = bisect_left(self._hit_starts, first - 200)
        hi = bisect_right(self._hit_starts, last)
        for index in range(lo, hi):
            start, end = self._hits[index]
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.cursor_for(start, end)
            selection.format.setBackground(FIND_CURRENT if index == self._current_hit else FIND_HIT)
            selections.append(selection)
        self._drawn_range = (first, last)
        self.setExtraSelections(selections + self._spoken + self._flash)

    def _on_selection_changed(self) -> None:
        # The bar appears once a selection the reader made rests (a drag may not end in
        # a release event here), and goes as soon as nothing is selected. A selection
        # the app made (F3, a term gone to, a highlight clicked) brings no bar.
        if self.textCursor().hasSelection():
            if self._reader_selecting:
                self._toolbar_timer.start()
        else:
            self._toolbar_timer.stop()
            self.selection_toolbar.hide()

    def _on_toolbar_timer_timeout(self) -> None:
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._toolbar_timer.start()  # still dragging
            return
        self.show_selection_toolbar()

    def _laid_out_to(self, cursor: QTextCursor) -> None:
        """Have Qt lay the text out up to ``cursor`` now (a window put afresh is laid
        out as it is painted; a cursor's place is only known once it is laid out)."""
        if self.feeder is not None:
            self.document().documentLayout().blockBoundingRect(cursor.block())

    @Slot()
    def _fit_window(self) -> None:
        """Once a long text is painted: as many characters in its window as stand in
        ``WINDOW_PX`` (in this font, at this width), measured on its first part."""
        feeder = self.feeder
        if feeder is None or feeder.loaded <= feeder.first:
            return
        doc = self.document()
        height = doc.documentLayout().blockBoundingRect(doc.lastBlock()).bottom()
        if height <= 0:
            return
        low, high = WINDOW_RANGE
        chars = int(WINDOW_PX * (feeder.loaded - feeder.first) / height)
        self._window_limit = feeder.limit = min(high, max(low, chars))
        feeder.go_on()

    @Slot()
    def slide(self) -> None:
        """Near the top of a long text's window, put in the text before it; near its
        bottom, once it is full, take text off its top and put more in after it. The
        text on screen stays where it is."""
        feeder = self.feeder
        if feeder is None or not self.isVisible():
            return
        bar, page = self.verticalScrollBar(), self.viewport().height()
        up = bar.value() < page and feeder.first > 0
        down = bar.value() > bar.maximum() - 2 * page and feeder.full and not feeder.done
        if not (up or down):
            return
        place = self.top_offset()
        before = self.cursorRect(self.cursor_for(place)).top()
        if up:
            feeder.prepend(SLIDE_CHARS)
            over = feeder.loaded - feeder.first - feeder.limit
            if over > 0:
                feeder.trim_back(over)
        else:
            # Down to three quarters of it at once: taking text off a window's top costs
            # Qt about the same however little (it places every block after it again).
            feeder.trim_front(feeder.loaded - feeder.first - feeder.limit * 3 // 4)
            feeder.go_on()
        after = self.cursorRect(self.cursor_for(place)).top()
        bar.setValue(bar.value() + after - before)
        self._update_extra_selections()

    def _on_scrolled(self, _value: int) -> None:
        if self.feeder is not None:
            self._slide_timer.start()
        self.selection_toolbar.hide()
        self._update_visible_highlights()

    def _update_visible_highlights(self) -> None:
        first, last = self._visible_range()
        drawn_first, drawn_last = self._drawn_range
        marks = self._highlights or self._tints or self._hits or self.drawn
        if (marks or self._class_notes) and not (drawn_first <= first and last <= drawn_last):
            self._update_extra_selections()

    def flashed_range(self) -> tuple[int, int] | None:
        """The range being flashed right now, if any."""
        return self._range_of(self._flash)

    def _range_of(self, selections: list[QTextEdit.ExtraSelection]) -> tuple[int, int] | None:
        if not selections:
            return None
        cursor = selections[0].cursor
        return (
            self._positions.from_qt(cursor.selectionStart()),
            self._positions.from_qt(cursor.selectionEnd()),
        )

    def show_spoken(self, start: int, end: int) -> None:
        """Mark ``text[start:end]`` as the sentence being read aloud, and bring it into
        view if it is not in it (the cursor and the selection stay as they are)."""

        def show() -> None:
            cursor = self.cursor_for(start, end)
            self._laid_out_to(cursor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format.setBackground(SPOKEN)
            self._spoken = [selection]
            self._update_extra_selections()
            top = self.cursorRect(self.cursor_for(start)).top()
            bottom = self.cursorRect(self.cursor_for(end)).bottom()
            height = self.viewport().height()
            if top < 0 or bottom > height:
                # Read on from a quarter down the view: what follows is in sight.
                bar = self.verticalScrollBar()
                bar.setValue(bar.value() + top - height // 4)

        self._when_in(end, show, start)

    def clear_spoken(self) -> None:
        """Reading aloud stopped: no sentence is marked."""
        if self._spoken:
            self._spoken = []
            self._update_extra_selections()

    def spoken_range(self) -> tuple[int, int] | None:
        """The sentence marked as being read aloud, if any."""
        return self._range_of(self._spoken)

    def highlight_spans(self) -> list[tuple[int, int, QColor]]:
        """The highlights painted under the text near the screen: (start, end, colour),
        in Qt positions; overlapping ones of a colour are one span."""
        return list(self._highlight_spans)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._highlight_spans:
            painter = QPainter(self.viewport())
            x, y = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
            painter.translate(-x, -y)
            top = y + event.rect().top()
            paint_spans(
                painter, self.document(), self._highlight_spans, top, top + event.rect().height()
            )
            painter.end()
        super().paintEvent(event)
        if self._paint_pending:
            self._paint_pending = False
            self._painted_timer.start()

    # -- where the reader is, and how the text is set (Preferences, the theme) -----------

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
            # (Where the reader is, before the new font lays the text out again.)
            offset = self._place_kept() or 0
            self.setFont(font)
            if self._marked is not None:
                self._window_limit = 0  # (measured again, in the new font)
                self._relayout(at=offset)
                self.set_highlights(self._highlights)
                self.scroll_to_offset(offset)
        self._fit_width()

    def _fit_width(self) -> None:
        """A column of ``text_width`` characters of the body font (at its zoom), in the
        middle of the view; no wider than the view."""
        side = 0
        place = self._place_kept()  # (laid out again at the new width, it stays on top)
        if self.text_width > 0:
            metrics = self.fontMetrics()
            # The font's mean advance of letters as the text has them, spaces and all
            # (averageCharWidth weighs the whole font, capitals and figures too).
            letter = metrics.horizontalAdvance(MEASURE_SAMPLE) / len(MEASURE_SAMPLE)
            margin = 2 * self.document().documentMargin()
            column = round(letter * self.text_width + margin)
            side = max(0, (self.width() - column) // 2)
        self.setViewportMargins(side, 0, side, 0)
        # A view being shown hears of its viewport's new width only later (if at all):
        # until then Qt would wrap the lines at the old one, past the column's edge.
        # (Not while hidden: a page size set on the document lays all of it out at once,
        # at a width that is not yet the view's, where Qt would lay it out lazily.)
        width = self.viewport().width()
        if self.isVisible() and self.document().pageSize().width() != width:
            self.document().setPageSize(QSizeF(width, -1))
            if place is not None:
                self._scroll_to(place)

    def top_offset(self) -> int:
        """The document offset of the text at the top of the view (where the reader is)."""
        # A point inside the text: in the page's margin Qt's hit test answers anywhere.
        margin = int(self.document().documentMargin()) + 2
        top = max(2, margin - self.verticalScrollBar().value())
        return self._positions.from_qt(self.cursorForPosition(QPoint(margin, top)).position())

    def progress(self) -> float:
        """How far down the text the view is, 0-1."""
        if self.feeder is not None and self._marked is not None:
            # A long text: the scroll bar spans only its window.
            return min(1.0, self.top_offset() / max(1, len(self._marked.text)))
        bar = self.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def scroll_to_offset(self, offset: int, *, move_cursor: bool = True) -> None:
        """Put the text at ``offset`` at the top of the view (the cursor goes there too,
        unless not ``move_cursor``); in a long text not in up to there yet, once it is."""
        offset = min(max(0, offset), len(self._marked.text) if self._marked else 0)
        self._when_in(offset, lambda: self._scroll_to(offset, move_cursor=move_cursor), offset)

    def _scroll_to(self, offset: int, *, move_cursor: bool = False) -> None:
        cursor = self.cursor_for(offset)
        self._laid_out_to(cursor)
        if self.feeder is None:
            # All of a text laid out again (a new font, a new width) is laid out now:
            # Qt lays it out as it paints, and the scroll bar's range, short of the
            # place until then, would hold the view back.
            self.document().documentLayout().documentSize()
        if move_cursor:
            self.setTextCursor(cursor)
        bar = self.verticalScrollBar()
        # (The very beginning with the page's margin above it.)
        bar.setValue(bar.value() + self.cursorRect(cursor).top() if offset > 0 else 0)
        self._pinned = (offset, bar.value(), self._marked)

    def _place_kept(self) -> int | None:
        """The offset to keep at the top while the view changes size: the one put there
        last, while the reader has not scrolled since (a place restored before the
        window is shown is put at the top of a view of a few pixels), else the one at
        the top now."""
        if self._marked is None:
            return None
        offset, value, marked = self._pinned
        if marked is self._marked and value == self.verticalScrollBar().value():
            return offset
        return self.top_offset()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The text at the top stays there: a new width wraps the lines again.
        place = self._place_kept()
        super().resizeEvent(event)
        if self.text_width:
            self._fit_width()
        if place is not None and event.size().width() != event.oldSize().width():
            self._scroll_to(place)
        if self._highlights or self._tints or self._hits or self.drawn:
            self._update_extra_selections()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._colours() != self._laid_out_in:
            # Theme change: quote and mark colours follow the palette; the place stays.
            # (Qt sends one at start-up too, with the same colours: nothing to redo.)
            if self.feeder is not None:
                offset = self.top_offset()  # a long text's window goes in again
                anchor, position = self.selection_range()
                self._relayout(at=offset)
                self._restore(offset, anchor, position)
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
        bottom = self.cursorForPosition(QPoint(self.viewport().width(), height * 5 // 4)).position()
        return self._positions.from_qt(top), self._positions.from_qt(bottom)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.drawn is not None:
            self._update_extra_selections()  # a long text's marks are drawn once shown

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.textCursor().hasSelection():
            self.clear_selection()  # (the floating bar goes with it)
            return
        if self.caret.key_pressed(event):
            return
        # A long text's marks are drawn, not links: Enter opens the one Tab went to.
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
            end = key == Qt.Key.Key_End

            def go() -> None:
                cursor = QTextCursor(self.document())
                if end:
                    cursor.movePosition(QTextCursor.MoveOperation.End)
                self.setTextCursor(cursor)  # Tab goes on from there
                bar = self.verticalScrollBar()
                bar.setValue(bar.maximum() if end else bar.minimum())

            length = len(self._marked.text) if self._marked is not None else 0
            self._when_in(length if end else 0, go, length if end else 0)
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.drawn is None:
            return super().focusNextPrevChild(next)  # Tab moves between the links
        start, _end = self.selection_range()
        occ = self.drawn.next_from(start, backwards=not next)
        if occ is not None:

            def select(occ: Occurrence = occ) -> None:
                self.setTextCursor(self.cursor_for(occ.start, occ.end))
                self.ensureCursorVisible()

            self._when_in(occ.end, select, occ.start)
        return True
