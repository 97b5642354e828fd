"""Under a note: its texts that lost to an edit made at the same time on another device
(sync keeps them; docs/sync.md), each with "Use This Text", and "Keep Mine" to set them
aside. Every text is shown as text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

SHOWN_CHARS = 400  # of each text; the whole is in its tooltip


class ConflictBar(QFrame):
    """The conflicting texts of the note shown.

    Signals:
        restore_requested(str): make this text the note.
        dismiss_requested(): keep the note as it is; set the others aside.
    """

    restore_requested = Signal(str)
    dismiss_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBar")
        self.setAccessibleName(self.tr("Texts of this note from another device"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.texts: list[str] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 4, 6, 4)
        self.hide()

    def show_conflicts(self, texts: list[str]) -> None:
        """Show ``texts`` (none: hide)."""
        self.texts = list(texts)
        for child in self.findChildren(QWidget):
            if child.parent() is self:
                child.hide()
                child.deleteLater()
        while self._layout.count():
            self._layout.takeAt(0)
        if not texts:
            self.hide()
            return
        title = QLabel(
            self.tr("Also written at the same time on another device:")
            if len(texts) == 1
            else self.tr("Also written at the same time on other devices:"),
            self,
        )
        title.setObjectName("conflictTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        self._layout.addWidget(title)
        for index, text in enumerate(texts):
            shown = text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"
            label = QLabel(shown or self.tr("(an empty note)"), self)
            label.setObjectName(f"conflictText{index}")
            label.setAccessibleName(self.tr("Text from another device"))
            label.setTextFormat(Qt.TextFormat.PlainText)  # the reader's text, as text
            label.setWordWrap(True)
            label.setToolTip(text)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            use = QPushButton(self.tr("Use This Text"), self)
            use.setObjectName(f"conflictUse{index}")
            use.setAccessibleName(self.tr("Make this text the note"))
            use.clicked.connect(lambda _checked=False, t=text: self.restore_requested.emit(t))
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(use, 0, Qt.AlignmentFlag.AlignTop)
            self._layout.addLayout(row)
        keep = QPushButton(self.tr("Keep Mine"), self)
        keep.setObjectName("conflictKeep")
        keep.setAccessibleName(self.tr("Keep the note as it is"))
        keep.setToolTip(self.tr("Set the other texts aside, on every device"))
        keep.clicked.connect(self.dismiss_requested)
        self._layout.addWidget(keep, 0, Qt.AlignmentFlag.AlignRight)
        self.show()
