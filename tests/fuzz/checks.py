"""What the fuzz properties share: running a command in this process, a filled data
folder to copy, the reader's notes in brief (to tell whether a failed import changed
them), and the bugs known and being fixed elsewhere, which a property passes over."""

from __future__ import annotations

import contextlib
import io
import shutil
import sqlite3
import tempfile
from functools import cache
from pathlib import Path
from typing import NamedTuple

from hypothesis import reject

from desktop.cli.main import EXIT_SOFTWARE, main
from desktop.cli.terminal import UNPRINTABLE
from glossary.notes.backups import Summary, summarise
from glossary.paths import NOTES_FILE
from glossary.terms.files import MAX_PROBLEMS_SHOWN
from tests.corpus import samples


class Ran(NamedTuple):
    code: int
    out: str
    err: str


def run_cli(*argv: str | Path, problem_list: str | None = None, broken_names: bool = False) -> Ran:
    """``glossary-reader ARGV`` in this process: exit 0 or 2, and a refusal one line (the
    problems of the glossary file named ``problem_list``: a line each, naming it) of
    nothing a terminal would obey. With GLOSSARY_READER_DEBUG set (the fuzz tests set
    it), a bug raises out of it with its traceback; a known one is passed over
    (:func:`known_bug`, and ``broken_names``: the file has a name with a line break,
    which the glossary file readers quote as it is, a known bug)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([str(a) for a in argv])
    except Exception as exc:
        if known_bug(exc):
            reject()
        raise
    assert code != EXIT_SOFTWARE, err.getvalue()
    assert code in (0, 2), (code, err.getvalue())
    assert "Traceback" not in err.getvalue()
    assert not UNPRINTABLE.search(err.getvalue()), err.getvalue()
    if code == 2:
        assert err.getvalue().startswith("glossary-reader: "), err.getvalue()
        lines = err.getvalue().splitlines()
        if not all(line.startswith((f"{problem_list}:", "... and ")) for line in lines[1:]):
            if broken_names:
                reject()  # NAMES_WITH_LINE_BREAKS: a known bug of glossary/terms/files.py
            raise AssertionError(f"a problem over more than one line: {lines}")
        assert len(lines) <= (MAX_PROBLEMS_SHOWN + 1 if problem_list else 1), lines
    return Ran(code, out.getvalue(), err.getvalue())


def known_bug(exc: BaseException) -> str | None:
    """The known bug ``exc`` shows, if it is one (see ``tests.corpus.cases``): none is
    left open that raises."""
    del exc
    return None


@cache
def _filled() -> Path:
    # Kept for the whole run (removed with the interpreter's temporary folder object).
    folder = Path(_TEMPORARY.name)
    data = samples.data_dir(folder)
    samples.fill_notes(data)
    return data


_TEMPORARY = tempfile.TemporaryDirectory(prefix="fuzz-data-")


def filled_data_dir(folder: Path) -> Path:
    """A copy, in ``folder``, of a data folder with notes, an own glossary and a backup."""
    data = folder / "data"
    shutil.copytree(_filled(), data)
    return data


def notes_summary(data: Path) -> Summary | None:
    """The rows of the data folder's notes database, in brief (None: there is none)."""
    path = data / NOTES_FILE
    if not path.is_file():
        return None
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return summarise(db.execute)
    finally:
        db.close()
