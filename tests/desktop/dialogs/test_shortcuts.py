"""Help > Keyboard Shortcuts: every key of the window's live actions and of the reader's
own keys, grouped by menu, searchable by action or key; Esc closes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from desktop import settings as keys
from desktop import translations
from desktop.app import build_window
from desktop.dialogs.shortcuts import (
    ShortcutsDialog,
    ShortcutsFilter,
    ShortcutsModel,
    all_shortcuts,
    plain,
)
from desktop.mainwindow import MainWindow
from desktop.settings import Settings


def native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def open_dialog(window: MainWindow, qtbot: QtBot) -> ShortcutsDialog:
    window.action("shortcutsAction").trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def shown(dialog: ShortcutsDialog) -> list[tuple[str, str, str]]:
    return [(s.group, s.text, dialog.model.keys_text(s.keys)) for s in dialog.shown_shortcuts()]


def test_the_models_pass_the_model_tester(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    model = ShortcutsModel(all_shortcuts(window.menuBar(), window.actions()))
    qtmodeltester.check(model)
    proxy = ShortcutsFilter()
    proxy.setSourceModel(model)
    proxy.set_search("ctrl")
    qtmodeltester.check(proxy)


def test_f1_and_ctrl_slash_open_it_from_the_help_menu(window: MainWindow) -> None:
    action = window.action("shortcutsAction")
    assert {native("F1"), native("Ctrl+/")} <= {
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
    }
    help_menu = window.menuBar().actions()[-1].menu()
    assert plain(window.menuBar().actions()[-1].text()) == "Help"
    assert action in help_menu.actions()  # type: ignore[union-attr]
    assert window.action("tourAction") in help_menu.actions()  # type: ignore[union-attr]


def test_every_key_of_the_menus_and_of_the_text_is_listed_by_menu(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = open_dialog(window, qtbot)
    rows = shown(dialog)
    assert ("File", "Open", native("Ctrl+O")) in rows
    assert ("Edit", "Highlight Yellow", native("Ctrl+1")) in rows
    assert ("Edit", "Undo", native("Ctrl+Z")) in rows
    assert ("Go", "Next Occurrence", native("F3")) in rows
    assert ("Words", "Mark Word Known", "3") in rows
    assert ("View", "Zoom In", f"{native('Ctrl++')} or {native('Ctrl+=')}") in rows
    assert ("Help", "Keyboard Shortcuts", f"{native('F1')} or {native('Ctrl+/')}") in rows
    tab = f"{native('Tab')} or {native('Shift+Tab')}"
    assert ("In the text", "Go to the next or the previous marked term", tab) in rows
    assert ("Find bar", "Close the Find bar", native("Esc")) in rows
    # Every action of the window with a key is there, with each of its keys.
    listed = {text for _group, text, _keys in rows}
    for action in window.actions():
        if action.shortcuts() and action.isVisible() and action.text():
            assert plain(action.text()) in listed, action.text()
    # The groups in the menu bar's order, then the places of the other keys.
    groups = list(dict.fromkeys(group for group, _text, _keys in rows))
    menus = [plain(a.text()) for a in window.menuBar().actions()]
    assert groups[: len(menus)] == menus
    assert "In the text" in groups[len(menus) :]


def test_the_keys_are_read_from_the_actions_as_they_are_now(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.action("libraryAction").setShortcut(QKeySequence("Ctrl+Shift+L"))
    back = QAction("Go &Back", window)
    back.setShortcut(QKeySequence("Alt+Left"))
    window.addAction(back)
    go_menu = window.menuBar().actions()[2].menu()
    go_menu.addAction(back)  # type: ignore[union-attr]
    dialog = open_dialog(window, qtbot)
    rows = shown(dialog)
    assert ("File", "Library", native("Ctrl+Shift+L")) in rows
    assert ("Go", "Go Back", native("Alt+Left")) in rows


def test_the_search_matches_the_action_or_the_key(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot)
    everything = len(shown(dialog))
    qtbot.keyClicks(dialog.search_field, "ctrl+shift+t")
    assert [text for _g, text, _k in shown(dialog)] == ["Edit Term"]
    dialog.search_field.clear()
    assert len(shown(dialog)) == everything
    qtbot.keyClicks(dialog.search_field, "HIGHLIGHT")  # case ignored, words anywhere
    texts = {text for _g, text, _k in shown(dialog)}
    assert {"Highlight Yellow", "Highlight Purple", "Delete Highlight"} <= texts
    assert dialog.view.isVisible() and not dialog.empty_label.isVisible()
    dialog.search_field.setText("esc close")  # every word must match
    closing = ["Close the card and go back to the text", "Close the Find bar"]
    assert [text for _g, text, _k in shown(dialog)] == closing
    dialog.search_field.setText("esc close find")
    assert [text for _g, text, _k in shown(dialog)] == ["Close the Find bar"]
    dialog.search_field.setText("no such thing")
    assert shown(dialog) == []
    assert dialog.empty_label.isVisible()
    assert "no such thing" in dialog.empty_label.text()


def test_down_goes_from_the_search_into_the_list(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot)
    dialog.search_field.setText("zoom")
    dialog.search_field.setFocus()
    qtbot.keyClick(dialog.search_field, Qt.Key.Key_Down)
    current = dialog.model.shortcut(dialog.proxy.mapToSource(dialog.view.currentIndex()))
    assert current is not None and current.text == "Zoom In"


def test_a_roomy_resizable_dialog_that_esc_closes(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot)
    assert dialog.width() >= 600 and dialog.height() >= 500
    assert dialog.maximumSize() != dialog.minimumSize()  # resizable
    assert not dialog.isModal()
    window.action("shortcutsAction").trigger()  # again: the one open comes forward
    assert len([d for d in window.findChildren(ShortcutsDialog) if d.isVisible()]) == 1
    qtbot.keyClick(dialog.search_field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.fixture
def indonesian(qtbot: QtBot, data_dir: Path, app_instance: object) -> Iterator[MainWindow]:
    settings = Settings(data_dir / "settings.ini")
    settings.set(keys.UI_LANGUAGE, "id")
    settings.sync()
    window = build_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    translations.install("en")  # the other tests run in English


def test_in_indonesian(indonesian: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(indonesian, qtbot)
    assert dialog.windowTitle() == "Pintasan Papan Ketik"
    rows = shown(dialog)
    assert ("Berkas", "Buka", native("Ctrl+O")) in rows
    tab = f"{native('Tab')} atau {native('Shift+Tab')}"
    assert ("Dalam teks", "Pindah ke istilah bertanda berikutnya atau sebelumnya", tab) in rows
    dialog.search_field.setText("bilah")  # the group's name matches its rows
    assert [text for _g, text, _k in shown(dialog)] == [
        "Pindah ke kecocokan berikutnya atau sebelumnya",
        "Tutup bilah Cari",
    ]
