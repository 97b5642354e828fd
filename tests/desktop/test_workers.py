"""Background work: outcomes come back on the GUI thread, failures as exceptions that
never vanish, and stale outcomes are dropped."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, QObject, QThread, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.workers import Jobs
from glossary.notes.errors import StoreError


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def settle() -> None:
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()


def test_the_result_arrives_on_the_gui_thread(owner: QWidget, qtbot: QtBot) -> None:
    jobs = Jobs(owner)
    worker_threads: list[object] = []
    results: list[tuple[int, bool]] = []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 42

    jobs.run(work, lambda value: results.append((value, QThread.currentThread().isMainThread())))
    qtbot.waitUntil(lambda: bool(results))
    assert results == [(42, True)]
    assert worker_threads != [threading.main_thread()]


def test_a_failure_reaches_its_handler_as_the_exception(owner: QWidget, qtbot: QtBot) -> None:
    jobs = Jobs(owner, report=lambda exc: pytest.fail(f"reported {exc}"))
    caught: list[Exception] = []

    def work() -> None:
        raise StoreError("The disk holding {path} is full.", "full", path="/x")

    jobs.run(work, lambda _: None, caught.append)
    qtbot.waitUntil(lambda: bool(caught))
    assert isinstance(caught[0], StoreError) and caught[0].kind == "full"


def test_a_failure_without_a_handler_is_reported(owner: QWidget, qtbot: QtBot) -> None:
    reported: list[Exception] = []
    jobs = Jobs(owner, report=reported.append)
    jobs.run(lambda: 1 // 0, lambda _: None)
    qtbot.waitUntil(lambda: bool(reported))
    assert isinstance(reported[0], ZeroDivisionError)


def test_without_a_report_a_failure_is_shown_in_a_message_box(
    owner: QWidget, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[object, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, _title, text: shown.append((parent, text))
    )

    def work() -> None:
        raise OSError(28, "No space left on device", "/tmp/out.pdf")

    Jobs(owner).run(work, lambda _: None)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [(owner, "/tmp/out.pdf: No space left on device")]


def test_a_later_job_of_the_same_key_makes_the_earlier_stale(owner: QWidget, qtbot: QtBot) -> None:
    jobs = Jobs(owner)
    release = threading.Event()
    results: list[str] = []
    first = jobs.run(lambda: release.wait(5) and "first", results.append, key="open")
    assert first is not None and not first.stale and jobs.running("open")
    jobs.run(lambda: "second", results.append, key="open")
    assert first.stale
    qtbot.waitUntil(lambda: results == ["second"])
    release.set()
    settle()
    assert results == ["second"]  # the first one's result was dropped
    assert not jobs.running("open")


def test_a_cancelled_job_drops_its_outcome_and_sees_it_while_it_runs(
    owner: QWidget, qtbot: QtBot
) -> None:
    jobs = Jobs(owner, report=lambda exc: pytest.fail(f"reported {exc}"))
    ticket = jobs.ticket("words")
    started = threading.Event()
    seen_stale: list[bool] = []

    def work() -> str:
        started.set()
        for _ in range(500):
            if ticket.stale:
                seen_stale.append(True)
                raise RuntimeError("stopped early")  # dropped: nobody wants it
            QThread.msleep(10)
        return "done"

    results: list[str] = []
    jobs.run(work, results.append, ticket=ticket)
    assert started.wait(5)
    jobs.cancel("words")
    settle()
    assert seen_stale == [True] and results == []


def test_an_owner_deleted_before_the_outcome_is_no_crash(qtbot: QtBot) -> None:
    owner = QObject()
    jobs = Jobs(owner, report=lambda exc: pytest.fail(f"reported {exc}"))
    release = threading.Event()
    results: list[int] = []
    jobs.run(lambda: release.wait(5) and 1, results.append)
    owner.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    settle()
    assert results == []


def test_a_keyed_job_that_failed_lets_the_next_one_run(owner: QWidget, qtbot: QtBot) -> None:
    """A search of dictionaries that failed must not block every later one."""
    reported: list[Exception] = []
    jobs = Jobs(owner, report=reported.append)
    jobs.run(lambda: 1 // 0, lambda _: None, key="dictionaries")
    qtbot.waitUntil(lambda: bool(reported))
    assert not jobs.running("dictionaries")
    results: list[int] = []
    jobs.run(lambda: 7, results.append, key="dictionaries")
    qtbot.waitUntil(lambda: results == [7])
