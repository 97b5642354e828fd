"""Opening any document in the window: formats, bad files, the Recent list, drag and
drop, the text encoding, the Contents, the Library and the reading position."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import build_window
from desktop.dialogs.library import LibraryDialog
from desktop.mainwindow import MainWindow
from glossary.documents.loading import load_bundled_article, load_document
from glossary.notes.documents import Documents
from glossary.notes.store import Store
from glossary.paths import NOTES_FILE
from tests.glossary.bookfactories import write_epub, write_zip

HTML = """<html lang="id"><head><title>Laporan Pasar</title></head><body>
<h1>Laporan</h1><p>Perusahaan <b>kecerdasan buatan</b> itu tumbuh.</p>
<script>document.title = 'diretas'</script></body></html>"""


def stored_documents(data_dir: Path) -> list[str]:
    with Store(data_dir / NOTES_FILE) as store:
        return sorted(d.sha256 for d in Documents(store).all())


def test_html_and_epub_open_with_terms_marked(window: MainWindow, tmp_path: Path) -> None:
    page = tmp_path / "laporan.html"
    page.write_text(HTML, encoding="utf-8")
    assert window.controllers.documents.open_file(page)
    assert window.session.marked is not None
    assert "Perusahaan kecerdasan buatan itu tumbuh." in window.session.marked.text
    assert "diretas" not in window.session.marked.text
    assert "artificial-intelligence" in window.session.marked.entry_ids()
    book = write_epub(
        tmp_path / "buku.epub",
        [("Bab Satu", "<p>Model bahasa besar dilatih ulang.</p>"), ("Bab Dua", "<p>Akhir.</p>")],
    )
    assert window.controllers.documents.open_file(book)
    assert window.windowTitle().startswith("Buku Uji")
    assert "language-model" in window.session.marked.entry_ids()
    assert window.contents_action.isEnabled()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("hilang.txt", None, "no such file"),
        ("kosong.txt", b"", "is empty"),
        ("gambar.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, "binary"),
        ("rusak.txt", b"\xef\xbb\xbfteks \xff rusak", "damaged"),
        ("potong.epub", b"PK\x03\x04 truncated", "not an EPUB"),
        ("bersarang.html", b"<div>" * 10_000, "no text"),
    ],
)
def test_a_bad_file_leaves_the_document_and_the_notes_as_they_were(
    window: MainWindow,
    data_dir: Path,
    tmp_path: Path,
    name: str,
    content: bytes | None,
    message: str,
) -> None:
    before = window.session.marked
    documents = stored_documents(data_dir)
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    assert not window.controllers.documents.open_file(path)
    assert message in window.message_bar.text()
    assert window.session.marked is before
    assert stored_documents(data_dir) == documents


def test_an_epub_bomb_is_refused(window: MainWindow, tmp_path: Path) -> None:
    bomb = write_zip(tmp_path / "bom.epub", {"OEBPS/a.xhtml": b"<p>" + b"a" * (60 << 20)})
    assert not window.controllers.documents.open_file(bomb)
    assert "zip bomb" in window.message_bar.text() or "unpack" in window.message_bar.text()


def test_a_legacy_encoding_is_named_and_can_be_changed(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    path = tmp_path / "lama.txt"
    path.write_bytes("Harga naik 25 € — “kata” pengamat.\n".encode("cp1252"))
    assert window.controllers.documents.open_file(path)
    assert "read as Windows-1252" in window.message_bar.text()
    assert window.encoding_label.text() == "Windows-1252 (Western)"
    choice = next(a for a in window.encoding_group.actions() if a.data() == "cp1250")
    choice.trigger()
    assert window.encoding_label.text() == "Windows-1250 (Central European)"
    assert window.session.marked is not None and "€" in window.session.marked.text
    # Opened again (from Open Recent, the Library, the command line) it is read as chosen,
    # and the library has one entry for the file.
    window.controllers.documents.show(load_bundled_article())
    assert window.controllers.documents.open_file(path)
    assert window.encoding_label.text() == "Windows-1250 (Central European)"
    assert window.session.notes is not None

    listed = [e for e in window.session.notes.library.entries() if e.path == str(path)]
    assert len(listed) == 1
    # So it is when the file is given on the command line (read before the window).
    window.close()
    again = build_window(data_dir, load_document(path))
    qtbot.addWidget(again)
    assert again.encoding_label.text() == "Windows-1250 (Central European)"
    window = again
    # A file changed so that the chosen encoding no longer reads it ("Á" is C3 81 in
    # UTF-8, and 81 is no letter in Windows-1250) is detected again.
    path.write_text("Ágnes membaca berita.\n", encoding="utf-8")
    assert window.controllers.documents.open_file(path)
    assert window.encoding_label.text() == "UTF-8"


def drag_enter_event(position: QPointF, *args: object) -> QDragEnterEvent:
    """A drag entering at ``position``: PySide6 6.12 takes it as a QPointF and deprecates
    the QPoint that is all earlier versions take."""
    if PySide6.__version_info__ >= (6, 12):
        return QDragEnterEvent(position, *args)
    return QDragEnterEvent(position.toPoint(), *args)


def test_recent_documents_and_drag_and_drop(window: MainWindow, tmp_path: Path) -> None:
    """A file dropped on the window opens; File > Open Recent lists the last ones."""
    first = tmp_path / "satu.md"
    first.write_text("# Satu\n\nPasar modal.\n", encoding="utf-8")
    second = tmp_path / "dua.txt"
    second.write_text("Kedua.\n", encoding="utf-8")
    window.controllers.documents.open_file(first)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(second))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton)
    enter = drag_enter_event(QPointF(10, 10), *args, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), *args, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert window.session.marked is not None and window.session.marked.text == "Kedua."
    assert window.controllers.documents.recent_files()[:2] == [
        str(second.resolve()),
        str(first.resolve()),
    ]
    window.recent_menu.aboutToShow.emit()
    back = next(a for a in window.recent_menu.actions() if a.data() == str(first.resolve()))
    back.trigger()
    assert window.session.marked.text.startswith("Satu")


def test_the_contents_tab_follows_the_reading_and_jumps(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    book = write_epub(
        tmp_path / "buku.epub",
        [(f"Bab {n}", "<p>" + "Kalimat panjang. " * 200 + "</p>") for n in range(1, 6)],
    )
    window.controllers.documents.open_file(book)
    assert window.session.marked is not None
    outline = window.session.marked.document.outline()
    panel = window.contents_panel
    # The menu action shows the tab, with its list focused, and hides it again.
    before = window.tabs.currentWidget()
    window.contents_action.trigger()
    assert window.tabs.currentWidget() is panel and panel.list.hasFocus()
    assert panel.model.rowCount() == 5 and panel.current_title() == "Bab 1"
    # A click on a chapter goes there; the chapter is marked as the one read.
    index = panel.model.index(3)
    rect = panel.list.visualRect(index)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: abs(window.reader.top_offset() - outline[3].start) < 40)
    assert panel.current_title() == "Bab 4"
    # Scrolling the text moves the mark along; Enter on a row jumps too.
    window.reader.scroll_to_offset(outline[1].start + 50)
    qtbot.waitUntil(lambda: panel.current_title() == "Bab 2")
    panel.list.setCurrentIndex(panel.model.index(4))
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: abs(window.reader.top_offset() - outline[4].start) < 40)
    window.contents_action.trigger()
    assert window.tabs.currentWidget() is before
    # A text without headings says so; the action is off.
    plain = tmp_path / "polos.txt"
    plain.write_text("Satu paragraf saja.\n", encoding="utf-8")
    window.controllers.documents.open_file(plain)
    assert not window.contents_action.isEnabled()
    assert panel.empty_label.isVisibleTo(panel) and not panel.list.isVisibleTo(panel)


def test_the_library_reopens_where_the_reader_left(
    window: MainWindow,
    qtbot: QtBot,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    long_text = tmp_path / "panjang.txt"
    long_text.write_text("\n\n".join(f"Paragraf {n}. " + "Isi teks. " * 30 for n in range(200)))
    window.controllers.documents.open_file(long_text)
    assert window.session.marked is not None
    place = window.session.marked.text.index("Paragraf 120.")
    window.reader.scroll_to_offset(place)
    window.controllers.documents.open_file(
        Path(window.controllers.documents.recent_files()[-1]) if False else tmp_path / "x.txt"
    ) if False else None
    other = tmp_path / "lain.txt"
    other.write_text("Dokumen lain.\n", encoding="utf-8")
    window.controllers.documents.open_file(other)  # leaving the long text keeps its place
    window.library_action.trigger()
    dialog = window.findChild(LibraryDialog)
    assert dialog is not None
    titles = [e.title for e in dialog.model.entries]
    assert titles[:2] == ["lain", "panjang"]
    dialog.table.selectRow(1)
    dialog.on_open_button_clicked()
    qtbot.waitUntil(lambda: abs(window.reader.top_offset() - place) < 60)
    # A moved file is located again; removing one asks about its notes.
    moved = tmp_path / "pindah" / "lain-nama.txt"
    moved.parent.mkdir()
    other.rename(moved)
    window.library_action.trigger()
    dialog = [d for d in window.findChildren(LibraryDialog) if d.isVisible()][-1]
    row = next(i for i, e in enumerate(dialog.model.entries) if e.title == "lain")
    assert dialog.model.entries[row].missing
    dialog.table.selectRow(row)
    monkeypatch.setattr(LibraryDialog, "ask_location", classmethod(lambda cls, p, e: moved))
    dialog.on_locate_button_clicked()
    row = next(i for i, e in enumerate(dialog.model.entries) if e.title == "lain")
    assert not dialog.model.entries[row].missing
    dialog.table.selectRow(row)
    monkeypatch.setattr(LibraryDialog, "ask_keep_notes", classmethod(lambda cls, p, e: False))
    dialog.on_remove_button_clicked()
    assert [e.title for e in dialog.model.entries if e.title == "lain"] == []


def paragraph_at_top(window: MainWindow) -> str:
    """The paragraph whose text is at the top of the reader."""
    assert window.session.marked is not None
    text, top = window.session.marked.text, window.reader.top_offset()
    return text[text.rfind("\n", 0, top + 1) + 1 :].split("\n", 1)[0]


def test_the_place_comes_back_at_the_top_after_a_restart(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    # Found with Find, which puts the hit in the middle of the view; then Ctrl+Q.
    window.find_action.trigger()
    qtbot.keyClicks(window.find_bar.field, "Bloomberg mengutip")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    before = paragraph_at_top(window)
    assert window.reader.top_offset() > 0
    window.action("quitAction").trigger()
    # Started again as the app starts: the document is shown before the window is.
    again = build_window(data_dir)
    qtbot.addWidget(again)
    again.restore_state()
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: paragraph_at_top(again) == before)
    # Made narrower, the window keeps the same text at the top.
    again.resize(900, 700)
    qtbot.waitUntil(lambda: paragraph_at_top(again) == before)


def test_zoom_and_full_screen(window: MainWindow, data_dir: Path, qtbot: QtBot) -> None:
    size = window.reader.font().pointSizeF()
    window.action("zoomInAction").trigger()
    window.action("zoomInAction").trigger()
    assert window.reader.font().pointSizeF() > size
    window.close()
    again = build_window(data_dir)
    qtbot.addWidget(again)
    assert again.controllers.appearance.zoom == 2
    again.action("zoomResetAction").trigger()
    assert again.controllers.appearance.zoom == 0
    again.full_screen_action.trigger()
    assert again.full_screen_action.isChecked()


def test_find_marks_every_hit_and_steps_through_them(window: MainWindow, qtbot: QtBot) -> None:
    from desktop.reader.view import FIND_CURRENT, FIND_HIT

    assert window.session.marked is not None
    text = window.session.marked.text
    expected = [i for i in range(len(text)) if text.lower().startswith("tiongkok", i)]
    window.find_action.trigger()
    assert window.find_bar.isVisible() and window.find_bar.field.hasFocus()
    qtbot.keyClicks(window.find_bar.field, "TIONGKOK")
    assert [s for s, _e in window.controllers.find.hits] == expected
    assert window.find_bar.count_label.text() == f"1 of {len(expected)}"
    colours = {s.format.background().color().rgba() for s in window.reader.extraSelections()}
    assert {FIND_HIT.rgba(), FIND_CURRENT.rgba()} <= colours
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.find_bar.count_label.text() == f"2 of {len(expected)}"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.count_label.text() == f"{len(expected)} of {len(expected)}"
    window.find_bar.field.setText("tidak ada di teks ini")
    assert window.find_bar.count_label.text() == "No matches"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.reader.extraSelections() == []


def long_article(tmp_path: Path, size: int = 400_000) -> Path:
    text = load_bundled_article().text
    path = tmp_path / "panjang.txt"
    path.write_text(((text + "\n") * (size // len(text) + 1))[:size], encoding="utf-8")
    return path


def test_a_long_text_is_shown_first_and_marked_after(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtGui import QTextCharFormat

    assert window.controllers.documents.open_file(long_article(tmp_path))
    assert window.reader.drawn is not None
    qtbot.waitUntil(lambda: window.controllers.marking.marker is None, timeout=20_000)
    assert window.session.marked is not None and len(window.session.marked.occurrences) > 1000
    # The parts marked one by one give what marking the whole text at once gives.
    assert window.session.marked.occurrences == window.session.matcher.find(
        window.session.marked.text
    )
    # The heap is collected again: the marker froze it (nothing else had) and thawed it.
    # (A thaw empties the permanent generation, of what Python 3.12 starts with there too.)
    assert gc.get_freeze_count() == 0
    assert not window.marking_progress.isVisible()
    underlined = [
        s
        for s in window.reader.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    ]
    assert underlined  # the marks on screen are drawn
    # A drawn mark opens its entry when clicked, and Tab / Enter reach it too.
    occ = window.session.marked.occurrences[0]
    point = window.reader.cursorRect(window.reader.cursor_for(occ.start + 1)).center()
    with qtbot.waitSignal(window.reader.term_activated) as blocker:
        qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [occ.entry_id, occ.start]
    window.reader.setTextCursor(window.reader.cursor_for(0))
    qtbot.keyClick(window.reader, Qt.Key.Key_Tab)
    assert window.reader.selection_range() == (occ.start, occ.end)
    with qtbot.waitSignal(window.reader.term_activated):
        qtbot.keyClick(window.reader, Qt.Key.Key_Return)


def test_marking_a_long_text_can_be_cancelled(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    assert window.controllers.documents.open_file(long_article(tmp_path, 2_000_000))
    qtbot.waitUntil(lambda: window.controllers.marking.marker is not None, timeout=10_000)
    # Shown once marking has taken 300 ms (called here at once, not to wait on a clock).
    window.controllers.marking.show_progress()
    assert window.marking_progress.isVisibleTo(window)
    window.marking_cancel.click()
    assert window.controllers.marking.marker is None and not window.marking_progress.isVisibleTo(
        window
    )
    assert window.session.marked is not None
    assert gc.get_freeze_count() == 0
    assert "glossary terms marked" in window.marks_label.text()


def test_a_long_text_keeps_its_bullets(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """The fast way of laying out a long text draws the bullets of its lists and the
    formats of its headings (in the new text, not the one shown before), and the text
    stays character for character the document's."""
    part = "Paragraf tentang pasar modal dan kecerdasan buatan.\n\n- butir satu\n- butir dua\n\n"
    path = tmp_path / "panjang.md"
    path.write_text("# Judul\n\n" + part * (400_000 // len(part)), encoding="utf-8")
    assert window.controllers.documents.open_file(path)
    assert window.reader.drawn is not None  # laid out the fast way
    doc = window.reader.document()
    first = doc.findBlock(
        window.reader.cursor_for(window.session.marked.text.index("butir satu")).position()
    )
    assert first.textList() is not None
    assert first.next().textList() is first.textList()  # one list for the items in a row
    assert first.next().next().textList() is None  # the paragraph after is no item
    assert doc.begin().blockFormat().headingLevel() == 1  # the heading is one too
    feeder = window.reader.feeder
    assert feeder is not None
    qtbot.waitUntil(lambda: feeder.done, timeout=20_000)
    assert doc.toPlainText() == window.session.marked.text


def test_a_large_file_is_read_off_the_ui_thread(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over BACKGROUND_BYTES a file is read on a worker: the window shows the text when
    it is read, says it is opening after 300 ms, and Cancel drops it."""
    from PySide6.QtCore import QThreadPool

    from desktop.controllers import documents

    monkeypatch.setattr(documents, "BACKGROUND_BYTES", 100_000)
    path = long_article(tmp_path, 400_000)
    before = window.session.marked
    assert window.controllers.documents.open_file(path)
    assert window.session.marked is before  # still being read
    qtbot.waitUntil(lambda: window.session.marked is not before, timeout=20_000)
    assert window.session.marked is not None and window.session.marked.document.path == path
    assert window.controllers.documents.recent_files()[0] == str(path.resolve())
    # Cancelled: the text read is dropped, and the document open stays.
    other = tmp_path / "lain.txt"
    other.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    assert window.controllers.documents.open_file(other)
    window.controllers.documents.show_opening_progress()  # as 300 ms later
    assert window.marking_progress.isVisibleTo(window)
    window.marking_cancel.click()
    assert not window.marking_progress.isVisibleTo(window)
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()  # the worker's result arrives, and is dropped
    assert window.session.marked.document.path == path
    # A file that cannot be read says why, as a small one does.
    binary = tmp_path / "besar.txt"
    binary.write_bytes(b"\x00\x01" * 100_000)
    assert window.controllers.documents.open_file(binary)
    qtbot.waitUntil(lambda: "binary" in window.message_bar.text(), timeout=20_000)
    assert window.session.marked.document.path == path


def test_find_in_a_long_text_waits_for_a_pause_in_typing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each letter typed would search 5 MB again: a long text is searched once typing
    pauses (or at Enter), and a count past the limit says "more than"."""
    from desktop.controllers import find

    monkeypatch.setattr(find, "FIND_LIMIT", 50)
    assert window.controllers.documents.open_file(long_article(tmp_path))
    window.find_action.trigger()
    qtbot.keyClicks(window.find_bar.field, "tiongkok")
    assert window.controllers.find.hits == []  # not yet: the typing has not paused
    qtbot.waitUntil(lambda: bool(window.controllers.find.hits), timeout=5_000)
    assert window.find_bar.count_label.text().endswith("of more than 50")
    window.find_bar.field.setText("deepseek")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)  # at once, and the next hit
    assert window.session.marked is not None
    assert all(
        window.session.marked.text[s:e].lower() == "deepseek"
        for s, e in window.controllers.find.hits
    )
    assert re.fullmatch(r"\d+ of more than 50", window.find_bar.count_label.text())


def test_the_heap_thaws_when_a_window_goes_while_it_marks(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    window = build_window(data_dir)
    assert window.controllers.documents.open_file(long_article(tmp_path, 1_000_000))
    assert window.controllers.marking.marker is not None and gc.get_freeze_count() > 0
    marker = window.controllers.marking.marker
    notes = window.session.notes  # (closing the window would close it)
    assert notes is not None
    with qtbot.waitSignal(marker.destroyed):
        window.deleteLater()  # gone, not closed: nothing stops the marker first
    assert gc.get_freeze_count() == 0
    notes.close()


def test_find_closed_before_its_pause_searches_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from desktop.reader.view import FIND_CURRENT, FIND_HIT

    assert window.controllers.documents.open_file(long_article(tmp_path))
    window.find_action.trigger()
    qtbot.keyClicks(window.find_bar.field, "pasar")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.controllers.find._timer.isActive()
    window.controllers.find.find_now()  # as if the timer had fired anyway
    assert window.controllers.find.hits == []
    colours = {s.format.background().color().rgba() for s in window.reader.extraSelections()}
    assert not colours & {FIND_HIT.rgba(), FIND_CURRENT.rgba()}


def test_a_document_chosen_while_a_large_file_is_read_stays(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QThreadPool

    from desktop.controllers import documents

    monkeypatch.setattr(documents, "BACKGROUND_BYTES", 100_000)
    assert window.controllers.documents.open_file(long_article(tmp_path, 400_000))  # being read
    window.controllers.documents.show(
        load_bundled_article()
    )  # e.g. chosen in the Library meanwhile
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()  # the large file arrives, and is dropped
    assert window.session.marked is not None
    assert window.session.marked.document.path == load_bundled_article().path


def test_the_heap_is_frozen_only_once_something_froze_it() -> None:
    """What a marker asks before it freezes the heap. Not whether the freeze count is above
    0: Python 3.12 starts with objects in the permanent generation that no one froze (the
    immortal base and MRO tuples of its built-in types)."""
    from desktop.reader.marking import _frozen

    assert not _frozen()
    gc.freeze()
    try:
        assert _frozen()
    finally:
        gc.unfreeze()
    assert not _frozen() and gc.get_freeze_count() == 0


def test_marking_leaves_the_heap_frozen_by_start_up_frozen(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """The app freezes what start-up loaded; marking a long text must not thaw it."""
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert window.controllers.documents.open_file(long_article(tmp_path))
        qtbot.waitUntil(lambda: window.controllers.marking.marker is None, timeout=20_000)
        assert gc.get_freeze_count() > frozen * 0.9  # (freed objects leave it too)
    finally:
        gc.unfreeze()
