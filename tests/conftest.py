"""Test setup: no display needed, and nothing touches the user's real data or settings."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

# Point every per-user location at a throwaway folder before Qt reads them, so a test
# that forgets --data-dir still cannot write into the real home folder.
_SANDBOX = Path(tempfile.mkdtemp(prefix="glossary-reader-tests-"))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_SANDBOX / _var.lower())
os.environ.pop("GLOSSARY_READER_DATA", None)
# Nor the user's keyring: no backend unless a test sets one (keyring.set_keyring), and
# no sync password from the environment unless a test gives one.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.pop("GLOSSARY_READER_SYNC_PASSWORD", None)

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    # Only the data folder's own dictionaries: what this machine has installed in
    # /usr/share/dictd must not change what a test sees.
    (path / "dictionary-folders.txt").write_text(f"{path / 'dictionaries'}\n", encoding="utf-8")
    return path
