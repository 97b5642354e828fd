"""The engines that speak: Qt's text-to-speech (through Qt's own test engine, "mock",
which speaks with timers: the real Qt code path, without a sound card) and espeak-ng
called directly (which CI installs; its sound goes nowhere on a machine without one)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from desktop.speech import EspeakSpeaker, QtSpeaker, find_speakers
from glossary.speech import find_espeak

needs_espeak = pytest.mark.skipif(
    find_espeak() is None, reason="espeak-ng is not installed (CI installs it)"
)


# Qt's speech module loads Qt Multimedia, which looks for PipeWire and says so when it
# is missing (as on a server); that is no failure of ours.
pytestmark = pytest.mark.qt_log_ignore("pipewire")


@pytest.fixture
def parent(qapp: object) -> QObject:
    return QObject()


def test_qt_speaks_a_passage_to_its_end(parent: QObject, qtbot: QtBot) -> None:
    speaker = QtSpeaker("mock", parent)
    assert speaker.working
    assert speaker.can_speak("en")
    assert not speaker.can_speak("id")  # the test engine has English voices only
    voices = speaker.voices("en")
    assert voices and all(isinstance(name, str) and name for name, _label in voices)
    with qtbot.waitSignal(speaker.finished, timeout=10_000):
        speaker.say("Hello there.", "en", 200, voices[-1][0])
    assert speaker.tts.voice().name() == voices[-1][0]
    assert speaker.tts.rate() == 1.0


def test_qt_says_nothing_finished_of_a_passage_stopped(parent: QObject, qtbot: QtBot) -> None:
    speaker = QtSpeaker("mock", parent)
    finished: list[bool] = []
    speaker.finished.connect(lambda: finished.append(True))
    speaker.say("A passage that will be stopped before its end.", "en")
    speaker.stop()
    with qtbot.waitSignal(speaker.finished, timeout=10_000):
        speaker.say("Short.", "en")
    assert finished == [True]


@needs_espeak
def test_espeak_speaks_a_passage_to_its_end(parent: QObject, qtbot: QtBot) -> None:
    program = find_espeak()
    assert program is not None
    speaker = EspeakSpeaker(program, parent)
    assert speaker.can_speak("id") and speaker.can_speak("en")
    assert speaker.voices("id")
    outcome: list[str] = []
    speaker.failed.connect(outcome.append)
    speaker.finished.connect(lambda: outcome.append("finished"))
    speaker.say("Selamat pagi.", "id")
    qtbot.waitUntil(lambda: bool(outcome), timeout=20_000)
    # Without a sound device espeak-ng cannot play it, and that is said plainly.
    assert outcome == ["finished"] or "sound device" in outcome[0]


@needs_espeak
def test_espeak_stopped_says_nothing_more(parent: QObject, qtbot: QtBot) -> None:
    program = find_espeak()
    assert program is not None
    speaker = EspeakSpeaker(program, parent)
    heard: list[str] = []
    speaker.finished.connect(lambda: heard.append("finished"))
    speaker.failed.connect(heard.append)
    speaker.say("Kalimat panjang yang dihentikan sebelum selesai dibacakan. " * 5, "id")
    speaker.pause()
    speaker.resume()
    speaker.stop()
    speaker.say("Pendek.", "id")
    qtbot.waitUntil(lambda: bool(heard), timeout=20_000)
    # One outcome, the short passage's: finished, or (without a sound device) why not.
    assert len(heard) == 1
    assert heard[0] == "finished" or "sound device" in heard[0]


def test_an_engine_that_cannot_start_says_so(parent: QObject, qtbot: QtBot) -> None:
    speaker = EspeakSpeaker("/no/such/espeak-ng", parent)
    with qtbot.waitSignal(speaker.failed, timeout=10_000) as failed:
        speaker.say("kata", "id")
    assert failed.args and failed.args[0]


@pytest.mark.qt_log_ignore("pipewire", "text-to-speech", "speechd", "No engine set")
def test_the_system_engines_come_first_and_espeak_last(parent: QObject) -> None:
    speakers = find_speakers(parent)
    assert all(s.name != "mock" for s in speakers)  # Qt's test engine is never used
    if find_espeak() is not None:
        assert isinstance(speakers[-1], EspeakSpeaker)
