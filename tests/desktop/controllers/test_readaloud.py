"""Read-aloud: the text from the reading place on, a sentence at a time, the sentence
read marked and followed; words, sentences and terms in their own language; the speed
and voice of each language; and a clear message when there is no engine.

The engine is a fake (the system's speech is outside the app): it records what it is
asked to say, and says it has finished when the test tells it to. The Qt engine and
espeak-ng themselves are tested in tests/desktop/test_speech.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop import settings as keys
from desktop.controllers.readaloud import IDLE, PAUSED, READING, ReadAloudController
from desktop.feedback import Feedback
from desktop.mainwindow import MainWindow
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.speech import Speaker
from glossary.documents.loading import parse_markdown, parse_plain_text
from glossary.model import Language
from glossary.speech import NORMAL_SPEED

TEXT = (
    "# Judul\n\n"
    "Kalimat pertama di sini. Kalimat kedua dari Nvidia Corp. dan kawan-kawan. Ketiga?\n\n"
    "```\nkode yang tidak dibaca\n```\n\n"
    "Paragraf berikutnya."
)


class FakeSpeaker(Speaker):
    """Says it speaks ``languages``; finishes a passage when told to."""

    def __init__(self, languages: tuple[Language, ...] = ("id", "en")) -> None:
        super().__init__()
        self.name = "fake"
        self.languages = languages
        self.said: list[tuple[str, Language, int, str]] = []
        self.paused = False
        self.stopped = 0

    def can_speak(self, language: Language) -> bool:
        return language in self.languages

    def voices(self, language: Language) -> list[tuple[str, str]]:
        return [(f"{language}-voice", f"Voice {language}")]

    def say(
        self, text: str, language: Language, speed: int = NORMAL_SPEED, voice: str = ""
    ) -> None:
        self.said.append((text, language, speed, voice))

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.paused = False

    def stop(self) -> None:
        self.stopped += 1

    def finish(self) -> None:
        self.finished.emit()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


def _controller(
    session: DocumentSession,
    reader: ReaderView,
    settings: Settings,
    feedback: Feedback,
    host: QWidget,
    speakers: list[Speaker],
    word: tuple[int, int] | None = None,
) -> ReadAloudController:
    controller = ReadAloudController(
        session, reader, settings, feedback, lambda: word, host, lambda _parent: speakers
    )
    return controller


def _open(session: DocumentSession, reader: ReaderView, qtbot: QtBot, text: str = TEXT) -> str:
    session.open(parse_markdown(text))
    assert session.marked is not None
    reader.show()
    qtbot.waitExposed(reader)
    reader.show_document(session.marked, session.tooltips())
    return session.marked.text


def test_reading_on_marks_each_sentence_in_turn_and_skips_code(
    session: DocumentSession,
    reader: ReaderView,
    settings: Settings,
    feedback: Feedback,
    host: QWidget,
    qtbot: QtBot,
) -> None:
    text = _open(session, reader, qtbot)
    speaker = FakeSpeaker()
    controller = _controller(session, reader, settings, feedback, host, [speaker])
    with qtbot.waitSignal(controller.state_changed) as changed:
        controller.toggle_reading()
    assert changed.args == [READING]
    heard = []
    while controller.state == READING:
        spoken = reader.spoken_range()
        assert spoken is not None and spoken == controller.reading()
        heard.append(text[spoken[0] : spoken[1]])
        assert speaker.said[-1][0] == heard[-1]  # what is marked is what is read
        speaker.finish()
    assert heard == [
        "Judul",
        "Kalimat pertama di sini.",
        "Kalimat kedua dari Nvidia Corp. dan kawan-kawan.",
        "Ketiga?",
        "Paragraf berikutnya.",
    ]
    assert controller.state == IDLE
    assert reader.spoken_range() is None
    assert feedback.status_bar.currentMessage() == "Read aloud to the end."


def test_reading_starts_at_the_selection_pauses_and_goes_on(
    session: DocumentSession,
    reader: ReaderView,
    settings: Settings,
    feedback: Feedback,
    host: QWidget,
    qtbot: QtBot,
) -> None:
    text = _open(session, reader, qtbot)
    start = text.index("kedua")
    reader.setTextCursor(reader.cursor_for(start, start + 5))
    speaker = FakeSpeaker()
    controller = _controller(session, reader, settings, feedback, host, [speaker])
    controller.toggle_reading()
    assert speaker.said[-1][0].startswith("Kalimat kedua")
    controller.toggle_reading()  # Ctrl+Shift+Space again: a pause
    assert controller.state == PAUSED and speaker.paused
    assert reader.spoken_range() is not None  # the place stays marked
    controller.toggle_reading()  # and again: it goes on where it was
    assert controller.state == READING and not speaker.paused
    assert len(speaker.said) == 1
    speaker.finish()
    assert speaker.said[-1][0] == "Ketiga?"
    # Paused just as the engine ended the sentence: going on reads the next one (it
    # was stuck, with nothing to resume).
    controller.toggle_reading()
    speaker.finish()
    assert len(speaker.said) == 2  # no sentence follows while paused
    controller.toggle_reading()
    assert controller.state == READING
    assert speaker.said[-1][0] == "Paragraf berikutnya."
    controller.stop()
    assert controller.state == IDLE and reader.spoken_range() is None
    assert speaker.stopped >= 1


def test_the_sentence_read_is_followed_down_a_long_text(
    session: DocumentSession,
    reader: ReaderView,
    settings: Settings,
    feedback: Feedback,
    host: QWidget,
    qtbot: QtBot,
) -> None:
    text = "\n\n".join(f"Paragraf nomor {n} berisi satu kalimat saja." for n in range(200))
    session.open(parse_plain_text(text))
    assert session.marked is not None
    reader.show()
    qtbot.waitExposed(reader)
    reader.show_document(session.marked, session.tooltips())
    speaker = FakeSpeaker()
    controller = _controller(session, reader, settings, feedback, host, [speaker])
    controller.read_from(session.marked.text.index("nomor 150"))
    bar = reader.verticalScrollBar()
    assert bar.value() > 0
    spoken = reader.spoken_range()
    assert spoken is not None
    rect = reader.rect_for(*spoken)
    assert reader.viewport().rect().contains(rect)  # in sight
    for _ in range(30):
        speaker.finish()
        spoken = reader.spoken_range()
        assert spoken is not None
        assert reader.viewport().rect().contains(reader.rect_for(*spoken))


def test_each_language_has_its_speed_and_voice(
    session: DocumentSession,
    reader: ReaderView,
    settings: Settings,
    feedback: Feedback,
    host: QWidget,
    qtbot: QtBot,
) -> None:
    _open(session, reader, qtbot)
    settings.set(keys.SPEECH_SPEED["id"], 80)
    settings.set(keys.SPEECH_VOICE["en"], "en-voice")
    speaker = FakeSpeaker()
    controller = _controller(session, reader, settings, feedback, host, [speaker])
    controller.speak_text("kecerdasan buatan", "id")
    controller.speak_text("artificial intelligence", "en")
    controller.speak_text("model bahasa", "")  # "": the document's language
    assert speaker.said == [
        ("kecerdasan buatan", "id", 80, ""),
        ("artificial intelligence", "en", NORMAL_SPEED, "en-voice"),
        ("model bahasa", "id", 80, ""),
    ]
    assert controller.voices("en") == [("en-voice", "Voice en")]


def test_an_english_text_is_read_in_english_by_the_engine_that_has_it(
    session: DocumentSession,
    reader: ReaderView,
    settings: Settings,
    feedback: Feedback,
    host: QWidget,
    qtbot: QtBot,
) -> None:
    _open(
        session,
        reader,
        qtbot,
        "The market fell. It was the largest fall of its kind, and the report said so.",
    )
    english_only, indonesian_only = FakeSpeaker(("en",)), FakeSpeaker(("id",))
    controller = _controller(
        session, reader, settings, feedback, host, [indonesian_only, english_only]
    )
    controller.toggle_reading()
    assert english_only.said == [("The market fell.", "en", NORMAL_SPEED, "")]
    assert not indonesian_only.said
    controller.speak_text("pasar", "id")
    assert indonesian_only.said[-1][:2] == ("pasar", "id")


def test_the_word_and_its_sentence_are_spoken(
    session: DocumentSession,
    reader: ReaderView,
    settings: Settings,
    feedback: Feedback,
    host: QWidget,
    qtbot: QtBot,
) -> None:
    text = _open(session, reader, qtbot)
    start = text.index("pertama")
    speaker = FakeSpeaker()
    controller = _controller(
        session, reader, settings, feedback, host, [speaker], word=(start, start + 7)
    )
    controller.speak_word()
    controller.speak_shown_sentence()
    assert [said[0] for said in speaker.said] == ["pertama", "Kalimat pertama di sini."]
    # A selection is what Ctrl+Shift+S speaks; the Word tab's button, its word.
    other = text.index("Paragraf")
    reader.setTextCursor(reader.cursor_for(other, other + 8))
    controller.speak_word()
    controller.speak_shown_word()
    assert [said[0] for said in speaker.said[2:]] == ["Paragraf", "pertama"]


def test_another_document_stops_the_reading(
    session: DocumentSession,
    reader: ReaderView,
    settings: Settings,
    feedback: Feedback,
    host: QWidget,
    qtbot: QtBot,
) -> None:
    _open(session, reader, qtbot)
    speaker = FakeSpeaker()
    controller = _controller(session, reader, settings, feedback, host, [speaker])
    controller.toggle_reading()
    session.open(parse_plain_text("Dokumen lain."))
    assert controller.state == IDLE
    assert speaker.stopped >= 1


def test_no_engine_says_how_to_install_one_once(
    session: DocumentSession,
    reader: ReaderView,
    settings: Settings,
    feedback: Feedback,
    host: QWidget,
    qtbot: QtBot,
) -> None:
    _open(session, reader, qtbot)
    controller = _controller(session, reader, settings, feedback, host, [])
    controller.toggle_reading()
    assert controller.state == IDLE
    assert reader.spoken_range() is None
    told = feedback.message_bar.text()
    assert "No speech engine was found" in told and "espeak-ng" in told
    feedback.dismiss()
    controller.speak_text("kata", "id")  # again: only in the status bar, out of the way
    assert not feedback.message_bar.isVisible()
    assert "espeak-ng" in feedback.status_bar.currentMessage()
    assert controller.voices("id") == []


def test_an_engine_failure_stops_and_says_why(
    session: DocumentSession,
    reader: ReaderView,
    settings: Settings,
    feedback: Feedback,
    host: QWidget,
    qtbot: QtBot,
) -> None:
    _open(session, reader, qtbot)
    speaker = FakeSpeaker()
    controller = _controller(session, reader, settings, feedback, host, [speaker])
    controller.toggle_reading()
    speaker.failed.emit("the audio device is busy")
    assert controller.state == IDLE
    assert "the audio device is busy" in feedback.message_bar.text()


def test_the_window_reads_aloud_with_ctrl_shift_space(window: MainWindow, qtbot: QtBot) -> None:
    assert window.controllers is not None
    read_aloud = window.controllers.read_aloud
    speaker = FakeSpeaker()
    read_aloud.set_speakers([speaker])
    action = window.action("readAloudAction")
    assert action.shortcut().toString() == "Ctrl+Shift+Space"
    assert not window.action("stopReadingAction").isEnabled()
    action.trigger()
    assert action.text() == "Pause &Reading Aloud"
    assert window.action("stopReadingAction").isEnabled()
    first = window.reader.spoken_range()
    assert first is not None and speaker.said
    speaker.finish()
    second = window.reader.spoken_range()
    assert second is not None and second[0] > first[0]
    action.trigger()
    assert action.text() == "Go On &Reading Aloud"
    window.action("stopReadingAction").trigger()
    assert action.text() == "&Read Aloud"
    assert window.reader.spoken_range() is None


def test_the_speed_setting_holds_the_engines_range() -> None:
    from glossary.speech import SPEED_RANGE

    for setting in keys.SPEECH_SPEED.values():
        assert (setting.low, setting.high) == SPEED_RANGE
        assert setting.default == NORMAL_SPEED


def test_the_window_starts_without_any_speech_module(tmp_path: Path) -> None:
    # Start-up is a budget: Qt's speech module (and Qt Multimedia with it), the
    # engines and espeak-ng's command line are loaded when speech is first asked for.
    import os
    import subprocess
    import sys

    script = (
        "import sys; from pathlib import Path\n"
        "from desktop.app import application, build_window\n"
        "app = application(); w = build_window(Path(sys.argv[1])); w.show()\n"
        "[app.processEvents() for _ in range(5)]\n"
        "print(sorted(m for m in sys.modules if 'Speech' in m or 'Multimedia' in m\n"
        "             or m in ('desktop.speech', 'glossary.speech')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[3],
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
