"""glossary-reader --install-desktop-entry: the application in the desktop's menu, with
its icon, opening the files it reads (the XDG desktop entry and icon theme
specifications). Pure Python: no Qt is loaded for it."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from glossary.atomic import write_bytes_atomic, write_text_atomic
from glossary.paths import RESOURCES

APP_ID = "glossary-reader"
MIME_TYPES = (
    "text/plain",
    "text/markdown",
    "text/html",
    "application/epub+zip",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/pdf",
)
# Characters that make an Exec argument need quoting (the desktop entry specification).
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home(environ: dict[str, str] | None = None) -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset, empty or relative."""
    env = os.environ if environ is None else environ
    given = env.get("XDG_DATA_HOME", "")
    return Path(given) if given and Path(given).is_absolute() else Path.home() / ".local/share"


def entry_path(home: Path) -> Path:
    return home / "applications" / f"{APP_ID}.desktop"


def icon_path(home: Path) -> Path:
    return home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def launcher() -> list[str]:
    """How to start the application: the absolute path of the glossary-reader script
    when there is one, else this Python running the command line's module."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    beside = Path(sys.executable).parent / APP_ID
    for candidate in (script, beside):
        if candidate is not None and candidate.name == APP_ID and candidate.is_file():
            return [str(candidate.resolve())]
    return [str(Path(sys.executable).resolve()), "-m", "desktop.cli.main"]


def exec_quote(argument: str) -> str:
    """One argument of an Exec line, quoted as the specification asks (and its
    backslashes escaped again, as in any string value of the file)."""
    argument = argument.replace("%", "%%")  # not a field code
    if argument and not _RESERVED & set(argument):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'.replace("\\", "\\\\")


def entry_text(command: Sequence[str]) -> str:
    """The desktop entry, in English and Indonesian."""
    exec_line = " ".join(exec_quote(arg) for arg in command) + " %f"
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.4",
            "Name=Glossary Reader",
            "Name[id]=Glossary Reader",
            "GenericName=Article Reader with Glossary",
            "GenericName[id]=Pembaca Artikel dengan Glosarium",
            "Comment=Read an article beside its glossary; highlight, take notes, learn words",
            "Comment[id]=Baca artikel di samping glosariumnya; beri sorotan, buat catatan, "
            "pelajari kata",
            "Keywords=glossary;Indonesian;English;vocabulary;highlight;notes;",
            "Keywords[id]=glosarium;Indonesia;Inggris;kosakata;sorotan;catatan;",
            f"Exec={exec_line}",
            f"Icon={APP_ID}",
            "Terminal=false",
            "Categories=Education;Office;Viewer;",
            f"MimeType={';'.join(MIME_TYPES)};",
            "StartupNotify=true",
            "",
        ]
    )


def _bundled_icon() -> bytes:
    return (RESOURCES / "icons" / f"{APP_ID}.svg").read_bytes()


def _refresh(home: Path, say: Callable[[str], None]) -> None:
    """Let the desktop see the change, with the tools it has (none is needed)."""
    steps = [
        ("update-desktop-database", ["-q", str(home / "applications")]),
        ("gtk-update-icon-cache", ["-q", "-f", "-t", str(home / "icons" / "hicolor")]),
    ]
    for tool, arguments in steps:
        found = shutil.which(tool)
        if found is None:
            continue
        try:
            done = subprocess.run(
                [found, *arguments], capture_output=True, text=True, timeout=60, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            say(f"{tool} could not be run ({exc}); the desktop may show the change later.")
            continue
        if done.returncode == 0:
            say(f"Ran {shlex.join([tool, *arguments])}")
        else:
            reason = (done.stderr or done.stdout).strip().splitlines()
            said = f": {reason[0]}" if reason else ""
            say(f"{tool} failed{said}; the desktop may show the change later.")


def install(home: Path | None = None, say: Callable[[str], None] = print) -> None:
    """Write the desktop entry and the icon under ``home`` ($XDG_DATA_HOME)."""
    home = data_home() if home is None else home
    icon = icon_path(home)
    write_bytes_atomic(icon, _bundled_icon())
    say(f"Wrote the icon {icon}")
    entry = entry_path(home)
    write_text_atomic(entry, entry_text(launcher()))
    say(f"Wrote the desktop entry {entry}")
    _refresh(home, say)


def uninstall(home: Path | None = None, say: Callable[[str], None] = print) -> None:
    """Remove the desktop entry and the icon that :func:`install` wrote."""
    home = data_home() if home is None else home
    for path in (entry_path(home), icon_path(home)):
        try:
            path.unlink()
        except FileNotFoundError:
            say(f"Not there: {path}")
        else:
            say(f"Removed {path}")
    _refresh(home, say)
