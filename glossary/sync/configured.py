"""Whether these notes sync somewhere, read without loading the sync engine (the window
asks on its UI thread a few seconds after start: the engine, its records and
encryption take 80 ms to import, which a worker does when it syncs)."""

from __future__ import annotations

from glossary.notes.store import Store

# The names in ``sync_state`` that a set-up sync has (glossary.sync.setup.load_config).
SETUP_NAMES = ("root_kind", "root", "library")


def sync_set_up(store: Store) -> bool:
    """Whether sync is set up for ``store`` (a folder or a WebDAV server)."""
    row = store.query(
        "SELECT COUNT(*) FROM sync_state WHERE name IN (:a, :b, :c)",
        dict(zip(("a", "b", "c"), SETUP_NAMES, strict=True)),
    ).fetchone()
    return int(row[0]) == len(SETUP_NAMES)
