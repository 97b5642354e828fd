"""Installed dictionaries (dictd and StarDict), read-only."""
