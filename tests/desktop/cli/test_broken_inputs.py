"""Every command over the corpus of broken inputs (``tests.corpus``): whatever the file,
the command line ends in exit status 0 or 2, never 70 (a bug) and never a traceback; a
refusal is one line naming what is wrong; what failed changed nothing of the reader's
notes; and HTML or script in a file never comes out as live markup in what the app
writes. Most runs are in-process (fast); a few go through a real process, with a timeout
that catches a hang, and a few open the window offscreen."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Protocol

import pytest
from markdown_it import MarkdownIt

from desktop.cli.main import EXIT_SOFTWARE, main
from desktop.cli.terminal import UNPRINTABLE
from glossary.notes.backups import summarise
from glossary.paths import NOTES_FILE
from glossary.terms.files import MAX_PROBLEMS_SHOWN
from tests.conftest import REPO
from tests.corpus import samples
from tests.corpus.cases import CASES, Case
from tests.glossary.export.ankifiles import read_package

HANG_TIMEOUT_S = 10  # a known-slow case, in its own process: seconds would do
PROCESS_TIMEOUT_S = 60


@dataclass
class Run:
    argv: list[str]
    code: int
    out: str
    err: str

    def __str__(self) -> str:
        return f"{' '.join(self.argv)} -> {self.code}\nstdout: {self.out[:500]}\nstderr: {self.err}"


# -- what every run must show ------------------------------------------------------------


def check(run: Run, *, problem_list: str | None = None) -> None:
    """Exit 0 or 2 without a traceback; a refusal is one line (the problems of the
    glossary file named ``problem_list`` are a list: a line each, each naming the file,
    as many as are shown)."""
    assert run.code != EXIT_SOFTWARE, f"internal error: {run}"
    assert run.code in (0, 2), str(run)
    assert "Traceback" not in run.err and "Traceback" not in run.out, str(run)
    assert not UNPRINTABLE.search(run.err), f"a terminal would obey this: {run}"
    lines = run.err.splitlines()
    assert all(line.startswith("glossary-reader: ") for line in lines[:1]), str(run)
    if run.code == 2:
        most = MAX_PROBLEMS_SHOWN + 1 if problem_list else 1
        assert 1 <= len(lines) <= most, str(run)
        assert all(line.startswith((f"{problem_list}:", "... and ")) for line in lines[1:]), (
            f"a problem over more than one line: {run}"
        )
    else:
        # Warnings (a damaged dictionary) are lines of their own.
        assert all(line.startswith("glossary-reader: ") for line in lines), str(run)
        assert run.out.strip(), str(run)


def outcome_matches(case: Case, runs: list[Run]) -> None:
    if case.outcome == "refused":
        assert all(r.code == 2 for r in runs), "\n".join(map(str, runs))
    elif case.outcome == "done":
        assert all(r.code == 0 for r in runs), "\n".join(map(str, runs))


class _ActiveContent(HTMLParser):
    """Finds markup that would run or load something: scripts, frames, objects, event
    attributes and javascript: links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "iframe", "object", "embed", "frame", "svg", "img"):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or "javascript:" in (value or "").lower():
                self.found.append(f"<{tag} {name}={value!r}>")


def active_content(html: str) -> list[str]:
    parser = _ActiveContent()
    parser.feed(html)
    parser.close()
    return parser.found


# -- data folders and what they hold --------------------------------------------------------


@pytest.fixture(scope="session")
def filled_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with notes, an own glossary and a backup, copied for each case."""
    data = samples.data_dir(tmp_path_factory.mktemp("filled"))
    samples.fill_notes(data)
    return data


@pytest.fixture(scope="session")
def valid_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("valid")
    files = {
        "json": (folder / "catatan.json", samples.annotations()),
        "toml": (folder / "baru.toml", samples.toml_glossary(name="Baru")),
        "txt": (folder / "teks.txt", samples.txt()),
    }
    for path, data in files.values():
        path.write_bytes(data)
    return {name: path for name, (path, _data) in files.items()}


def notes_state(data: Path) -> tuple[object, ...]:
    """What the reader would lose: the rows of the notes database (by their summary), the
    database file's bytes, and the files beside it (a damaged one set aside, backups)."""
    path = data / NOTES_FILE
    rows: object = None
    if path.is_file() and path.stat().st_size:
        try:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                rows = summarise(db.execute)
            finally:
                db.close()
        except sqlite3.Error as exc:
            rows = f"unreadable: {exc}"
    raw = _fingerprint(path)
    listing = sorted(
        str(p.relative_to(data))
        for p in data.rglob("*")
        if not p.name.endswith(("-wal", "-shm")) and p.name != "word-stems.json"
    )
    return rows, raw, tuple(listing)


def _fingerprint(path: Path) -> object:
    """The file's bytes by their hash, or its size and time of change when it is too
    large to read (a sparse file of gigabytes)."""
    if not path.is_file():
        return None
    info = path.stat()
    if info.st_size > 64 * 1024 * 1024:
        return info.st_size, info.st_mtime_ns
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- running commands ---------------------------------------------------------------------------


class Cli(Protocol):
    def __call__(self, *argv: str | Path) -> Run: ...


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """Runs a command in this process, as ``glossary-reader ARGV`` would."""

    def run(*argv: str | Path) -> Run:
        args = [str(a) for a in argv]
        code = main(args)
        captured = capsys.readouterr()
        return Run(args, code, captured.out, captured.err)

    return run


def subprocess_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO)
    env.pop("GLOSSARY_READER_DEBUG", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_process(*argv: str | Path, timeout: float = PROCESS_TIMEOUT_S) -> Run:
    args = [str(a) for a in argv]
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", *args],
        cwd=REPO,
        env=subprocess_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return Run(args, result.returncode, result.stdout, result.stderr)


def _param(case: Case) -> object:
    marks = []
    if not case.available():
        marks.append(pytest.mark.skip(reason=f"this system has no {case.needs}"))
    if case.known_bug:
        marks.append(pytest.mark.xfail(strict=True, reason=case.known_bug))
    return pytest.param(case, id=case.name, marks=marks)


def params(kind: str | None, *, hangs: bool = False) -> list[object]:
    return [_param(c) for c in CASES if kind in (None, c.kind) and c.hangs == hangs]


def built(case: Case, tmp_path: Path) -> Path:
    folder = tmp_path / "case"
    folder.mkdir()
    return case.build(folder)


# -- documents ------------------------------------------------------------------------------


@pytest.mark.parametrize("case", params("document"))
def test_documents(case: Case, tmp_path: Path, cli: Cli) -> None:
    run = cli
    document = built(case, tmp_path)
    data = samples.data_dir(tmp_path)
    out = tmp_path / "handout.html"
    runs = [
        run("--data-dir", data, "terms", document),
        run("--data-dir", data, "terms", document, "--json"),
        run(
            "--data-dir", data, "export", "--format", "html", "--document", document,
            "--article", "--output", out,
        ),
    ]  # fmt: skip
    for r in runs:
        check(r)
    outcome_matches(case, runs[:2])
    if case.hostile:
        assert runs[2].code == 0, str(runs[2])
        assert active_content(out.read_text(encoding="utf-8")) == []
        assert "DeepSeek" in out.read_text(encoding="utf-8")
    if case.never_shows:
        assert runs[2].code == 0, str(runs[2])
        assert case.never_shows not in out.read_text(encoding="utf-8")


# -- glossary files ---------------------------------------------------------------------------


@pytest.mark.parametrize("case", params("glossary"))
def test_glossary_files(case: Case, tmp_path: Path, cli: Cli, filled_data: Path) -> None:
    run = cli
    file = built(case, tmp_path)
    data = tmp_path / "data"
    shutil.copytree(filled_data, data)
    runs = []
    for argv in (
        ["glossary", "import", file, "--dry-run"],
        ["glossary", "import", file, "--name", samples.OWN_GLOSSARY],
        ["glossary", "import", file],
    ):
        before = notes_state(data)
        runs.append(run("--data-dir", data, *argv))
        check(runs[-1], problem_list=file.name)
        if runs[-1].code != 0 or "--dry-run" in argv:
            assert notes_state(data) == before, f"a failed import changed the notes: {runs[-1]}"
    outcome_matches(case, runs)
    if case.hostile:
        listing = run("--data-dir", data, "glossary", "list")
        check(listing)
        deck = tmp_path / "deck.apkg"
        exported = run(
            "--data-dir", data, "glossary", "export", samples.OWN_GLOSSARY, "--format", "apkg",
            "--output", deck,
        )  # fmt: skip
        check(exported)
        fields = [field for _guid, fields, _tags in read_package(deck).notes for field in fields]
        assert any("alert" in field for field in fields)  # the text is there, as text
        assert [f for f in fields if active_content(f)] == []


# -- annotation files ---------------------------------------------------------------------------


@pytest.mark.parametrize("case", params("annotations"))
def test_annotation_files(case: Case, tmp_path: Path, cli: Cli, filled_data: Path) -> None:
    run = cli
    file = built(case, tmp_path)
    data = tmp_path / "data"
    shutil.copytree(filled_data, data)
    before = notes_state(data)
    imported = run("--data-dir", data, "import", file)
    check(imported)
    outcome_matches(case, [imported])
    if imported.code != 0:
        assert notes_state(data) == before, "a failed import changed the notes"
    else:
        assert imported.out.startswith("Imported ")
    if case.hostile:
        handout = tmp_path / "handout.md"
        page = tmp_path / "handout.html"
        for fmt, out in (("md", handout), ("html", page)):
            check(run("--data-dir", data, "export", "--format", fmt, "--output", out))
        markdown = handout.read_text(encoding="utf-8")
        assert "alert" in markdown
        assert active_content(MarkdownIt().render(markdown)) == []
        assert active_content(page.read_text(encoding="utf-8")) == []
        listed = run("--data-dir", data, "notes", "list", "--json")
        check(listed)
        assert any(samples.HOSTILE in row["note"] for row in json.loads(listed.out))


# -- a damaged notes database ---------------------------------------------------------------


@pytest.mark.parametrize("case", params("notes"))
def test_damaged_notes_database(
    case: Case, tmp_path: Path, cli: Cli, valid_files: dict[str, Path]
) -> None:
    run = cli
    data = built(case, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    before = notes_state(data)
    commands: list[list[str | Path]] = [
        ["notes", "list"],
        ["notes", "list", "--json"],
        ["export", "--format", "md", "--output", out],
        ["export", "--vocabulary", "--format", "csv", "--output", out],
        ["glossary", "list"],
        ["glossary", "export", samples.OWN_GLOSSARY, "--format", "toml", "--output", out],
        ["terms", valid_files["txt"]],
        ["lookup", "rumah", "--no-dictionaries"],
        ["import", valid_files["json"]],
        ["glossary", "import", valid_files["toml"]],
    ]
    for argv in commands:
        result = run("--data-dir", data, *argv)
        check(result)
        if case.kept:
            # The command line never repairs the database (the window does, from a
            # backup): whatever it did, the damaged file is as it was.
            assert notes_state(data) == before, f"the notes database changed: {result}"


# -- damaged dictionaries -------------------------------------------------------------------


@pytest.mark.parametrize("case", params("dictionary"))
def test_damaged_dictionaries(case: Case, tmp_path: Path, cli: Cli) -> None:
    run = cli
    data = built(case, tmp_path)
    runs = [
        run("--data-dir", data, "lookup", "rumah", "pasar"),
        run("--data-dir", data, "lookup", "house", "--json"),
    ]
    for r in runs:
        check(r)
    outcome_matches(case, runs)


# -- what takes minutes today --------------------------------------------------------------


HANG_COMMANDS = {
    "document": ["terms", "{}"],
    "glossary": ["glossary", "import", "{}", "--dry-run"],
}
HANGING = [c for c in CASES if c.hangs]


@dataclass
class Started:
    processes: dict[str, subprocess.Popen[str]]
    deadline: float  # time.monotonic() by which each must have ended


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Started]:
    """Every case known to take minutes, started at once in processes of their own, so
    that their timeouts run side by side rather than one after another."""
    processes = {}
    for case in HANGING:
        folder = tmp_path_factory.mktemp(case.name)
        file = case.build(folder)
        data = samples.data_dir(folder)
        argv = [a.format(file) for a in HANG_COMMANDS[case.kind]]
        processes[case.name] = subprocess.Popen(
            [sys.executable, "-m", "desktop.cli.main", "--data-dir", str(data), *argv],
            cwd=REPO,
            env=subprocess_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    yield Started(processes, time.monotonic() + HANG_TIMEOUT_S)
    for process in processes.values():
        process.kill()
        process.communicate()


@pytest.mark.parametrize("case", [_param(c) for c in HANGING])
def test_known_to_take_minutes(case: Case, started: Started) -> None:
    """In a process of its own, so that a case that takes minutes (and gigabytes) today
    fails at the timeout instead of holding up the suite."""
    process = started.processes[case.name]
    try:
        out, err = process.communicate(timeout=max(0.0, started.deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        process.kill()  # now, not when the module's tests are done
        process.communicate()
        pytest.fail(f"{case.name} took more than {HANG_TIMEOUT_S} s")
    args = [str(a) for a in process.args]  # type: ignore[union-attr]
    run = Run(args, process.returncode, out, err)
    # A glossary file is given as "glossary import FILE --dry-run".
    check(run, problem_list=Path(args[-2]).name if case.kind == "glossary" else None)


# -- through a real process: no traceback reaches the terminal, no input hangs ----------------


PROCESS_RUNS = [
    ("txt-fifo", ["terms", "{}"]),
    ("md-fifo", ["export", "--format", "md", "--document", "{}", "--output", "{out}"]),
    ("json-fifo", ["import", "{}"]),
    ("toml-dev-zero", ["glossary", "import", "{}"]),
    ("epub-garbage", ["terms", "{}", "--json"]),
    ("epub-toc-deep", ["terms", "{}"]),
    ("notes-pdf", ["notes", "list"]),
    ("sqlite-fifo", ["notes", "list"]),
    ("dictzip-claims-2gb-definition", ["lookup", "rumah"]),
    ("stardict-dict-fifo", ["lookup", "rumah"]),
]


@pytest.mark.parametrize(
    ("case", "argv"),
    [
        pytest.param(c, argv, id=c.name, marks=_param(c).marks)  # type: ignore[attr-defined]
        for name, argv in PROCESS_RUNS
        for c in CASES
        if c.name == name
    ],
)
def test_in_a_real_process(case: Case, argv: list[str], tmp_path: Path, filled_data: Path) -> None:
    given = built(case, tmp_path)
    if case.kind in ("notes", "dictionary"):
        data, file = given, None
    else:
        data, file = tmp_path / "data", given
        shutil.copytree(filled_data, data)
    args = [a.format(file, out=tmp_path / "out.md") for a in argv]
    run = run_process("--data-dir", data, *args)
    check(run, problem_list=file.name if file is not None and case.kind == "glossary" else None)


# -- the window, offscreen ----------------------------------------------------------------------


WINDOW_RUNS = ["html-script", "epub-toc-self-referencing", "txt-cp1252", "md-fifo", "notes-pdf"]


@pytest.mark.parametrize(
    "case",
    [_param(c) for name in WINDOW_RUNS for c in CASES if c.name == name],
)
def test_opening_the_window(case: Case, tmp_path: Path, valid_files: dict[str, Path]) -> None:
    given = built(case, tmp_path)
    if case.kind == "notes":
        data, document = given, valid_files["txt"]
    else:
        data, document = samples.data_dir(tmp_path), given
    before = notes_state(data)
    run = run_process("--data-dir", data, "open", document, "--exit-when-painted")
    check(run)
    if case.outcome == "refused" or case.needs == "fifo":
        assert run.code == 2, str(run)
    else:
        assert run.code == 0 and "painted-at" in run.out, str(run)
    if case.kind == "notes":
        # The window sets a damaged database aside and restores the backup.
        rows, _raw, listing = notes_state(data)
        assert rows == before[0] or any(".damaged-" in name for name in listing)
