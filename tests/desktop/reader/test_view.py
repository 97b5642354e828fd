"""The reader's selections and marks (issue 18): a mouse selection snaps to whole
words, the floating bar comes only for a selection the reader made and goes with it,
and the glossary terms are underlined as Preferences say (every occurrence, the first
in each section, or only the one pointed at)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import settings as keys
from desktop.mainwindow import MainWindow
from desktop.reader.view import SELECTION_REST_MS, ReaderView
from tests.desktop.reader.test_long_text import long_text

DOT = QTextCharFormat.UnderlineStyle.DotLine


def point_of(reader: ReaderView, offset: int) -> QPoint:
    rect = reader.cursorRect(reader.cursor_for(offset))
    return QPoint(rect.left() + 1, rect.center().y())


def send(reader: ReaderView, kind: QEvent.Type, at: QPoint, held: bool) -> None:
    left = Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind,
        QPointF(at),
        QPointF(reader.viewport().mapToGlobal(at)),
        left if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
        left if held else Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(reader.viewport(), event)


def drag(reader: ReaderView, start: int, end: int) -> None:
    """The reader drags the mouse from ``start`` to ``end`` (offsets)."""
    send(reader, QEvent.Type.MouseButtonPress, point_of(reader, start), True)
    send(reader, QEvent.Type.MouseMove, point_of(reader, (start + end) // 2), True)
    send(reader, QEvent.Type.MouseMove, point_of(reader, end), True)
    send(reader, QEvent.Type.MouseButtonRelease, point_of(reader, end), False)


def selected(window: MainWindow) -> str:
    start, end = window.reader.selection_range()
    return window.session.marked.text[start:end]  # type: ignore[union-attr]


def offset_of(window: MainWindow, passage: str) -> int:
    return window.session.marked.text.index(passage)  # type: ignore[union-attr]


def test_a_mouse_selection_grows_to_whole_words(window: MainWindow) -> None:
    reader = window.reader
    start = offset_of(window, "valuasi beberapa perusahaan")
    drag(reader, start + 3, start + len("valuasi beb"))
    assert selected(window) == "valuasi beberapa"
    # Backwards, and a reduplicated word is one word.
    start = offset_of(window, "negara-negara")
    drag(reader, start + len("negara-neg"), start + 2)
    assert selected(window) == "negara-negara"
    cursor = reader.textCursor()
    assert cursor.position() < cursor.anchor()  # still backwards
    # A bracket where the selection starts stays; inside one word: the word.
    start = offset_of(window, "(AI)")
    drag(reader, start, start + 2)
    assert selected(window) == "(AI"
    start = offset_of(window, "kecerdasan buatan")
    drag(reader, start + 2, start + 6)
    assert selected(window) == "kecerdasan"


def test_the_bar_comes_for_a_reader_selection_and_goes_with_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    reader, bar = window.reader, window.reader.selection_toolbar
    start = offset_of(window, "Kenaikan pesat")
    drag(reader, start, start + len("Kenaikan pesat"))
    qtbot.waitUntil(bar.isVisible, timeout=3000)
    # A click elsewhere clears the selection, and the bar goes.
    elsewhere = point_of(reader, offset_of(window, "Kerugian bagi"))
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=elsewhere)
    assert not reader.textCursor().hasSelection() and not bar.isVisible()
    drag(reader, start, start + len("Kenaikan pesat"))
    qtbot.waitUntil(bar.isVisible, timeout=3000)
    qtbot.keyClick(reader, Qt.Key.Key_Escape)
    assert not reader.textCursor().hasSelection() and not bar.isVisible()


def test_f3_selects_the_next_occurrence_without_the_bar(window: MainWindow, qtbot: QtBot) -> None:
    reader, bar = window.reader, window.reader.selection_toolbar
    marked = window.session.marked
    assert marked is not None
    entry = marked.occurrences[0].entry_id
    window.controllers.terms.on_term_activated(entry, marked.occurrences[0].start)
    window.actions_by_name["nextOccurrenceAction"].trigger()
    assert reader.textCursor().hasSelection()
    assert marked.at(reader.selection_range()[0]) is not None
    qtbot.wait(SELECTION_REST_MS * 3)  # (longer than a selection takes to rest)
    assert not bar.isVisible()


def underlined(reader: ReaderView) -> list[tuple[int, int]]:
    """The ranges of text drawn with a dotted underline (offsets of a short text)."""
    found = []
    block = reader.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().underlineStyle() == DOT:
                start = fragment.position()
                found.append((start, start + fragment.length()))
            it += 1
        block = block.next()
    for selection in reader.extraSelections():
        if selection.format.underlineStyle() == DOT:
            found.append((selection.cursor.selectionStart(), selection.cursor.selectionEnd()))
    return sorted(found)


def test_the_first_term_in_each_section_is_underlined_by_default(window: MainWindow) -> None:
    reader, marked = window.reader, window.session.marked
    assert marked is not None
    assert window.settings.get(keys.MARK_MODE) == "first" and reader.mark_mode == "first"
    firsts = [(o.start, o.end) for o in marked.marks("first")]
    assert underlined(reader) == firsts
    # A quieter page: a third fewer dotted lines at least (the article: 125 of 248; a term
    # it uses once is underlined in either mode).
    assert len(firsts) * 3 < len(marked.occurrences) * 2
    reader.set_mark_mode("every")
    assert len(underlined(reader)) == len(marked.occurrences)
    # Every occurrence stays a term to click, underlined or not.
    quiet = next(o for o in marked.occurrences if (o.start, o.end) not in firsts)
    reader.set_mark_mode("first")
    assert (quiet.start, quiet.end) not in underlined(reader)
    assert reader.anchorAt(point_of(reader, quiet.start + 1)).startswith("term:")


def test_only_the_term_pointed_at_is_underlined_in_hover_mode(
    window: MainWindow, qtbot: QtBot
) -> None:
    reader, marked = window.reader, window.session.marked
    assert marked is not None
    reader.set_mark_mode("hover")
    assert underlined(reader) == []
    occ = marked.occurrences[2]
    send(reader, QEvent.Type.MouseMove, point_of(reader, occ.start + 1), False)
    assert underlined(reader) == [(occ.start, occ.end)]
    send(reader, QEvent.Type.MouseMove, QPoint(2, reader.viewport().height() - 2), False)
    assert underlined(reader) == []
    # Tab and a click still reach every term.
    reader.setFocus()
    reader.setTextCursor(reader.cursor_for(0))
    qtbot.keyClick(reader, Qt.Key.Key_Tab)
    first = marked.occurrences[0]
    assert reader.selection_range() == (first.start, first.end)
    with qtbot.waitSignal(reader.term_activated) as activated:
        qtbot.mouseClick(
            reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(reader, occ.start + 1)
        )
    assert activated.args == [occ.entry_id, occ.start]


def test_the_mode_chosen_in_preferences_is_applied(window: MainWindow) -> None:
    from desktop.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.settings, window)
    dialog.applied.connect(window.controllers.appearance.apply)
    box = dialog.mark_mode
    assert box.currentData() == "first"
    box.setCurrentIndex(box.findData("every"))
    dialog.on_accepted()
    assert window.settings.get(keys.MARK_MODE) == "every"
    assert window.reader.mark_mode == "every"
    marked = window.session.marked
    assert marked is not None
    assert len(underlined(window.reader)) == len(marked.occurrences)


def test_a_long_text_marked_a_part_at_a_time_underlines_the_first_of_each(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """A long text without headings is one section: each term is underlined once, at
    its first occurrence, however its parts were marked."""
    marking, reader = window.controllers.marking, window.reader
    assert window.controllers.documents.open_file(long_text(tmp_path, 400_000))
    qtbot.waitUntil(lambda: marking.marker is None, timeout=20_000)
    marked = window.session.marked
    assert marked is not None and reader.drawn is not None
    near_top = [o for o in marked.occurrences if o.end < reader.top_offset() + 3000]
    to_qt = {(o.start, o.end): o for o in near_top}  # (offsets = Qt positions, from 0)
    shown = [to_qt[r] for r in underlined(reader) if r in to_qt]
    assert shown and len({o.entry_id for o in shown}) == len(shown)  # each once
    firsts = {o.entry_id: o.start for o in reversed(marked.occurrences)}
    assert all(firsts[o.entry_id] == o.start for o in shown)
    # Further down every term has been met already: none is underlined.
    reader.scroll_to_offset(len(marked.text) // 2)
    qtbot.waitUntil(lambda: reader.top_offset() >= len(marked.text) // 2 - 1000)
    assert underlined(reader) == []
    reader.set_mark_mode("every")
    assert len(underlined(reader)) > len(shown)


def test_a_highlight_clicked_brings_the_bar_and_a_double_click_does_not(
    window: MainWindow, qtbot: QtBot
) -> None:
    reader, bar = window.reader, window.reader.selection_toolbar
    start = offset_of(window, "Kenaikan pesat")
    reader.setTextCursor(reader.cursor_for(start, start + len("Kenaikan")))
    window.highlight_actions[0].trigger()
    reader.clear_selection()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(reader, start + 2))
    assert reader.selection_range() == (start, start + len("Kenaikan"))
    qtbot.waitUntil(bar.isVisible, timeout=3000)  # to change its colour
    reader.clear_selection()
    word = offset_of(window, "negara-negara")
    qtbot.mouseDClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(reader, word + 2))
    # (QTest's double-click ends with the button down: a reader lets it go.)
    qtbot.mouseRelease(reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(reader, word + 2))
    assert reader.textCursor().hasSelection()
    qtbot.wait(SELECTION_REST_MS * 3)
    assert not bar.isVisible()


def test_the_bar_goes_with_the_document_it_stood_over(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    reader, bar = window.reader, window.reader.selection_toolbar
    start = offset_of(window, "Kenaikan pesat")
    drag(reader, start, start + len("Kenaikan pesat"))
    qtbot.waitUntil(bar.isVisible, timeout=3000)
    assert window.controllers.documents.open_file(long_text(tmp_path, 400_000))
    assert not bar.isVisible()
