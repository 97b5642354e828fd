"""The Word view: any word of the text looked up, as a learner needs it.

The word as written, how it is built ("menyebabkan = meN- + sebab + -kan"), the English
meanings of its root and of the derived word, what installed dictionaries say (under
their names), the sentence it stands in, the other words of the document with the same
root (links that scroll there) and the glossary entry it is part of. Below, "Keep this
word" with the gloss to keep, and its status (keys 1-4).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.icons import icon
from desktop.richtext import escape
from desktop.translations import domain_text
from glossary.terms.glossary import Glossary
from glossary.words.vocabulary import STATUS_NAMES, VocabularyItem

if TYPE_CHECKING:  # loaded with the first lookup
    from glossary.words.lookup import Token, WordInfo

SCROLL_SCHEME = "word"
ENTRY_SCHEME = "entry"
MAX_SAME_ROOT = 40  # links listed; more are counted

STYLE = """
h2 { margin-bottom: 0; }
.formula { font-size: large; margin-top: 2px; }
.meta { color: palette(placeholder-text); }
h4 { margin-top: 14px; margin-bottom: 4px; }
.source { color: palette(placeholder-text); }
p { margin: 0 0 6px 0; }
"""


def word_classes(info: WordInfo, root_template: str) -> str:
    """ "verb — Root: sebab (noun)": the word's own part of speech, and its root's
    beside the root when the word is not its root (``root_template``: "Root: %1" in
    the interface's language)."""
    own = domain_text(info.pos) if info.pos else ""
    if info.root == info.word.lower():
        return own
    root = root_template.replace("%1", info.root)
    if info.root_pos:
        root = f"{root} ({domain_text(info.root_pos)})"
    return f"{own} — {root}" if own else root


class WordPanel(QWidget):
    """Shows one looked-up word. Every string from the text or a dictionary is escaped.

    Signals:
        keep_requested(str): keep the shown word with this gloss.
        status_requested(int): give the shown word this status (1-4), keeping it if needed.
        range_requested(int, int): a word of the document was activated (start, end).
        entry_requested(str): the glossary entry's link was activated.
        speech_requested(): hear the shown word.
        sentence_speech_requested(): hear the sentence it stands in.
    """

    keep_requested = Signal(str)
    status_requested = Signal(int)
    range_requested = Signal(int, int)
    entry_requested = Signal(str)
    speech_requested = Signal()
    sentence_speech_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordPanel")
        self.setAccessibleName(self.tr("Word"))
        self.info: WordInfo | None = None
        self.item: VocabularyItem | None = None
        self.view = QTextBrowser(self)
        self.view.setObjectName("wordView")
        self.view.setAccessibleName(self.tr("Word lookup"))
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        self.view.document().setDocumentMargin(8)  # the text not against the frame
        self.view.document().setDefaultStyleSheet(STYLE)
        self.gloss_box = QComboBox(self)
        self.gloss_box.setObjectName("wordGlossBox")
        self.gloss_box.setAccessibleName(self.tr("Gloss to keep"))
        self.gloss_box.setEditable(True)
        self.gloss_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.gloss_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.keep_button = QPushButton(self.tr("&Keep This Word"), self)
        self.keep_button.setObjectName("keepWordButton")
        self.keep_button.setAccessibleName(self.tr("Keep this word"))
        self.keep_button.setToolTip(self.tr("Add the word to your vocabulary with this gloss"))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("wordStatusLabel")
        self.status_label.setAccessibleName(self.tr("Word status"))
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_buttons = QButtonGroup(self)
        self.status_buttons.setExclusive(True)
        status_row = QHBoxLayout()
        status_row.setSpacing(2)
        shown = (self.tr("New"), self.tr("Learning"), self.tr("Known"), self.tr("Ignored"))
        self.statuses = shown
        for status, name in STATUS_NAMES.items():
            button = QPushButton(f"{status} {shown[status - 1]}", self)
            button.setObjectName(f"wordStatus{name.capitalize()}Button")
            button.setAccessibleName(self.tr("Mark as %1").replace("%1", shown[status - 1]))
            button.setToolTip(self.tr("Key %1").replace("%1", str(status)))
            button.setCheckable(True)
            self.status_buttons.addButton(button, status)
            status_row.addWidget(button)
        self.listen_button = QPushButton(icon("volume-2"), self.tr("&Listen"), self)
        self.listen_button.setObjectName("wordListenButton")
        self.listen_button.setAccessibleName(self.tr("Listen to the word"))
        self.listen_button.setToolTip(self.tr("Hear the word (Ctrl+Shift+S)"))
        self.sentence_button = QPushButton(
            icon("volume-2"), self.tr("Listen to the &Sentence"), self
        )
        self.sentence_button.setObjectName("wordSentenceButton")
        self.sentence_button.setAccessibleName(self.tr("Listen to the sentence"))
        self.sentence_button.setToolTip(
            self.tr("Hear the sentence the word stands in (Ctrl+Alt+S)")
        )
        listen_row = QHBoxLayout()
        listen_row.addWidget(self.listen_button)
        listen_row.addWidget(self.sentence_button)
        listen_row.addStretch(1)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.gloss_box, 1)
        keep_row.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)  # as the other tabs
        layout.addWidget(self.view, 1)
        layout.addLayout(listen_row)
        layout.addLayout(keep_row)
        layout.addWidget(self.status_label)
        layout.addLayout(status_row)
        self._connect_signals()
        self.show_placeholder()

    def _connect_signals(self) -> None:
        self.view.anchorClicked.connect(self.on_view_anchor_clicked)
        self.keep_button.clicked.connect(self.on_keep_button_clicked)
        self.listen_button.clicked.connect(self.speech_requested)
        self.sentence_button.clicked.connect(self.sentence_speech_requested)
        self.status_buttons.idClicked.connect(self.status_requested)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.info is None:
            self.show_placeholder()  # its colours follow the theme

    def show_placeholder(self) -> None:
        self.info = None
        self.item = None
        hints = (
            self.tr("Double-click any word of the text, or select it and press Ctrl+D."),
            self.tr("Keys 1-4 mark the word new, learning, known or ignored."),
        )
        self.view.setHtml("".join(f"<p class='meta'>{escape(h)}</p>" for h in hints))
        self.gloss_box.clear()
        self._set_controls(enabled=False)

    def _set_controls(self, *, enabled: bool) -> None:
        self.gloss_box.setEnabled(enabled)
        self.keep_button.setEnabled(enabled)
        self.listen_button.setEnabled(self.info is not None)
        self.sentence_button.setEnabled(self.info is not None)
        for button in self.status_buttons.buttons():
            button.setEnabled(enabled)

    def show_word(
        self,
        info: WordInfo,
        glossary: Glossary | None,
        sentence: tuple[str, str, str] | None,
        same_root: list[tuple[str, list[Token], int]] | None,
        item: VocabularyItem | None,
    ) -> None:
        """Show ``info``; ``sentence`` is (before, word, after); ``same_root`` the
        document's words with the same root, by form: the first ``MAX_SAME_ROOT`` of
        each and how many there are (None: not known yet)."""
        from glossary.words.lookup import NAME, NUMBER

        self.info = info
        parts = [f"<h2>{escape(info.word)}</h2>"]
        if info.kind == NUMBER:
            said = self.tr("A number.")
            parts.append(f"<p class='meta'>{escape(said)}</p>")
        elif info.kind == NAME:
            said = self.tr("A name, left untranslated.")
            parts.append(f"<p class='meta'>{escape(said)}</p>")
        else:
            if info.analysis.affixed:
                parts.append(f"<p class='formula'>{escape(info.analysis.formula)}</p>")
            said = word_classes(info, self.tr("Root: %1"))
            if said:
                parts.append(f"<p class='meta'>{escape(said)}</p>")
            if info.standard:
                spelled = self.tr("Standard spelling: %1").replace("%1", info.standard)
                parts.append(f"<p class='meta'>{escape(spelled)}</p>")
        parts.extend(self._meanings(info))
        if sentence is not None:
            before, word, after = sentence
            said = self.tr("In the text")
            parts.append(f"<h4>{escape(said)}</h4>")
            parts.append(f"<p>{escape(before)}<b>{escape(word)}</b>{escape(after)}</p>")
        if same_root is not None and info.kind not in (NAME, NUMBER):
            parts.extend(self._same_root(same_root))
        parts.extend(self._entries(info, glossary))
        self.view.setHtml("".join(parts))
        self._fill_glosses(info)
        self.set_item(item)

    def _meanings(self, info: WordInfo) -> list[str]:
        from glossary.words.lookup import UNLISTED, WORD_LIST_SOURCE

        parts: list[str] = []
        if info.derived_gloss:
            parts.append(f"<h4>{escape(info.headword)}</h4><p>{escape(info.derived_gloss)}</p>")
        if info.root_glosses:
            parts.append(
                f"<h4>{escape(info.root)}</h4><p>{escape('; '.join(info.root_glosses))}</p>"
            )
        if info.derived_gloss or info.root_glosses:
            parts.append(f"<p class='source'>{escape(domain_text(WORD_LIST_SOURCE))}</p>")
        for meaning in info.meanings:
            if meaning.reverse:
                continue  # below, one line per dictionary
            parts.append(
                f"<h4>{escape(meaning.headword)}</h4>"
                f"<p>{escape(meaning.text.strip())}</p>"
                f"<p class='source'>{escape(meaning.source)}</p>"
            )
        for source, headwords in info.english_words().items():
            said = self.tr("English words for it")
            parts.append(
                f"<h4>{escape(said)}</h4>"
                f"<p>{escape(', '.join(headwords))}</p>"
                f"<p class='source'>{escape(source)}</p>"
            )
        if info.kind == UNLISTED and not info.meanings:
            missing = self.tr("Not in the word list or any installed dictionary.")
            parts.append(f"<p class='meta'>{escape(missing)}</p>")
        return parts

    def _same_root(self, groups: list[tuple[str, list[Token], int]]) -> list[str]:
        if not groups:
            return []
        total = sum(count for _form, _tokens, count in groups)
        said = self.tr("Same root in this text (%1)")
        parts = [f"<h4>{escape(said.replace('%1', str(total)))}</h4>"]
        shown = 0
        for form, tokens, count in groups:
            links = []
            for n, token in enumerate(tokens, start=1):
                if shown >= MAX_SAME_ROOT:
                    break
                shown += 1
                url = f"{SCROLL_SCHEME}:{token.start}:{token.end}"
                links.append(f"<a href='{url}'>{n}</a>")
            more = count - len(links)
            tail = f" +{more}" if more > 0 else ""
            parts.append(f"<p><b>{escape(form)}</b> {' '.join(links)}{tail}</p>")
        return parts

    def _entries(self, info: WordInfo, glossary: Glossary | None) -> list[str]:
        parts: list[str] = []
        for entry_id in info.entries:
            entry = glossary.get(entry_id) if glossary else None
            if entry is None:
                continue
            said = self.tr("In the glossary")
            parts.append(f"<h4>{escape(said)}</h4>")
            parts.append(
                f"<p><a href='{ENTRY_SCHEME}:{escape(entry.id)}'>{escape(entry.term_id)}</a>"
                f" / {escape(entry.term_en)}</p><p>{escape(entry.short_definition('en'))}</p>"
            )
        return parts

    def _fill_glosses(self, info: WordInfo) -> None:
        self.gloss_box.clear()
        self.gloss_box.addItems(info.gloss_choices())
        if info.kind != "listed" and not any(not m.reverse for m in info.meanings):
            # Only English words found in reverse, or nothing: offered, not pre-filled.
            self.gloss_box.setCurrentIndex(-1)
            self.gloss_box.setEditText("")

    def set_item(self, item: VocabularyItem | None) -> None:
        """The shown word's vocabulary record (None: not kept)."""
        self.item = item
        keepable = self.info is not None and self.info.kind != "number"
        self._set_controls(enabled=keepable)
        if item is not None:
            self.gloss_box.setCurrentText(item.gloss)
            self.status_label.setText(
                self.tr("Kept as “%1”: %2")
                .replace("%1", item.headword)
                .replace("%2", self.statuses[item.status - 1].lower())
            )
            self.keep_button.setText(self.tr("Update &Gloss"))
        else:
            self.status_label.setText(self.tr("Not in your vocabulary."))
            self.keep_button.setText(self.tr("&Keep This Word"))
        # An exclusive group keeps one button checked: let go of it to clear them all.
        self.status_buttons.setExclusive(False)
        for button in self.status_buttons.buttons():
            button.setChecked(item is not None and self.status_buttons.id(button) == item.status)
        self.status_buttons.setExclusive(True)

    @Slot()
    def on_keep_button_clicked(self) -> None:
        self.keep_requested.emit(self.gloss_box.currentText().strip())

    @Slot(QUrl)
    def on_view_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == SCROLL_SCHEME:
            start, _, end = url.path().partition(":")
            if start.isdigit() and end.isdigit():
                self.range_requested.emit(int(start), int(end))
        elif url.scheme() == ENTRY_SCHEME:
            self.entry_requested.emit(url.path())
