"""File > Open starts in the folder of the last document opened from disk, never in
the application's own resources/articles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from desktop.openfolder import open_folder
from glossary.documents.loading import bundled_article_path

BUNDLED = str(bundled_article_path())


def fallback() -> set[str]:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return {documents, str(Path.home())}


def test_the_last_document_from_disk_gives_the_folder(tmp_path: Path) -> None:
    mine = tmp_path / "kelas" / "bacaan.md"
    mine.parent.mkdir()
    mine.write_text("# Bacaan\n", encoding="utf-8")
    assert open_folder([BUNDLED, str(mine)]) == str(mine.parent)
    gone = tmp_path / "gone" / "x.txt"
    assert open_folder([str(gone), str(mine)]) == str(mine.parent)
    assert open_folder([BUNDLED], chosen=str(tmp_path)) == str(tmp_path)


def test_never_the_bundled_articles(tmp_path: Path) -> None:
    assert open_folder([BUNDLED]) in fallback()
    assert open_folder([], chosen=str(Path(BUNDLED).parent)) in fallback()
    assert open_folder([]) in fallback()
