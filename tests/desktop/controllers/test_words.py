"""The words controller without a main window: looking a word up shows it in the Word
tab, keeping it and setting its status go through the adapter and undo, and the text
is tinted by status once the document's words are read in the background."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop import settings as keys
from desktop.controllers.words import WordsController, status_tints
from desktop.feedback import Feedback
from desktop.panels.word import WordPanel
from desktop.reader.selectionbar import HIGHLIGHT_ALPHA
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.storeadapter import StoreAdapter
from desktop.themes import THEME_COLOURS, palette_for
from glossary import contrast
from glossary.documents.loading import load_bundled_article
from glossary.notes.colours import HIGHLIGHT_RGB
from glossary.words.vocabulary import KNOWN, LEARNING


@pytest.fixture
def controller(
    session: DocumentSession,
    notes: StoreAdapter,
    undo_stack: QUndoStack,
    reader: ReaderView,
    tabs: QTabWidget,
    feedback: Feedback,
    host: QWidget,
    qtbot: QtBot,
    tmp_path: Path,
) -> WordsController:
    (tmp_path / "dictionary-folders.txt").write_text(f"{tmp_path / 'none'}\n", encoding="utf-8")
    panel = WordPanel()
    qtbot.addWidget(panel)
    tabs.addTab(panel, "Word")
    settings = Settings(tmp_path / "settings.ini")
    controller = WordsController(
        session, notes, settings, undo_stack, reader, panel, tabs, feedback, host
    )
    session.open(load_bundled_article())
    assert session.marked is not None
    reader.show_document(session.marked, session.tooltips())
    controller.on_document_shown()
    return controller


def offset(session: DocumentSession, word: str) -> int:
    assert session.marked is not None
    return session.marked.text.index(word)


def test_a_word_looked_up_shows_its_root_and_is_kept_undoably(
    controller: WordsController,
    session: DocumentSession,
    notes: StoreAdapter,
    undo_stack: QUndoStack,
) -> None:
    start = offset(session, "perusahaan")
    assert controller.look_up(start, start)
    text = controller.word_panel.view.toPlainText()
    assert "usaha" in text  # the root
    controller.set_status(LEARNING)
    item = notes.vocabulary.get("perusahaan") or notes.vocabulary.get("usaha")
    assert item is not None and item.status == LEARNING
    controller.set_status(KNOWN)
    undo_stack.undo()
    assert notes.vocabulary.item(item.id).status == LEARNING
    undo_stack.undo()
    assert notes.vocabulary.item(item.id).deleted is not None  # kept only by that step


def test_the_text_is_tinted_by_status_once_its_words_are_read(
    controller: WordsController, session: DocumentSession, qtbot: QtBot
) -> None:
    start = offset(session, "perusahaan")
    controller.look_up(start, start)
    controller.set_status(LEARNING)
    controller.set_tints(by_status=True, unknown=False)
    qtbot.waitUntil(lambda: controller.document_words is not None, timeout=20_000)
    tints = {(s, e): c for s, e, c in controller.word_tints(0, start + 50)}
    assert tints[(start, start + len("perusahaan"))] == controller.tint_colours()[LEARNING]
    assert controller.settings.get(keys.SHOW_WORD_STATUS) is True  # kept for next time


def test_nothing_to_keep_says_what_to_do(controller: WordsController, feedback: Feedback) -> None:
    assert controller.keep("gloss", None) is None
    assert "Look a word up first" in feedback.status_bar.currentMessage()


@pytest.mark.parametrize("theme", sorted(THEME_COLOURS))
def test_word_tints_are_never_taken_for_a_highlight_and_show_inside_one(theme: str) -> None:
    # A "learning" word was tinted in the yellow of the first highlight colour: it looked
    # highlighted, and vanished inside a yellow highlight.
    colours = THEME_COLOURS[theme]
    base, text = contrast.parse(colours.base), contrast.parse(colours.text)
    tints = status_tints(dark=contrast.luminance(base) < 0.2)
    for status, tint in tints.items():
        rgba = (tint.red(), tint.green(), tint.blue(), tint.alpha())
        alone = contrast.over(rgba, base)
        for colour, rgb in HIGHLIGHT_RGB.items():
            where = f"{theme}: tint {status}, highlight {colour}"
            assert contrast.hue_distance(rgba[:3], rgb) >= 30, where  # another hue family
            highlight = contrast.over((*rgb, HIGHLIGHT_ALPHA), base)
            assert contrast.difference(alone, highlight) >= 12, where  # told apart
            inside = contrast.over(rgba, highlight)
            assert contrast.difference(inside, highlight) >= 10, where  # seen inside one
            assert contrast.contrast_ratio(text, inside) >= contrast.AA_TEXT, where
        assert contrast.contrast_ratio(text, alone) >= contrast.AA_TEXT, theme


def test_the_tints_follow_the_theme(controller: WordsController, reader: ReaderView) -> None:
    reader.setPalette(palette_for("dark"))
    dark = controller.tint_colours()
    reader.setPalette(palette_for("light"))
    light = controller.tint_colours()
    assert dark[LEARNING] != light[LEARNING]
    assert dark == status_tints(dark=True) and light == status_tints(dark=False)
