"""The document session: opening marks a document and remembers it in the notes, a
long one is marked later, an own glossary's change marks the text again, and every
change is announced."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.reader.marking import AT_ONCE_CHARS
from desktop.session import DocumentSession
from desktop.storeadapter import StoreAdapter
from glossary.documents.loading import load_bundled_article, parse_plain_text
from glossary.documents.reading import MarkedDocument
from glossary.model import Entry
from glossary.notes.store import Store
from glossary.terms.glossary import Glossary, load_bundled_glossary
from glossary.terms.matching import TermMatcher

GIANT = Entry(
    "raksasa", "general", "giant", "raksasa", (), (), "Huge.", "Sangat besar.", "", "", ()
)


@pytest.fixture
def notes(tmp_path: Path) -> Iterator[StoreAdapter]:
    adapter = StoreAdapter(Store(tmp_path / "notes.sqlite3"))
    yield adapter
    adapter.close()


def make(notes: StoreAdapter) -> tuple[DocumentSession, Glossary]:
    bundled = load_bundled_glossary()
    return DocumentSession(bundled, TermMatcher(bundled), notes), bundled


def test_opening_marks_the_document_and_remembers_it(notes: StoreAdapter, qtbot: QtBot) -> None:
    session, _ = make(notes)
    heard: list[str] = []
    session.leaving.connect(lambda: heard.append("leaving"))
    session.opened.connect(lambda: heard.append("opened"))
    article = load_bundled_article()
    session.open(article)
    assert heard == ["leaving", "opened"]
    assert session.document is article and session.marked is not None
    assert {"nvidia", "mixture-of-experts"} <= set(session.marked.entry_ids())
    assert session.document_id == notes.documents.id_of(article.sha256)
    assert not session.marking_later and session.place == 0
    # Where the reader left it is where it opens next time.
    notes.set_position(session.document_id, 1234, 0.2)
    session.open(article)
    assert session.place == 1234


def test_a_long_text_opens_unmarked_and_its_marks_arrive_later(
    notes: StoreAdapter, qtbot: QtBot
) -> None:
    session, _ = make(notes)
    text = ("Nvidia dan DeepSeek. " * (AT_ONCE_CHARS // 20 + 10)).strip()
    session.open(parse_plain_text(text))
    assert session.marking_later and session.marked is not None
    assert session.marked.occurrences == []
    found = session.matcher.find(text[:200])
    with qtbot.waitSignal(session.found):
        session.set_found(MarkedDocument(session.marked.document, found))
    assert session.marked.occurrences == found
    # Those of a text left meanwhile are not taken.
    with qtbot.assertNotEmitted(session.found):
        session.set_found(MarkedDocument(parse_plain_text(text), []))
    assert session.marked.occurrences == found


def test_an_own_glossary_changing_marks_the_text_again(notes: StoreAdapter, qtbot: QtBot) -> None:
    session, bundled = make(notes)
    session.open(load_bundled_article())
    assert session.marked is not None and "raksasa" in session.marked.text
    assert not any(e.endswith(":raksasa") for e in session.marked.entry_ids())
    glossary_id = notes.create_glossary("Kelas")
    with qtbot.waitSignal(session.remarked) as moved:
        notes.save_entry(glossary_id, GIANT)
    assert moved.args == [True]
    assert session.glossary is not bundled
    assert f"own-{glossary_id}:raksasa" in session.marked.entry_ids()
    # A definition changed, no form: the marks stay where they are.
    with qtbot.waitSignal(session.remarked) as moved:
        notes.save_entry(glossary_id, GIANT._replace(definition_en="Very big."), "raksasa")
    assert moved.args == [False]
    assert session.entry(f"own-{glossary_id}:raksasa").definition_en == "Very big."


def test_the_language_shown_first_is_announced_once(notes: StoreAdapter, qtbot: QtBot) -> None:
    session, _ = make(notes)
    session.open(load_bundled_article())
    heard: list[str] = []
    session.language_changed.connect(lambda: heard.append(session.language))
    session.set_language("en")
    session.set_language("en")
    assert heard == ["en"]
    assert "Nvidia" in session.tooltips()["nvidia"]


def test_without_notes_the_session_reads_with_the_bundled_glossary(qtbot: QtBot) -> None:
    bundled = load_bundled_glossary()
    session = DocumentSession(bundled, TermMatcher(bundled), None)
    session.open(load_bundled_article())
    assert session.document_id is None and session.glossary is bundled
    assert session.marked is not None and session.marked.occurrences


def test_a_notes_database_that_fails_is_said_and_the_document_still_opens(
    notes: StoreAdapter, qtbot: QtBot
) -> None:
    session, _ = make(notes)
    notes.close()  # every read and write now fails
    with qtbot.waitSignal(session.problem) as said:
        session.open(load_bundled_article())
    assert "notes database" in str(said.args[0])
    assert session.document_id is None and session.marked is not None
