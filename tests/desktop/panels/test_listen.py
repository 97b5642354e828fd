"""Listening from the side panel: the Word tab's Listen buttons, and the glossary
entry's links that speak its term and definitions in either language."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from desktop.mainwindow import MainWindow
from tests.desktop.controllers.test_readaloud import FakeSpeaker


def test_the_word_tab_speaks_its_word_and_sentence(window: MainWindow, qtbot: QtBot) -> None:
    assert window.controllers is not None
    speaker = FakeSpeaker()
    window.controllers.read_aloud.set_speakers([speaker])
    panel = window.word_panel
    assert not panel.listen_button.isEnabled()  # nothing looked up yet
    text = window.session.marked.text  # type: ignore[union-attr]
    start = text.index("menyebabkan")
    window.controllers.words.look_up(start, start + len("menyebabkan"))
    assert panel.listen_button.isEnabled() and panel.sentence_button.isEnabled()
    panel.listen_button.click()
    assert speaker.said[-1][:2] == ("menyebabkan", "id")
    panel.sentence_button.click()
    sentence = speaker.said[-1][0]
    assert sentence.startswith("Kenaikan pesat DeepSeek menyebabkan")
    assert sentence.endswith("sejenis lainnya.")


def test_the_entry_speaks_its_term_and_definitions_in_each_language(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.controllers is not None
    speaker = FakeSpeaker()
    window.controllers.read_aloud.set_speakers([speaker])
    window.panel.show_entry("valuation")
    view = window.panel.entry_view
    html = view.toHtml()
    assert "speak:id/term" in html and "speak:en/definition" in html
    entry = window.session.glossary.entry("valuation")
    for link, said in [
        ("speak:en/term", (entry.term_en, "en")),
        ("speak:id/term", (entry.term_id, "id")),
        ("speak:id/definition", (entry.definition_id, "id")),
        ("speak:en/definition", (entry.definition_en, "en")),
    ]:
        view.anchorClicked.emit(QUrl(link))
        assert speaker.said[-1][:2] == said
    view.anchorClicked.emit(QUrl("speak:fr/term"))  # not a language of ours: nothing
    assert len(speaker.said) == 4
