"""The learner's vocabulary: the words kept while reading, their status and reviews.

One row per headword (a root, or a derived word with a meaning of its own), with the
form and sentence it was met in. Status follows LingQ and LWT: new, learning, known,
ignored. Reviews are scheduled by FSRS (the ``fsrs`` package, loaded at the first
review); a word's card is kept as JSON in the store. Known and ignored words leave the
review queue; a deleted word stays in the table, marked, until it is restored or kept
again, so that deleting can be undone.

Every review is logged (``review_log``: when, the rating, whether the word had no card
before it), and the logs are synced. A word whose first logged review found it without a
card has its whole history logged: its card is the replay of its logs in time order
(:func:`replay_reviews`), so devices that reviewed it while apart end with the same card.
A word reviewed before there were logs keeps its card as it is, and each review goes on
from it.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, NamedTuple

from glossary.notes.store import Store, now_iso

NEW, LEARNING, KNOWN, IGNORED = 1, 2, 3, 4
STATUS_NAMES = {NEW: "new", LEARNING: "learning", KNOWN: "known", IGNORED: "ignored"}
STATUS_BY_NAME = {name: status for status, name in STATUS_NAMES.items()}
RATINGS = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
# What undo and redo may write back: what the reader changes by hand.
RESTORABLE = ("root", "word", "gloss", "sentence", "document_id", "status", "deleted")

_COLUMNS = (
    "id, language, headword, root, word, gloss, sentence, document_id, status, card, due, "
    "created, updated, deleted"
)


class VocabularyItem(NamedTuple):
    id: int
    language: str
    headword: str
    root: str
    word: str  # the form it was kept from, as written
    gloss: str
    sentence: str
    document_id: int | None
    status: int
    card: str | None  # the FSRS card as JSON; None until first reviewed
    due: str | None
    created: str
    updated: str
    deleted: str | None

    @property
    def status_name(self) -> str:
        return STATUS_NAMES[self.status]


class DueCounts(NamedTuple):
    new: int  # never reviewed
    review: int  # reviewed before and due now

    @property
    def total(self) -> int:
        return self.new + self.review


def _check_status(status: int) -> None:
    if status not in STATUS_NAMES:
        raise ValueError(f"status must be 1-4, not {status!r}")


class Vocabulary:
    """Kept words of one language in the notes store."""

    def __init__(self, store: Store, language: str = "id") -> None:
        self.store = store
        self.language = language

    def _one(self, where: str, params: dict[str, object]) -> VocabularyItem | None:
        row = self.store.query(
            f"SELECT {_COLUMNS} FROM vocabulary WHERE language = :language AND {where}",
            {"language": self.language, **params},
        ).fetchone()
        return VocabularyItem(*row) if row else None

    def get(self, headword: str) -> VocabularyItem | None:
        """The kept (not deleted) word with this headword."""
        return self._one("headword = :headword AND deleted IS NULL", {"headword": headword})

    def find(self, headword: str) -> VocabularyItem | None:
        """The word with this headword, kept or deleted (keeping it again revives it)."""
        return self._one("headword = :headword", {"headword": headword})

    def item(self, item_id: int) -> VocabularyItem:
        found = self._one("id = :id", {"id": item_id})
        if found is None:
            raise KeyError(item_id)
        return found

    def keep(
        self,
        *,
        headword: str,
        root: str,
        word: str,
        gloss: str = "",
        sentence: str = "",
        document_id: int | None = None,
        status: int = NEW,
    ) -> VocabularyItem:
        """Keep a word; a word kept before (even deleted) is brought back with these
        details, and its review history stays."""
        _check_status(status)
        if not headword.strip():
            raise ValueError("a kept word needs a headword")
        stamp = now_iso()
        values = {
            "language": self.language,
            "headword": headword,
            "root": root or headword,
            "word": word or headword,
            "gloss": gloss.strip(),
            "sentence": " ".join(sentence.split()),
            "document_id": document_id,
            "status": status,
            "stamp": stamp,
        }
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO vocabulary (language, headword, root, word, gloss, sentence,"
                " document_id, status, created, updated)"
                " VALUES (:language, :headword, :root, :word, :gloss, :sentence, :document_id,"
                " :status, :stamp, :stamp)"
                " ON CONFLICT (language, headword) DO UPDATE SET root = excluded.root,"
                " word = excluded.word, gloss = excluded.gloss, sentence = excluded.sentence,"
                " document_id = excluded.document_id, status = excluded.status,"
                " updated = excluded.updated, deleted = NULL",
                values,
            )
        kept = self.get(headword)
        assert kept is not None
        return kept

    def remember(
        self,
        *,
        headword: str,
        root: str,
        word: str,
        gloss: str | None,
        sentence: str,
        document_id: int | None,
        status: int | None,
        default_gloss: str = "",
    ) -> tuple[VocabularyItem | None, VocabularyItem]:
        """What "Keep this word" and the status keys do: keep a word not kept yet (or
        deleted) with ``gloss`` (else ``default_gloss``) and ``status`` (else new); for a
        kept word, change only what is given. Returns the word before (None: not in the
        table) and after, for undo."""
        before = self.find(headword)
        if before is None or before.deleted is not None:
            after = self.keep(
                headword=headword,
                root=root,
                word=word,
                gloss=default_gloss if gloss is None else gloss,
                sentence=sentence,
                document_id=document_id,
                status=status or NEW,
            )
            return before, after
        return self.change(before.id, gloss=gloss, status=status)

    def change(
        self, item_id: int, *, gloss: str | None = None, status: int | None = None
    ) -> tuple[VocabularyItem, VocabularyItem]:
        """Change a kept word's gloss and/or status; returns it before and after."""
        before = self.item(item_id)
        after = before
        if status is not None and status != before.status:
            after = self.set_status(item_id, status)
        if gloss is not None and gloss.strip() != before.gloss:
            after = self.set_gloss(item_id, gloss)
        return before, after

    def items(
        self, *, status: int | None = None, document_id: int | None = None, search: str = ""
    ) -> list[VocabularyItem]:
        """Kept words, alphabetical; filtered by status, document and a search of the
        headword, form and gloss."""
        where = ["language = :language", "deleted IS NULL"]
        params: dict[str, object] = {"language": self.language}
        if status is not None:
            where.append("status = :status")
            params["status"] = status
        if document_id is not None:
            where.append("document_id = :document_id")
            params["document_id"] = document_id
        if search.strip():
            where.append(
                "(headword LIKE :search ESCAPE '\\' OR word LIKE :search ESCAPE '\\'"
                " OR gloss LIKE :search ESCAPE '\\' OR root LIKE :search ESCAPE '\\')"
            )
            escaped = search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params["search"] = f"%{escaped}%"
        rows = self.store.query(
            f"SELECT {_COLUMNS} FROM vocabulary WHERE {' AND '.join(where)}"
            " ORDER BY headword COLLATE NOCASE",
            params,
        )
        return [VocabularyItem(*row) for row in rows]

    def statuses(self) -> dict[str, int]:
        """Headword -> status of every kept word, for tinting the text."""
        rows = self.store.query(
            "SELECT headword, status FROM vocabulary WHERE language = :language"
            " AND deleted IS NULL",
            {"language": self.language},
        )
        return dict(rows.fetchall())

    def _update(self, item_id: int, assignments: str, values: dict[str, object]) -> VocabularyItem:
        with self.store.transaction() as db:
            cursor = db.execute(
                f"UPDATE vocabulary SET {assignments}, updated = :stamp WHERE id = :id",
                {**values, "id": item_id, "stamp": now_iso()},
            )
            if cursor.rowcount != 1:
                raise KeyError(item_id)
        return self.item(item_id)

    def set_status(self, item_id: int, status: int) -> VocabularyItem:
        _check_status(status)
        return self._update(item_id, "status = :status", {"status": status})

    def set_gloss(self, item_id: int, gloss: str) -> VocabularyItem:
        return self._update(item_id, "gloss = :gloss", {"gloss": gloss.strip()})

    def put_back(self, item: VocabularyItem, fields: Iterable[str] = RESTORABLE) -> VocabularyItem:
        """Write ``fields`` of ``item`` as they stood (an undo or redo); the others, and
        the word's reviews, are left as they are now."""
        chosen = [f for f in RESTORABLE if f in set(fields)]
        if not chosen:
            return self.item(item.id)
        return self._update(
            item.id,
            ", ".join(f"{name} = :{name}" for name in chosen),
            {name: getattr(item, name) for name in chosen},
        )

    def purge_deleted(self) -> int:
        """Forget deleted words for good (at start-up, when no undo can reach them)."""
        deleted = self.store.query(
            "SELECT EXISTS (SELECT 1 FROM vocabulary WHERE language = :language"
            " AND deleted IS NOT NULL)",
            {"language": self.language},
        ).fetchone()[0]
        if not deleted:
            return 0  # no write, no wait for the disk at start-up
        with self.store.transaction() as db:
            return db.execute(
                "DELETE FROM vocabulary WHERE language = :language AND deleted IS NOT NULL",
                {"language": self.language},
            ).rowcount

    def delete(self, item_id: int) -> VocabularyItem:
        return self._update(item_id, "deleted = :deleted", {"deleted": now_iso()})

    def restore(self, item_id: int) -> VocabularyItem:
        return self._update(item_id, "deleted = NULL", {})

    # Reviews -----------------------------------------------------------------------

    _QUEUE = (
        "language = :language AND deleted IS NULL AND status IN (1, 2)"
        " AND (due IS NULL OR due <= :now)"
    )

    def due(self, now: datetime | None = None, limit: int = 1000) -> list[VocabularyItem]:
        """Words to review now: reviewed words that are due, soonest first, then words
        never reviewed, in the order they were kept."""
        rows = self.store.query(
            f"SELECT {_COLUMNS} FROM vocabulary WHERE {self._QUEUE}"
            " ORDER BY due IS NULL, due, created LIMIT :limit",
            {"language": self.language, "now": _iso(now), "limit": limit},
        )
        return [VocabularyItem(*row) for row in rows]

    def due_counts(self, now: datetime | None = None) -> DueCounts:
        row = self.store.query(
            "SELECT COUNT(*) FILTER (WHERE card IS NULL), COUNT(*) FILTER (WHERE card IS NOT NULL)"
            f" FROM vocabulary WHERE {self._QUEUE}",
            {"language": self.language, "now": _iso(now)},
        ).fetchone()
        return DueCounts(int(row[0]), int(row[1]))

    def review(self, item_id: int, rating: int, now: datetime | None = None) -> VocabularyItem:
        """Record an answer (1 Again, 2 Hard, 3 Good, 4 Easy) and schedule the next
        review; a new word becomes "learning"."""
        if rating not in RATINGS:
            raise ValueError(f"rating must be 1-4, not {rating!r}")
        from uuid import uuid4

        item = self.item(item_id)
        when = now or datetime.now(UTC)
        status = LEARNING if item.status == NEW else item.status
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO review_log (uuid, language, headword, reviewed, rating, first)"
                " VALUES (:uuid, :language, :headword, :reviewed, :rating, :first)",
                {
                    "uuid": str(uuid4()),
                    "language": item.language,
                    "headword": item.headword,
                    "reviewed": _iso(when),
                    "rating": rating,
                    "first": int(item.card is None),
                },
            )
            card = replayed_card(db, item.language, item.headword)
            if card is None:  # reviewed before there were logs: on from its card
                card = _next_card(item, rating, when)
            db.execute(
                "UPDATE vocabulary SET card = :card, due = :due, status = :status,"
                " updated = :stamp WHERE id = :id",
                {
                    "card": json.dumps(card.to_dict()),
                    "due": _iso(card.due),
                    "status": status,
                    "stamp": now_iso(),
                    "id": item_id,
                },
            )
        return self.item(item_id)

    def next_due(self) -> str | None:
        """When the next word in the queue falls due (ISO UTC), if any."""
        row = self.store.query(
            "SELECT MIN(due) FROM vocabulary WHERE language = :language AND deleted IS NULL"
            " AND status IN (1, 2)",
            {"language": self.language},
        ).fetchone()
        return str(row[0]) if row and row[0] else None


def _next_card(item: VocabularyItem, rating: int, when: datetime) -> Any:
    """The card after one more review, from the card as it stands."""
    from fsrs import Card, Rating

    card = Card(card_id=_card_id(item.language, item.headword), due=when)
    if item.card:
        # A damaged record's schedule starts again rather than fail the review.
        with contextlib.suppress(ValueError, TypeError, KeyError, AttributeError):
            card = Card.from_dict(json.loads(item.card))
    card, _log = _scheduler().review_card(card, Rating(rating), review_datetime=when)
    return card


def _card_id(language: str, headword: str) -> int:
    """A word's card id, the same on every device (a row id is not)."""
    import hashlib  # not needed at start-up

    digest = hashlib.sha256(f"{language}:{headword}".encode()).hexdigest()
    return int(digest[:12], 16)


def replayed_card(db: sqlite3.Connection, language: str, headword: str) -> Any:
    """The word's fsrs card made by replaying its logged reviews in time order (ties by
    the log's uuid: the same order on every device); None when its history is not whole
    (no logs, or its first logged review found a card made before there were logs)."""
    rows = db.execute(
        "SELECT reviewed, rating, first FROM review_log WHERE language = ? AND headword = ?"
        " ORDER BY reviewed, uuid",
        (language, headword),
    ).fetchall()
    if not rows or not rows[0][2]:
        return None
    from fsrs import Card, Rating

    scheduler = _scheduler()
    first = datetime.fromisoformat(rows[0][0])
    card = Card(card_id=_card_id(language, headword), due=first)
    for reviewed, rating, _first in rows:
        card, _log = scheduler.review_card(
            card, Rating(rating), review_datetime=datetime.fromisoformat(reviewed)
        )
    return card


def replay_reviews(db: sqlite3.Connection, language: str, headword: str) -> bool:
    """Set the kept word's card to the replay of its logs (when its history is whole);
    whether its card changed. Reviews arriving from another device come through here."""
    card = replayed_card(db, language, headword)
    if card is None:
        return False
    text, due = json.dumps(card.to_dict()), _iso(card.due)
    row = db.execute(
        "SELECT card, due FROM vocabulary WHERE language = ? AND headword = ?",
        (language, headword),
    ).fetchone()
    if row is None or (row[0], row[1]) == (text, due):
        return False
    db.execute(
        "UPDATE vocabulary SET card = ?, due = ? WHERE language = ? AND headword = ?",
        (text, due, language, headword),
    )
    return True


_SCHEDULER: list[Any] = []


def _scheduler() -> Any:
    if not _SCHEDULER:
        from fsrs import Scheduler

        # No fuzzing: the same answers give the same schedule, which a learner can
        # reason about (and tests can check).
        _SCHEDULER.append(Scheduler(enable_fuzzing=False))
    return _SCHEDULER[0]


def _iso(moment: datetime | None) -> str:
    """UTC ISO 8601 with milliseconds, comparable as text with the store's stamps."""
    moment = (moment or datetime.now(UTC)).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
