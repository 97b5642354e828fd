"""Where File > Open starts: the folder of the last document the reader opened from
disk, never the application's own bundled files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from glossary.documents.loading import bundled_article_path


def open_folder(recent: Iterable[str], chosen: str = "") -> str:
    """The folder of the newest of ``recent`` (paths, newest first) that is still there
    and not bundled, else ``chosen`` (the folder last chosen in the dialog) if it is
    such, else the reader's Documents folder, else their home."""
    bundled = bundled_article_path().resolve().parent.parent  # resources/
    candidates = [Path(p).parent for p in recent if p]
    if chosen:
        candidates.append(Path(chosen))
    for folder in candidates:
        try:
            if folder.is_dir() and not folder.resolve().is_relative_to(bundled):
                return str(folder)
        except OSError:
            continue
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return documents
    return str(Path.home())
