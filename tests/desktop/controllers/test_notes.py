"""The smaller controllers of the notes, without a main window: the spelling of notes,
sharing (a class's annotation file round trip), and backups."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop import settings as keys
from desktop.controllers.backups import BACKUP_EVERY_WRITES, BackupController
from desktop.controllers.sharing import SharingController
from desktop.controllers.spelling import SpellingController
from desktop.feedback import Feedback
from desktop.panels.notes import NoteEditor
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.storeadapter import Changes, StoreAdapter
from glossary.documents.loading import load_bundled_article
from glossary.export.registry import Options
from glossary.export.webanno import export as export_annotations
from glossary.notes.backups import backups
from glossary.notes.store import Store, StoreError


def test_spelling_follows_the_language_and_keeps_the_readers_words(
    session: DocumentSession,
    notes: StoreAdapter,
    feedback: Feedback,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    editor = NoteEditor()
    qtbot.addWidget(editor)
    settings = Settings(tmp_path / "settings.ini")
    spelling = SpellingController(session, notes, settings, editor.highlighter, feedback)
    session.open(load_bundled_article())
    heard: list[str] = []
    spelling.language_changed.connect(heard.append)
    with qtbot.waitSignal(editor.highlighter.ready, timeout=20_000):
        spelling.set_language("id")
    assert heard == ["id"] and settings.get(keys.NOTE_LANGUAGE) == "id"
    speller = editor.highlighter.speller
    assert speller is not None and not speller.is_known("xyzzyq")
    changes: list[Changes] = []
    notes.changed.connect(changes.append)
    spelling.on_word_added("xyzzyq")
    assert speller.is_known("xyzzyq") and changes == [Changes(user_words=True)]
    assert "xyzzyq" in notes.user_words.of("id")


def test_an_exported_annotation_file_imports_into_another_store(
    session: DocumentSession,
    notes: StoreAdapter,
    feedback: Feedback,
    host: QWidget,
    tmp_path: Path,
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    sharing = SharingController(session, notes, settings, feedback, lambda: None, host)
    session.open(load_bundled_article())
    assert session.marked is not None and session.document_id is not None
    start = session.marked.text.index("campuran pakar")
    notes.add(session.document_id, session.marked.text, start, start + 14, 2)
    handout = sharing.make_handout(True, False, "highlights")
    shared = export_annotations(handout, tmp_path / "kelas.json", Options(creator="Bu Sari"))
    # A student's store: the file's highlights find the article by its text.
    student = StoreAdapter(Store(tmp_path / "siswa.sqlite3"))
    flushed: list[bool] = []
    pupil = SharingController(
        session, student, settings, feedback, lambda: flushed.append(True), host
    )
    assert pupil.import_annotations(shared)
    assert flushed == [True]  # the note being typed was saved first
    assert "Imported 1 highlight into" in feedback.message_bar.text()
    document_id = student.documents.id_of(session.marked.document.sha256)
    assert document_id is not None
    [imported] = student.highlights.of_document(document_id)
    assert (imported.exact, imported.creator) == ("campuran pakar", "Bu Sari")
    student.close()


def test_a_backup_is_taken_only_when_something_was_written(
    notes: StoreAdapter, feedback: Feedback, tmp_path: Path, qtbot: QtBot
) -> None:
    backup = BackupController(notes, feedback)
    backup.back_up()
    assert backups(tmp_path / "backups") == []  # nothing written yet
    notes.add_user_word("kata", "id")
    backup.back_up()
    assert len(backups(tmp_path / "backups")) == 1
    backup.back_up()
    assert len(backups(tmp_path / "backups")) == 1  # nothing new since
    backup.close()
    with pytest.raises(StoreError):  # closed: every write is committed
        notes.user_words.of("id")


def test_a_backup_is_taken_after_enough_writes_not_only_at_the_end(
    notes: StoreAdapter, feedback: Feedback, tmp_path: Path
) -> None:
    # A crash late in a long session must not lose everything since it began.
    backup = BackupController(notes, feedback)
    for n in range(BACKUP_EVERY_WRITES - 1):
        notes.add_user_word(f"kata{n}", "id")
    assert backups(tmp_path / "backups") == []
    notes.add_user_word("satu-lagi", "id")
    assert len(backups(tmp_path / "backups")) == 1
    backup.close()
