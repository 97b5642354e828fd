"""Reviewing kept words as flashcards, scheduled by FSRS.

The front shows the word in the sentence it was kept from; Space (or Show Answer)
turns it to the root, how the word is built and the gloss. Again, Hard, Good and Easy
(keys 1-4) schedule the next review; "Known" (K) takes the word out of the queue.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.richtext import escape
from desktop.storeadapter import StoreAdapter
from desktop.translations import problem_text
from glossary.export.vocabulary import formula, sentence_html
from glossary.notes.store import StoreError
from glossary.words.vocabulary import KNOWN, RATINGS, VocabularyItem


class ReviewDialog(QDialog):
    """One card at a time from the due queue; answers are written as they are given."""

    def __init__(self, notes: StoreAdapter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.setAccessibleName(self.tr("Review words"))
        self.setWindowTitle(self.tr("Review Words"))
        self.notes = notes
        self.item: VocabularyItem | None = None
        self.reviewed = 0
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("reviewCounts")
        self.counts_label.setAccessibleName(self.tr("Words due"))
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.card = QTextBrowser(self)
        self.card.setObjectName("reviewCard")
        self.card.setAccessibleName(self.tr("Card"))
        self.card.setOpenLinks(False)
        self.card.setMinimumSize(420, 220)
        self.resize(620, 500)
        self.show_button = QPushButton(self.tr("Show Answer (Space)"), self)
        self.show_button.setObjectName("showAnswerButton")
        self.show_button.setAccessibleName(self.tr("Show answer"))
        self.rating_buttons: dict[int, QPushButton] = {}
        ratings = QHBoxLayout()
        shown = (self.tr("Again"), self.tr("Hard"), self.tr("Good"), self.tr("Easy"))
        for rating, name in RATINGS.items():
            button = QPushButton(f"{rating} {shown[rating - 1]}", self)
            button.setObjectName(f"rate{name}Button")
            button.setAccessibleName(shown[rating - 1])
            button.setToolTip(self.tr("Key %1").replace("%1", str(rating)))
            button.clicked.connect(lambda _=False, r=rating: self.rate(r))
            key = QShortcut(QKeySequence(str(rating)), self)
            key.activated.connect(lambda r=rating: self.rate(r))
            self.rating_buttons[rating] = button
            ratings.addWidget(button)
        self.known_button = QPushButton(self.tr("&Known (K)"), self)
        self.known_button.setObjectName("markKnownButton")
        self.known_button.setAccessibleName(self.tr("I know this word"))
        self.known_button.setToolTip(self.tr("Mark the word known: it leaves the review queue"))
        ratings.addStretch(1)
        ratings.addWidget(self.known_button)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("reviewProblem")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.problem_label.setAccessibleName(self.tr("Problem"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeReviewButton")
        self.close_button.setAccessibleName(self.tr("Close the review"))
        self.close_button.setAutoDefault(False)
        self.wait_timer = QTimer(self)
        self.wait_timer.setSingleShot(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.show_button)
        layout.addLayout(ratings)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.space = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        self.space.activated.connect(self.show_answer)
        self.show_button.clicked.connect(self.show_answer)
        self.known_button.clicked.connect(self.on_known_button_clicked)
        self.known_key = QShortcut(QKeySequence(Qt.Key.Key_K), self)
        self.known_key.activated.connect(self.on_known_button_clicked)
        self.close_button.clicked.connect(self.close)
        self.wait_timer.timeout.connect(self.next_card)
        self.next_card()

    def next_card(self) -> None:
        """Show the front of the next due word, or say that none is due."""
        try:
            due = self.notes.vocabulary.due(limit=1)
            counts = self.notes.vocabulary.due_counts()
        except StoreError as exc:
            self._problem(problem_text(exc))
            return
        self.counts_label.setText(
            self.tr("Due now: %1 (%2 never reviewed, %3 again) · answered this session: %4")
            .replace("%1", str(counts.total))
            .replace("%2", str(counts.new))
            .replace("%3", str(counts.review))
            .replace("%4", str(self.reviewed))
        )
        self.item = due[0] if due else None
        if self.item is None:
            said = self.tr("Nothing to review now.")
            self.card.setHtml(f"<h2>{escape(said)}</h2><p>{escape(self._next_due_text())}</p>")
            self._answer_shown(None)
            return
        self.card.setHtml(self._front(self.item))
        self._answer_shown(False)

    def _next_due_text(self) -> str:
        when = self.notes.vocabulary.next_due()
        if when is None:
            return self.tr("Keep words from the Word view to review them here.")
        moment = datetime.fromisoformat(when.replace("Z", "+00:00"))
        seconds = (moment - datetime.now(UTC)).total_seconds()
        if seconds < 3600:
            # Soon (a word answered "Again"): the card comes back here by itself.
            self.wait_timer.start(max(1000, int(seconds * 1000) + 500))
            minutes = max(1, round(seconds / 60))
            return self.tr("The next word is due in %n minute(s).", "", minutes)
        local = moment.astimezone().strftime("%Y-%m-%d %H:%M")
        return self.tr("The next word is due on %1.").replace("%1", local)

    def _front(self, item: VocabularyItem) -> str:
        return f"<h1>{escape(item.word)}</h1><p><i>{sentence_html(item)}</i></p>"

    def _answer_shown(self, shown: bool | None) -> None:
        """None: no card; False: the front; True: the back, ready for an answer."""
        self.show_button.setEnabled(shown is False)
        for button in self.rating_buttons.values():
            button.setEnabled(shown is True)
        self.known_button.setEnabled(shown is not None)
        if shown is True:
            self.rating_buttons[3].setFocus()
        elif shown is False:
            self.show_button.setFocus()

    @Slot()
    def show_answer(self) -> None:
        if self.item is None or not self.show_button.isEnabled():
            return
        item = self.item
        built = formula(item)
        back = [self._front(item), "<hr>"]
        if item.headword.casefold() != item.word.casefold():
            back.append(f"<h2>{escape(item.headword)}</h2>")
        if built:
            back.append(f"<p>{escape(built)}</p>")
        back.append(f"<p style='font-size:large'>{escape(item.gloss)}</p>")
        self.card.setHtml("".join(back))
        self._answer_shown(True)

    def rate(self, rating: int) -> None:
        if self.item is None or not self.rating_buttons[rating].isEnabled():
            return
        try:
            self.notes.review_word(self.item.id, rating)
        except StoreError as exc:
            self._problem(problem_text(exc))
            return
        self.reviewed += 1
        self.next_card()

    @Slot()
    def on_known_button_clicked(self) -> None:
        if self.item is None or not self.known_button.isEnabled():
            return
        try:
            self.notes.set_word_status(self.item.id, KNOWN)
        except StoreError as exc:
            self._problem(problem_text(exc))
            return
        self.reviewed += 1
        self.next_card()

    def _problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.show()
