"""A PDF in the window: read off the UI thread, its page in the status bar, Go to Page
(Ctrl+G), its password asked for once, and a bad one leaving the open document."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from desktop.mainwindow import MainWindow
from tests.glossary.pdffactories import Line, paragraph_lines, write_pdf

TEXT = (
    "DeepSeek melatih model dengan campuran pakar, dan saham Nvidia jatuh pada hari "
    "yang sama ketika pasar membaca laporannya. "
)


def _pdf(pages: int = 8) -> bytes:
    return write_pdf(
        [
            [Line(72, 780, f"Bagian {n + 1}", 16, bold=True), *paragraph_lines(TEXT * 12, top=740)]
            for n in range(pages)
        ]
    )


def _opened(window: MainWindow, qtbot: QtBot, path: Path) -> None:
    assert window.controllers is not None
    assert window.controllers.documents.open_file(path)  # (read off the UI thread)
    qtbot.waitUntil(
        lambda: (
            window.session is not None
            and window.session.marked is not None
            and window.session.marked.document.path == path
        ),
        timeout=20_000,
    )


def test_a_pdf_shows_its_page_and_goes_to_another(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "jurnal.pdf"
    path.write_bytes(_pdf())
    _opened(window, qtbot, path)
    assert window.action("goToPageAction").isEnabled()
    controllers = window.controllers
    assert controllers is not None
    controllers.progress.on_rest()
    assert window.progress_label.text().startswith("p. 1 of 8")
    controllers.pages.go_to_page(3)
    qtbot.waitUntil(lambda: window.reader.top_offset() > 0)
    controllers.progress.on_rest()
    assert window.progress_label.text().startswith("p. 3 of 8")
    document = window.session.marked.document  # type: ignore[union-attr]
    top = window.reader.top_offset()
    assert document.page_at(top) == 3 and "Bagian 3" in document.text[top : top + 30]


def test_a_text_without_pages_has_no_go_to_page(window: MainWindow) -> None:
    assert not window.action("goToPageAction").isEnabled()


def _answer(password: str) -> None:
    """Type ``password`` into the password dialog once it shows, and accept it."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            dialog.setTextValue(password)
            dialog.accept()
        else:
            QTimer.singleShot(20, fill)

    QTimer.singleShot(20, fill)


def test_a_pdf_with_a_password_asks_for_it(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(BytesIO(_pdf(1))))
    writer.encrypt("sandi")
    out = BytesIO()
    writer.write(out)
    path = tmp_path / "terkunci.pdf"
    path.write_bytes(out.getvalue())
    _answer("sandi")
    _opened(window, qtbot, path)
    assert "Bagian 1" in window.session.marked.text  # type: ignore[union-attr]


def test_a_damaged_pdf_leaves_the_open_document(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    before = window.session.marked  # type: ignore[union-attr]
    path = tmp_path / "rusak.pdf"
    path.write_bytes(_pdf()[:400])
    assert window.controllers is not None
    window.controllers.documents.open_file(path)
    qtbot.waitUntil(lambda: "rusak.pdf" in window.message_bar.text(), timeout=20_000)
    assert window.session.marked is before  # type: ignore[union-attr]


def test_the_original_page_shows_beside_the_text_and_follows_it(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "jurnal.pdf"
    path.write_bytes(_pdf())
    _opened(window, qtbot, path)
    controllers = window.controllers
    assert controllers is not None
    controllers.pages.go_to_page(2)
    window.action("originalPageAction").trigger()
    view = controllers.pages.view
    assert view is not None and view.isVisible()
    assert view.where.text() == "Page 2 of 8"
    assert view.picture.pixmap().width() > 300
    view.next_button.click()
    assert view.where.text() == "Page 3 of 8"
    controllers.pages.go_to_page(5)  # the text read moves on: the page follows
    qtbot.waitUntil(lambda: view.where.text() == "Page 5 of 8", timeout=5_000)


def test_a_note_on_a_pdf_says_its_page(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    from desktop.panels.noteslist import WhereRole

    path = tmp_path / "jurnal.pdf"
    path.write_bytes(_pdf())
    _opened(window, qtbot, path)
    document = window.session.marked.document  # type: ignore[union-attr]
    start = document.pages[2] + document.text[document.pages[2] :].index("DeepSeek")
    window.reader.setTextCursor(window.reader.cursor_for(start, start + 8))
    window.highlight_actions[0].trigger()
    model = window.notes_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert "p. 3" in model.index(0).data(WhereRole)


def test_a_handout_printed_by_qt_reads_back_with_its_structure(
    tmp_path: Path,
    data_dir: Path,
    app_instance,  # type: ignore[no-untyped-def]
) -> None:
    from desktop.cli.main import main
    from glossary.documents.loading import load_bundled_article, load_document

    out = tmp_path / "handout.pdf"
    assert main(["--data-dir", str(data_dir), "export", "--format", "pdf", "--article",
                 "--output", str(out)]) == 0  # fmt: skip
    doc = load_document(out)
    headings = [doc.block_text(b) for b in doc.blocks if b.kind == "heading"]
    assert headings[:3] == ["AI DeepSeek Tiongkok Mengungkap Keunggulan Sosialisme", "Highlights",
                            "Article"]  # fmt: skip
    assert "Perencanaan ekonomi sosialis di balik keberhasilan DeepSeek" in headings
    texts = [doc.block_text(b) for b in doc.blocks]
    assert "No highlights." in texts  # (PDFium ran it and the next heading together)
    article = load_bundled_article()
    first = next(b for b in article.blocks if article.block_text(b).startswith("PERUSAHAAN"))
    assert article.block_text(first) in texts  # a paragraph over lines, whole again
    assert len(doc.pages) > 5 and doc.page_at(doc.text.index("Glossary")) > 1


def test_opening_a_long_pdf_can_be_cancelled(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QThreadPool

    from desktop.controllers.documents import OPENING

    path = tmp_path / "panjang.pdf"
    path.write_bytes(_pdf(400))
    before = window.session.marked  # type: ignore[union-attr]
    assert window.controllers is not None
    assert window.controllers.documents.open_file(path)
    window.progress.cancelled.emit(OPENING)  # what the status bar's Cancel says
    assert QThreadPool.globalInstance().waitForDone(20_000)  # the reading stopped
    QApplication.processEvents()
    assert not window.progress.isVisible()
    assert window.session.marked is before  # type: ignore[union-attr]
