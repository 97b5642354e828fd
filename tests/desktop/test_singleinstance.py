"""A second launch hands its file to the window already running on the data folder."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.mainwindow import MainWindow
from desktop.singleinstance import InstanceServer, hand_over, server_name


def test_second_launch_hands_its_file_to_the_running_window(
    window: MainWindow, qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    name = server_name(data_dir)
    server = InstanceServer(name, window)
    assert server.listening
    server.file_requested.connect(window.on_instance_file_requested)
    doc = tmp_path / "kedua.md"
    doc.write_text("# Kedua\n\nNvidia lagi.\n", encoding="utf-8")
    with qtbot.waitSignal(server.file_requested, timeout=5000) as blocker:
        assert hand_over(name, doc)
    assert blocker.args == [str(doc.resolve())]
    assert window.session.marked is not None and window.session.marked.document.title == "Kedua"


def test_no_running_window_means_no_hand_over(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    assert not hand_over(server_name(tmp_path / "nobody"), None)


def test_each_data_folder_has_its_own_window(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a")


def test_a_real_second_launch_exits_after_handing_over(
    window: MainWindow, qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    import subprocess
    import sys

    from tests.conftest import REPO

    server = InstanceServer(server_name(data_dir), window)
    doc = tmp_path / "ketiga.md"
    doc.write_text("# Ketiga\n\nTeks.\n", encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(data_dir), str(doc)], cwd=REPO
    )
    with qtbot.waitSignal(server.file_requested, timeout=60_000) as blocker:
        pass
    assert child.wait(timeout=60) == 0
    assert blocker.args == [str(doc.resolve())]


def test_a_second_window_on_the_same_notes_does_not_write(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    from desktop.app import build_window

    second = build_window(data_dir)
    qtbot.addWidget(second)
    assert second.session.notes is None
    assert "Another Glossary Reader window" in second.message_bar.text()
    assert window.session.notes is not None  # the first keeps writing


def test_only_the_window_that_holds_the_notes_answers_later_launches(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    import gc

    from desktop.app import _after_first_paint, build_window

    second = build_window(data_dir, lock_wait_ms=0)
    qtbot.addWidget(second)
    gc.disable()  # as at start-up; the first paint turns the collector back on
    try:
        _after_first_paint(second, data_dir)
        assert gc.isenabled() and gc.get_freeze_count() > 0
        assert second.instance_server is None  # it would take the first one's name
        _after_first_paint(window, data_dir)
        assert window.instance_server is not None and window.instance_server.listening
        server = window.instance_server
        _after_first_paint(window, data_dir)  # done once
        assert window.instance_server is server
    finally:
        gc.enable()
        gc.unfreeze()  # the rest of the tests run on a heap as it was


def test_a_window_whose_notes_cannot_open_still_holds_the_data_folder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A later launch must come to it, not open a second window on the same notes."""
    import sqlite3

    from desktop.app import build_window
    from glossary.paths import NOTES_FILE

    data = tmp_path / "data"
    data.mkdir()
    db = sqlite3.connect(data / NOTES_FILE)
    db.execute("PRAGMA user_version = 999")  # from a newer version of the app
    db.close()
    first = build_window(data)
    qtbot.addWidget(first)
    assert first.session.notes is None and "newer" in first.message_bar.text()
    assert first.notes_lock is not None
    second = build_window(data, lock_wait_ms=0)
    qtbot.addWidget(second)
    assert "Another Glossary Reader window" in second.message_bar.text()
    first.close()
    assert first.notes_lock is None  # released when the window goes
