"""A glossary written to a file, as the Glossaries dialog and ``glossary-reader glossary
export`` write it: TOML (the schema of the bundled files, read back by
``glossary.terms.files``), CSV, or an Anki deck of its terms (the cards of a
document's deck, without the sentences).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from glossary.digest import sha256_hex
from glossary.export import write_text
from glossary.terms.files import to_csv, to_toml
from glossary.terms.glossary import Glossary


def write_toml(glossary: Glossary, path: Path) -> Path:
    return write_text(path, to_toml(glossary.name, glossary.categories, glossary.entries))


def write_csv(glossary: Glossary, path: Path) -> Path:
    return write_text(path, to_csv(glossary.entries))


def write_apkg(glossary: Glossary, path: Path) -> Path:
    """The deck "Glossary Reader::<name>"; its id comes from the glossary's name, so a
    deck exported again updates the same cards."""
    from glossary.export.anki import write_terms

    digest = sha256_hex(glossary.name.encode("utf-8"))
    return write_terms(path, glossary.name, digest, glossary, glossary.entries)


WRITERS: dict[str, Callable[[Glossary, Path], Path]] = {
    "toml": write_toml,
    "csv": write_csv,
    "apkg": write_apkg,
}
FORMATS = tuple(WRITERS)


def write_glossary(glossary: Glossary, path: Path, fmt: str | None = None) -> Path:
    """Write ``glossary`` as ``fmt`` (one of :data:`FORMATS`; default: the file's
    extension, TOML for any other) to ``path`` atomically; returns the path. An
    unwritable destination raises ``ExportError`` and leaves nothing behind."""
    fmt = fmt or path.suffix.lower().lstrip(".")
    return WRITERS.get(fmt, write_toml)(glossary, path)
