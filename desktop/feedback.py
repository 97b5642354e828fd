"""Telling the reader what happened: a problem in the window's message bar (it stays
until dismissed), a passing note in the status bar. Controllers are given one of
these instead of the window."""

from __future__ import annotations

from PySide6.QtWidgets import QStatusBar

from desktop.messagebar import MessageBar
from desktop.translations import failure_text

STATUS_MS = 4000


class Feedback:
    """Where the controllers' messages go."""

    def __init__(self, message_bar: MessageBar, status_bar: QStatusBar) -> None:
        self.message_bar = message_bar
        self.status_bar = status_bar

    def problem(self, text: str) -> None:
        """Something the reader must know (a file that did not open, a write that
        failed): shown until dismissed."""
        self.message_bar.show_message(text)

    def failure(self, exc: Exception) -> None:
        """Work that failed, said in the reader's words."""
        self.problem(failure_text(exc))

    def status(self, text: str, timeout_ms: int = STATUS_MS) -> None:
        """A passing note: what was done, or why a command did nothing."""
        self.status_bar.showMessage(text, timeout_ms)

    def dismiss(self) -> None:
        self.message_bar.dismiss()
