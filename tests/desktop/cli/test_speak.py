"""``glossary-reader speak TEXT --lang id|en [--out FILE.wav]``: a teacher's audio for a
class, as a WAV file of real speech (espeak-ng, which CI installs); bad input gets one
line and exit status 2, and changes no file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop.cli.main import main
from glossary.speech import find_espeak, wav_info

needs_espeak = pytest.mark.skipif(
    find_espeak() is None, reason="espeak-ng is not installed (CI installs it)"
)


@needs_espeak
@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("id", ["Kecerdasan", "buatan", "mengubah", "cara", "kita", "belajar."]),
        ("en", ["Artificial intelligence changes the way we learn."]),
    ],
)
def test_a_wav_is_written_for_each_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, words: list[str]
) -> None:
    (tmp_path / "kelas").mkdir()
    out = tmp_path / "kelas" / f"{language}.wav"
    assert main(["speak", *words, "--lang", language, "--out", str(out)]) == 0
    info = wav_info(out)
    assert info.seconds > 0.5 and info.rms > 0.01
    assert capsys.readouterr().out.strip() == f"{out}: {info.seconds:.1f} s of speech"


@needs_espeak
def test_the_text_can_come_from_the_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Nilai pasar Nvidia turun.\nSangat cepat."))
    out = tmp_path / "a.wav"
    assert main(["speak", "-", "--out", str(out), "--speed", "150"]) == 0
    assert wav_info(out).seconds > 0.5


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["speak", "   "], "There is no text to speak."),
        (["speak", "kata", "--speed", "20"], "--speed must be between 50 and 200"),
    ],
)
def test_bad_input_gets_one_line(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert said in capsys.readouterr().err


@pytest.mark.parametrize(
    ("out", "said"),
    [
        ("missing/a.wav", "a.wav cannot be written (No such folder)"),
        ("file.txt/a.wav", "file.txt is a file, not a folder"),
        ("a.mp3", "the sound is written as WAV: name it ….wav"),
    ],
)
def test_a_wav_that_cannot_be_written_is_said_and_no_folder_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], out: str, said: str
) -> None:
    (tmp_path / "file.txt").write_text("kept", encoding="utf-8")
    assert main(["speak", "kata", "--out", str(tmp_path / out)]) == 2
    err = capsys.readouterr().err
    assert said in err and "internal error" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def test_a_long_recording_says_its_length_in_minutes() -> None:
    from glossary.speech import duration_text

    assert [duration_text(s) for s in (4.24, 739.4, 6545.7)] == [
        "4.2 s",
        "12 min 19 s",
        "1 h 49 min",
    ]


def test_a_folder_as_the_wav_is_refused_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["speak", "kata", "--out", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_an_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["speak", "kata", "--lang", "fr"])
    assert exit_.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
