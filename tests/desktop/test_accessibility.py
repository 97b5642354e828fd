"""Keyboard and screen-reader access: every menu entry can be reached from the keyboard,
named widgets carry accessible names, and Tab moves through the window sensibly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from desktop.mainwindow import MainWindow


def test_every_menu_entry_has_a_mnemonic_or_a_shortcut(window: MainWindow) -> None:
    missing = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu)
            if "&" not in action.text() and action.shortcut().isEmpty():
                missing.append(action.text())

    for action in window.menuBar().actions():
        assert "&" in action.text(), action.text()
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu)
    assert missing == []


def test_named_widgets_have_accessible_names(window: MainWindow) -> None:
    unnamed = [
        w.objectName()
        for w in window.findChildren(QWidget)
        if w.objectName()
        and not w.objectName().startswith("qt_")
        and w.isVisibleTo(window)
        and not w.accessibleName()
    ]
    assert unnamed == []


def test_tab_moves_through_the_panel_and_back(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.panel.focus_search()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    seen: list[QWidget] = []
    for _ in range(40):
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    names = [w.objectName() for w in seen]
    first_seen = list(dict.fromkeys(names))
    # As on screen: the glossary's search, its results and the entry, the side tabs,
    # then the text (whose Tab goes from term to term).
    assert first_seen[:5] == [
        "glossarySearch",
        "glossaryResults",
        "entryView",
        "qt_tabwidget_tabbar",
        "readerView",
    ]
    for widget in set(seen):
        # Every widget the focus reaches can be named to a screen reader.
        parent = widget.parentWidget()
        assert widget.accessibleName() or (parent is not None and parent.accessibleName())
