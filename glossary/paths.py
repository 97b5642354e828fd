"""Where the app keeps its data, computed without Qt (for the command line).

The same folder as Qt's ``QStandardPaths.AppDataLocation`` for the organisation
"GlossaryReader" and the application "Glossary Reader"; a test keeps them equal.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANISATION = "GlossaryReader"
APPLICATION = "Glossary Reader"
NOTES_FILE = "notes.sqlite3"
NOTES_LOCK = "notes.lock"  # held by the window that writes the notes
PENDING_DIR = "pending"  # the journal of exports being written (glossary.atomic)
# The data shipped with the app: the top-level package "resources", beside this one in
# a checkout and in the wheel. (A path, not importlib.resources: that module and what
# it imports cost start-up 0.8 MB for finding four folders.)
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def default_data_dir() -> Path:
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / ORGANISATION / APPLICATION
