"""Reading a file the reader chose (a document, an annotation file, a glossary): every
way it can fail becomes one plain sentence naming the file."""

from __future__ import annotations

from pathlib import Path

from glossary.messages import QT_TRANSLATE_NOOP, Problem


class UserFileError(Problem):
    """The file cannot be read; the message names it and says why."""


def read_user_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, at most ``limit`` of them."""
    try:
        if path.is_dir():
            raise UserFileError(
                QT_TRANSLATE_NOOP("glossary", "{path} is a folder, not a file."), path=path
            )
        size = path.stat().st_size
        if size > limit:
            raise UserFileError(
                QT_TRANSLATE_NOOP(
                    "glossary", "{path} is too large ({size:.0f} MB); the limit is {limit} MB."
                ),
                path=path,
                size=size / 1048576,
                limit=limit // 1048576,
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise UserFileError(
            QT_TRANSLATE_NOOP("glossary", "{path}: no such file."), path=path
        ) from None
    except PermissionError:
        raise UserFileError(
            QT_TRANSLATE_NOOP("glossary", "{path}: permission denied."), path=path
        ) from None
    except OSError as exc:
        raise UserFileError(
            QT_TRANSLATE_NOOP("glossary", "{path}: cannot be read ({reason})."),
            path=path,
            reason=exc.strerror or exc,
        ) from None
