"""Back and Forward in a window: related entries followed in the Glossary tab and jumps
to occurrences in the text, gone back over with Alt+Left, the mouse's back button and
the toolbar, and forward again."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolBar, QWidget
from pytestqt.qtbot import QtBot

from desktop.mainwindow import MainWindow
from desktop.panels.entryview import ENTRY_SCHEME, OCCURRENCE_SCHEME


def entry_shown(window: MainWindow) -> str:
    entry = window.panel.entry_view.entry
    return entry.id if entry is not None else ""


def test_back_and_forward_over_entries_and_jumps(window: MainWindow, qtbot: QtBot) -> None:
    marked, glossary = window.session.marked, window.session.glossary
    assert marked is not None
    back, forward = window.action("backAction"), window.action("forwardAction")
    assert not back.isEnabled() and not forward.isEnabled()
    # A term of the text clicked, then a related entry followed in the panel.
    first = next(
        occ.entry_id
        for occ in marked.occurrences
        if any(marked.of_entry(r.id) for r in glossary.related(glossary.get(occ.entry_id)))
    )
    window.reader.term_activated.emit(first, -1)
    assert entry_shown(window) == first
    related = next(r.id for r in glossary.related(glossary.get(first)) if marked.of_entry(r.id))
    view = window.panel.entry_view
    view.anchorClicked.emit(QUrl(f"{ENTRY_SCHEME}:{related}"))
    assert entry_shown(window) == related and back.isEnabled()
    # A jump to its last occurrence in the text, from the top.
    here = window.reader.top_offset()
    last = len(view.occurrences) - 1
    view.anchorClicked.emit(QUrl(f"{OCCURRENCE_SCHEME}:{last}"))
    there = window.reader.top_offset()
    assert there > here + 500
    # Alt+Left goes back to where the reader was, then to the entries before.
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert abs(window.reader.top_offset() - here) < 200
    assert forward.isEnabled()
    qtbot.keyClick(window.reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert entry_shown(window) == related
    # The mouse's back button, anywhere in the window (here over the glossary list).
    side_button(window, window.panel.results.viewport(), Qt.MouseButton.BackButton)
    assert entry_shown(window) == first and not back.isEnabled()
    # Forward: the mouse's button, Alt+Right, the toolbar.
    side_button(window, window.reader.viewport(), Qt.MouseButton.ForwardButton)
    assert entry_shown(window) == related
    qtbot.keyClick(window.reader, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert abs(window.reader.top_offset() - here) < 200
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    button = toolbar.widgetForAction(forward)
    assert button is not None and not button.icon().isNull()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert abs(window.reader.top_offset() - there) < 200
    assert not forward.isEnabled()
    # A new step after Back drops what lay ahead.
    back.trigger()
    window.reader.term_activated.emit(first, -1)
    assert not forward.isEnabled()


def side_button(window: MainWindow, over: QWidget, button: Qt.MouseButton) -> None:
    """A click of the mouse's side button over ``over``, as the system delivers it: to
    the window first (QTest's clicks on a widget skip the window)."""
    handle = window.windowHandle()
    assert handle is not None
    at = over.mapTo(window, over.rect().center())
    QTest.mouseClick(handle, button, Qt.KeyboardModifier.NoModifier, at)
