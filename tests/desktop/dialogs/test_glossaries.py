"""Glossary > Glossaries…: exporting writes through the domain (glossary.export),
never through the command line's modules."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def test_export_writes_every_format_without_the_command_line(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop.dialogs.glossaries import GlossariesDialog\n"
        "from desktop.settings import Settings\n"
        "from desktop.storeadapter import StoreAdapter\n"
        "from glossary.notes.store import Store\n"
        "from glossary.terms.glossary import load_bundled_glossary\n"
        "from glossary.terms.own import BUNDLED\n"
        "app = QApplication([])\n"
        "folder = Path(sys.argv[1])\n"
        "store = Store(folder / 'notes.sqlite3')\n"
        "dialog = GlossariesDialog(\n"
        "    StoreAdapter(store), load_bundled_glossary(), None, Settings(folder / 's.ini')\n"
        ")\n"
        "for name in ('toml', 'csv', 'apkg'):\n"
        "    assert dialog.export_to(BUNDLED, folder / f'out.{name}'), dialog.status.text()\n"
        "assert not dialog.export_to(BUNDLED, folder / 'out.toml' / 'x.toml')\n"
        "print(dialog.status.text())\n"
        "print(sorted(m for m in sys.modules if m.startswith('desktop.cli')))\n"
        "store.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    problem, cli_modules = result.stdout.splitlines()[-2:]
    assert "is a file, not a folder" in problem
    assert cli_modules == "[]"
    assert sorted(p.name for p in tmp_path.glob("out.*")) == ["out.apkg", "out.csv", "out.toml"]
