"""The tour: four short cards over the window on the very first start (and from Help >
Show Tour) that teach what the reader cannot guess: the dotted terms, looking up any
word, highlights with notes, and handouts. Not modal: the text stays usable behind it.
Back, Next and Done (or Esc, or closing it) move through it and end it.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from glossary.messages import QT_TRANSLATE_NOOP

CONTEXT = "Tour"  # of the cards (lupdate reads only literals: written out below)


class Card(NamedTuple):
    """A card's title and text, in English (translated when shown); ``keys`` fill the
    text's %1, %2 ... in the platform's own words."""

    title: str
    text: str
    keys: tuple[str, ...] = ()


CARDS = (
    Card(
        QT_TRANSLATE_NOOP("Tour", "Terms with a dotted line"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "A word or phrase with a dotted line under it is in the glossary. Click it "
            "(or reach it with %1 and press %2) to read its entry, in Indonesian and in "
            "English.",
        ),
        ("Tab", "Enter"),
    ),
    Card(
        QT_TRANSLATE_NOOP("Tour", "Any word, looked up"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "Double-click any word of the text to see its root, its affixes and what it "
            "means. Keep the words you want to learn, and review them later with %1.",
        ),
        ("Ctrl+R",),
    ),
    Card(
        QT_TRANSLATE_NOOP("Tour", "Highlights and notes"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "Select a passage and press %1 to %2 to highlight it in one of five "
            "colours; %3 writes a note on it. Your notes are listed in the Notes tab, "
            "and %4 undoes any change.",
        ),
        ("Ctrl+1", "Ctrl+5", "Ctrl+Alt+N", "Ctrl+Z"),
    ),
    Card(
        QT_TRANSLATE_NOOP("Tour", "Handouts for class"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "File > Export (%1) turns your highlights and notes into a handout to print "
            "or share, as a web page or a PDF, or into a spreadsheet or an Anki deck. "
            "Help > Keyboard Shortcuts (%2) lists every key.",
        ),
        ("Ctrl+E", "F1"),
    ),
)


def card_text(card: Card) -> tuple[str, str]:
    """The card's title and text in the interface's language, its keys filled in."""
    text = QCoreApplication.translate(CONTEXT, card.text)
    for number, key in reversed(list(enumerate(card.keys, start=1))):
        native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        text = text.replace(f"%{number}", native)
    return QCoreApplication.translate(CONTEXT, card.title), text


class TourDialog(QDialog):
    """The cards, one at a time, with Back, Next and Done; ``finished`` when it ends,
    however it ends."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tourDialog")
        self.setAccessibleName(self.tr("Tour of Glossary Reader"))
        self.setWindowTitle(self.tr("Welcome to Glossary Reader"))
        self.setModal(False)
        self.current = 0
        self.step_label = QLabel(self)
        self.step_label.setObjectName("tourStep")
        self.step_label.setAccessibleName(self.tr("Card"))
        self.step_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("tourTitle")
        self.title_label.setAccessibleName(self.tr("Title"))
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel(self)
        self.text_label.setObjectName("tourText")
        self.text_label.setAccessibleName(self.tr("What it teaches"))
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setObjectName("tourBackButton")
        self.back_button.setAccessibleName(self.tr("Previous card"))
        self.skip_button = QPushButton(self.tr("&Skip Tour"), self)
        self.skip_button.setObjectName("tourSkipButton")
        self.skip_button.setAccessibleName(self.tr("End the tour"))
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.setObjectName("tourNextButton")
        self.next_button.setAccessibleName(self.tr("Next card"))
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.done_button.setObjectName("tourDoneButton")
        self.done_button.setAccessibleName(self.tr("Finish the tour"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label, 1)
        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)
        self.back_button.clicked.connect(self.on_back_button_clicked)
        self.next_button.clicked.connect(self.on_next_button_clicked)
        self.done_button.clicked.connect(self.accept)
        self.skip_button.clicked.connect(self.reject)
        self.show_card(0)

    def show_card(self, number: int) -> None:
        """Show card ``number`` (from 0) of :data:`CARDS`."""
        self.current = max(0, min(number, len(CARDS) - 1))
        title, text = card_text(CARDS[self.current])
        last = self.current == len(CARDS) - 1
        self.step_label.setText(
            self.tr("%1 of %2").replace("%1", str(self.current + 1)).replace("%2", str(len(CARDS)))
        )
        self.title_label.setText(title)
        self.text_label.setText(text)
        # A screen reader on the button that has the focus hears the new card.
        for button in (self.next_button, self.done_button, self.back_button):
            button.setAccessibleDescription(f"{title}. {text}")
        self.back_button.setEnabled(self.current > 0)
        self.next_button.setVisible(not last)
        self.skip_button.setVisible(not last)
        self.done_button.setVisible(last)
        default = self.done_button if last else self.next_button
        default.setDefault(True)
        if self.isVisible() and not default.hasFocus():
            default.setFocus()

    @Slot()
    def on_next_button_clicked(self) -> None:
        self.show_card(self.current + 1)

    @Slot()
    def on_back_button_clicked(self) -> None:
        self.show_card(self.current - 1)
        if not self.back_button.isEnabled():
            self.next_button.setFocus()
