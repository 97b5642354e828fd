"""The notes store: the SQLite connection and migrations, and the repositories of
highlights, documents, labels and user words; anchoring, backups and imports."""
