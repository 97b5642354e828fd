"""The reader's own glossaries, kept in the notes store beside the highlights.

Each is a named term list with its categories and entries, validated as bundled data
is; a change that would make it invalid (an empty headword, an alias used twice) is
refused with the problems by field, and nothing is written. Which glossaries are on
for a document is kept per document; a glossary is on unless switched off.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from glossary.messages import Message, Problem
from glossary.model import DEFAULT_CATEGORY, Category, Entry
from glossary.notes.store import Store, now_iso
from glossary.terms.glossary import (
    Glossary,
    collection_problems,
    entry_fields,
    entry_from,
    entry_problems,
)
from glossary.textfold import match_key

if TYPE_CHECKING:  # the file formats load when a file is read or written
    from glossary.terms.files import TermList

BUNDLED = "bundled"


def own_key(glossary_id: int) -> str:
    """How a document's settings and combined entry ids name an own glossary."""
    return f"own-{glossary_id}"


class EntryProblems(Problem):
    """An entry (or an import) would make the glossary invalid: ``problems`` lists
    (entry id, field, message); nothing was written."""

    def __init__(self, problems: Sequence[tuple[str, str, str | Message]]) -> None:
        self.problems = list(problems)
        text = "; ".join(f"{entry}: {field}: {message}" for entry, field, message in problems[:10])
        super().__init__("{text}", text=text)


class GlossaryInfo(NamedTuple):
    id: int
    name: str
    entries: int


class Removal(NamedTuple):
    """A deleted entry as it stood: enough to put it back (see OwnGlossaries.restore)."""

    entry: Entry
    position: int
    referrers: list[Entry]


class ImportPlan(NamedTuple):
    """What importing a term list into a glossary would do, before it is done."""

    new: list[Entry]
    changed: list[tuple[Entry, Entry]]  # (stored, incoming)
    unchanged: list[Entry]
    conflicts: list[tuple[str, str, str | Message]]  # (entry id, field, message) after the import


def _relink(entry: Entry, old: str, new: str | None) -> Entry:
    if old not in entry.related:
        return entry
    related = tuple(r for r in (new if r == old else r for r in entry.related) if r is not None)
    return entry._replace(related=related)


def _stored_entry(fields: object) -> Entry | None:
    """The entry whose fields a row holds (as JSON), or None when a damaged record holds
    something else: it is left out, not let fail the whole glossary."""
    try:
        raw = json.loads(fields) if isinstance(fields, str | bytes) else None
    except ValueError:  # not JSON (a UnicodeDecodeError is one too)
        return None
    if not isinstance(raw, dict) or entry_problems(raw):
        return None
    return entry_from(raw)


class OwnGlossaries:
    """Own glossaries in a :class:`Store` (one per thread, like the store)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        # Entries as read, per glossary: a large glossary is checked against itself on
        # every edit. Every write here drops its glossary's copy.
        self._entries: dict[int, list[Entry]] = {}
        self._writes = store.writes
        self._indexes: dict[int, tuple[list[Entry], set[str], dict[str, str]]] = {}

    def forget_cached(self) -> None:
        """Read the entries again from the store at the next use: another connection (a
        sync merging another device's changes) wrote them, unseen by this one's count."""
        self._entries.clear()
        self._indexes.clear()

    # -- glossaries ----------------------------------------------------------------------

    def all(self) -> list[GlossaryInfo]:
        rows = self.store.query(
            "SELECT g.id, g.name, count(e.id) FROM glossaries g "
            "LEFT JOIN glossary_entries e ON e.glossary_id = g.id GROUP BY g.id ORDER BY g.name"
        ).fetchall()
        return [GlossaryInfo(*row) for row in rows]

    def find(self, name: str) -> GlossaryInfo | None:
        wanted = name.strip().casefold()
        return next((g for g in self.all() if g.name.casefold() == wanted), None)

    def create(self, name: str) -> int:
        name = " ".join(name.split())
        if not name:
            raise EntryProblems([("", "name", "a glossary needs a name")])
        if self.find(name) is not None:
            raise EntryProblems([("", "name", f"a glossary named '{name}' exists already")])
        with self.store.transaction() as db:
            cursor = db.execute(
                "INSERT INTO glossaries (name, created) VALUES (:name, :now)",
                {"name": name, "now": now_iso()},
            )
            glossary_id = int(cursor.lastrowid or 0)
            self._put_category(db, glossary_id, DEFAULT_CATEGORY)
        return glossary_id

    def delete(self, glossary_id: int) -> None:
        with self.store.transaction() as db:
            db.execute("DELETE FROM glossaries WHERE id = :id", {"id": glossary_id})
            db.execute(
                "DELETE FROM document_glossaries WHERE glossary = :key",
                {"key": own_key(glossary_id)},
            )

    def name(self, glossary_id: int) -> str:
        row = self.store.query(
            "SELECT name FROM glossaries WHERE id = :id", {"id": glossary_id}
        ).fetchone()
        if row is None:
            raise KeyError(glossary_id)
        return str(row[0])

    def categories(self, glossary_id: int) -> dict[str, Category]:
        rows = self.store.query(
            "SELECT id, label_en, label_id FROM glossary_categories WHERE glossary_id = :g "
            "ORDER BY id",
            {"g": glossary_id},
        ).fetchall()
        return {row[0]: Category(*row) for row in rows}

    def entries(self, glossary_id: int) -> list[Entry]:
        cached = self._entries.get(glossary_id)
        if cached is None or self.store.writes != self._writes:
            if self.store.writes != self._writes:
                self._entries.clear()
                self._writes = self.store.writes
            rows = self.store.query(
                "SELECT fields FROM glossary_entries WHERE glossary_id = :g ORDER BY position, id",
                {"g": glossary_id},
            ).fetchall()
            cached = self._entries[glossary_id] = [
                entry for (fields,) in rows if (entry := _stored_entry(fields)) is not None
            ]
        return list(cached)

    def load(self, glossary_id: int) -> Glossary:
        return Glossary(
            self.name(glossary_id), tuple(self.entries(glossary_id)), self.categories(glossary_id)
        )

    # -- entries -------------------------------------------------------------------------

    def check(
        self,
        glossary_id: int,
        entry: Entry,
        replacing: str | None = None,
        new_category: Category | None = None,
    ) -> list[tuple[str, str, str | Message]]:
        """The problems saving ``entry`` (in place of ``replacing``, with
        ``new_category`` added to the glossary) would cause."""
        fields = entry_fields(entry)
        bad = [(entry.id, field, message) for field, message in entry_problems(fields)]
        if bad:
            return bad
        ids, forms = self._index(glossary_id)
        # Only the entry being replaced makes way: a new entry with a taken id is a
        # duplicate, never a silent overwrite.
        gone = {replacing} if replacing is not None else set()
        categories = self.categories(glossary_id)
        if new_category is not None:
            categories[new_category.id] = new_category
        return collection_problems(
            [entry],
            categories,
            known_ids=ids - gone,
            known_forms={key: owner for key, owner in forms.items() if owner not in gone},
        )

    def _index(self, glossary_id: int) -> tuple[set[str], dict[str, str]]:
        """The glossary's entry ids and form keys (-> entry id), kept while its entries
        are: checking one entry need not go through all the others' forms."""
        entries = self.entries(glossary_id)
        cached = self._indexes.get(glossary_id)
        if cached is not None and cached[0] is self._entries.get(glossary_id):
            return cached[1], cached[2]
        ids = {e.id for e in entries}
        forms: dict[str, str] = {}
        for e in entries:
            for form in e.all_forms():
                forms.setdefault(match_key(form), e.id)
        self._indexes[glossary_id] = (self._entries[glossary_id], ids, forms)
        return ids, forms

    def save_entry(
        self,
        glossary_id: int,
        entry: Entry,
        replacing: str | None = None,
        new_category: Category | None = None,
    ) -> None:
        """Add ``entry``, or put it in the place of the entry ``replacing`` (its old id),
        adding ``new_category`` to the glossary in the same transaction. Raises
        :class:`EntryProblems`, writing nothing, when it is not valid."""
        problems = self.check(glossary_id, entry, replacing, new_category)
        if problems:
            raise EntryProblems(problems)
        before = self.entries(glossary_id)
        with self.store.transaction() as db:
            if new_category is not None:
                self._put_category(db, glossary_id, new_category)
            position = None
            if replacing is not None:
                row = db.execute(
                    "SELECT position FROM glossary_entries WHERE glossary_id = :g AND id = :id",
                    {"g": glossary_id, "id": replacing},
                ).fetchone()
                position = row[0] if row else None
                db.execute(
                    "DELETE FROM glossary_entries WHERE glossary_id = :g AND id = :id",
                    {"g": glossary_id, "id": replacing},
                )
                if replacing != entry.id:
                    self._rename_links(db, glossary_id, replacing, entry.id)
            self._put(db, glossary_id, entry, position)
        # Keep the copy in memory in step instead of reading 10,000 entries again.
        old_id = replacing if replacing is not None else entry.id
        after = [entry if e.id == old_id else e for e in before]
        if old_id not in {e.id for e in before}:
            after.append(entry)
        if replacing is not None and replacing != entry.id:
            after = [_relink(e, replacing, entry.id) for e in after]
        self._entries[glossary_id] = after
        self._writes = self.store.writes
        index = self._indexes.get(glossary_id)
        if index is not None and (replacing is None or replacing == entry.id):
            ids, forms = index[1], index[2]
            for key in [k for k, owner in forms.items() if owner == old_id]:
                del forms[key]
            ids.add(entry.id)
            for form in entry.all_forms():
                forms.setdefault(match_key(form), entry.id)
            self._indexes[glossary_id] = (after, ids, forms)

    def delete_entry(self, glossary_id: int, entry_id: str) -> Entry:
        """Remove an entry (links to it from other entries go too); returns it."""
        stored = {e.id: e for e in self.entries(glossary_id)}
        if entry_id not in stored:
            raise KeyError(entry_id)
        with self.store.transaction() as db:
            db.execute(
                "DELETE FROM glossary_entries WHERE glossary_id = :g AND id = :id",
                {"g": glossary_id, "id": entry_id},
            )
            self._rename_links(db, glossary_id, entry_id, None)
        return stored[entry_id]

    def snapshot(self, glossary_id: int, entry_id: str) -> Removal:
        """What :meth:`restore` needs to undo deleting ``entry_id``: the entry, its
        place, and the entries that relate to it as they are now."""
        entries = self.entries(glossary_id)
        entry = next((e for e in entries if e.id == entry_id), None)
        if entry is None:
            raise KeyError(entry_id)
        row = self.store.query(
            "SELECT position FROM glossary_entries WHERE glossary_id = :g AND id = :id",
            {"g": glossary_id, "id": entry_id},
        ).fetchone()
        referrers = [e for e in entries if entry_id in e.related]
        return Removal(entry, int(row[0]), referrers)

    def restore(self, glossary_id: int, removal: Removal) -> None:
        """Put a deleted entry back in its place, with the links to it."""
        problems = self.check(glossary_id, removal.entry)
        if problems:
            raise EntryProblems(problems)
        with self.store.transaction() as db:
            self._put(db, glossary_id, removal.entry, removal.position)
            for referrer in removal.referrers:
                self._put(db, glossary_id, referrer, None, keep_position_of=referrer.id)

    def add_category(self, glossary_id: int, category: Category) -> None:
        with self.store.transaction() as db:
            self._put_category(db, glossary_id, category)

    def remove_category(self, glossary_id: int, category_id: str) -> None:
        """Take a category out of the glossary; refused (KeyError) while an entry is in
        it, or for the default category every glossary has."""
        if category_id == DEFAULT_CATEGORY.id or any(
            e.category == category_id for e in self.entries(glossary_id)
        ):
            raise KeyError(category_id)
        with self.store.transaction() as db:
            db.execute(
                "DELETE FROM glossary_categories WHERE glossary_id = :g AND id = :id",
                {"g": glossary_id, "id": category_id},
            )

    # -- import --------------------------------------------------------------------------

    def plan_import(self, glossary_id: int, terms: TermList) -> ImportPlan:
        """What :meth:`apply_import` would change: new, changed and unchanged entries,
        and the conflicts the result would have (an alias used by two entries)."""
        stored = {e.id: e for e in self.entries(glossary_id)}
        new, changed, unchanged = [], [], []
        for entry in terms.entries:
            old = stored.get(entry.id)
            if old is None:
                new.append(entry)
            elif old != entry:
                changed.append((old, entry))
            else:
                unchanged.append(entry)
        incoming = {e.id for e in terms.entries}
        result = [e for e in stored.values() if e.id not in incoming] + list(terms.entries)
        categories = {**self.categories(glossary_id), **terms.categories}
        conflicts = collection_problems(result, categories)
        return ImportPlan(new, changed, unchanged, conflicts)

    def apply_import(self, glossary_id: int, terms: TermList) -> ImportPlan:
        """Add and update the entries of ``terms`` in one transaction; with conflicts,
        raise :class:`EntryProblems` and write nothing."""
        plan = self.plan_import(glossary_id, terms)
        if plan.conflicts:
            raise EntryProblems(plan.conflicts)
        known = self.categories(glossary_id)
        with self.store.transaction() as db:
            for category in terms.categories.values():
                # A CSV names categories only by id: it never replaces real labels.
                bare = category.label_en == category.label_id == category.id
                if category.id not in known or not bare:
                    self._put_category(db, glossary_id, category)
            # The next free position, found once: asked for each entry, it made an
            # import of 10,000 entries quadratic (3 ms an entry by the end).
            position = self._next_position(db, glossary_id)
            for entry in plan.new:
                self._put(db, glossary_id, entry, position)
                position += 1
            for old, entry in plan.changed:
                self._put(db, glossary_id, entry, None, keep_position_of=old.id)
        return plan

    def replace_all(self, glossary_id: int, terms: TermList, name: str | None = None) -> None:
        """Make the glossary hold exactly ``terms`` (its categories, and its entries in
        their order), renamed ``name`` if given, in one transaction: a glossary a
        teacher published, updated whole (:mod:`glossary.sync.classes`). Raises
        :class:`EntryProblems`, writing nothing, when they are not valid together."""
        categories = {DEFAULT_CATEGORY.id: DEFAULT_CATEGORY, **terms.categories}
        problems = collection_problems(list(terms.entries), categories)
        if problems:
            raise EntryProblems(problems)
        with self.store.transaction() as db:
            if name is not None:
                db.execute(
                    "UPDATE glossaries SET name = :name WHERE id = :id",
                    {"name": " ".join(name.split()), "id": glossary_id},
                )
            db.execute("DELETE FROM glossary_entries WHERE glossary_id = :g", {"g": glossary_id})
            db.execute("DELETE FROM glossary_categories WHERE glossary_id = :g", {"g": glossary_id})
            for category in categories.values():
                self._put_category(db, glossary_id, category)
            for position, entry in enumerate(terms.entries, 1):
                self._put(db, glossary_id, entry, position)
        self._entries.pop(glossary_id, None)
        self._indexes.pop(glossary_id, None)

    # -- which glossaries a document uses --------------------------------------------------

    def is_active(self, document_id: int, key: str) -> bool:
        row = self.store.query(
            "SELECT active FROM document_glossaries WHERE document_id = :d AND glossary = :k",
            {"d": document_id, "k": key},
        ).fetchone()
        return True if row is None else bool(row[0])

    def set_active(self, document_id: int, key: str, active: bool) -> None:
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO document_glossaries (document_id, glossary, active) "
                "VALUES (:d, :k, :a) ON CONFLICT (document_id, glossary) DO UPDATE SET active = :a",
                {"d": document_id, "k": key, "a": int(active)},
            )

    # -- helpers -------------------------------------------------------------------------

    @staticmethod
    def _put_category(db: sqlite3.Connection, glossary_id: int, category: Category) -> None:
        db.execute(
            "INSERT INTO glossary_categories (glossary_id, id, label_en, label_id) "
            "VALUES (:g, :id, :en, :idl) ON CONFLICT (glossary_id, id) DO UPDATE SET "
            "label_en = :en, label_id = :idl",
            {
                "g": glossary_id,
                "id": category.id,
                "en": category.label_en,
                "idl": category.label_id,
            },
        )

    @staticmethod
    def _next_position(db: sqlite3.Connection, glossary_id: int) -> int:
        row = db.execute(
            "SELECT coalesce(max(position), 0) + 1 FROM glossary_entries WHERE glossary_id = :g",
            {"g": glossary_id},
        ).fetchone()
        return int(row[0])

    @staticmethod
    def _put(
        db: sqlite3.Connection,
        glossary_id: int,
        entry: Entry,
        position: int | None,
        keep_position_of: str | None = None,
    ) -> None:
        execute = db.execute
        if keep_position_of is not None:
            row = execute(
                "SELECT position FROM glossary_entries WHERE glossary_id = :g AND id = :id",
                {"g": glossary_id, "id": keep_position_of},
            ).fetchone()
            position = row[0] if row else None
        if position is None:
            position = OwnGlossaries._next_position(db, glossary_id)
        execute(
            "INSERT INTO glossary_entries (glossary_id, id, fields, position, updated) "
            "VALUES (:g, :id, :fields, :pos, :now) ON CONFLICT (glossary_id, id) DO UPDATE SET "
            "fields = :fields, updated = :now",
            {
                "g": glossary_id,
                "id": entry.id,
                "fields": json.dumps(entry_fields(entry), ensure_ascii=False),
                "pos": position,
                "now": now_iso(),
            },
        )

    def _rename_links(
        self, db: sqlite3.Connection, glossary_id: int, old: str, new: str | None
    ) -> None:
        """Entries that relate to ``old`` now relate to ``new`` (or to nothing)."""
        for entry in self.entries(glossary_id):
            if old in entry.related:
                self._put(db, glossary_id, _relink(entry, old, new), None, entry.id)
