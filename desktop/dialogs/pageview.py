"""The original page of a PDF, as PDFium draws it (figures, tables, formulas), in a
window beside the text: at the reading place's page, scrolled to where the text read
stands on it, with the pages before and after a key away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from glossary.documents.pdfpages import place_on_page, render_page

WIDTH = 820  # pixels a page is drawn wide (the window's own width, at most)


class PageView(QDialog):
    """A page of a PDF drawn, with Previous and Next.

    Signals:
        page_requested(int): the reader asked for this page (Previous, Next).
    """

    page_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageView")
        self.setAccessibleName(self.tr("Original page"))
        self.setWindowTitle(self.tr("Original Page"))
        self.setModal(False)
        self.number = 0
        self.count = 0
        self.picture = QLabel(self)
        self.picture.setObjectName("pageImage")
        self.picture.setAccessibleName(self.tr("The page as printed"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("pageScroll")
        self.scroller.setWidget(self.picture)
        self.scroller.setWidgetResizable(True)
        self.previous_button = QPushButton(self.tr("&Previous Page"), self)
        self.previous_button.setObjectName("previousPageButton")
        self.next_button = QPushButton(self.tr("&Next Page"), self)
        self.next_button.setObjectName("nextPageButton")
        self.where = QLabel(self)
        self.where.setObjectName("pageNumber")
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self._step(-1))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self._step(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.where)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(buttons)
        self.resize(WIDTH + 60, 900)

    def place_beside(self, window: QWidget) -> None:
        """Stand over ``window``'s right side (its side panel), beside its text."""
        frame = window.frameGeometry()
        width = max(420, min(WIDTH + 60, frame.width() // 2))
        self.resize(width, max(400, frame.height() - 40))
        self.move(frame.right() - width, frame.top() + 20)

    def show_page(
        self, path: Path, number: int, passage: str = "", password: str | None = None
    ) -> None:
        """Draw page ``number`` of the PDF at ``path``, scrolled to where ``passage``
        stands on it (its top, if it is not found). Raises DocumentError."""
        # (The window's width: its scroll area is not laid out before it first shows.)
        width = min(WIDTH, max(300, self.width() - 60))
        page = render_page(path, number, width, password)
        image = QImage(
            page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB888
        ).copy()  # (its own pixels: the bytes may go)
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.number, self.count = page.page, page.pages
        self.where.setText(
            self.tr("Page %1 of %2").replace("%1", str(self.number)).replace("%2", str(self.count))
        )
        self.previous_button.setEnabled(self.number > 1)
        self.next_button.setEnabled(self.number < self.count)
        place = place_on_page(path, self.number, passage, password) if passage else None
        bar = self.scroller.verticalScrollBar()
        self.picture.adjustSize()
        bar.setValue(0 if place is None else int(place * page.height) - 40)

    def _step(self, by: int) -> None:
        wanted = self.number + by
        if 1 <= wanted <= self.count:
            self.page_requested.emit(wanted)
