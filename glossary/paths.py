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


def default_data_dir() -> Path:
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / ORGANISATION / APPLICATION
