"""Read-aloud without a display: espeak-ng's command line, speeds, and WAV files.

The app speaks through Qt's text-to-speech where the system has an engine (on Linux,
speech-dispatcher), and falls back on calling ``espeak-ng`` itself; this module is
the part of that which needs no Qt: the command that speaks a text or writes it to a
WAV file, a speed the reader chose turned into each engine's measure, the voices
espeak-ng has for a language, and what a written WAV file holds (its length and how
loud it is), which ``glossary-reader speak --out`` reports and the tests check.

Speed is a percentage of the engine's normal pace (100), 50-200: espeak-ng takes
words a minute (175 at 100%), Qt a rate from -1 (half as fast) to 1 (twice as fast).
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
import wave
from array import array
from pathlib import Path
from typing import NamedTuple

from glossary.atomic import atomic_target
from glossary.messages import QT_TRANSLATE_NOOP, Problem
from glossary.model import Language

ESPEAK_PROGRAMS = ("espeak-ng", "espeak")
ESPEAK_VOICES: dict[Language, str] = {"id": "id", "en": "en"}
NORMAL_WORDS_PER_MINUTE = 175  # espeak-ng's own default
SPEED_RANGE = (50, 200)  # percent of the normal pace
NORMAL_SPEED = 100
TIMEOUT_S = 120.0  # a WAV of a long passage; espeak-ng writes about 50x faster than it speaks
MAX_TEXT_CHARS = 100_000  # a passage, not a book: about ten minutes of speech

NO_ENGINE = QT_TRANSLATE_NOOP(
    "glossary",
    "No speech engine was found. To hear the text, install espeak-ng (on Debian or "
    "Ubuntu: sudo apt install espeak-ng; with speech-dispatcher, the system's voices "
    "are used as well).",
)


class SpeechError(Problem):
    """The text could not be spoken or written (no engine, a failure of the engine)."""


class Voice(NamedTuple):
    """One of espeak-ng's voices: ``ident`` is what ``-v`` takes, ``name`` is shown."""

    ident: str
    name: str


class WavInfo(NamedTuple):
    """What a WAV file holds: its length in seconds and its loudness (the root mean
    square of its samples, 0-1 of full scale; silence is 0)."""

    seconds: float
    rms: float


def clamp_speed(speed: int) -> int:
    low, high = SPEED_RANGE
    return max(low, min(high, speed))


def words_per_minute(speed: int) -> int:
    """espeak-ng's ``-s`` for ``speed`` percent of the normal pace."""
    return round(NORMAL_WORDS_PER_MINUTE * clamp_speed(speed) / 100)


def qt_rate(speed: int) -> float:
    """Qt's rate (-1..1) for ``speed`` percent: 50% is -1, 100% is 0, 200% is 1."""
    return max(-1.0, min(1.0, math.log2(clamp_speed(speed) / 100)))


def find_espeak() -> str | None:
    """The path of espeak-ng (or the older espeak) on PATH, if there is one."""
    for program in ESPEAK_PROGRAMS:
        found = shutil.which(program)
        if found:
            return found
    return None


def espeak_command(
    program: str,
    language: Language,
    speed: int = NORMAL_SPEED,
    voice: str = "",
    out: Path | None = None,
) -> list[str]:
    """The command that speaks the text it reads from its input in ``language`` (or
    writes it to the WAV file ``out``). The text goes in through the input, never as
    an argument: a passage may begin with "-" or be longer than a command line."""
    command = [program, "-v", voice or ESPEAK_VOICES[language], "-s", str(words_per_minute(speed))]
    if out is not None:
        command += ["-w", str(out)]
    return [*command, "--stdin"]


def espeak_voices(program: str, language: Language) -> list[Voice]:
    """The voices ``program`` has for ``language``, those that need MBROLA's separate
    voice data left out (they fail where it is not installed)."""
    try:
        listed = subprocess.run(
            [program, f"--voices={ESPEAK_VOICES[language]}"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    voices = []
    for line in listed.splitlines()[1:]:
        # Pty Language Age/Gender VoiceName File Other Languages
        fields = line.split()
        if len(fields) < 5 or fields[4].startswith("mb/"):
            continue
        name, ident = fields[3].replace("_", " "), fields[4]
        voices.append(Voice(ident, name))
    return voices


# Marks a reader's eye skips but an engine reads out ("*" is "bintang", "star"):
# footnote marks, bullets and rules.
SILENT_MARKS = frozenset("*†‡§¶•◦▪■□●○·~_|#")


def speakable(text: str) -> str:
    """``text`` as a speech engine should get it: one line, no control characters (a
    table's tabs and a code block's line breaks are pauses, as commas are), no footnote
    marks or bullets."""
    cleaned = "".join(ch if ch.isprintable() and ch not in SILENT_MARKS else " " for ch in text)
    return " ".join(cleaned.split())


def _checked(text: str) -> str:
    spoken = speakable(text)
    if not spoken:
        raise SpeechError(QT_TRANSLATE_NOOP("glossary", "There is no text to speak."))
    if len(spoken) > MAX_TEXT_CHARS:
        raise SpeechError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "The text is too long to speak at once ({count} characters; at most {limit}).",
            ),
            count=f"{len(spoken):,}",
            limit=f"{MAX_TEXT_CHARS:,}",
        )
    return spoken


def espeak_error(said: str) -> str | None:
    """What espeak-ng said went wrong, from what it wrote on its error output: it ends
    well (status 0) even when it could not play the sound, with a line "error: ..."
    after the sound library's complaints."""
    errors = [line for line in said.splitlines() if line.lower().startswith("error:")]
    return errors[-1].partition(":")[2].strip() if errors else None


def _run(command: list[str], text: str) -> None:
    try:
        done = subprocess.run(
            command, input=text, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise SpeechError(
            QT_TRANSLATE_NOOP("glossary", "The speech engine took too long and was stopped.")
        ) from exc
    except OSError as exc:
        raise SpeechError(
            QT_TRANSLATE_NOOP("glossary", "The speech engine could not be started: {reason}"),
            reason=exc.strerror or str(exc),
        ) from exc
    if done.returncode != 0:
        said = " ".join(done.stderr.split())[:300] or f"exit status {done.returncode}"
        raise SpeechError(
            QT_TRANSLATE_NOOP("glossary", "The speech engine failed: {reason}"), reason=said
        )
    error = espeak_error(done.stderr)
    if error is not None:
        raise SpeechError(
            QT_TRANSLATE_NOOP(
                "glossary", "The sound could not be played ({reason}): is there a sound device?"
            ),
            reason=error,
        )


def speak(text: str, language: Language, speed: int = NORMAL_SPEED, voice: str = "") -> None:
    """Speak ``text`` aloud with espeak-ng, waiting until it is done."""
    program = find_espeak()
    if program is None:
        raise SpeechError(NO_ENGINE)
    _run(espeak_command(program, language, speed, voice), _checked(text))


def write_wav(
    text: str, language: Language, path: Path, speed: int = NORMAL_SPEED, voice: str = ""
) -> WavInfo:
    """Write ``text`` spoken in ``language`` to the WAV file ``path`` (atomically: a
    failure leaves what was there before), and say what it holds."""
    if path.suffix.lower() != ".wav":
        raise SpeechError(
            QT_TRANSLATE_NOOP("glossary", "{path}: the sound is written as WAV: name it ….wav."),
            path=str(path),
        )
    program = find_espeak()
    if program is None:
        raise SpeechError(NO_ENGINE)
    spoken = _checked(text)
    from glossary.export import describe_os_error

    if not path.parent.is_dir():  # a folder is not made for it: a typo is said
        raise describe_os_error(path, FileNotFoundError(2, "No such folder"))
    try:
        with atomic_target(path) as tmp:
            _run(espeak_command(program, language, speed, voice, out=tmp), spoken)
            info = wav_info(tmp)
    except OSError as exc:
        raise describe_os_error(path, exc) from None
    return info


def duration_text(seconds: float) -> str:
    """A length of speech as a reader says it: "4.2 s", "12 min 19 s", "1 h 49 min"."""
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, rest = divmod(round(seconds), 60)
    if minutes < 60:
        return f"{minutes} min {rest} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"


def wav_info(path: Path) -> WavInfo:
    """The length and loudness of the 16-bit PCM WAV file ``path`` (espeak-ng's kind)."""
    try:
        with wave.open(os.fspath(path), "rb") as wav:
            frames = wav.getnframes()
            rate = wav.getframerate()
            width = wav.getsampwidth()
            data = wav.readframes(frames)
    except (OSError, EOFError, wave.Error) as exc:
        raise SpeechError(
            QT_TRANSLATE_NOOP("glossary", "The sound written is not a WAV file: {reason}"),
            reason=str(exc),
        ) from exc
    seconds = frames / rate if rate else 0.0
    if width != 2 or not data:
        return WavInfo(seconds, 0.0)
    samples = array("h")
    samples.frombytes(data[: len(data) // 2 * 2])
    if sys.byteorder == "big":
        samples.byteswap()  # WAV is little-endian
    total = math.fsum(s * s for s in samples)
    return WavInfo(seconds, math.sqrt(total / len(samples)) / 32768)
