"""A class in the window: the teacher's notes on the open document underlined beside
the student's own, in their own style, shown and hidden from View > Show Class Notes,
brought in by a sync; the student hands in from File > Class; the teacher lists the
hand-ins and exports them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.controllers.handins import HandInsController
from desktop.dialogs.handins import HandInsDialog
from desktop.mainwindow import MainWindow
from glossary.documents.loading import load_bundled_article
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store
from glossary.sync.classes import hand_in, publish, subscribe
from glossary.sync.roots import FolderRoot

QUOTE = "campuran pakar"


def teacher_publishes(tmp_path: Path, share: Path, note: str) -> tuple[Store, str]:
    """A teacher's store with a note on the bundled article, published to ``share``."""
    (tmp_path / "teacher").mkdir(exist_ok=True)
    store = Store(tmp_path / "teacher" / "notes.sqlite3")
    article = load_bundled_article()
    doc = Documents(store).remember(article)
    start = article.text.index(QUOTE)
    Highlights(store).add(doc, article.text, start, start + len(QUOTE), 2, note)
    info = publish(
        store, FolderRoot(share), teacher="Bu Rina", documents=[article.sha256], glossaries=[]
    )
    return store, info.class_id


def window_store(window: MainWindow) -> Store:
    """The window's notes, on a connection of the test's own (as another program)."""
    controllers = window.controllers
    assert controllers is not None and controllers.classes is not None
    return Store(controllers.classes.notes.path)


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "kelas"
    folder.mkdir()
    return folder


def test_the_teachers_notes_are_underlined_apart_and_toggled(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, share: Path
) -> None:
    teacher, _class_id = teacher_publishes(tmp_path, share, "Perhatikan <b>istilah</b> ini")
    teacher.close()
    own_before = list(window.reader.highlights())
    student = window_store(window)
    subscribe(student, FolderRoot(share), student="Ani")
    student.close()
    window.action("syncNowAction").trigger()  # a class is followed: its layer comes in
    qtbot.waitUntil(lambda: bool(window.reader.class_notes()), timeout=10_000)
    text = load_bundled_article().text
    ((start, end, said),) = window.reader.class_notes()
    assert text[start:end] == QUOTE
    assert said == "Bu Rina: Perhatikan <b>istilah</b> ini"  # shown as text, never as HTML
    assert window.reader.class_note_at(start + 1) == said
    assert window.reader.highlights() == own_before  # never mixed into the student's own
    toggle = window.action("showClassNotesAction")
    assert toggle.isChecked()
    toggle.trigger()
    assert window.reader.class_notes() == []
    toggle.trigger()
    assert len(window.reader.class_notes()) == 1


def test_a_student_hands_in_and_the_teacher_lists_and_exports_the_hand_ins(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    share: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    teacher, class_id = teacher_publishes(tmp_path, share, "Apa artinya?")
    # Another student hands in from their own device.
    (tmp_path / "budi").mkdir()
    budi = Store(tmp_path / "budi" / "notes.sqlite3")
    article = load_bundled_article()
    doc = Documents(budi).remember(article)
    start = article.text.index("Nvidia")
    Highlights(budi).add(doc, article.text, start, start + 6, 1, "Model kecil belajar dari besar")
    subscribe(budi, FolderRoot(share), student="Budi")
    hand_in(budi, class_id, article.sha256)
    budi.close()
    # This window's student hands in from File > Class.
    student = window_store(window)
    subscribe(student, FolderRoot(share), student="Ani")
    student.close()
    start = window.reader.toPlainText().index(QUOTE)
    window.reader.setTextCursor(window.reader.cursor_for(start, start + len(QUOTE)))
    window.action("highlightGreenAction").trigger()
    window.action("handInAction").trigger()
    qtbot.waitUntil(lambda: "handed in" in window.statusBar().currentMessage(), timeout=10_000)
    assert len(list(share.rglob("hand-ins/*/*.json"))) == 2  # Budi's and Ani's
    from glossary.sync.classes import hand_ins

    ani = [h for h in hand_ins(teacher, class_id) if h.student == "Ani"]
    assert [n.exact for n in ani[0].highlights] == [QUOTE]
    teacher.close()


def test_the_hand_ins_dialog_lists_by_student_and_exports(
    qtbot: QtBot, tmp_path: Path, share: Path
) -> None:
    from glossary.sync.classes import hand_ins

    teacher, class_id = teacher_publishes(tmp_path, share, "Apa artinya?")
    article = load_bundled_article()
    for name, quote in (("Ani", "Nvidia"), ("Budi", QUOTE)):
        (tmp_path / name).mkdir()
        store = Store(tmp_path / name / "notes.sqlite3")
        doc = Documents(store).remember(article)
        start = article.text.index(quote)
        Highlights(store).add(doc, article.text, start, start + len(quote), 1, f"<i>{name}</i>")
        subscribe(store, FolderRoot(share), student=name)
        hand_in(store, class_id, article.sha256)
        store.close()
    listed = hand_ins(teacher, class_id)
    teacher.close()
    dialog = HandInsDialog()
    qtbot.addWidget(dialog)
    dialog.show_class(class_id, "Bu Rina")
    dialog.show_hand_ins(listed, [])
    assert dialog.model.rowCount() == 2
    assert [dialog.model.item(r).text() for r in range(2)] == ["Ani", "Budi"]
    assert dialog.model.item(0).child(0, 1).text() == "1"
    assert dialog.message.text() == "2 students handed in."
    assert dialog.csv_button.isEnabled()


def test_the_hand_ins_are_exported_from_the_window(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    share: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from glossary.sync.classes import publications

    article = load_bundled_article()
    # This window is the teacher's: it publishes its note on the article.
    teacher = window_store(window)
    doc = Documents(teacher).remember(article)
    start = article.text.index(QUOTE)
    Highlights(teacher).add(doc, article.text, start, start + len(QUOTE), 2, "Lihat ini")
    publish(
        teacher, FolderRoot(share), teacher="Bu Rina", documents=[article.sha256], glossaries=[]
    )
    (class_id,) = [info.class_id for info in publications(teacher)]
    teacher.close()
    (tmp_path / "ani").mkdir()
    ani = Store(tmp_path / "ani" / "notes.sqlite3")
    doc = Documents(ani).remember(article)
    start = article.text.index("Nvidia")
    Highlights(ani).add(doc, article.text, start, start + 6, 1, 'Catatan, dengan "koma"')
    subscribe(ani, FolderRoot(share), student="Ani")
    hand_in(ani, class_id, article.sha256)
    ani.close()
    window.action("handInsAction").trigger()
    dialog = window.findChild(HandInsDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    target = tmp_path / "out" / "tugas.csv"
    target.parent.mkdir()
    monkeypatch.setattr(HandInsController, "ask_export_path", classmethod(lambda cls, *a: target))
    dialog.csv_button.click()
    rows = list(csv.reader(target.read_text(encoding="utf-8").splitlines()))
    assert any('Catatan, dengan "koma"' in row for row in rows)
    assert "Exported to" in dialog.message.text()
