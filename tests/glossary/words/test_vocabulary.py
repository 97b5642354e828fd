from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from glossary.notes.migrations import MIGRATIONS
from glossary.notes.store import Store
from glossary.words.vocabulary import IGNORED, KNOWN, LEARNING, NEW, Vocabulary


@pytest.fixture
def vocabulary(tmp_path: Path) -> Iterator[Vocabulary]:
    with Store(tmp_path / "notes.sqlite3") as store:
        yield Vocabulary(store)


def keep(vocabulary: Vocabulary, headword: str, **extra: object) -> int:
    details: dict[str, object] = {"root": headword, "word": headword, "gloss": "g"}
    details.update(extra)
    return vocabulary.keep(headword=headword, **details).id  # type: ignore[arg-type]


def test_a_kept_word_has_its_details_and_is_new(vocabulary: Vocabulary) -> None:
    item = vocabulary.keep(
        headword="perusahaan",
        root="usaha",
        word="perusahaannya",
        gloss=" company ",
        sentence="Nilai   perusahaannya\nturun.",
    )
    assert (item.headword, item.root, item.word, item.gloss) == (
        "perusahaan",
        "usaha",
        "perusahaannya",
        "company",
    )
    assert item.sentence == "Nilai perusahaannya turun."
    assert item.status == NEW and item.card is None
    assert vocabulary.get("perusahaan") == item
    assert vocabulary.statuses() == {"perusahaan": NEW}


def test_keeping_again_updates_the_word_instead_of_adding_one(vocabulary: Vocabulary) -> None:
    first = keep(vocabulary, "sebab")
    again = vocabulary.keep(headword="sebab", root="sebab", word="disebabkan", gloss="cause")
    assert again.id == first and again.word == "disebabkan"
    assert len(vocabulary.items()) == 1


def test_filters_and_search(vocabulary: Vocabulary) -> None:
    keep(vocabulary, "sebab", gloss="cause")
    keep(vocabulary, "usaha", gloss="effort; 100%_sure")
    vocabulary.set_status(keep(vocabulary, "pasar", gloss="market"), KNOWN)
    assert [i.headword for i in vocabulary.items()] == ["pasar", "sebab", "usaha"]
    assert [i.headword for i in vocabulary.items(status=KNOWN)] == ["pasar"]
    assert [i.headword for i in vocabulary.items(search="MARK")] == ["pasar"]
    # LIKE wildcards in a search are taken literally.
    assert [i.headword for i in vocabulary.items(search="%_")] == ["usaha"]
    assert vocabulary.items(search="_x") == []


def test_delete_and_restore(vocabulary: Vocabulary) -> None:
    item_id = keep(vocabulary, "sebab")
    vocabulary.delete(item_id)
    assert vocabulary.items() == [] and vocabulary.get("sebab") is None
    assert vocabulary.statuses() == {}
    vocabulary.restore(item_id)
    assert [i.headword for i in vocabulary.items()] == ["sebab"]


def test_bad_status_and_rating_are_refused(vocabulary: Vocabulary) -> None:
    item_id = keep(vocabulary, "sebab")
    with pytest.raises(ValueError, match="status"):
        vocabulary.set_status(item_id, 5)
    with pytest.raises(ValueError, match="rating"):
        vocabulary.review(item_id, 0)
    with pytest.raises(ValueError, match="headword"):
        vocabulary.keep(headword=" ", root="", word="")
    assert vocabulary.item(item_id).status == NEW


def test_reviews_schedule_words_and_known_words_leave_the_queue(vocabulary: Vocabulary) -> None:
    now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    a = keep(vocabulary, "sebab")
    b = keep(vocabulary, "usaha")
    c = keep(vocabulary, "pasar")
    vocabulary.set_status(c, IGNORED)
    assert vocabulary.due_counts(now) == (2, 0)
    assert [i.id for i in vocabulary.due(now)] == [a, b]

    reviewed = vocabulary.review(a, 3, now)
    assert reviewed.status == LEARNING and reviewed.card is not None
    assert reviewed.due is not None and reviewed.due > now.isoformat()[:16]
    assert [i.id for i in vocabulary.due(now)] == [b]
    # Later, the word is due again; "Again" brings it back sooner than "Easy" would.
    later = now + timedelta(days=1)
    assert vocabulary.due_counts(later) == (1, 1)
    again = vocabulary.review(a, 1, later)
    easy = vocabulary.review(b, 4, later)
    assert again.due is not None and easy.due is not None and again.due < easy.due

    vocabulary.set_status(a, KNOWN)
    assert a not in [i.id for i in vocabulary.due(later + timedelta(days=400))]
    assert vocabulary.next_due() == easy.due


def test_a_database_of_the_previous_version_gains_the_vocabulary(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    db = sqlite3.connect(path)
    for version, sql in enumerate(MIGRATIONS[:3], start=1):
        db.executescript(sql)
        db.execute(f"PRAGMA user_version = {version}")
    db.commit()
    db.close()
    with Store(path, backups=tmp_path / "backups") as store:
        assert store.version == len(MIGRATIONS)
        assert Vocabulary(store).keep(headword="sebab", root="sebab", word="sebab").id == 1


def test_remember_keeps_a_new_word_and_changes_only_what_is_given(
    vocabulary: Vocabulary,
) -> None:
    details = {"headword": "pasar", "root": "pasar", "word": "Pasar", "sentence": "Pasar naik."}
    before, after = vocabulary.remember(
        **details, gloss=None, default_gloss="market", document_id=None, status=None
    )
    assert before is None and (after.gloss, after.status) == ("market", NEW)
    before, after = vocabulary.remember(**details, gloss=None, document_id=None, status=LEARNING)
    assert before is not None and before.status == NEW
    assert (after.gloss, after.status) == ("market", LEARNING)
    vocabulary.delete(after.id)
    before, again = vocabulary.remember(**details, gloss="bazaar", document_id=None, status=None)
    assert before is not None and before.deleted is not None and before.status == LEARNING
    assert (again.id, again.gloss, again.status, again.deleted) == (after.id, "bazaar", NEW, None)
    # Undo of that: the word as it stood, deleted with its old details.
    assert vocabulary.put_back(before).deleted is not None
    assert vocabulary.get("pasar") is None
    assert vocabulary.find("pasar").gloss == "market"  # type: ignore[union-attr]


def test_a_damaged_schedule_starts_again(tmp_path: Path) -> None:
    # A record whose review state is no longer JSON (a damaged file): the word is
    # reviewed as new, not a failed review (found by fuzzing).
    path = tmp_path / "notes.sqlite3"
    with Store(path) as store:
        word = keep(Vocabulary(store), "sebab")
        Vocabulary(store).review(word, 3)
        with store.transaction() as db:
            db.execute("UPDATE vocabulary SET card = '{rusak' WHERE id = :id", {"id": word})
        reviewed = Vocabulary(store).review(word, 3)
    assert reviewed.card is not None and reviewed.card.startswith("{")
