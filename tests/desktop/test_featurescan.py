"""PySide6's look at each module imported after it (for its ``__feature__`` switches)
gives the same answer without keeping the module's source in linecache."""

from __future__ import annotations

import linecache
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.featurescan import scan_sources_lightly, uses_pyside


@pytest.fixture
def modules(tmp_path: Path) -> Iterator[Path]:
    (tmp_path / "scan_with_qt.py").write_text(
        "from PySide6.QtCore import QObject\n\nNAME = 'with'\n", encoding="utf-8"
    )
    (tmp_path / "scan_without_qt.py").write_text("NAME = 'without'\n", encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in ("scan_with_qt", "scan_without_qt"):
        sys.modules.pop(name, None)


def test_modules_imported_after_it_are_judged_alike_and_their_lines_not_kept(
    modules: Path,
) -> None:
    assert scan_sources_lightly()
    feature = sys.modules["shibokensupport.feature"]
    linecache.clearcache()
    # (Through the import statement's __import__, which PySide6 replaced with its own.)
    with_qt = __import__("scan_with_qt")
    without_qt = __import__("scan_without_qt")
    # PySide6's own bookkeeping: 0 for a module that names it, -1 for one that does not.
    assert feature.pyside_feature_dict["scan_with_qt"] == 0  # type: ignore[attr-defined]
    assert feature.pyside_feature_dict["scan_without_qt"] == -1  # type: ignore[attr-defined]
    assert uses_pyside(with_qt) and not uses_pyside(without_qt)
    assert str(modules / "scan_with_qt.py") not in linecache.cache
    assert with_qt.NAME == "with"


def test_a_module_without_python_source_does_not_use_pyside(tmp_path: Path) -> None:
    import _sqlite3  # an extension module: no source

    assert not uses_pyside(_sqlite3)
    assert not uses_pyside(sys)  # built in: no file at all
    gone = tmp_path / "gone.py"
    module = type(sys)("gone")
    module.__file__ = str(gone)  # its file deleted since
    assert not uses_pyside(module)
