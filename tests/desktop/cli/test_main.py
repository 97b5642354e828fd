from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.main import main, parse_args
from glossary import __version__
from glossary.documents.loading import load_bundled_article
from tests.conftest import REPO


def run_cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_terms_json_lists_every_occurrence_in_text_order(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["terms", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    text = load_bundled_article().text
    assert len(rows) > 150
    starts = [r["start"] for r in rows]
    assert starts == sorted(starts)
    for row in rows:
        assert {"entry", "term_en", "term_id", "text", "start", "end"} <= set(row)
        assert text[row["start"] : row["end"]] == row["text"]
    assert {"entry": "mic-2025", "text": "MIC 2025"}.items() <= next(
        r for r in rows if r["text"] == "MIC 2025"
    ).items()


def test_terms_table_for_a_given_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "teks.txt"
    path.write_text("Nvidia kehilangan nilai pasar; Nvidia lagi.\n", encoding="utf-8")
    assert main(["terms", str(path)]) == 0
    out = capsys.readouterr().out
    assert "3 occurrences of 2 glossary entries" in out
    assert "Nvidia" in out


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.md", None, "no such file"),
        ("empty.txt", b"", "is empty"),
        ("binary.txt", b"\x00\x01\x02binary", "binary"),
        ("damaged.txt", b"\xef\xbb\xbfRp 1.000 \xff", "damaged"),
    ],
)
def test_bad_files_give_one_line_and_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | None,
    message: str,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    for argv in (["terms", str(path)], ["terms", str(path), "--json"], [str(path)]):
        assert main(argv) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        lines = captured.err.strip().splitlines()
        assert len(lines) == 1
        assert message in lines[0] and name in lines[0]


def test_version_and_help() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"glossary-reader {__version__}"
    result = run_cli("--help")
    assert result.returncode == 0
    for word in ("--data-dir", "--screenshot", "terms", "FILE"):
        assert word in result.stdout


def test_default_command_opens_the_window() -> None:
    args = parse_args(["--data-dir", "d", "article.md"])
    assert (args.command, args.file, args.data_dir) == ("open", Path("article.md"), Path("d"))
    args = parse_args(["--screenshot", "s.png"])
    assert (args.command, args.file, args.screenshot) == ("open", None, Path("s.png"))
    assert parse_args(["terms", "x.md", "--json"]).json is True
    # Options may follow the file or the command too.
    args = parse_args(["a.md", "--screenshot", "s.png", "--data-dir", "d"])
    assert (args.file, args.screenshot, args.data_dir) == (Path("a.md"), Path("s.png"), Path("d"))
    args = parse_args(["--data-dir", "top", "terms", "--data-dir", "sub"])
    assert args.data_dir == Path("sub")
    args = parse_args(["--data-dir", "top", "terms", "x.md"])
    assert (args.command, args.data_dir) == ("terms", Path("top"))


@pytest.mark.parametrize("argv", [["--data-dir"], ["--screenshot"], ["x.md", "--data-dir"]])
def test_option_without_value_is_a_usage_error(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "expected one argument" in capsys.readouterr().err


def test_unusable_data_dir_gives_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["--data-dir", str(blocker / "data")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot be used as the data folder" in err[0]
    assert blocker.read_text(encoding="utf-8") == "x"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_screenshot_saves_a_painted_window(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    data = tmp_path / "data"
    result = run_cli("--data-dir", str(data), "--screenshot", str(shot), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert png_size(shot) == (1280, 800)
    assert shot.stat().st_size > 20_000  # text and marks, not a blank window
    assert (data / "cache" / "stems.json").is_file()  # the data folder was used
    assert result.stderr == ""


def test_data_dir_from_the_environment(tmp_path: Path) -> None:
    import os

    shot = tmp_path / "s.png"
    env = {**os.environ, "GLOSSARY_READER_DATA": str(tmp_path / "envdata")}
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--screenshot", str(shot)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "envdata").is_dir()


def test_terms_reads_html_epub_and_legacy_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.glossary.bookfactories import write_epub

    page = tmp_path / "a.html"
    page.write_text("<p>Model <b>bahasa</b> besar.</p><script>x</script>", encoding="utf-8")
    book = write_epub(tmp_path / "b.epub", [("Bab", "<p>Distilasi model.</p>")])
    legacy = tmp_path / "c.txt"
    legacy.write_bytes("Kecerdasan buatan — “baru”.\n".encode("cp1252"))
    for path, entry in (
        (page, "language-model"),
        (book, "distillation"),
        (legacy, "artificial-intelligence"),
    ):
        assert main(["terms", str(path), "--json"]) == 0
        captured = capsys.readouterr()
        assert entry in {row["entry"] for row in json.loads(captured.out)}
    assert "read as Windows-1252" in captured.err


def test_start_up_leaves_what_the_first_paint_does_not_need_unloaded(tmp_path: Path) -> None:
    """Issue 8: the subcommands, dialogs, the single-instance server (QtNetwork) and
    OpenSSL load when first needed, not before the article is painted."""
    deferred = (
        "desktop.cli.glossaries",
        "desktop.cli.sharing",
        "desktop.cli.lookup",
        "glossary.export",
        "desktop.exporters",
        "desktop.pdfexport",
        "desktop.dialogs.export",
        "genanki",
        "desktop.dialogs.trash",
        "desktop.dialogs.labels",
        "desktop.singleinstance",
        "PySide6.QtNetwork",
        "hashlib",
        "uuid",
    )
    # Closing the window after its paint loads none of them either.
    script = (
        "import sys\n"
        "from desktop.cli.main import main\n"
        "main(['--data-dir', sys.argv[1], '--exit-when-painted'])\n"
        f"print(','.join(m for m in {deferred!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "painted-at" in result.stdout
    assert result.stdout.splitlines()[-1] == ""  # none of them


def test_a_command_cleans_what_an_export_killed_half_way_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    (data / "pending").mkdir(parents=True)
    left = tmp_path / ".handout.pdf.x1y2.tmp"
    left.write_bytes(b"%PDF half")
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    (data / "pending" / "a.pending").write_text(f"{int(dead.stdout)}\n{left}\n")
    main(["--data-dir", str(data), "glossary", "list"])
    assert not left.exists()
    assert "bundled" in capsys.readouterr().out.lower()
