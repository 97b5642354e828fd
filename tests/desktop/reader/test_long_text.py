"""A long text in the window (issue 17): its first screen shows while the rest goes in,
and the place where the reader left it, scrolling, Find and highlights work while it
still goes in; another document opened meanwhile stops it cleanly."""

from __future__ import annotations

import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.mainwindow import MainWindow
from glossary.documents.loading import load_bundled_article

END_WORD = "Zanzibarikan"  # once in the text, at its very end


def long_text(tmp_path: Path, size: int = 1_200_000, name: str = "panjang.txt") -> Path:
    """The article repeated to ``size`` characters, a paragraph a line, and a word
    found nowhere else at its end."""
    article = load_bundled_article().text
    text = ((article + "\n\n") * (size // len(article) + 1))[:size]
    path = tmp_path / name
    path.write_text(f"{text.rstrip()}\n\nPenutup {END_WORD}.\n", encoding="utf-8")
    return path


def on_screen(window: MainWindow, offset: int) -> bool:
    reader = window.reader
    top = reader.cursorRect(reader.cursor_for(offset)).top()
    return 0 <= top < reader.viewport().height()


def test_the_first_screen_shows_before_the_rest_is_in(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    reader = window.reader
    with qtbot.waitSignal(reader.painted, timeout=10_000):
        assert window.controllers.documents.open_file(long_text(tmp_path))
    marked = window.session.marked
    assert marked is not None and reader.feeder is not None
    assert not reader.feeder.done  # painted with most of the text still to go in
    first = marked.document.blocks[0]
    assert reader.document().firstBlock().text() == marked.text[first.start : first.end]
    assert reader.top_offset() == 0 and on_screen(window, first.end)
    feeder = reader.feeder
    qtbot.waitUntil(lambda: feeder.done, timeout=20_000)
    assert reader.document().toPlainText() == marked.text


def test_the_place_left_far_in_shows_at_once(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """Far into a long text, the place is not reached by putting in all the text before
    it (seconds for 50 MB): the text's window is put a little before it, at once."""
    path = long_text(tmp_path)
    documents, reader, notes = window.controllers.documents, window.reader, window.session.notes
    assert documents.open_file(path) and notes is not None
    document_id = window.session.document_id
    assert document_id is not None and window.session.marked is not None
    length = len(window.session.marked.text)
    place = window.session.marked.text.index("Tiongkok", length * 4 // 5)
    short = tmp_path / "pendek.txt"
    short.write_text("Teks pendek.\n", encoding="utf-8")
    assert documents.open_file(short)
    notes.set_position(document_id, place, 0.8)
    with qtbot.waitSignal(reader.painted, timeout=10_000):
        assert documents.open_file(path)
    feeder = reader.feeder
    assert feeder is not None and 0 < feeder.first < place < feeder.loaded
    assert abs(reader.top_offset() - place) < 200 and on_screen(window, place)
    assert abs(reader.progress() - place / length) < 0.01
    assert documents.open_file(short)  # left: the place kept is the same
    assert notes.library.position(document_id) - place < 200


def test_the_window_moves_as_the_reader_scrolls(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """Qt lays no text out past 8,388,607 pixels (half of a 49 MB text): the document
    holds a window of a long text. Scrolling up from its top puts the text before it in;
    scrolling down to the bottom of a full one takes text off its top and puts more in;
    the text on screen stays where it is."""
    documents, reader = window.controllers.documents, window.reader
    assert documents.open_file(long_text(tmp_path))
    marked = window.session.marked
    assert marked is not None
    place = marked.text.index("Tiongkok", len(marked.text) // 2)
    reader.scroll_to_offset(place)
    feeder = reader.feeder
    assert feeder is not None and 0 < feeder.first < place
    bar = reader.verticalScrollBar()
    first, top = feeder.first, reader.top_offset()
    bar.setValue(10)  # to the window's top
    qtbot.waitUntil(lambda: feeder.first < first, timeout=5_000)
    assert reader.top_offset() == first or abs(reader.top_offset() - first) < 300
    assert reader.document().toPlainText() == marked.text[feeder.first : feeder.loaded]
    # A full window: down at its bottom, its top goes and more comes after it.
    feeder.limit = 150_000
    qtbot.waitUntil(lambda: feeder.full and not feeder.active, timeout=5_000)
    first, loaded = feeder.first, feeder.loaded
    bar.setValue(bar.maximum())
    top = reader.top_offset()
    qtbot.waitUntil(lambda: feeder.first > first and feeder.loaded > loaded, timeout=5_000)
    assert abs(reader.top_offset() - top) < 300
    assert reader.document().toPlainText() == marked.text[feeder.first : feeder.loaded]
    del top


def test_find_and_a_highlight_far_ahead_are_shown_at_once(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    reader, notes = window.reader, window.session.notes
    assert window.controllers.documents.open_file(long_text(tmp_path)) and notes is not None
    marked = window.session.marked
    assert marked is not None and reader.feeder is not None
    at = marked.text.index(END_WORD)
    assert reader.feeder.loaded < at
    window.find_action.trigger()
    QApplication.processEvents()  # the bar is laid out under the text
    window.find_bar.field.setText(END_WORD.lower())
    window.controllers.find.find_now()
    assert window.controllers.find.hits == [(at, at + len(END_WORD))]
    assert on_screen(window, at)
    # A highlight far back up: shown at once too, painted under the text.
    document_id = window.session.document_id
    assert document_id is not None
    start = marked.text.index("Tiongkok", len(marked.text) // 3)
    highlight = notes.add(document_id, marked.text, start, start + 8, 1)
    window.controllers.highlights.on_highlight_activated(highlight.id)
    assert on_screen(window, start)
    assert reader.selection_range() == (start, start + 8)
    assert reader.highlight_spans()


def test_another_document_stops_the_one_going_in(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """Nothing of the text being left goes into the next one, and its marks do not
    arrive in the next one either."""
    documents, reader = window.controllers.documents, window.reader
    assert documents.open_file(long_text(tmp_path))
    first = reader.feeder
    assert first is not None and window.session.marked is not None
    other = long_text(tmp_path, 700_000, "lain.txt")
    other_text = other.read_text(encoding="utf-8")
    assert documents.open_file(other)
    second = reader.feeder
    assert second is not first and not first.active
    assert second is not None and not second.done
    qtbot.waitUntil(
        lambda: second.done and window.controllers.marking.marker is None, timeout=20_000
    )
    marked = window.session.marked
    assert marked is not None and marked.document.path == other
    assert reader.document().toPlainText() == marked.text
    assert marked.text.startswith(other_text[:1000])
    assert marked.occurrences == window.session.matcher.find(marked.text)
    # A short one: the long one's parts stop, nothing more goes in.
    assert documents.open_file(long_text(tmp_path))
    third = reader.feeder
    short = tmp_path / "pendek.txt"
    short.write_text("Teks pendek.\n", encoding="utf-8")
    assert documents.open_file(short)
    assert reader.feeder is None and third is not None and not third.active
    qtbot.wait(50)  # (a turn of the event loop or more: no part may come)
    assert reader.document().toPlainText() == "Teks pendek."


def test_a_text_of_one_long_line_goes_in_and_is_marked_in_pieces(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """A paragraph of 400,000 characters: shown before it is all in, laid out in pieces
    of Qt's, and marked a piece at a time with what one search of it finds."""
    article = load_bundled_article().text.replace("\n", " ")
    path = tmp_path / "baris.txt"
    path.write_text((article + " ") * (400_000 // len(article) + 1), encoding="utf-8")
    reader = window.reader
    with qtbot.waitSignal(reader.painted, timeout=10_000):
        assert window.controllers.documents.open_file(path)
    feeder = reader.feeder
    assert feeder is not None and not feeder.done
    qtbot.waitUntil(
        lambda: feeder.done and window.controllers.marking.marker is None, timeout=20_000
    )
    marked = window.session.marked
    assert marked is not None and len(marked.document.blocks) == 1
    assert reader.document().blockCount() > 10  # pieces
    assert len(reader.document().toPlainText()) == len(marked.text)
    assert marked.occurrences == window.session.matcher.find(marked.text)


def test_a_long_text_is_searched_off_the_ui_thread(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Folding 50 MB for Find takes a second: a long text is searched on a worker; the
    hits come back unless the bar closed (or another search started) meanwhile."""
    from desktop.controllers import find

    monkeypatch.setattr(find, "OFF_THREAD_CHARS", 100_000)
    controller = window.controllers.find
    assert window.controllers.documents.open_file(long_text(tmp_path, 400_000))
    window.find_action.trigger()
    QApplication.processEvents()  # the bar is laid out under the text
    window.find_bar.field.setText(END_WORD)
    controller.find_now()
    assert controller.searching and controller.hits == []
    qtbot.waitUntil(lambda: bool(controller.hits), timeout=10_000)
    marked = window.session.marked
    assert marked is not None and not controller.searching
    at = marked.text.index(END_WORD)
    assert controller.hits == [(at, at + len(END_WORD))]
    assert on_screen(window, at)
    # Closed while it searches: nothing is marked when the search ends.
    window.find_bar.field.setText("tiongkok")
    controller.find_now()
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()  # the worker's outcome arrives, and is dropped
    assert controller.hits == [] and not controller.searching


def test_a_long_text_left_is_put_away_a_part_at_a_time(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt frees a document at once (170 ms for 49 MB), Python a million occurrences too:
    a long text left is emptied a part at a time instead, and then nothing holds it."""
    from desktop.reader import disposer

    monkeypatch.setattr(disposer, "ITEMS", 1_000)
    documents, reader, marking = (
        window.controllers.documents,
        window.reader,
        window.controllers.marking,
    )
    assert documents.open_file(long_text(tmp_path))
    feeder = reader.feeder
    assert feeder is not None
    qtbot.waitUntil(lambda: feeder.done and marking.marker is None, timeout=20_000)
    marked = window.session.marked
    assert marked is not None and len(marked.occurrences) > 1_000
    left, old_doc = weakref.ref(marked.document), reader.document()
    occurrences = marked.occurrences
    del marked
    short = tmp_path / "pendek.txt"
    short.write_text("Teks pendek.\n", encoding="utf-8")
    assert documents.open_file(short)
    assert reader.document() is not old_doc and reader.disposer.documents == [old_doc]
    assert occurrences  # not all at once
    qtbot.waitUntil(lambda: not reader.disposer.timer.isActive(), timeout=10_000)
    assert occurrences == [] and left() is None
    assert reader.document().toPlainText() == "Teks pendek."


def test_a_glossary_edit_marks_a_long_text_again_a_part_at_a_time(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """Searching 50 MB again at once would freeze the window for seconds: a long text
    is marked again from the part on screen, as when it was opened."""
    from glossary.model import Entry

    notes, marking = window.session.notes, window.controllers.marking
    assert notes is not None
    assert window.controllers.documents.open_file(long_text(tmp_path, 400_000))
    qtbot.waitUntil(lambda: marking.marker is None, timeout=20_000)
    marked = window.session.marked
    assert marked is not None and marked.occurrences
    glossary_id = notes.create_glossary("Kelas")
    giant = Entry("pasar", "general", "market", "pasar", (), (), "A market.", "Tempat.", "", "", ())
    notes.save_entry(glossary_id, giant)
    assert window.session.marked is not None and window.session.marked.occurrences == []
    assert marking.marker is not None  # from the part on screen
    qtbot.waitUntil(lambda: marking.marker is None, timeout=20_000)
    marked = window.session.marked
    assert marked is not None
    assert marked.occurrences == window.session.matcher.find(marked.text)
    assert f"own-{glossary_id}:pasar" in marked.entry_ids()
    # A definition changed, no form: the marks stay as they are, not searched again.
    notes.save_entry(glossary_id, giant._replace(definition_en="A bazaar."), "pasar")
    assert window.session.marked is marked and marking.marker is None
