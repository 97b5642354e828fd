"""Selecting with the keyboard in the reader, and caret browsing (F7).

Shift with the arrows, Ctrl+Shift+Left/Right (by words), Shift+Home/End (to the
line's ends) and Shift+PgUp/PgDn (by pages) always select, from the place last clicked
(or from the top of the screen when that place is scrolled away): a passage can be
highlighted, noted and looked up without a mouse. Caret browsing, off until F7 turns it
on as in Firefox, shows a blinking caret that the same keys without Shift move; while
it is off they scroll the text, as a reader expects of a page. (Off by default: with a
caret, Up and Down move it a line at a time and the page scrolls only once it reaches
the screen's edge, which is not how most readers read.)

The caret and the selection are Qt's text cursor in the view's document: a long text's
window moving (desktop.reader.feeder) puts text in and takes it off through cursors,
so Qt keeps the caret on the same character.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit

Move = QTextCursor.MoveOperation
Mod = Qt.KeyboardModifier

# Keys that move the caret (with Shift: extend the selection), without and with Ctrl.
_MOVES: dict[tuple[int, bool], Move] = {
    (Qt.Key.Key_Left, False): Move.Left,
    (Qt.Key.Key_Right, False): Move.Right,
    (Qt.Key.Key_Up, False): Move.Up,
    (Qt.Key.Key_Down, False): Move.Down,
    (Qt.Key.Key_Left, True): Move.WordLeft,
    (Qt.Key.Key_Right, True): Move.WordRight,
    (Qt.Key.Key_Home, False): Move.StartOfLine,
    (Qt.Key.Key_End, False): Move.EndOfLine,
}
_PAGES = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1}


class ReaderCaret(QObject):
    """The keyboard's caret and selection in ``view`` (the reader).

    Signals:
        toggled(bool): caret browsing was turned on or off.
        selected(): the reader changed the selection with the keyboard.
    """

    toggled = Signal(bool)
    selected = Signal()

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self.view = view
        self._enabled = False

    @property
    def enabled(self) -> bool:
        """Whether caret browsing is on."""
        return self._enabled

    def set_enabled(self, on: bool, *, announce: bool = True) -> None:
        """Turn caret browsing on or off; it is announced to screen readers (unless
        not ``announce``: as the window opens, as it was left)."""
        if on == self._enabled:
            return
        self._enabled = on
        flags = self.view.textInteractionFlags()
        keyboard = Qt.TextInteractionFlag.TextSelectableByKeyboard
        self.view.setTextInteractionFlags(flags | keyboard if on else flags & ~keyboard)
        if on:
            self.view.setTextCursor(self._start_cursor())  # the caret where the reader is
        if announce:
            text = self.tr("Caret browsing on") if on else self.tr("Caret browsing off")
            from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # (start-up)

            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.view, text))
        self.toggled.emit(on)

    def key_pressed(self, event: QKeyEvent) -> bool:
        """Move the caret or extend the selection for ``event``; False: a key it leaves
        to the view (an arrow without Shift while caret browsing is off scrolls)."""
        modifiers = event.modifiers() & ~Mod.KeypadModifier
        shift = bool(modifiers & Mod.ShiftModifier)
        ctrl = bool(modifiers & Mod.ControlModifier)
        if modifiers & ~(Mod.ShiftModifier | Mod.ControlModifier):
            return False  # Alt, Meta: not ours
        if not (shift or self._enabled):
            return False
        key = Qt.Key(event.key())
        mode = QTextCursor.MoveMode.KeepAnchor if shift else QTextCursor.MoveMode.MoveAnchor
        if key in _PAGES and not ctrl:
            self._page(_PAGES[key], mode)
        elif (key, ctrl) in _MOVES:
            cursor = self._start_cursor()
            cursor.movePosition(_MOVES[key, ctrl], mode)
            self.view.setTextCursor(cursor)
            self.view.ensureCursorVisible()
        else:
            return False
        if shift:
            self.selected.emit()
        return True

    def _start_cursor(self) -> QTextCursor:
        """The view's cursor, or one at the top of the screen if it is scrolled away (a
        click long ago, or a place taken off a long text's window)."""
        cursor = self.view.textCursor()
        # (A selection reaching past the screen goes on from its end.)
        if cursor.hasSelection() or self._on_screen(cursor):
            return cursor
        margin = int(self.view.document().documentMargin()) + 2
        return self.view.cursorForPosition(QPoint(margin, margin))

    def _on_screen(self, cursor: QTextCursor) -> bool:
        rect = self.view.cursorRect(cursor)
        return rect.bottom() >= 0 and rect.top() < self.view.viewport().height()

    def _nearest_line(self, found: QTextCursor, y: int) -> QTextCursor:
        """Of the line ``found`` is on and the lines above and below it, the one whose
        text is nearest ``y``: a point in the space between lines is given to the line
        below, and a page down and up again would end a line lower each time."""
        best, distance = found, abs(self.view.cursorRect(found).center().y() - y)
        for step in (QTextCursor.MoveOperation.Up, QTextCursor.MoveOperation.Down):
            other = QTextCursor(found)
            if other.movePosition(step):
                gap = abs(self.view.cursorRect(other).center().y() - y)
                if gap < distance:
                    best, distance = other, gap
        return best

    def _page(self, direction: int, mode: QTextCursor.MoveMode) -> None:
        """A page up or down: the text scrolls a screen and the caret goes with it."""
        cursor = self._start_cursor()
        rect = self.view.cursorRect(cursor)
        bar = self.view.verticalScrollBar()
        step = direction * bar.pageStep()
        before = bar.value()
        bar.setValue(before + step)
        # Where the caret's line stands a page on, in the view as it is scrolled now
        # (at the text's end: past the screen, which puts the caret at the end).
        y = rect.center().y() + step - (bar.value() - before)
        target = self._nearest_line(self.view.cursorForPosition(QPoint(rect.left(), y)), y)
        cursor.setPosition(target.position(), mode)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
