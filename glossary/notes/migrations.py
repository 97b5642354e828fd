"""The store's schema, as an ordered list of forward-only migrations.

``MIGRATIONS[i]`` is the SQL that takes a database from ``PRAGMA user_version`` i to
i + 1; the store runs each in its own transaction together with the version bump.
A released migration is never edited: a change of schema is a new one at the end.
"""

from __future__ import annotations

V1_DOCUMENTS_AND_HIGHLIGHTS = """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            path TEXT,
            title TEXT NOT NULL DEFAULT '',
            opened_at TEXT
        );
        -- A highlight keeps its document: deleting a document with highlights fails
        -- (RESTRICT) instead of taking the notes with it.
        CREATE TABLE highlights (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            colour INTEGER NOT NULL DEFAULT 1,
            note TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            deleted TEXT,
            orphaned INTEGER NOT NULL DEFAULT 0,
            CHECK (start_offset >= 0 AND end_offset >= start_offset),
            CHECK (colour BETWEEN 1 AND 5)
        );
        CREATE INDEX highlights_by_document ON highlights(document_id, start_offset);
        CREATE VIRTUAL TABLE highlights_fts USING fts5(
            exact, note, content='highlights', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER highlights_fts_insert AFTER INSERT ON highlights BEGIN
            INSERT INTO highlights_fts(rowid, exact, note) VALUES (new.id, new.exact, new.note);
        END;
        CREATE TRIGGER highlights_fts_delete AFTER DELETE ON highlights BEGIN
            INSERT INTO highlights_fts(highlights_fts, rowid, exact, note)
            VALUES ('delete', old.id, old.exact, old.note);
        END;
        CREATE TRIGGER highlights_fts_update AFTER UPDATE OF exact, note ON highlights BEGIN
            INSERT INTO highlights_fts(highlights_fts, rowid, exact, note)
            VALUES ('delete', old.id, old.exact, old.note);
            INSERT INTO highlights_fts(rowid, exact, note) VALUES (new.id, new.exact, new.note);
        END;
        CREATE TABLE colour_labels (
            colour INTEGER PRIMARY KEY CHECK (colour BETWEEN 1 AND 5),
            label TEXT NOT NULL
        );
        CREATE TABLE user_words (
            word TEXT NOT NULL,
            language TEXT NOT NULL,
            PRIMARY KEY (word, language)
        );
"""

# Who wrote a highlight's note, for notes imported from a shared annotation file
# ("" for the reader's own).
V2_CREATOR = """
        ALTER TABLE highlights ADD COLUMN creator TEXT NOT NULL DEFAULT '';
"""

# The reader's own glossaries: named term lists with their categories and entries
# (each entry's fields as a JSON object), and which glossaries are switched off or on
# for a document ("bundled" or "own-<id>"; no row: on).
V3_OWN_GLOSSARIES = """
        CREATE TABLE glossaries (
            -- AUTOINCREMENT: a deleted glossary's id is never given to a new one, so
            -- nothing that still names it (an undo step) can reach another glossary.
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created TEXT NOT NULL
        );
        CREATE TABLE glossary_categories (
            glossary_id INTEGER NOT NULL REFERENCES glossaries(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            label_en TEXT NOT NULL,
            label_id TEXT NOT NULL,
            PRIMARY KEY (glossary_id, id)
        );
        CREATE TABLE glossary_entries (
            glossary_id INTEGER NOT NULL REFERENCES glossaries(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            fields TEXT NOT NULL,
            position INTEGER NOT NULL,
            updated TEXT NOT NULL,
            PRIMARY KEY (glossary_id, id)
        );
        CREATE TABLE document_glossaries (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            glossary TEXT NOT NULL,
            active INTEGER NOT NULL,
            PRIMARY KEY (document_id, glossary)
        );
"""

# The learner's vocabulary: one row per headword kept (a root, or a derived word with a
# meaning of its own), with the form and sentence it was met in, a status (1 new,
# 2 learning, 3 known, 4 ignored) and its review card (fsrs, as JSON; NULL: never
# reviewed). A deleted row is kept with ``deleted`` set until the undo stack forgets it.
V4_VOCABULARY = """
        CREATE TABLE vocabulary (
            id INTEGER PRIMARY KEY,
            language TEXT NOT NULL,
            headword TEXT NOT NULL,
            root TEXT NOT NULL,
            word TEXT NOT NULL,
            gloss TEXT NOT NULL DEFAULT '',
            sentence TEXT NOT NULL DEFAULT '',
            document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            status INTEGER NOT NULL DEFAULT 1 CHECK (status BETWEEN 1 AND 4),
            card TEXT,
            due TEXT,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            deleted TEXT
        );
        CREATE UNIQUE INDEX vocabulary_headword ON vocabulary(language, headword);
        CREATE INDEX vocabulary_due ON vocabulary(due);
"""

# The library: each document's language, where the reader left it (an offset into its
# text, and how far through, 0-1), the encoding chosen for it, and whether it is listed
# (a document taken out of the library with its notes kept is no longer listed).
V5_LIBRARY = """
        ALTER TABLE documents ADD COLUMN language TEXT NOT NULL DEFAULT '';
        ALTER TABLE documents ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE documents ADD COLUMN progress REAL NOT NULL DEFAULT 0;
        ALTER TABLE documents ADD COLUMN encoding TEXT NOT NULL DEFAULT '';
        ALTER TABLE documents ADD COLUMN listed INTEGER NOT NULL DEFAULT 1;
"""

# Bookmarks: places in a document the reader marked (Ctrl+B), by an offset into its
# text, with the text from there (``exact``) and before it (``prefix``) to find the
# place again when the text changes, and a label (the start of the paragraph there).
# A deleted one is kept with ``deleted`` set until the undo stack forgets it.
V6_BOOKMARKS = """
        CREATE TABLE bookmarks (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            exact TEXT NOT NULL DEFAULT '',
            prefix TEXT NOT NULL DEFAULT '',
            label TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            deleted TEXT
        );
        CREATE INDEX bookmarks_by_document ON bookmarks(document_id, position);
"""

# Sync (glossary/sync, docs/sync.md). ``sync_outbox``: the records changed here since
# the last sync, filled by triggers whatever wrote them (the window, the command line,
# an import, a sync itself: a record merged in is compared with what was synced and
# sends nothing); each adds a row only if it is not there ("OR IGNORE" would not do: an
# upsert's conflict policy overrides it inside the trigger). ``sync_fields``: each
# synced field as last synced, its value (JSON) and the
# stamp of the change that set it (the latest: the one that wins). ``sync_versions``:
# every version of a text field (a note) seen, with the versions it replaced (its
# ``bases``, JSON): a version no other replaced and that is not the latest is a text
# that lost to an edit made elsewhere at the same time, kept for the reader.
# ``sync_pending``: changes made here, stamped, waiting to be written to a segment.
# ``sync_seen``: the segments read from each other device. ``sync_state``: this
# device's id, its clock, its next segment.
V7_SYNC = """
        CREATE TABLE sync_outbox (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            PRIMARY KEY (kind, key)
        ) WITHOUT ROWID;
        CREATE TABLE sync_fields (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            field TEXT NOT NULL,
            value TEXT,
            stamp TEXT NOT NULL,
            PRIMARY KEY (kind, key, field)
        ) WITHOUT ROWID;
        CREATE TABLE sync_versions (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            field TEXT NOT NULL,
            stamp TEXT NOT NULL,
            value TEXT NOT NULL,
            bases TEXT NOT NULL,
            PRIMARY KEY (kind, key, field, stamp)
        ) WITHOUT ROWID;
        CREATE TABLE sync_pending (
            id INTEGER PRIMARY KEY,
            change TEXT NOT NULL
        );
        CREATE TABLE sync_seen (
            device TEXT PRIMARY KEY,
            sequence INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE sync_state (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TRIGGER sync_highlight_insert AFTER INSERT ON highlights BEGIN
            INSERT INTO sync_outbox SELECT 'highlight', new.uuid
            WHERE NOT EXISTS (
                SELECT 1 FROM sync_outbox WHERE kind = 'highlight' AND key = new.uuid
            );
        END;
        CREATE TRIGGER sync_highlight_update AFTER UPDATE ON highlights BEGIN
            INSERT INTO sync_outbox SELECT 'highlight', new.uuid
            WHERE NOT EXISTS (
                SELECT 1 FROM sync_outbox WHERE kind = 'highlight' AND key = new.uuid
            );
        END;
        CREATE TRIGGER sync_bookmark_insert AFTER INSERT ON bookmarks BEGIN
            INSERT INTO sync_outbox SELECT 'bookmark', new.uuid
            WHERE NOT EXISTS (
                SELECT 1 FROM sync_outbox WHERE kind = 'bookmark' AND key = new.uuid
            );
        END;
        CREATE TRIGGER sync_bookmark_update AFTER UPDATE ON bookmarks BEGIN
            INSERT INTO sync_outbox SELECT 'bookmark', new.uuid
            WHERE NOT EXISTS (
                SELECT 1 FROM sync_outbox WHERE kind = 'bookmark' AND key = new.uuid
            );
        END;
        CREATE TRIGGER sync_document_insert AFTER INSERT ON documents BEGIN
            INSERT INTO sync_outbox SELECT 'document', new.sha256
            WHERE NOT EXISTS (
                SELECT 1 FROM sync_outbox WHERE kind = 'document' AND key = new.sha256
            );
        END;
        CREATE TRIGGER sync_document_update
        AFTER UPDATE OF title, language, position, progress ON documents BEGIN
            INSERT INTO sync_outbox SELECT 'document', new.sha256
            WHERE NOT EXISTS (
                SELECT 1 FROM sync_outbox WHERE kind = 'document' AND key = new.sha256
            );
        END;
        CREATE TRIGGER sync_label_insert AFTER INSERT ON colour_labels BEGIN
            INSERT INTO sync_outbox SELECT 'label', CAST(new.colour AS TEXT)
            WHERE NOT EXISTS (
                SELECT 1 FROM sync_outbox WHERE kind = 'label' AND key = CAST(new.colour AS TEXT)
            );
        END;
        CREATE TRIGGER sync_label_update AFTER UPDATE ON colour_labels BEGIN
            INSERT INTO sync_outbox SELECT 'label', CAST(new.colour AS TEXT)
            WHERE NOT EXISTS (
                SELECT 1 FROM sync_outbox WHERE kind = 'label' AND key = CAST(new.colour AS TEXT)
            );
        END;
        CREATE TRIGGER sync_word_insert AFTER INSERT ON vocabulary BEGIN
            INSERT INTO sync_outbox SELECT 'word', new.language || ':' || new.headword
            WHERE NOT EXISTS (
                SELECT 1 FROM sync_outbox
                WHERE kind = 'word' AND key = new.language || ':' || new.headword
            );
        END;
        CREATE TRIGGER sync_word_update AFTER UPDATE ON vocabulary BEGIN
            INSERT INTO sync_outbox SELECT 'word', new.language || ':' || new.headword
            WHERE NOT EXISTS (
                SELECT 1 FROM sync_outbox
                WHERE kind = 'word' AND key = new.language || ':' || new.headword
            );
        END;
"""

# Sync of own glossaries and of the vocabulary's reviews (docs/sync.md). Each glossary
# gets a stable ``uuid`` (existing ones a fresh one; a new one its own, from the trigger
# when whoever made it gave none): its entries are keyed by it and their own ids.
# ``sync_tombstones``: a glossary or an entry deleted here (the rows are gone, with
# their cascade), so that the deletion goes to the other devices; an entry taken with
# its glossary leaves none (the glossary's says it all). ``review_log``: one row per
# review of a kept word, on any device: when, the rating, and whether the word had no
# card before it (``first``), so that a word's card can be replayed from its logs.
# The triggers list changed records in ``sync_outbox``, as V7_SYNC's do; the glossaries
# and entries already there are listed once, to go at the next sync.
V8_SYNC_GLOSSARIES = """
        ALTER TABLE glossaries ADD COLUMN uuid TEXT;
        UPDATE glossaries SET uuid = lower(hex(randomblob(16)));
        CREATE UNIQUE INDEX glossaries_uuid ON glossaries(uuid);
        -- A device that synced before has sent everything it held then, but not these.
        INSERT OR IGNORE INTO sync_outbox (kind, key) SELECT 'glossary', uuid FROM glossaries;
        INSERT OR IGNORE INTO sync_outbox (kind, key)
        SELECT 'entry', g.uuid || ':' || e.id FROM glossary_entries e
        JOIN glossaries g ON g.id = e.glossary_id;
        CREATE TABLE sync_tombstones (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            deleted TEXT NOT NULL,
            PRIMARY KEY (kind, key)
        ) WITHOUT ROWID;
        CREATE TABLE review_log (
            uuid TEXT PRIMARY KEY,
            language TEXT NOT NULL,
            headword TEXT NOT NULL,
            reviewed TEXT NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            first INTEGER NOT NULL DEFAULT 0 CHECK (first IN (0, 1))
        );
        CREATE INDEX review_log_by_word ON review_log(language, headword, reviewed);
        CREATE TRIGGER glossary_uuid AFTER INSERT ON glossaries WHEN new.uuid IS NULL BEGIN
            UPDATE glossaries SET uuid = lower(hex(randomblob(16))) WHERE id = new.id;
        END;
        CREATE TRIGGER sync_glossary_insert AFTER INSERT ON glossaries
        WHEN new.uuid IS NOT NULL BEGIN
            DELETE FROM sync_tombstones WHERE kind = 'glossary' AND key = new.uuid;
            INSERT INTO sync_outbox SELECT 'glossary', new.uuid
            WHERE NOT EXISTS (
                SELECT 1 FROM sync_outbox WHERE kind = 'glossary' AND key = new.uuid
            );
        END;
        CREATE TRIGGER sync_glossary_update AFTER UPDATE ON glossaries
        WHEN new.uuid IS NOT NULL BEGIN
            INSERT INTO sync_outbox SELECT 'glossary', new.uuid
            WHERE NOT EXISTS (
                SELECT 1 FROM sync_outbox WHERE kind = 'glossary' AND key = new.uuid
            );
        END;
        CREATE TRIGGER sync_glossary_delete AFTER DELETE ON glossaries
        WHEN old.uuid IS NOT NULL BEGIN
            INSERT INTO sync_tombstones (kind, key, deleted)
            VALUES ('glossary', old.uuid, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'))
            ON CONFLICT (kind, key) DO UPDATE SET deleted = excluded.deleted;
            INSERT INTO sync_outbox SELECT 'glossary', old.uuid
            WHERE NOT EXISTS (
                SELECT 1 FROM sync_outbox WHERE kind = 'glossary' AND key = old.uuid
            );
        END;
        CREATE TRIGGER sync_category_insert AFTER INSERT ON glossary_categories BEGIN
            INSERT INTO sync_outbox SELECT 'glossary', g.uuid FROM glossaries g
            WHERE g.id = new.glossary_id AND g.uuid IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM sync_outbox WHERE kind = 'glossary' AND key = g.uuid
            );
        END;
        CREATE TRIGGER sync_category_update AFTER UPDATE ON glossary_categories BEGIN
            INSERT INTO sync_outbox SELECT 'glossary', g.uuid FROM glossaries g
            WHERE g.id = new.glossary_id AND g.uuid IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM sync_outbox WHERE kind = 'glossary' AND key = g.uuid
            );
        END;
        CREATE TRIGGER sync_category_delete AFTER DELETE ON glossary_categories BEGIN
            INSERT INTO sync_outbox SELECT 'glossary', g.uuid FROM glossaries g
            WHERE g.id = old.glossary_id AND g.uuid IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM sync_outbox WHERE kind = 'glossary' AND key = g.uuid
            );
        END;
        CREATE TRIGGER sync_entry_insert AFTER INSERT ON glossary_entries BEGIN
            DELETE FROM sync_tombstones WHERE kind = 'entry' AND key = (
                SELECT g.uuid || ':' || new.id FROM glossaries g WHERE g.id = new.glossary_id
            );
            INSERT INTO sync_outbox SELECT 'entry', g.uuid || ':' || new.id FROM glossaries g
            WHERE g.id = new.glossary_id AND g.uuid IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM sync_outbox WHERE kind = 'entry' AND key = g.uuid || ':' || new.id
            );
        END;
        CREATE TRIGGER sync_entry_update AFTER UPDATE ON glossary_entries BEGIN
            INSERT INTO sync_outbox SELECT 'entry', g.uuid || ':' || new.id FROM glossaries g
            WHERE g.id = new.glossary_id AND g.uuid IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM sync_outbox WHERE kind = 'entry' AND key = g.uuid || ':' || new.id
            );
        END;
        -- Only an entry deleted from a glossary that is still there: one taken by the
        -- cascade of its glossary's deletion (the glossary is gone by then) leaves none.
        CREATE TRIGGER sync_entry_delete AFTER DELETE ON glossary_entries BEGIN
            INSERT INTO sync_tombstones (kind, key, deleted)
            SELECT 'entry', g.uuid || ':' || old.id,
                strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
            FROM glossaries g WHERE g.id = old.glossary_id AND g.uuid IS NOT NULL
            ON CONFLICT (kind, key) DO UPDATE SET deleted = excluded.deleted;
            INSERT INTO sync_outbox SELECT 'entry', g.uuid || ':' || old.id FROM glossaries g
            WHERE g.id = old.glossary_id AND g.uuid IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM sync_outbox WHERE kind = 'entry' AND key = g.uuid || ':' || old.id
            );
        END;
        CREATE TRIGGER sync_review_insert AFTER INSERT ON review_log BEGIN
            INSERT INTO sync_outbox SELECT 'review', new.uuid
            WHERE NOT EXISTS (
                SELECT 1 FROM sync_outbox WHERE kind = 'review' AND key = new.uuid
            );
        END;
"""

# A class that reads together (glossary/sync/classes.py, docs/sync.md "Classes").
# ``class_publications``: the classes this store's teacher publishes, where (a folder,
# or a WebDAV URL and user: never the password), under which name, and what (documents
# by the SHA-256 of their text, own glossaries by name; JSON lists).
# ``class_subscriptions``: the classes this store's student follows, with the teacher's
# name as class.json gave it and the student's name and id (its hand-in folder).
# ``class_highlights``: the teacher's layer as last read, kept apart from the reader's
# own highlights (never mixed into them, never synced). ``class_files``: the SHA-256 of
# each class file this store last wrote (a teacher) or read (a student), so that only
# what changed is written or read in again. ``class_glossaries``: the own glossary a
# student's store made of each published glossary, to update it in place.
V9_CLASSES = """
        CREATE TABLE class_publications (
            class_id TEXT PRIMARY KEY,
            root_kind TEXT NOT NULL,
            location TEXT NOT NULL,
            user TEXT NOT NULL DEFAULT '',
            teacher TEXT NOT NULL,
            documents TEXT NOT NULL DEFAULT '[]',
            glossaries TEXT NOT NULL DEFAULT '[]',
            created TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE class_subscriptions (
            class_id TEXT PRIMARY KEY,
            root_kind TEXT NOT NULL,
            location TEXT NOT NULL,
            user TEXT NOT NULL DEFAULT '',
            teacher TEXT NOT NULL DEFAULT '',
            student TEXT NOT NULL,
            student_id TEXT NOT NULL,
            created TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE class_highlights (
            class_id TEXT NOT NULL,
            document_sha TEXT NOT NULL,
            uuid TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            colour INTEGER NOT NULL DEFAULT 1,
            note TEXT NOT NULL DEFAULT '',
            teacher TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (class_id, document_sha, uuid)
        ) WITHOUT ROWID;
        CREATE INDEX class_highlights_by_document ON class_highlights(document_sha);
        CREATE TABLE class_files (
            class_id TEXT NOT NULL,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            PRIMARY KEY (class_id, path)
        ) WITHOUT ROWID;
        CREATE TABLE class_glossaries (
            class_id TEXT NOT NULL,
            file_id TEXT NOT NULL,
            glossary_id INTEGER NOT NULL,
            PRIMARY KEY (class_id, file_id)
        ) WITHOUT ROWID;
"""

MIGRATIONS: list[str] = [
    V1_DOCUMENTS_AND_HIGHLIGHTS,
    V2_CREATOR,
    V3_OWN_GLOSSARIES,
    V4_VOCABULARY,
    V5_LIBRARY,
    V6_BOOKMARKS,
    V7_SYNC,
    V8_SYNC_GLOSSARIES,
    V9_CLASSES,
]
SCHEMA_VERSION = len(MIGRATIONS)
