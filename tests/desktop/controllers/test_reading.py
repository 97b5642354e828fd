"""The reading controllers without a main window: Find, the appearance (zoom and the
definition shown first), the glossary's terms and their occurrences, and marking a
long text a part at a time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop import settings as keys
from desktop.controllers.appearance import AppearanceController
from desktop.controllers.find import FindController
from desktop.controllers.marking import MarkingController
from desktop.controllers.terms import TermsController
from desktop.feedback import Feedback
from desktop.panels.glossary import GlossaryPanel
from desktop.progressbox import ProgressBox
from desktop.reader.findbar import FindBar
from desktop.reader.marking import AT_ONCE_CHARS
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.settings import Settings
from glossary.documents.loading import load_bundled_article, parse_plain_text


def show(session: DocumentSession, reader: ReaderView, document: object = None) -> None:
    session.open(document or load_bundled_article())  # type: ignore[arg-type]
    assert session.marked is not None
    reader.show_document(session.marked, session.tooltips(), drawn=session.marking_later)


def test_find_marks_every_hit_and_steps_through_them(
    session: DocumentSession, reader: ReaderView, qtbot: QtBot
) -> None:
    bar = FindBar()
    qtbot.addWidget(bar)
    find = FindController(session, reader, bar)
    show(session, reader)
    bar.show()
    bar.field.setText("deepseek")
    find.on_query_changed("deepseek")
    assert session.marked is not None and len(find.hits) > 5
    assert all(session.marked.text[s:e].lower() == "deepseek" for s, e in find.hits)
    find.on_step_requested(False)
    assert bar.count_label.text().startswith("2 of")
    find.on_closed()
    assert find.hits == []


def test_zoom_and_the_definition_shown_first_are_kept(
    session: DocumentSession, reader: ReaderView, host: QWidget, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    appearance = AppearanceController(session, settings, reader, host)
    appearance.start()
    size = reader.font().pointSizeF()
    appearance.zoom_in()
    appearance.zoom_in()
    assert reader.font().pointSizeF() > size and settings.get(keys.ZOOM) == 2
    appearance.zoom_reset()
    assert reader.font().pointSizeF() == size and settings.get(keys.ZOOM) == 0
    appearance.set_definition_language("en")
    assert session.language == "en" and settings.get(keys.DEFINITION_FIRST) == "en"


def test_a_term_clicked_shows_its_entry_and_f3_walks_its_occurrences(
    session: DocumentSession,
    reader: ReaderView,
    tabs: QTabWidget,
    feedback: Feedback,
    qtbot: QtBot,
) -> None:
    panel = GlossaryPanel(session.glossary)
    qtbot.addWidget(panel)
    tabs.addTab(panel, "Glossary")
    terms = TermsController(session, reader, panel, tabs, feedback)
    show(session, reader)
    assert session.marked is not None
    first, second = session.marked.of_entry("nvidia")[:2]
    terms.on_term_activated("nvidia", first.start)
    assert session.current_entry == "nvidia" and panel.entry_view.entry is not None
    reader.setTextCursor(reader.cursor_for(first.end))
    terms.next_occurrence()
    assert reader.selection_range() == (second.start, second.end)
    assert "occurrence 2 of" in feedback.status_bar.currentMessage()


def test_a_long_text_is_marked_a_part_at_a_time_and_given_to_the_session(
    session: DocumentSession, reader: ReaderView, qtbot: QtBot
) -> None:
    progress = ProgressBox()
    qtbot.addWidget(progress)
    marking = MarkingController(session, reader, progress)
    text = "\n\n".join(["Saham Nvidia jatuh karena DeepSeek."] * (AT_ONCE_CHARS // 30))
    show(session, reader, parse_plain_text(text))
    assert session.marked is not None and session.marked.occurrences == []
    with qtbot.waitSignal(session.found, timeout=60_000):
        marking.on_document_shown()
    assert session.marked.occurrences == session.matcher.find(session.marked.text)
    assert len(session.marked.occurrences) > 1000
    assert marking.marker is None and progress.isHidden()
