"""The engines that speak: Qt's text-to-speech with the system's voices, or espeak-ng
called directly where Qt finds no working engine, or none at all.

Nothing here is loaded before the reader first asks for speech (start-up is a
budget): :func:`find_speakers` imports Qt's text-to-speech module and looks for
engines then. A :class:`Speaker` speaks one passage at a time and says when it has
spoken it to its end (``finished``), or that it could not (``failed``); the read-aloud
controller goes from passage to passage on ``finished``.
"""

from __future__ import annotations

import os
import signal
import sys
from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QProcess, Signal, Slot

from glossary.model import Language
from glossary.speech import (
    NORMAL_SPEED,
    espeak_command,
    espeak_error,
    espeak_voices,
    find_espeak,
    qt_rate,
    speakable,
)

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

# Qt's own test engine (it "speaks" with timers) and engines known not to speak here.
LEFT_OUT_ENGINES = ("mock",)
QT_LANGUAGES = {"id": QLocale.Language.Indonesian, "en": QLocale.Language.English}


class Speaker(QObject):
    """An engine that speaks a passage at a time.

    Signals:
        finished(): the passage given to :meth:`say` was spoken to its end (not
            stopped).
        failed(str): it could not be spoken; the text says why.
    """

    finished = Signal()
    failed = Signal(str)

    name = ""

    def can_speak(self, language: Language) -> bool:
        """Whether it has a voice for ``language``."""
        return False

    def voices(self, language: Language) -> list[tuple[str, str]]:
        """The voices for ``language`` as (what :meth:`say` takes, the name shown)."""
        return []

    def say(
        self, text: str, language: Language, speed: int = NORMAL_SPEED, voice: str = ""
    ) -> None:
        """Speak ``text`` in ``language`` (``speed``: percent of the normal pace;
        ``voice``: one of :meth:`voices`, or "" for the default), stopping any passage
        being spoken."""
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def resume(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError


class QtSpeaker(Speaker):
    """Qt's text-to-speech engine ``engine`` (on Linux: speech-dispatcher)."""

    def __init__(self, engine: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._states = QTextToSpeech.State
        self.tts: QTextToSpeech = QTextToSpeech(engine, self)
        self.name = engine
        self._speaking = False  # a passage of ours is being spoken
        self._found: dict[Language, list[QVoice]] = {}
        self.tts.stateChanged.connect(self._on_state_changed)
        self.tts.errorOccurred.connect(self._on_error)

    @property
    def working(self) -> bool:
        return self.tts.state() != self._states.Error

    def _voices(self, language: Language) -> list[QVoice]:
        # Asked once a language: speech-dispatcher answers through a socket.
        if language not in self._found:
            wanted = QT_LANGUAGES[language]
            found: dict[str, QVoice] = {}
            for locale in self.tts.availableLocales():
                if locale.language() == wanted:
                    for voice in self.tts.allVoices(locale):
                        found.setdefault(voice.name(), voice)
            self._found[language] = list(found.values())
        return self._found[language]

    def can_speak(self, language: Language) -> bool:
        return self.working and bool(self._voices(language))

    def voices(self, language: Language) -> list[tuple[str, str]]:
        return [(v.name(), v.name()) for v in self._voices(language)]

    def say(
        self, text: str, language: Language, speed: int = NORMAL_SPEED, voice: str = ""
    ) -> None:
        voices = self._voices(language)
        chosen = next((v for v in voices if v.name() == voice), voices[0] if voices else None)
        self._speaking = False
        self.tts.stop()
        if chosen is not None:
            self.tts.setLocale(chosen.locale())
            self.tts.setVoice(chosen)
        self.tts.setRate(qt_rate(speed))
        self._speaking = True
        self.tts.say(speakable(text))

    def pause(self) -> None:
        self.tts.pause()

    def resume(self) -> None:
        self.tts.resume()

    def stop(self) -> None:
        self._speaking = False
        self.tts.stop()

    @Slot(object)
    def _on_state_changed(self, state: QTextToSpeech.State) -> None:
        if state == self._states.Ready and self._speaking:
            self._speaking = False
            self.finished.emit()

    @Slot(object, str)
    def _on_error(self, _reason: object, text: str) -> None:
        if self._speaking:
            self._speaking = False
            self.failed.emit(text)


class EspeakSpeaker(Speaker):
    """espeak-ng, run once for each passage (the text through its input); paused by
    stopping its process where the system can (POSIX), else stopped."""

    name = "espeak-ng"

    def __init__(self, program: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.program = program
        self._process: QProcess | None = None
        self._voices: dict[Language, list[tuple[str, str]]] = {}

    def can_speak(self, language: Language) -> bool:
        return True  # espeak-ng has Indonesian and English voices of its own

    def voices(self, language: Language) -> list[tuple[str, str]]:
        if language not in self._voices:
            self._voices[language] = [
                (v.ident, v.name) for v in espeak_voices(self.program, language)
            ]
        return self._voices[language]

    def say(
        self, text: str, language: Language, speed: int = NORMAL_SPEED, voice: str = ""
    ) -> None:
        self.stop()
        command = espeak_command(self.program, language, speed, voice)
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._process = process
        process.start(command[0], command[1:])
        process.write(speakable(text).encode("utf-8"))
        process.closeWriteChannel()

    def _signal(self, number: int) -> bool:
        process = self._process
        if process is None or sys.platform == "win32" or not process.processId():
            return False
        try:
            os.kill(process.processId(), number)
        except OSError:
            return False
        return True

    def pause(self) -> None:
        if not self._signal(signal.SIGSTOP):
            self.stop()

    def resume(self) -> None:
        self._signal(signal.SIGCONT)

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.finished.disconnect(self._on_finished)
        process.errorOccurred.disconnect(self._on_error)
        self._signal_stopped(process)
        process.deleteLater()

    @staticmethod
    def _signal_stopped(process: QProcess) -> None:
        if process.state() != QProcess.ProcessState.NotRunning:
            if sys.platform != "win32" and process.processId():
                with suppress(OSError):
                    os.kill(process.processId(), signal.SIGCONT)  # a paused one can end
            process.kill()
            process.waitForFinished(1000)

    @Slot(int, QProcess.ExitStatus)
    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        said = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        process.deleteLater()
        error = espeak_error(said)
        if status == QProcess.ExitStatus.NormalExit and code == 0 and error is None:
            self.finished.emit()
        elif error is not None and code == 0:
            # (It ends well even when the sound could not be played.)
            self.failed.emit(
                self.tr("the sound could not be played (%1): is there a sound device?").replace(
                    "%1", error
                )
            )
        else:
            self.failed.emit(" ".join(said.split())[:300] or f"exit status {code}")

    @Slot(QProcess.ProcessError)
    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            process, self._process = self._process, None
            if process is not None:
                self.failed.emit(process.errorString())
                process.deleteLater()


def qt_speakers(parent: QObject | None = None) -> list[Speaker]:
    """Qt's engines that work on this system (none if Qt's text-to-speech module is
    missing)."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return []
    speakers: list[Speaker] = []
    for engine in QTextToSpeech.availableEngines():
        if engine in LEFT_OUT_ENGINES:
            continue
        speaker = QtSpeaker(engine, parent)
        if speaker.working:
            speakers.append(speaker)
        else:
            speaker.deleteLater()
    return speakers


def find_speakers(parent: QObject | None = None) -> list[Speaker]:
    """Every engine that can speak here, the system's (Qt's) first, espeak-ng last."""
    speakers = qt_speakers(parent)
    program = find_espeak()
    if program is not None:
        speakers.append(EspeakSpeaker(program, parent))
    return speakers
