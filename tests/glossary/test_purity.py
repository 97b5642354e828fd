"""The house rule: the domain package never imports Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import glossary
from tests.conftest import REPO


def test_glossary_modules_do_not_import_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages(glossary.__path__, "glossary.")]
    # Every subpackage is walked: its modules are imported too.
    assert {"glossary.notes.store", "glossary.words.lookup", "glossary.export.html"} <= set(modules)
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "from glossary.terms.glossary import load_bundled_glossary\n"
        "from glossary.terms.matching import TermMatcher\n"
        "from glossary.terms.search import GlossarySearch\n"
        "g = load_bundled_glossary(); TermMatcher(g).find('AS valuasinya')\n"
        "GlossarySearch(g).suggestions('xx yy')\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'desktop')]\n"
        "print(bad)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
