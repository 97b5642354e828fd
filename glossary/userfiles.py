"""Reading a file the reader chose (a document, an annotation file, a glossary): every
way it can fail becomes one plain sentence naming the file."""

from __future__ import annotations

from pathlib import Path


class UserFileError(Exception):
    """The file cannot be read; the message names it and says why."""


def read_user_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, at most ``limit`` of them."""
    try:
        if path.is_dir():
            raise UserFileError(f"{path} is a folder, not a file.")
        size = path.stat().st_size
        if size > limit:
            raise UserFileError(
                f"{path} is too large ({size / 1048576:.0f} MB); the limit is "
                f"{limit // 1048576} MB."
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise UserFileError(f"{path}: no such file.") from None
    except PermissionError:
        raise UserFileError(f"{path}: permission denied.") from None
    except OSError as exc:
        raise UserFileError(f"{path}: cannot be read ({exc.strerror or exc}).") from None
