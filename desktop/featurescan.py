"""PySide6 imported for the window without keeping the source of every module.

PySide6 looks at each module imported after it for its ``__feature__`` switches
(``snake_case``, ``true_property``): it reads the module's whole source with
``inspect.getsource``, and ``linecache`` keeps every line read, about 4.4 MB for the
window's modules (ours and the standard library's). Freed later, the lines leave holes
among the modules' own objects that the window's objects only partly fill again: the
start-up's peak memory stayed 1.8 MB higher for them (issue 18).

:func:`scan_sources_lightly` gives PySide6 the same answer (does the module's source
name PySide6?) from the file's bytes, read and dropped at once.
"""

from __future__ import annotations

import sys
from types import ModuleType


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file names PySide6 (a module without a ``.py``
    source does not, as ``inspect.getsource`` finds none for it)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def scan_sources_lightly() -> bool:
    """Import PySide6 and make its look at each module imported later read the file
    without keeping it. False where this PySide6 has no such look (nothing is changed)."""
    import PySide6.QtCore  # noqa: F401  (loads shibokensupport.feature)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
