"""glossary-reader --install-desktop-entry writes a valid desktop entry and the icon
under $XDG_DATA_HOME, and --uninstall-desktop-entry removes them."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.cli.desktopentry import data_home, entry_text, exec_quote
from desktop.cli.main import main
from desktop.icons import APP_ICON, icon_path


def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return dict(parser["Desktop Entry"])


def test_the_entry_and_icon_are_installed_and_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["--install-desktop-entry"]) == 0
    entry = tmp_path / "applications" / "glossary-reader.desktop"
    icon = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "glossary-reader.svg"
    said = capsys.readouterr().out
    assert str(entry) in said and str(icon) in said
    assert icon.read_bytes() == icon_path(APP_ICON).read_bytes()
    fields = read_entry(entry)
    assert fields["Type"] == "Application" and fields["Terminal"] == "false"
    assert fields["Name"] == "Glossary Reader"
    assert fields["GenericName[id]"] and fields["Comment[id]"] != fields["Comment"]
    assert fields["Icon"] == "glossary-reader"
    assert fields["Categories"] == "Education;Office;Viewer;"
    assert fields["MimeType"] == (
        "text/plain;text/markdown;text/html;application/epub+zip;"
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document;"
        "application/pdf;"
    )
    command = shlex.split(fields["Exec"])
    assert command[-1] == "%f" and Path(command[0]).is_absolute() and Path(command[0]).exists()
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
        )
        errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
        assert errors == [] and checked.returncode == 0
    assert not list(entry.parent.glob(".*"))  # no temporary file left: written atomically
    assert main(["--uninstall-desktop-entry"]) == 0
    assert not entry.exists() and not icon.exists()
    assert str(entry) in capsys.readouterr().out


def test_the_data_folder_follows_xdg() -> None:
    assert data_home({"XDG_DATA_HOME": "/srv/share"}) == Path("/srv/share")
    assert data_home({"XDG_DATA_HOME": "relative/share"}) == Path.home() / ".local/share"
    assert data_home({}) == Path.home() / ".local/share"


def test_exec_arguments_are_quoted_as_the_specification_asks() -> None:
    assert exec_quote("/usr/bin/glossary-reader") == "/usr/bin/glossary-reader"
    assert exec_quote("/home/ana/my apps/python") == '"/home/ana/my apps/python"'
    assert exec_quote('/a "b"') == '"/a \\\\"b\\\\""'  # \" in quotes, \\ in the file
    assert exec_quote("/100%") == "/100%%"
    text = entry_text(["/opt/my python/bin/python3", "-m", "desktop.cli.main"])
    assert 'Exec="/opt/my python/bin/python3" -m desktop.cli.main %f' in text
