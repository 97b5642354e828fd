"""Zip archives of XML (EPUB books, Word documents), checked before anything in them
is parsed: at most 5,000 entries and 300 MB uncompressed, no entry compressed more
than 200 times (a zip bomb), no path that leaves the archive, no XML entity
declaration anywhere (the "billion laughs" attack), and every entry of markup
readable."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

from glossary.messages import QT_TRANSLATE_NOOP, Problem, plain_reason

MAX_ENTRIES = 5_000
MAX_TOTAL = 300 * 1024 * 1024
MAX_RATIO = 200
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_MARKUP = (".xhtml", ".html", ".htm", ".xml", ".opf", ".ncx", ".svg", ".rels")


class ArchiveError(Problem):
    """The archive cannot be read; the message says why, for the reader."""


def check_archive(data: bytes, name: str | Problem, not_a_zip: str) -> None:
    """Refuse an archive that is not a zip (``not_a_zip``: the message then, with
    ``{name}``), is damaged, or could harm the reader."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except Exception:  # BadZipFile mostly; zipfile raises other kinds on a damaged one
        raise ArchiveError(not_a_zip, name=name) from None
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise ArchiveError(
                QT_TRANSLATE_NOOP(
                    "glossary", "{name} has {count:,} files inside; at most {limit:,}."
                ),
                name=name,
                count=len(entries),
                limit=MAX_ENTRIES,
            )
        total = sum(e.file_size for e in entries)
        if total > MAX_TOTAL:
            raise ArchiveError(
                QT_TRANSLATE_NOOP(
                    "glossary", "{name} would unpack to {size:,.0f} MB; at most {limit} MB."
                ),
                name=name,
                size=total / 1048576,
                limit=MAX_TOTAL // 1048576,
            )
        for entry in entries:
            parts = entry.filename.replace("\\", "/").split("/")
            if entry.filename.startswith(("/", "\\")) or ".." in parts or ":" in parts[0]:
                raise ArchiveError(
                    QT_TRANSLATE_NOOP("glossary", "{name} names a file outside itself ({file})."),
                    name=name,
                    file=entry.filename,
                )
            if (
                entry.file_size > MAX_RATIO * max(entry.compress_size, 1)
                and entry.file_size > 1 << 20
            ):
                raise ArchiveError(
                    QT_TRANSLATE_NOOP("glossary", "{name} is a zip bomb ({file} expands too far)."),
                    name=name,
                    file=entry.filename,
                )
        for entry in entries:
            if entry.filename.lower().endswith(_MARKUP):
                try:
                    content = archive.read(entry)
                # zipfile lets out what it meets on a damaged entry: BadZipFile, zlib's
                # error (a damaged deflate stream), ValueError (an offset before the
                # start), RuntimeError (encrypted), lzma's and bz2's errors...
                except Exception as exc:
                    raise ArchiveError(
                        QT_TRANSLATE_NOOP("glossary", "{name} is damaged ({file}: {reason})."),
                        name=name,
                        file=entry.filename,
                        reason=plain_reason(exc),
                    ) from None
                if _ENTITY.search(content):
                    raise ArchiveError(
                        QT_TRANSLATE_NOOP(
                            "glossary",
                            "{name} declares XML entities ({file}); such files are not opened, "
                            "as they can exhaust the memory.",
                        ),
                        name=name,
                        file=entry.filename,
                    )
