"""The status bar's progress box: a bar and a Cancel button for slow work (reading a
large file, marking a long text), one task at a time."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget


class ProgressBox(QWidget):
    """Shows the progress of the task it was last given, with Cancel.

    Signals:
        cancelled(str): Cancel was pressed during this task (its key).
    """

    cancelled = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markingProgress")
        self.setAccessibleName(self.tr("Marking the terms"))
        self.task = ""
        self.bar = QProgressBar(self)
        self.bar.setObjectName("markingBar")
        self.bar.setAccessibleName(self.tr("Terms marked so far"))
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("markingCancelButton")
        self.cancel_button.setAccessibleName(self.tr("Stop marking the terms"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self.on_cancel_button_clicked)
        self.hide()

    def start(
        self, task: str, what: str, cancel: str, steps: bool, label: str | None = None
    ) -> None:
        """Show ``task``'s progress: ``what`` it is and what ``cancel`` stops (for a
        screen reader); a bar of percent with ``steps`` (``label``: its text, with
        "%p" for the percent), else a busy bar."""
        self.task = task
        self.setAccessibleName(what)
        self.cancel_button.setAccessibleName(cancel)
        if steps:
            self.bar.setRange(0, 100)
            self.bar.setFormat(label or self.tr("Marking terms… %p%"))
        else:
            self.bar.setRange(0, 0)
        self.show()

    def set_value(self, percent: int) -> None:
        self.bar.setValue(percent)

    def finish(self, task: str) -> None:
        """``task`` is done: hide the box, unless it shows another task by now."""
        if self.task == task:
            self.task = ""
            self.hide()

    @Slot()
    def on_cancel_button_clicked(self) -> None:
        task = self.task
        self.finish(task)
        self.cancelled.emit(task)
