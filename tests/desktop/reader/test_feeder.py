"""A long text goes into the reader a part at a time (desktop.reader.feeder)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QTextBlockFormat, QTextDocument
from pytestqt.qtbot import QtBot

from desktop.mainwindow import MainWindow
from desktop.reader import feeder as textfeeder
from desktop.reader.feeder import TextFeeder
from glossary.documents.loading import parse_markdown, parse_plain_text

PART = (
    "## Bagian\n\nParagraf tentang pasar modal dan kecerdasan buatan yang cukup panjang.\n\n"
    "- butir satu\n- butir dua\n\n> Kutipan dari seorang pengamat.\n\n"
)


def feeder_for(text: str, parent: QObject) -> tuple[QTextDocument, TextFeeder, list[range]]:
    document = parse_markdown(text)
    doc = QTextDocument(parent)
    formatted: list[range] = []
    feeder = TextFeeder(doc, document, formatted.append, QTextBlockFormat(), parent)
    return doc, feeder, formatted


def test_the_text_goes_in_by_whole_blocks_each_formatted_once(
    qtbot: QtBot, app_instance: object
) -> None:
    parent = QObject()
    doc, feeder, formatted = feeder_for(PART * 2_000, parent)
    document = parse_markdown(PART * 2_000)
    ends = {block.end for block in document.blocks} | {len(document.text)}
    feeder.start()
    assert 0 < feeder.loaded < len(document.text)  # the first part, at once
    assert feeder.loaded in ends and doc.toPlainText() == document.text[: feeder.loaded]
    seen = [feeder.loaded]
    feeder.timer.timeout.connect(lambda: seen.append(feeder.loaded))
    with qtbot.waitSignal(feeder.finished, timeout=20_000):
        pass
    assert doc.toPlainText() == document.text
    assert set(seen) <= ends and len(seen) > 2  # parts end where blocks end
    indexes = [i for blocks in formatted for i in blocks]
    assert indexes == list(range(len(document.blocks)))


def test_a_place_not_in_yet_is_put_in_at_once(qtbot: QtBot, app_instance: object) -> None:
    parent = QObject()
    doc, feeder, _formatted = feeder_for(PART * 2_000, parent)
    feeder.start()
    feeder.stop()
    target = len(doc.toPlainText()) * 5
    feeder.feed_to(target)
    assert feeder.loaded >= target
    assert len(doc.toPlainText()) == feeder.loaded


def test_slow_parts_make_the_next_ones_smaller_and_never_all_the_rest(
    qtbot: QtBot, app_instance: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """However slow the parts, the rest of a long text never goes in at once (50 MB
    would keep the window from answering for seconds): the parts get smaller."""
    monkeypatch.setattr(textfeeder, "STEP_S", 1e-7)  # every part far too slow
    parent = QObject()
    _doc, feeder, _formatted = feeder_for(PART * 2_000, parent)
    feeder.start()
    turns: list[int] = []
    feeder.timer.timeout.connect(lambda: turns.append(feeder.loaded))
    qtbot.waitUntil(lambda: len(turns) >= 5, timeout=20_000)
    feeder.stop()
    assert not feeder.done
    steps = [b - a for a, b in pairwise(turns)]
    low, _high = textfeeder.PART_RANGE
    assert steps[-1] <= low + len(PART)  # the smallest part (whole blocks)


def test_a_long_block_goes_in_as_pieces_without_space_between(
    qtbot: QtBot, app_instance: object
) -> None:
    """Qt lays a block out whole, whenever text is added to it: a paragraph of
    hundreds of thousands of characters goes in as pieces, cut at spaces that become
    breaks between Qt's blocks, one character for one."""
    line = ("kata " * 60_000).strip()  # 300,000 characters, no line break
    text = f"Judul pendek\n{line}\nAkhir."
    document = parse_plain_text(text)
    parent = QObject()
    doc = QTextDocument(parent)
    paragraph = QTextBlockFormat()
    paragraph.setBottomMargin(12)
    feeder = TextFeeder(doc, document, lambda _blocks: None, paragraph, parent)
    feeder.start()
    assert feeder.loaded < textfeeder.FIRST_CHARS + textfeeder.PIECE_CHARS  # a piece
    with qtbot.waitSignal(feeder.finished, timeout=20_000):
        pass
    assert doc.characterCount() == len(text) + 1  # (Qt counts a last separator)
    shown = doc.toPlainText()
    assert len(shown) == len(text)
    cuts = [i for i, (a, b) in enumerate(zip(shown, text, strict=True)) if a != b]
    assert cuts and all(shown[i] == "\n" and text[i] == " " for i in cuts)
    assert doc.blockCount() == 3 + len(cuts)
    sizes = [b - a for a, b in pairwise([len("Judul pendek"), *cuts])]
    assert max(sizes) < 2 * textfeeder.PIECE_CHARS
    # The pieces of the paragraph follow each other without a margin; the paragraph
    # ends with its own.
    pieces = [doc.findBlock(i) for i in cuts]
    assert all(block.blockFormat().bottomMargin() == 0 for block in pieces)
    assert doc.findBlock(len(text) - 3).previous().blockFormat().bottomMargin() == 12


def test_the_reader_goes_to_a_place_not_in_yet(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "panjang.md"
    path.write_text("# Judul\n\n" + PART * 4_000, encoding="utf-8")
    assert window.controllers.documents.open_file(path)
    feeder = window.reader.feeder
    assert feeder is not None and not feeder.done
    assert window.session.marked is not None
    offset = window.session.marked.text.index("Kutipan dari", len(window.session.marked.text) // 2)
    window.reader.scroll_to_offset(offset)
    assert feeder.loaded > offset
    assert abs(window.reader.top_offset() - offset) < 200
    # Another document stops the feeding of this one before its text goes.
    other = tmp_path / "pendek.txt"
    other.write_text("Teks pendek.\n", encoding="utf-8")
    assert window.controllers.documents.open_file(other)
    assert window.reader.feeder is None and not feeder.active


def test_home_and_end_go_to_the_top_and_the_end_of_all_the_text(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """Ctrl+End (or End) goes to the very end, even of a long text still going in, and
    Ctrl+Home (or Home) back to the top: a read-only QTextBrowser ignores Ctrl+Home/End."""
    from PySide6.QtCore import Qt

    reader = window.reader
    bar = reader.verticalScrollBar()
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum() > 0
    qtbot.keyClick(reader, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0
    path = tmp_path / "panjang.md"
    path.write_text("# Judul\n\n" + PART * 4_000, encoding="utf-8")
    assert window.controllers.documents.open_file(path)
    feeder = reader.feeder
    assert feeder is not None and not feeder.done
    qtbot.keyClick(reader, Qt.Key.Key_End)
    # Far from what is in: the text's window is put at its end, at once.
    assert window.session.marked is not None
    length = len(window.session.marked.text)
    end = reader.feeder
    assert end is not feeder and end is not None and end.done and end.first > 0
    assert bar.value() == bar.maximum()
    assert reader.top_offset() > length - 5_000
    qtbot.keyClick(reader, Qt.Key.Key_Home)
    assert reader.feeder is not None and reader.feeder.first == 0
    assert bar.value() == 0 and reader.top_offset() == 0


def test_the_place_and_progress_of_a_long_text_hold_while_it_goes_in(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """While a long text goes in, its progress is where the reader is in all of it, and
    a new theme (which lays the text out again from its start) keeps the place."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    path = tmp_path / "panjang.md"
    path.write_text("# Judul\n\n" + PART * 4_000, encoding="utf-8")
    assert window.controllers.documents.open_file(path)
    reader = window.reader
    assert window.session.marked is not None and reader.feeder is not None
    offset = window.session.marked.text.index("Kutipan dari", len(window.session.marked.text) // 3)
    reader.scroll_to_offset(offset)
    assert not reader.feeder.done
    assert abs(reader.progress() - offset / len(window.session.marked.text)) < 0.02
    original = QApplication.palette()
    palette = QPalette(original)
    palette.setColor(QPalette.ColorRole.Link, QColor("#aa0055"))
    before = reader.feeder
    QApplication.setPalette(palette)
    try:
        qtbot.waitUntil(lambda: reader.feeder is not before, timeout=5_000)
        assert abs(reader.top_offset() - offset) < 200
    finally:
        QApplication.setPalette(original)


def test_the_window_moves_a_part_at_a_time(qtbot: QtBot, app_instance: object) -> None:
    """A long text's document holds a window of it (Qt lays no text out past 8,388,607
    pixels): put anywhere, then text put in before it, taken off either end, and the
    document always the text of the window, a long block's cuts as breaks."""
    from desktop.reader.positions import PositionMap, WindowMap

    paragraph = "Paragraf 😀 tentang pasar modal dan kecerdasan buatan yang cukup panjang."
    long_line = " ".join(["kata 😀 lain"] * 10_000)  # 120,000 characters, no break
    text = "\n".join([paragraph] * 2_000 + [long_line] + [paragraph] * 2_000)
    document = parse_plain_text(text)
    assert document.text == text
    parent = QObject()
    doc = QTextDocument(parent)
    positions = WindowMap(PositionMap(text))
    middle = text.index(long_line) + 50_000
    feeder = TextFeeder(
        doc, document, lambda _blocks: None, QTextBlockFormat(), parent, positions, middle
    )
    feeder.limit = 60_000

    def shown() -> str:
        # The document's text, each break put back as the space it stands for.
        return doc.toPlainText().replace("\n", " ")

    def expected() -> str:
        return text[feeder.first : feeder.loaded].replace("\n", " ")

    feeder.start()
    assert text[feeder.first - 1] == " " and feeder.first <= middle  # at a cut
    qtbot.waitUntil(lambda: feeder.full and not feeder.active, timeout=60_000)  # (a busy machine)
    assert shown() == expected() and positions.start == feeder.first
    assert doc.characterCount() - 1 == positions.to_qt(feeder.loaded)
    first = feeder.first
    assert feeder.prepend(30_000) > 0 and feeder.first < first
    assert shown() == expected()
    assert feeder.trim_back(40_000) > 0 and shown() == expected()
    assert feeder.trim_front(40_000) > 0 and shown() == expected()
    feeder.limit = 10**9
    feeder.go_on()
    qtbot.waitUntil(lambda: feeder.done, timeout=60_000)  # (a busy machine)
    assert shown() == expected() and feeder.loaded == len(text)
    while feeder.prepend(50_000):
        pass
    assert feeder.first == 0 and shown() == text.replace("\n", " ")
