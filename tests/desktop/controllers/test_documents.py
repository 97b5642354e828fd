"""The documents controller without a main window: opening a file shows it in the
reader at the place the reader left it, a bad file says why and keeps the document
open, and a large file is read in the background and can be cancelled."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.controllers import documents as documents_module
from desktop.controllers.documents import DocumentsController
from desktop.documentheader import DocumentHeader
from desktop.feedback import Feedback
from desktop.progressbox import ProgressBox
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.storeadapter import StoreAdapter
from glossary.documents.loading import bundled_article_path, load_bundled_article


@pytest.fixture
def controller(
    session: DocumentSession,
    notes: StoreAdapter,
    reader: ReaderView,
    feedback: Feedback,
    host: QWidget,
    qtbot: QtBot,
    tmp_path: Path,
) -> DocumentsController:
    header, progress = DocumentHeader(), ProgressBox()
    qtbot.addWidget(header)
    qtbot.addWidget(progress)
    controller = DocumentsController(
        session,
        notes,
        Settings(tmp_path / "settings.ini"),
        reader,
        header,
        progress,
        feedback,
        host,
    )
    session.opened.connect(controller.on_session_opened)  # what the window wires
    progress.cancelled.connect(controller.on_progress_cancelled)
    return controller


def test_a_file_opens_in_the_reader_with_its_title_and_summary(
    controller: DocumentsController, session: DocumentSession, reader: ReaderView, tmp_path: Path
) -> None:
    path = tmp_path / "pasar.md"
    path.write_text("# Pasar\n\nSaham Nvidia jatuh karena DeepSeek.\n", encoding="utf-8")
    titles: list[str] = []
    summaries: list[str] = []
    controller.title_changed.connect(titles.append)
    controller.summary_changed.connect(summaries.append)
    assert controller.open_file(path)
    assert reader.toPlainText().startswith("Pasar")
    assert titles == ["Pasar"] and summaries[-1].startswith("2 glossary terms marked")
    assert controller.recent_files() == [str(path.resolve())]


def test_a_bad_file_says_why_and_the_document_stays(
    controller: DocumentsController, session: DocumentSession, feedback: Feedback, tmp_path: Path
) -> None:
    controller.show(load_bundled_article())
    before = session.document
    empty = tmp_path / "kosong.txt"
    empty.write_bytes(b"")
    assert not controller.open_file(empty)
    assert "is empty" in feedback.message_bar.text()
    assert session.document is before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("kind", ["pipe", "endless device"])
def test_a_pipe_or_device_is_refused_at_once_and_the_document_stays(
    controller: DocumentsController,
    session: DocumentSession,
    feedback: Feedback,
    tmp_path: Path,
    kind: str,
) -> None:
    # Reading either would freeze the window: a pipe until someone writes to it, a
    # device such as /dev/zero forever.
    controller.show(load_bundled_article())
    before = session.document
    path = tmp_path / "bacaan.txt"
    if kind == "pipe":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    assert not controller.open_file(path)
    assert "not a regular file" in feedback.message_bar.text()
    assert session.document is before


def test_the_reader_comes_back_to_where_they_left_a_document(
    controller: DocumentsController, session: DocumentSession, reader: ReaderView, qtbot: QtBot
) -> None:
    reader.show()
    qtbot.waitExposed(reader)
    article = load_bundled_article()
    controller.show(article)
    reader.scroll_to_offset(3000)
    place = reader.top_offset()
    controller.show(load_bundled_article())  # leaving keeps the place, opening goes there
    assert session.place == place and abs(reader.top_offset() - place) < 200


def test_a_large_file_is_read_in_the_background_and_cancel_drops_it(
    controller: DocumentsController,
    session: DocumentSession,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(documents_module, "BACKGROUND_BYTES", 1000)
    controller.show(load_bundled_article())
    before = session.document
    path = tmp_path / "panjang.txt"
    path.write_text("Nvidia dan DeepSeek. " * 200, encoding="utf-8")
    with qtbot.waitSignal(controller.shown, timeout=10_000):
        assert controller.open_file(path)  # True: it is being read
        assert session.document is before
    assert session.document is not None and session.document.path == path
    assert controller.open_file(tmp_path / "panjang.txt")
    controller.show_opening_progress()  # as 300 ms later
    assert controller.progress.isVisibleTo(
        controller.progress.parentWidget() or controller.progress
    )
    controller.progress.cancel_button.click()
    shown = session.document
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()  # the file read arrives, and is dropped
    assert session.document is shown


def test_file_open_starts_in_the_folder_of_the_last_document_from_disk(
    controller: DocumentsController, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    asked: list[str] = []

    def ask(parent: QWidget, caption: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append(folder)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", ask)
    controller.show(load_bundled_article())
    controller.ask_and_open()
    assert asked[-1] != str(bundled_article_path().parent)  # was resources/articles
    path = tmp_path / "kelas" / "pasar.md"
    path.parent.mkdir()
    path.write_text("# Pasar\n\nSaham Nvidia jatuh.\n", encoding="utf-8")
    assert controller.open_file(path)
    controller.show(load_bundled_article())  # the bundled article again
    controller.ask_and_open()
    assert asked[-1] == str(path.parent.resolve())
