"""The appearance of the text: the zoom scales headings with the body, and the text is a
column of a width in characters of its font, in the middle of the view."""

from __future__ import annotations

from pathlib import Path
from statistics import median

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop import settings as keys
from desktop.controllers.appearance import AppearanceController
from desktop.mainwindow import MainWindow
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.settings import Settings
from glossary.documents.loading import load_bundled_article


def shown(
    session: DocumentSession, reader: ReaderView, host: QWidget, tmp_path: Path
) -> AppearanceController:
    session.open(load_bundled_article())
    assert session.marked is not None
    reader.show_document(session.marked, session.tooltips())
    appearance = AppearanceController(session, Settings(tmp_path / "settings.ini"), reader, host)
    appearance.start()
    return appearance


def heading_and_body(reader: ReaderView, session: DocumentSession) -> tuple[float, float]:
    """The point sizes of the first heading's text and of a paragraph's."""
    assert session.marked is not None
    text = session.marked.text
    heading = reader.cursor_for(text.index("Perencanaan ekonomi") + 1)
    body = reader.cursor_for(text.index("Bloomberg mengutip") + 1)
    return heading.charFormat().font().pointSizeF(), body.charFormat().font().pointSizeF()


def test_headings_grow_and_shrink_with_the_zoom(
    session: DocumentSession, reader: ReaderView, host: QWidget, tmp_path: Path
) -> None:
    appearance = shown(session, reader, host, tmp_path)
    heading, body = heading_and_body(reader, session)
    assert heading > body * 1.2
    for _step in range(3):
        appearance.zoom_in()
    bigger_heading, bigger_body = heading_and_body(reader, session)
    assert bigger_body > body
    assert abs(bigger_heading / bigger_body - heading / body) < 0.02
    appearance.zoom_reset()
    for _step in range(2):
        appearance.zoom_out()
    smaller_heading, smaller_body = heading_and_body(reader, session)
    assert smaller_body < body
    assert abs(smaller_heading / smaller_body - heading / body) < 0.02


def characters_a_line(reader: ReaderView) -> float:
    """The median length of the full lines of the text's paragraphs."""
    lengths = []
    block = reader.document().begin()
    while block.isValid():
        layout = block.layout()
        lengths += [layout.lineAt(i).textLength() for i in range(layout.lineCount() - 1)]
        block = block.next()
    return median(lengths)


def test_the_text_is_a_centred_column_of_about_70_characters(
    session: DocumentSession, reader: ReaderView, host: QWidget, tmp_path: Path, qtbot: QtBot
) -> None:
    reader.resize(1800, 900)
    reader.show()
    qtbot.waitExposed(reader)
    appearance = shown(session, reader, host, tmp_path)
    margins = reader.viewportMargins()
    assert margins.left() > 100 and abs(margins.left() - margins.right()) <= 1
    qtbot.waitUntil(lambda: 62 <= characters_a_line(reader) <= 78)
    # Zoomed in, the column widens with the letters: as many a line.
    appearance.zoom_by(4)
    assert reader.viewportMargins().left() < margins.left()
    qtbot.waitUntil(lambda: 62 <= characters_a_line(reader) <= 78)
    appearance.zoom_reset()
    for width, low, high in (("narrow", 52, 66), ("wide", 76, 94)):
        appearance.settings.set(keys.LINE_WIDTH, width)
        appearance.apply()
        qtbot.waitUntil(lambda low=low, high=high: low <= characters_a_line(reader) <= high)
    appearance.settings.set(keys.LINE_WIDTH, "window")
    appearance.apply()
    assert reader.viewportMargins().left() == 0
    qtbot.waitUntil(lambda: characters_a_line(reader) > 120)
    assert QTextCursor(reader.document()).block().isValid()


def test_a_window_shown_wraps_the_text_in_its_column(window: MainWindow) -> None:
    reader = window.reader
    assert reader.viewportMargins().left() > 0
    assert reader.horizontalScrollBar().maximum() == 0
    assert reader.document().pageSize().width() == reader.viewport().width()


def test_zoom_keeps_the_text_at_the_top(window: MainWindow) -> None:
    reader, marked = window.reader, window.session.marked
    assert marked is not None
    place = marked.text.index("Teknologi Tiongkok kembali")
    reader.scroll_to_offset(place)
    assert reader.top_offset() == place
    for name in ("zoomInAction", "zoomInAction", "zoomOutAction", "zoomResetAction"):
        window.action(name).trigger()
        assert reader.top_offset() == place, name
