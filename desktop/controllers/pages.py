"""The pages of a paged document (a PDF's): Go > Go to Page (Ctrl+G), and the original
page as PDFium draws it, beside the text, at the reading place (View > Show Original
Page), following the text as it is read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.feedback import Feedback
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.translations import problem_text
from glossary.documents.errors import DocumentError

if TYPE_CHECKING:  # loaded when a page is first shown
    from desktop.dialogs.pageview import PageView

FOLLOW_MS = 400  # the page shown follows the text once scrolling rests this long


class PagesController(QObject):
    """Goes to pages and shows the original page of the document read.

    Signals:
        available(bool): whether the document shown has pages.
    """

    available = Signal(bool)

    def __init__(
        self,
        session: DocumentSession,
        reader: ReaderView,
        password_for: Callable[[Path], str | None],
        feedback: Feedback,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.session = session
        self.reader = reader
        self.password_for = password_for
        self.feedback = feedback
        self.dialog_parent = dialog_parent
        self.view: PageView | None = None
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self._show_reading_place)
        reader.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    def _pages(self) -> tuple[int, ...]:
        marked = self.session.marked
        return marked.document.pages if marked is not None else ()

    def page(self) -> int | None:
        """The page of the reading place (the top of the view), if the text has pages."""
        marked = self.session.marked
        return None if marked is None else marked.document.page_at(self.reader.top_offset())

    @Slot()
    def on_document_shown(self) -> None:
        self.available.emit(bool(self._pages()))
        if self.view is not None and self.view.isVisible():
            if self._pages():
                self._show_reading_place()
            else:
                self.view.close()

    @Slot()
    def ask_page(self) -> None:
        """Go > Go to Page: ask for a page and go to it."""
        pages = self._pages()
        if not pages:
            return
        number, chosen = QInputDialog.getInt(
            self.dialog_parent,
            self.tr("Go to Page"),
            self.tr("Page (1–%1):").replace("%1", str(len(pages))),
            self.page() or 1,
            1,
            len(pages),
        )
        if chosen:
            self.go_to_page(number)

    def go_to_page(self, number: int) -> None:
        """Show page ``number`` (1 for the first) at the top of the view."""
        pages = self._pages()
        if pages:
            self.reader.scroll_to_offset(pages[max(1, min(number, len(pages))) - 1])

    @Slot()
    def show_original(self) -> None:
        """View > Show Original Page: the page of the reading place, as drawn."""
        if not self._pages():
            return
        if self.view is None:
            from desktop.dialogs.pageview import PageView

            self.view = PageView(self.dialog_parent)
            self.view.page_requested.connect(self._show_page)
            self.view.place_beside(self.dialog_parent.window())
        self.view.show()
        self.view.raise_()
        self._show_reading_place()

    @Slot(int)
    def _on_scrolled(self, _value: int) -> None:
        if self.view is not None and self.view.isVisible():
            self._follow.start()

    def _show_reading_place(self) -> None:
        marked = self.session.marked
        number = self.page()
        if marked is None or number is None:
            return
        top = self.reader.top_offset()
        self._show_page(number, marked.text[top : top + 80])

    @Slot(int)
    def _show_page(self, number: int, passage: str = "") -> None:
        marked = self.session.marked
        path = marked.document.path if marked is not None else None
        if self.view is None or path is None:
            return
        try:
            self.view.show_page(path, number, passage, self.password_for(path))
        except DocumentError as exc:
            self.feedback.problem(problem_text(exc))
