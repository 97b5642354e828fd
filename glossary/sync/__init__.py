"""Sync: the reader's notes on every device, through a folder or a WebDAV server.

See docs/sync.md for the format of the sync root and the merge rules."""
