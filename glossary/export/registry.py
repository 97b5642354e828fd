"""The formats a document's notes are exported in, listed once.

Each format is one module that declares its ``extension``, its ``label`` (shown in the
interface's language), the ``options`` the reader may choose for it and what one item
of the file is (``holds``: a highlight, or a glossary term for the deck); it writes
the file atomically with ``export(handout, path, options)`` and shows it with
``preview(handout, options)``. An :class:`Exporter` names such a module and reads it
when first asked for more than its name, so listing the formats loads none of them.

This module lists the domain's formats; the PDF, which needs Qt to lay the HTML
handout out, is added by ``desktop.exporters``. The export dialog and the command line
both take the formats, their labels, extensions and options from there.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple, Protocol, cast

from glossary.export import safe_filename

if TYPE_CHECKING:
    from glossary.export.handout import Handout, Scope

Option = Literal["glossary", "article", "terms", "page_size", "creator"]
Holds = Literal["highlights", "terms"]
PageSize = Literal["a4", "letter"]
PAGE_SIZES: tuple[PageSize, ...] = ("a4", "letter")
SCOPES: tuple[Scope, ...] = ("highlights", "document")


@dataclass(frozen=True)
class Options:
    """What the reader chose. A format reads the options it declares; the others do
    not change its file."""

    glossary: bool = True  # a handout's glossary of the terms
    article: bool = False  # a handout with the whole article, the highlights marked
    terms: Scope | None = None  # the terms the glossary or deck covers; None: the default
    page_size: PageSize = "a4"
    creator: str = ""  # the author of the reader's own notes


class HandoutOptions(NamedTuple):
    """What ``glossary.export.handout.build_handout`` gathers for a format."""

    include_glossary: bool
    include_article: bool
    scope: Scope


class Preview(NamedTuple):
    """What the export dialog shows of a file before it is written."""

    text: str
    rich: bool = False  # HTML for Qt's rich text; else plain text


class Format(Protocol):
    """What a format's module provides (checked by mypy, module by module, below)."""

    @property
    def extension(self) -> str: ...

    @property
    def label(self) -> str: ...

    @property
    def options(self) -> frozenset[Option]: ...

    @property
    def holds(self) -> Holds: ...

    def export(self, handout: Handout, path: Path, options: Options) -> Path:
        """Write the file atomically; an unwritable ``path`` raises ExportError."""
        ...

    def preview(self, handout: Handout, options: Options) -> Preview: ...


@dataclass(frozen=True)
class Exporter:
    """One format of the registry: its name, and the module that writes it."""

    name: str  # what ``glossary-reader export --format`` takes; the settings keep it
    module: str  # imported when first used

    @property
    def format(self) -> Format:
        return cast("Format", importlib.import_module(self.module))

    @property
    def extension(self) -> str:
        return self.format.extension

    @property
    def label(self) -> str:
        """The format's name for a reader, in English (``desktop.translations.domain_text``
        gives it in the interface's language)."""
        return self.format.label

    @property
    def options(self) -> frozenset[Option]:
        return self.format.options

    @property
    def holds(self) -> Holds:
        return self.format.holds

    def handout_options(self, options: Options) -> HandoutOptions:
        """What the handout must gather to be written in this format with ``options``."""
        article = options.article and "article" in self.options
        # A deck of the terms holds them whatever the reader chose for handouts.
        glossary = self.holds == "terms" or (options.glossary and "glossary" in self.options)
        # The deck, and a handout with the whole article, cover every term of the text.
        default: Scope = "document" if self.holds == "terms" or article else "highlights"
        return HandoutOptions(glossary, article, options.terms or default)

    def file_name(self, title: str) -> str:
        """The file's name, made from the document's ``title``."""
        return safe_filename(title, self.extension)

    def export(self, handout: Handout, path: Path, options: Options | None = None) -> Path:
        """Write ``handout`` to ``path`` atomically; returns the path. An unwritable
        destination raises ``ExportError`` and leaves nothing behind."""
        return self.format.export(handout, path, options or Options())

    def preview(self, handout: Handout, options: Options | None = None) -> Preview:
        return self.format.preview(handout, options or Options())


# The order in which they are offered (desktop.exporters adds the PDF).
EXPORTERS: tuple[Exporter, ...] = (
    Exporter("md", "glossary.export.markdown"),
    Exporter("html", "glossary.export.html"),
    Exporter("csv", "glossary.export.tabular"),
    Exporter("json", "glossary.export.webanno"),
    Exporter("apkg", "glossary.export.anki"),
)


def by_name(exporters: tuple[Exporter, ...] = EXPORTERS) -> dict[str, Exporter]:
    """The exporters by name, in their order."""
    return {exporter.name: exporter for exporter in exporters}
