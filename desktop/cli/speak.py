"""``glossary-reader speak TEXT --lang id|en [--out FILE.wav]``: speak a text, or write
it to a WAV file (a teacher's audio for a class; the tests' check that the sound is
speech, not silence).

espeak-ng speaks and writes, called directly (no Qt). Where it is missing, a text is
still spoken through the system's engine as Qt finds it; a WAV file needs espeak-ng.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from glossary.model import Language

SPEAK_USAGE = (
    "glossary-reader speak TEXT [TEXT ...] [--lang id|en] [--out FILE.wav] "
    "[--speed PERCENT] [--voice VOICE]"
)


def add_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add_data_dir: Callable[[argparse.ArgumentParser], None],
) -> None:
    speak = commands.add_parser(
        "speak",
        help="speak an Indonesian or English text aloud, or write it to a WAV file",
        usage=SPEAK_USAGE,
    )
    speak.add_argument(
        "text", nargs="+", metavar="TEXT", help="the words to speak ('-': read them from input)"
    )
    speak.add_argument(
        "--lang",
        choices=("id", "en"),
        default="id",
        help="the language of the text (default: id, Indonesian)",
    )
    speak.add_argument(
        "--out", type=Path, metavar="FILE.wav", help="write the speech to this WAV file"
    )
    speak.add_argument(
        "--speed",
        type=int,
        default=100,
        metavar="PERCENT",
        help="percent of the normal pace, 50-200 (default: 100)",
    )
    speak.add_argument(
        "--voice", default="", help="an espeak-ng voice (espeak-ng --voices=id lists them)"
    )
    add_data_dir(speak)


def run_speak(args: argparse.Namespace, fail: Callable[[str], int]) -> int:
    from glossary.speech import SPEED_RANGE, duration_text, find_espeak, speak, write_wav

    text = sys.stdin.read() if args.text == ["-"] else " ".join(args.text)
    language: Language = "en" if args.lang == "en" else "id"
    low, high = SPEED_RANGE
    if not low <= args.speed <= high:
        return fail(f"--speed must be between {low} and {high} (percent of the normal pace).")
    if args.out is not None:
        if args.out.is_dir():
            return fail(f"{args.out}: is a folder; give the WAV file's name.")
        info = write_wav(text, language, args.out, args.speed, args.voice)
        print(f"{args.out}: {duration_text(info.seconds)} of speech")
        return 0
    if find_espeak() is not None:
        speak(text, language, args.speed, args.voice)
        return 0
    return _speak_with_qt(text, language, args.speed, fail)


def _speak_with_qt(text: str, language: Language, speed: int, fail: Callable[[str], int]) -> int:
    """No espeak-ng: the system's engine as Qt finds it, if there is one."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from desktop.speech import qt_speakers
    from glossary.speech import NO_ENGINE, speakable

    app = QCoreApplication.instance() or QCoreApplication([])
    speaker = next((s for s in qt_speakers(app) if s.can_speak(language)), None)
    if speaker is None:
        return fail(NO_ENGINE)
    loop = QEventLoop()
    failures: list[str] = []

    def failed(reason: str) -> None:
        failures.append(reason)
        loop.quit()

    speaker.finished.connect(loop.quit)
    speaker.failed.connect(failed)
    speaker.say(speakable(text), language, speed)
    loop.exec()
    return fail(f"the text could not be spoken: {failures[0]}") if failures else 0
