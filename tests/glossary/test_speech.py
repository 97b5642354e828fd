"""Read-aloud without a display: speeds for each engine, espeak-ng's command, and WAV
files of real speech (espeak-ng, which CI installs), written atomically."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from glossary.speech import (
    SpeechError,
    espeak_command,
    espeak_error,
    espeak_voices,
    find_espeak,
    qt_rate,
    speakable,
    wav_info,
    words_per_minute,
    write_wav,
)

needs_espeak = pytest.mark.skipif(
    find_espeak() is None, reason="espeak-ng is not installed (CI installs it)"
)

INDONESIAN = "Perusahaan China DeepSeek merilis chatbot kecerdasan buatan ke pasar AS."
ENGLISH = "The Chinese company DeepSeek released its chatbot to the American market."


def test_speed_is_a_percent_of_each_engines_normal_pace() -> None:
    assert words_per_minute(100) == 175
    assert words_per_minute(200) == 350
    assert words_per_minute(10) == words_per_minute(50)  # held within 50-200
    assert qt_rate(100) == 0.0
    assert qt_rate(50) == -1.0 and qt_rate(200) == 1.0
    assert 0 < qt_rate(150) < 1


def test_the_text_goes_in_through_the_input_never_as_an_argument(tmp_path: Path) -> None:
    command = espeak_command("espeak-ng", "id", 120, out=tmp_path / "a.wav")
    assert command[:5] == ["espeak-ng", "-v", "id", "-s", "210"]
    assert command[-1] == "--stdin"
    assert ["-w", str(tmp_path / "a.wav")] == command[5:7]
    assert espeak_command("espeak-ng", "en", voice="gmw/en-US")[2] == "gmw/en-US"


def test_espeaks_error_is_found_though_it_ends_well() -> None:
    said = "ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM default\nerror: No such file"
    assert espeak_error(said) == "No such file"
    assert espeak_error("") is None
    assert espeak_error("ALSA lib conf.c: something") is None


def test_a_passage_is_one_line_without_control_characters() -> None:
    assert speakable("Sel A\tSel B\u2028baris\n\x00 dua  ") == "Sel A Sel B baris dua"
    # Footnote marks and bullets are not read out ("*" would be "bintang").
    assert speakable("Oleh: Hugo East *") == "Oleh: Hugo East"
    assert speakable("* * *") == ""
    assert speakable("• butir † catatan") == "butir catatan"


@needs_espeak
@pytest.mark.parametrize(("text", "language"), [(INDONESIAN, "id"), (ENGLISH, "en")])
def test_a_wav_of_a_sentence_is_speech_not_silence(
    tmp_path: Path, text: str, language: str
) -> None:
    path = tmp_path / f"{language}.wav"
    info = write_wav(text, "en" if language == "en" else "id", path)
    assert info.seconds > 0.5
    assert info.rms > 0.01  # silence is 0
    assert wav_info(path) == info
    with wave.open(str(path)) as wav:
        assert wav.getnchannels() == 1 and wav.getsampwidth() == 2
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


@needs_espeak
def test_a_faster_speed_makes_a_shorter_wav(tmp_path: Path) -> None:
    slow = write_wav(INDONESIAN, "id", tmp_path / "slow.wav", speed=60)
    fast = write_wav(INDONESIAN, "id", tmp_path / "fast.wav", speed=180)
    assert fast.seconds < slow.seconds * 0.6


@needs_espeak
def test_a_failure_leaves_the_file_that_was_there(tmp_path: Path) -> None:
    path = tmp_path / "kept.wav"
    path.write_bytes(b"the teacher's earlier file")
    with pytest.raises(SpeechError, match="failed"):
        write_wav(INDONESIAN, "id", path, voice="nosuchvoice")
    assert path.read_bytes() == b"the teacher's earlier file"
    assert [p.name for p in tmp_path.iterdir()] == ["kept.wav"]


def test_nothing_to_speak_is_said_plainly(tmp_path: Path) -> None:
    with pytest.raises(SpeechError, match="no text to speak"):
        write_wav(" \n\t ", "id", tmp_path / "a.wav")
    with pytest.raises(SpeechError, match="too long"):
        write_wav("kata " * 30_000, "id", tmp_path / "a.wav")
    assert not list(tmp_path.iterdir())


def test_a_file_that_is_not_a_wav_is_said_to_be_one(tmp_path: Path) -> None:
    path = tmp_path / "x.wav"
    path.write_bytes(b"\x00\x01not a wav")
    with pytest.raises(SpeechError, match="not a WAV"):
        wav_info(path)


@needs_espeak
def test_espeak_lists_its_indonesian_voice_not_mbrolas() -> None:
    program = find_espeak()
    assert program is not None
    voices = espeak_voices(program, "id")
    assert voices and all(not v.ident.startswith("mb/") for v in voices)
    assert any("indonesian" in v.name.lower() for v in voices)
    assert espeak_voices("/no/such/program", "id") == []
