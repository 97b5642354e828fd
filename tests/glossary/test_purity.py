"""The house rule: the domain package never imports Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import glossary
from tests.conftest import REPO


def test_glossary_modules_do_not_import_qt() -> None:
    modules = [f"glossary.{m.name}" for m in pkgutil.iter_modules(glossary.__path__)]
    assert len(modules) >= 6
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "from glossary.terms import load_bundled_glossary\n"
        "from glossary.matching import TermMatcher\n"
        "from glossary.search import GlossarySearch\n"
        "g = load_bundled_glossary(); TermMatcher(g).find('AS valuasinya')\n"
        "GlossarySearch(g).suggestions('xx yy')\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'desktop')]\n"
        "print(bad)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
