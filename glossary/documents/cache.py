"""A document's reading kept as JSON in the app's cache folder, so that the window's
start does not load a reader (markdown-it for the bundled article: 1.3 MB and 30 ms)
for a file it has read before. Used only while the file's size and time and the
readers' version match; anything else in the cache file is ignored and the file read
again."""

from __future__ import annotations

import contextlib
import json
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, get_args

from glossary.atomic import write_text_atomic
from glossary.model import Block, BlockKind, Document, Span, SpanStyle

# Raise when a reader reads the same file into other text or blocks.
READERS_VERSION = 2
_KINDS = set(get_args(BlockKind))
_STYLES = set(get_args(SpanStyle))


def cached_document(
    path: Path, cache_dir: Path | None, read: Callable[[Path], Document]
) -> Document:
    """``read(path)``, or what it gave for the same file before (kept in ``cache_dir``)."""
    if cache_dir is None:
        return read(path)
    try:
        stat = path.stat()
    except OSError:
        return read(path)
    where = str(path.resolve())
    stamp = [where, stat.st_size, stat.st_mtime_ns, READERS_VERSION]
    cache = cache_dir / f"document-{zlib.crc32(where.encode()):08x}.json"
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError):
        stored = json.loads(cache.read_text(encoding="utf-8"))
        if stored.get("stamp") == stamp:
            return _document(stored, path)
    document = read(path)
    with contextlib.suppress(OSError, TypeError, ValueError):
        write_text_atomic(cache, json.dumps({"stamp": stamp, **_stored(document)}))
    return document


def _stored(document: Document) -> dict[str, Any]:
    return {
        "text": document.text,
        "title": document.title,
        "meta": dict(document.meta),
        "blocks": [
            [b.kind, b.start, b.end, b.level, [list(s) for s in b.spans], b.bullet]
            for b in document.blocks
        ],
        "pages": list(document.pages),
    }


def _document(stored: dict[str, Any], path: Path) -> Document:
    """The document ``stored`` held; ValueError (or TypeError, KeyError) if it is not
    one that a reader could have made."""
    text, title, meta = stored["text"], stored["title"], stored["meta"]
    if not isinstance(text, str) or not isinstance(title, str) or not isinstance(meta, dict):
        raise ValueError("not a document")
    blocks = []
    at = 0
    for kind, start, end, level, spans, bullet in stored["blocks"]:
        if kind not in _KINDS or not at <= start <= end <= len(text):
            raise ValueError("not a block")
        found = tuple(Span(int(s), int(e), st) for s, e, st in spans if st in _STYLES)
        blocks.append(Block(kind, start, end, int(level), found, bool(bullet)))
        at = end
    pages = tuple(int(p) for p in stored["pages"])
    return Document(
        text, tuple(blocks), title, {str(k): str(v) for k, v in meta.items()}, path, pages=pages
    )
