"""The title and byline above the text: from the document's metadata header (a text
without one shows neither; its first heading is the title)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from glossary.model import Document


class DocumentHeader(QWidget):
    """Shows a document's title (and its original's, for a translation) and its author,
    source and translator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentHeader")
        self.setAccessibleName(self.tr("Title and source"))
        self.title_label = self._label("documentTitle", self.tr("Document title"))
        self.title_label.setContentsMargins(30, 10, 30, 0)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.original_label = self._label("documentOriginalTitle", self.tr("Original title"))
        self.original_label.setContentsMargins(30, 0, 30, 0)
        self.byline_label = self._label("documentByline", self.tr("Document source"))
        self.byline_label.setContentsMargins(30, 0, 30, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.original_label)
        layout.addWidget(self.byline_label)

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def show_document(self, document: Document) -> None:
        title = document.meta.get("title", "")
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title))
        # A translation's header may name the original's title.
        original = document.meta.get("original_title", "")
        shown = original and original != title
        self.original_label.setText(
            self.tr("Original: %1").replace("%1", original) if shown else ""
        )
        self.original_label.setVisible(bool(shown))
        byline = [document.meta.get(k, "") for k in ("author", "source")]
        translator = document.meta.get("translation", "")
        byline.append(self.tr("translated by %1").replace("%1", translator) if translator else "")
        self.byline_label.setText(" · ".join(b for b in byline if b))
        self.byline_label.setVisible(any(byline))
        self.updateGeometry()  # the pane around the header lays out for the new texts
