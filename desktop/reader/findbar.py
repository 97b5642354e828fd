"""The Find bar under the text (Ctrl+F): every hit is marked, Enter and Shift+Enter go
to the next and previous one, and the count says where you are."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.textfields import leave_window_keys


class FindBar(QWidget):
    """A search field with previous/next buttons and the hit count.

    Signals:
        query_changed(str): the text to find changed.
        step_requested(bool): go to the next hit (False) or the previous one (True).
        closed(): the bar was closed (Esc or its button).
    """

    query_changed = Signal(str)
    step_requested = Signal(bool)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAccessibleName(self.tr("Find in the text"))
        self.field = QLineEdit(self)
        leave_window_keys(self.field)
        self.field.setObjectName("findField")
        self.field.setAccessibleName(self.tr("Text to find"))
        self.field.setPlaceholderText(self.tr("Find in the text"))
        self.field.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.count_label.setAccessibleName(self.tr("Matches"))
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.previous_button = QToolButton(self)
        self.previous_button.setObjectName("findPreviousButton")
        self.previous_button.setText("▲")
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("findNextButton")
        self.next_button.setText("▼")
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("findCloseButton")
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the Find bar"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.field.installEventFilter(self)
        self.field.textChanged.connect(self.query_changed)
        self.previous_button.clicked.connect(lambda: self.step_requested.emit(True))
        self.next_button.clicked.connect(lambda: self.step_requested.emit(False))
        self.close_button.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self, text: str = "") -> None:
        """Show the bar with the field focused (holding ``text``, if any, selected)."""
        self.show()
        if text:
            self.field.setText(text)
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    @Slot()
    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_count(self, current: int, total: int, *, more: bool = False) -> None:
        """``current`` is 1-based (0: none selected); ``total`` 0: no match; ``more``:
        there are more than ``total``, which are not counted."""
        if not self.field.text().strip():
            self.count_label.setText("")
        elif total == 0:
            self.count_label.setText(self.tr("No matches"))
        else:
            shown = self.tr("%1 of more than %2") if more else self.tr("%1 of %2")
            locale = self.locale()
            self.count_label.setText(
                shown.replace("%1", locale.toString(current)).replace("%2", locale.toString(total))
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                backwards = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.step_requested.emit(backwards)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
