"""The card beside a word: a small popup under (or over) a word of the text that was
double-clicked, or a glossary term that was clicked, with what a reader needs there
and then (as LingQ, LUTE and Readest show it).

A word's card: the word, how it is built, its part of speech, its meaning, the glossary
entry it is part of, whether it is kept and with what status; Keep, the statuses 1-4,
"Open in Panel", and a speaker button (S) that speaks it. A term's card: the headword
and the definition in the language shown first, the category, "Open in Panel" and the
speaker button. What it shows comes from the domain's
lookup (a :class:`~glossary.words.lookup.WordInfo`, an :class:`~glossary.model.Entry`);
every text on it is plain text.

A child of the text's viewport, not a ``Qt.Popup``: a popup swallows the click that
closes it, so the second click of a double-click on a term (whose card opened at the
first) was lost. The card has the keyboard while it is open (1-4, K, S, Enter, Esc);
a click anywhere else, a scroll or the focus going elsewhere closes it; Esc gives the
focus back to where it was (the text, at the same place).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QHideEvent, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.icons import icon
from desktop.panels.word import word_classes
from glossary.model import Category, Entry, Language
from glossary.words.vocabulary import STATUS_NAMES, VocabularyItem

if TYPE_CHECKING:  # loaded with the first lookup
    from glossary.words.lookup import WordInfo

WIDTH = 380  # pixels: a card, not a panel
GAP = 4  # between the word and the card
DEFINITION_CHARS = 320  # a term's definition on the card: its first sentences
STATUS_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4}
WORD, TERM = "word", "term"


def card_position(word: QRect, size: QSize, screen: QRect) -> QPoint:
    """Where a card of ``size`` goes for a word at ``word``: just below it, or above it
    when there is no room below, and always within ``screen`` (the view it is in)."""
    x = max(screen.left(), min(word.left(), screen.right() + 1 - size.width()))
    y = word.bottom() + 1 + GAP
    if y + size.height() > screen.bottom() + 1:
        above = word.top() - GAP - size.height()
        y = above if above >= screen.top() else screen.bottom() + 1 - size.height()
    return QPoint(x, max(screen.top(), y))


class WordCard(QFrame):
    """A word's or a term's card.

    Signals:
        keep_requested(): keep the word shown (with its default gloss).
        status_requested(int): give the word shown this status (1-4), keeping it if needed.
        panel_requested(): show the word in the Word tab, with everything known of it.
        entry_requested(str): show this glossary entry in the Glossary tab.
        speech_requested(str, str): hear this text in this language ("id", "en"; "":
            the document's).
    """

    keep_requested = Signal()
    status_requested = Signal(int)
    panel_requested = Signal()
    entry_requested = Signal(str)
    speech_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordCard")
        self.setAccessibleName(self.tr("Word card"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Raised)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._return_to: QWidget | None = None  # the focus before it opened
        self._watching = False  # for a click elsewhere and the focus going elsewhere
        self.hide()
        self.setFixedWidth(WIDTH)
        self.kind = WORD
        self.info: WordInfo | None = None
        self.item: VocabularyItem | None = None
        self.entry_id: str | None = None  # the term shown, or the word's entry
        self.language: Language = "id"  # a term's: the language shown first

        self.title = self._label("wordCardTitle", self.tr("Word"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.listen_button = QToolButton(self)
        self.listen_button.setObjectName("wordCardListenButton")
        self.listen_button.setAccessibleName(self.tr("Listen"))
        self.listen_button.setToolTip(self.tr("Hear it (S)"))
        self.listen_button.setIcon(icon("volume-2"))
        self.listen_button.setAutoRaise(True)
        self.listen_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.subtitle = self._label("wordCardSubtitle", self.tr("Other language"))
        self.formula = self._label("wordCardFormula", self.tr("How the word is built"))
        self.grammar = self._label("wordCardGrammar", self.tr("Part of speech"))
        self.meaning = self._label("wordCardMeaning", self.tr("Meaning"))
        self.meaning.setWordWrap(True)
        self.status_label = self._label("wordCardStatus", self.tr("Word status"))
        for label in (self.subtitle, self.grammar, self.status_label):
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.entry_button = QPushButton(self)
        self.entry_button.setObjectName("wordCardEntryButton")
        self.entry_button.setAccessibleName(self.tr("Glossary entry of the word"))
        self.entry_button.setToolTip(self.tr("Show the entry in the Glossary tab"))
        self.entry_button.setFlat(True)
        self.entry_button.setStyleSheet("text-align: left")

        self.keep_button = QPushButton(self.tr("&Keep"), self)
        self.keep_button.setObjectName("wordCardKeepButton")
        self.keep_button.setAccessibleName(self.tr("Keep this word"))
        self.keep_button.setToolTip(self.tr("Add the word to your vocabulary (K)"))
        self.status_buttons = QButtonGroup(self)
        shown = (self.tr("New"), self.tr("Learning"), self.tr("Known"), self.tr("Ignored"))
        self.statuses = shown
        self._status_buttons: list[QPushButton] = []
        status_row = QHBoxLayout()
        status_row.setSpacing(2)
        for status, name in STATUS_NAMES.items():
            button = QPushButton(str(status), self)
            button.setObjectName(f"wordCard{name.capitalize()}Button")
            button.setAccessibleName(self.tr("Mark as %1").replace("%1", shown[status - 1]))
            button.setToolTip(
                self.tr("%1 (key %2)").replace("%1", shown[status - 1]).replace("%2", str(status))
            )
            button.setCheckable(True)
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("0") * 4 + 8)
            self.status_buttons.addButton(button, status)
            self._status_buttons.append(button)
            status_row.addWidget(button)
        self.panel_button = QPushButton(self.tr("&Open in Panel"), self)
        self.panel_button.setObjectName("wordCardPanelButton")
        self.panel_button.setAccessibleName(self.tr("Open in the side panel"))
        self.panel_button.setToolTip(self.tr("Everything about it in the side panel (Enter)"))
        for button in (self.keep_button, self.panel_button, *self._status_buttons):
            button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addLayout(status_row)
        buttons.addStretch(1)
        buttons.addWidget(self.panel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(3)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.listen_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(title_row)
        for widget in (self.subtitle, self.formula, self.grammar, self.meaning):
            layout.addWidget(widget)
        layout.addWidget(self.entry_button)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self._connect_signals()

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setTextFormat(Qt.TextFormat.PlainText)  # glossary and user text, as text
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _connect_signals(self) -> None:
        self.keep_button.clicked.connect(self.on_keep_button_clicked)
        self.status_buttons.idClicked.connect(self.on_status_buttons_id_clicked)
        self.panel_button.clicked.connect(self.on_panel_button_clicked)
        self.entry_button.clicked.connect(self.on_entry_button_clicked)
        self.listen_button.clicked.connect(self.on_listen_button_clicked)

    # -- what it shows ----------------------------------------------------------------------------

    def show_word(
        self,
        info: WordInfo,
        entry: Entry | None,
        language: Language,
        item: VocabularyItem | None,
    ) -> None:
        """Show the word ``info`` (``entry``: the glossary entry it stands in, if any;
        ``item``: its vocabulary record, None if not kept)."""
        from glossary.words.lookup import NAME, NUMBER

        self.kind = WORD
        self.info = info
        self.entry_id = entry.id if entry is not None else None
        self.title.setText(info.word)
        self.subtitle.hide()
        formula = ""
        if info.kind in (NAME, NUMBER):
            formula = self.tr("A name, left untranslated.") if info.kind == NAME else ""
        elif info.analysis.affixed:
            formula = info.analysis.formula
        elif info.root != info.word.lower():
            formula = self.tr("Root: %1").replace("%1", info.root)
        if info.standard:
            spelled = self.tr("Standard spelling: %1").replace("%1", info.standard)
            formula = f"{formula} · {spelled}" if formula else spelled
        self._set(self.formula, formula)
        self._set(self.grammar, word_classes(info, self.tr("Root: %1")))
        meaning = info.gloss
        if not meaning and info.kind not in (NAME, NUMBER):
            english = [w for words in info.english_words().values() for w in words]
            meaning = ", ".join(dict.fromkeys(english))
        if not meaning and info.kind not in (NAME, NUMBER):
            meaning = self.tr("Not in the word list or any installed dictionary.")
        self._set(self.meaning, meaning)
        if entry is not None:
            said = self.tr("In the glossary: %1").replace("%1", entry.headword(language))
            self.entry_button.setText(said.replace("&", "&&"))  # "S&P 500" has no mnemonic
        self.entry_button.setVisible(entry is not None)
        keepable = info.kind != NUMBER
        for button in (self.keep_button, *self.status_buttons.buttons()):
            button.setVisible(keepable)
        self.status_label.setVisible(keepable)
        self.panel_button.setToolTip(self.tr("Everything about the word in the Word tab (Enter)"))
        self.set_item(item)

    def show_term(self, entry: Entry, category: Category, language: Language) -> None:
        """Show the glossary term ``entry``: its headword and definition in ``language``
        (the one shown first), its headword in the other, its category."""
        self.kind = TERM
        self.info = None
        self.item = None
        self.entry_id = entry.id
        self.language = language
        other: Language = "en" if language == "id" else "id"
        self.title.setText(entry.headword(language))
        headword = entry.headword(other)
        self._set(self.subtitle, headword if headword != entry.headword(language) else "")
        self._set(self.formula, "")
        self._set(self.grammar, category.label(language))
        self._set(self.meaning, entry.short_definition(language, DEFINITION_CHARS))
        self.entry_button.hide()
        for button in (self.keep_button, *self.status_buttons.buttons()):
            button.hide()
        self.status_label.hide()
        self.panel_button.setToolTip(self.tr("The whole entry in the Glossary tab (Enter)"))

    def set_item(self, item: VocabularyItem | None) -> None:
        """The word's vocabulary record changed (None: not kept)."""
        if self.kind != WORD:
            return
        self.item = item
        if item is None:
            self.status_label.setText(self.tr("Not in your vocabulary."))
            self.keep_button.setText(self.tr("&Keep"))
        else:
            self.status_label.setText(
                self.tr("Kept as “%1”: %2")
                .replace("%1", item.headword)
                .replace("%2", self.statuses[item.status - 1].lower())
            )
            self.keep_button.setText(self.tr("Kept"))
        self.keep_button.setEnabled(item is None)
        # An exclusive group keeps one button checked: let go of it to clear them all.
        self.status_buttons.setExclusive(False)
        for button in self.status_buttons.buttons():
            button.setChecked(item is not None and self.status_buttons.id(button) == item.status)
        self.status_buttons.setExclusive(True)

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def status(self) -> int:
        """The status shown (0: the word is not kept, or a term is shown)."""
        return self.item.status if self.item is not None else 0

    # -- showing it beside a word -----------------------------------------------------------------

    def popup_beside(self, word: QRect) -> None:
        """Open beside the word at ``word`` (in the parent's coordinates), within the
        parent, with the keyboard."""
        self.adjustSize()
        parent = self.parentWidget()
        bounds = parent.rect() if parent is not None else QRect(QPoint(0, 0), self.size())
        self.move(card_position(word, self.size(), bounds))
        focus = QApplication.focusWidget()
        if not self.isVisible() or not self._holds(focus):
            self._return_to = focus
        app = QApplication.instance()
        if not self._watching and isinstance(app, QApplication):
            app.installEventFilter(self)
            app.focusChanged.connect(self.on_app_focus_changed)
            self._watching = True
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def _holds(self, widget: QWidget | None) -> bool:
        return widget is not None and (widget is self or self.isAncestorOf(widget))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A click anywhere but on the card, or a scroll, closes it (the click goes on
        # to where it was meant: a double-click on a term gets to the text).
        kind = event.type()
        closing = kind in (QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)
        if closing and isinstance(watched, QWidget) and not self._holds(watched):
            self.close()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # a click on the card stays on the card

    @Slot(QWidget, QWidget)
    def on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and not self._holds(new):
            self.close()  # Tab, Ctrl+K, a click in the side panel: the reader went on

    def close_and_return(self) -> None:
        """Esc: close, and give the focus back to where it was (the text)."""
        back = self._return_to
        self.close()
        if back is not None and shiboken6.isValid(back) and back.isVisible():
            back.setFocus(Qt.FocusReason.PopupFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.removeEventFilter(self)
            if self._watching:
                app.focusChanged.disconnect(self.on_app_focus_changed)
        self._watching = False
        focus = QApplication.focusWidget()
        if focus is None or self._holds(focus):
            back = self._return_to
            if back is not None and shiboken6.isValid(back) and back.isVisible():
                back.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and key in STATUS_KEYS and self.kind == WORD and self.keep_button.isVisible():
            self.on_status_buttons_id_clicked(STATUS_KEYS[Qt.Key(key)])
        elif plain and key == Qt.Key.Key_K and self.kind == WORD and self.keep_button.isEnabled():
            self.on_keep_button_clicked()
        elif plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.hasFocus():
            self.on_panel_button_clicked()
        elif plain and key == Qt.Key.Key_S:
            self.on_listen_button_clicked()
        elif key == Qt.Key.Key_Escape:
            self.close_and_return()
        else:
            super().keyPressEvent(event)

    # -- its buttons ------------------------------------------------------------------------------

    def on_keep_button_clicked(self) -> None:
        self.keep_requested.emit()

    def on_status_buttons_id_clicked(self, status: int) -> None:
        self.status_requested.emit(status)

    def on_panel_button_clicked(self) -> None:
        self.close()
        if self.kind == TERM and self.entry_id is not None:
            self.entry_requested.emit(self.entry_id)
        else:
            self.panel_requested.emit()

    def on_listen_button_clicked(self) -> None:
        """Hear the word (in the document's language) or the term's headword shown."""
        if self.kind == TERM:
            self.speech_requested.emit(self.title.text(), self.language)
        elif self.info is not None:
            self.speech_requested.emit(self.info.word, "")

    def on_entry_button_clicked(self) -> None:
        self.close()
        if self.entry_id is not None:
            self.entry_requested.emit(self.entry_id)
