"""The entry view: one glossary entry with both definitions, its use in the article,
related entries and its occurrences in the open document."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QUrl, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.richtext import escape
from glossary.documents.reading import MarkedDocument
from glossary.messages import QT_TRANSLATE_NOOP
from glossary.model import Entry, Language, Occurrence
from glossary.terms.glossary import Glossary

ENTRY_SCHEME = "entry"
OCCURRENCE_SCHEME = "occurrence"
SPEAK_SCHEME = "speak"  # speak:LANGUAGE/term or speak:LANGUAGE/definition
# The places listed: a term of a 50 MB text may stand in it 100,000 times (each a
# snippet, and the page laid out at once). F3 goes through all of them.
LISTED = 300
LANGUAGE_NAMES: dict[Language, str] = {
    "id": QT_TRANSLATE_NOOP("EntryView", "Indonesian"),
    "en": QT_TRANSLATE_NOOP("EntryView", "English"),
}

STYLE = """
h2 { margin-bottom: 0; }
.alt { color: MUTED; margin-top: 2px; }
.meta { color: MUTED; }
h4 { margin-top: 14px; margin-bottom: 4px; }
.occ { margin: 0 0 6px 0; }
"""


class EntryView(QTextBrowser):
    """Shows one entry. Every string from the glossary or document is escaped.

    Signals:
        entry_requested(str): a related entry's link was activated.
        occurrence_requested(int, int): an occurrence was activated (start, end).
        speech_requested(str, str): hear this text in this language ("id", "en").
    """

    entry_requested = Signal(str)
    occurrence_requested = Signal(int, int)
    speech_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryView")
        self.setAccessibleName(self.tr("Glossary entry"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._html = ""  # the page shown, as written (with the palette's colours named)
        self._entry: Entry | None = None
        self._occurrences: list[Occurrence] = []
        self.anchorClicked.connect(self.on_anchor_clicked)
        self.show_placeholder()

    @property
    def entry(self) -> Entry | None:
        return self._entry

    @property
    def occurrences(self) -> list[Occurrence]:
        return list(self._occurrences)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The page's colours come from the palette when it is written: a new theme
        # writes it again (grey meant for white stayed on black).
        if event.type() == QEvent.Type.PaletteChange and self._html:
            position = self.verticalScrollBar().value()
            self._write(self._html)
            self.verticalScrollBar().setValue(position)

    def _write(self, html: str) -> None:
        """Show ``html`` with the style sheet in the palette's colours of now (a style
        sheet's colours are fixed when it is set)."""
        self._html = html
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self.document().setDefaultStyleSheet(STYLE.replace("MUTED", muted))
        self.setHtml(html)

    def show_placeholder(self) -> None:
        self._entry = None
        self._occurrences = []
        hints = (
            self.tr("Click a term with a dotted underline to read its definition."),
            self.tr("Ctrl+K searches the glossary; F3 jumps to the next occurrence."),
        )
        self._write("".join(f"<p class='meta'>{escape(h)}</p>" for h in hints))

    def show_entry(
        self,
        entry: Entry,
        glossary: Glossary,
        marked: MarkedDocument | None,
        first: Language,
    ) -> None:
        self._entry = entry
        self._occurrences = marked.of_entry(entry.id) if marked else []
        second: Language = "en" if first == "id" else "id"
        category = glossary.category(entry.category)
        parts = [
            f"<h2>{escape(entry.headword(first))}</h2>",
        ]
        if entry.headword(second) != entry.headword(first):
            parts.append(f"<p class='alt'>{escape(entry.headword(second))}</p>")
        aliases = [a for a in entry.all_forms() if a not in (entry.term_en, entry.term_id)]
        meta = escape(category.label(first))
        if aliases:
            meta += " · " + escape(", ".join(aliases))
        origin = glossary.origin(entry.id)
        if origin is not None and origin.key != "bundled":
            meta += " · " + escape(self.tr("from %1").replace("%1", origin.name))
        parts.append(f"<p class='meta'>{meta}</p>")
        listen = escape(self.tr("Listen"))
        names = {
            language: escape(QCoreApplication.translate("EntryView", LANGUAGE_NAMES[language]))
            for language in (first, second)
        }
        hear = " · ".join(
            f"<a href='{SPEAK_SCHEME}:{language}/term'>{names[language]}</a>"
            for language in (first, second)
        )
        said = escape(self.tr("Hear the term:"))
        parts.append(f"<p class='meta'>{said} {hear}</p>")
        others = [glossary.get(i) for i in glossary.alternatives(entry.id)]
        if others:
            links = ", ".join(
                f"<a href='{ENTRY_SCHEME}:{escape(o.id)}'>"
                f"{escape(self._source_name(glossary, o.id))}</a>"
                for o in others
                if o is not None
            )
            note = escape(self.tr("Another definition of this term exists:"))
            parts.append(f"<p class='meta'>{note} {links}</p>")
        for language in (first, second):
            parts.append(
                f"<h4>{names[language]} <span class='meta'>· "
                f"<a href='{SPEAK_SCHEME}:{language}/definition'>{listen}</a></span></h4>"
            )
            parts.append(f"<p>{escape(entry.definition(language))}</p>")
        # The note on use: the bundled glossary's describes its own article; an own
        # glossary's note is shown wherever it is used (it was written for the reader's text).
        own = origin is not None and origin.key != "bundled"
        describes = marked is not None and glossary.describes(marked.document.path)
        if entry.usage(first) and (own or describes):
            said = self.tr("In this article")
            parts.append(f"<h4>{escape(said)}</h4>")
            parts.append(f"<p>{escape(entry.usage(first))}</p>")
        related = glossary.related(entry)
        if related:
            links = ", ".join(
                f"<a href='{ENTRY_SCHEME}:{escape(r.id)}'>{escape(r.headword(first))}</a>"
                for r in related
            )
            said = self.tr("Related")
            parts.append(f"<h4>{escape(said)}</h4><p>{links}</p>")
        parts.append(self._occurrences_html(marked))
        self._write("".join(parts))

    def _source_name(self, glossary: Glossary, entry_id: str) -> str:
        origin = glossary.origin(entry_id)
        return origin.name if origin is not None else glossary.name

    def _occurrences_html(self, marked: MarkedDocument | None) -> str:
        if marked is None:
            return ""
        count = len(self._occurrences)
        title = escape(self.tr("In the text (%n)", "", count))
        if not count:
            return f"<h4>{title}</h4>"
        rows = []
        for index, occ in enumerate(self._occurrences[:LISTED]):
            snip = marked.snippet(occ)
            rows.append(
                f"<p class='occ'><a href='{OCCURRENCE_SCHEME}:{index}'>{index + 1}.</a> "
                f"{escape(snip.before)}<b>{escape(snip.match)}</b>{escape(snip.after)}</p>"
            )
        if count > LISTED:
            rows.append("<p class='meta'>…</p>")
        hint = escape(self.tr("F3: next occurrence"))
        return f"<h4>{title}</h4><p class='meta'>{hint}</p>" + "".join(rows)

    @Slot(QUrl)
    def on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == SPEAK_SCHEME and self._entry is not None:
            language, _, part = url.path().partition("/")
            if language in ("id", "en"):
                side: Language = "en" if language == "en" else "id"
                entry = self._entry
                said = entry.definition(side) if part == "definition" else ""
                self.speech_requested.emit(said or entry.headword(side), side)
        elif url.scheme() == ENTRY_SCHEME:
            self.entry_requested.emit(url.path())
        elif url.scheme() == OCCURRENCE_SCHEME:
            try:
                occ = self._occurrences[int(url.path())]
            except (ValueError, IndexError):
                return
            self.occurrence_requested.emit(occ.start, occ.end)
