"""File > Library lists the language of every document opened: .txt, .md and .html
files too, short ones included, by name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.dialogs.library import LANGUAGE, LibraryDialog
from desktop.storeadapter import StoreAdapter
from glossary.documents.loading import load_document
from glossary.notes.store import Store

FILES = {
    "catatan.md": (
        "# Catatan tentang Kecerdasan Buatan\n\n"
        "Perusahaan teknologi di Indonesia mulai mengembangkan kecerdasan buatan untuk "
        "pasar lokal. Pemerintah menyebabkan banyak perubahan dengan kebijakan baru.\n"
    ),
    "note.txt": "The model was trained with less computing power, and the market fell.\n",
    "page.html": (
        "<html><body><p>Model bahasa besar membutuhkan daya komputasi yang sangat "
        "besar, dan distilasi membuat model itu lebih kecil.</p></body></html>"
    ),
}


@pytest.fixture
def notes(tmp_path: Path) -> Iterator[StoreAdapter]:
    adapter = StoreAdapter(Store(tmp_path / "notes.sqlite3"))
    yield adapter
    adapter.close()


def test_the_library_names_each_documents_language(
    notes: StoreAdapter, tmp_path: Path, qtbot: QtBot
) -> None:
    # The Language column was blank for short .txt, .md and .html files.
    for name, text in FILES.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        notes.open_document(load_document(path))
    dialog = LibraryDialog(notes, None)
    qtbot.addWidget(dialog)
    shown = {
        Path(entry.path or "").name: dialog.model.index(row, LANGUAGE).data(
            Qt.ItemDataRole.DisplayRole
        )
        for row, entry in enumerate(dialog.model.entries)
    }
    assert shown == {"catatan.md": "Indonesian", "note.txt": "English", "page.html": "Indonesian"}
