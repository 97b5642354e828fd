"""Glossary Reader's domain: documents, glossary terms, matching and search.

Pure Python: nothing in this package imports Qt, so it works from scripts, the
command line and tests without a display.
"""

from __future__ import annotations

__version__ = "0.1.0"
