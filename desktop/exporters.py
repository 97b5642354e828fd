"""Every format a document's notes are exported in: the domain's
(``glossary.export.registry``) and the PDF (``desktop.pdfexport``), which needs Qt.

The export dialog and ``glossary-reader export`` take their formats from here. Listing
them imports no format's module; asking an exporter for its label, extension or options
imports its module, and only that one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from glossary.export.registry import EXPORTERS as DOMAIN_EXPORTERS
from glossary.export.registry import Exporter, by_name

PDF = Exporter("pdf", "desktop.pdfexport")


def _offered() -> tuple[Exporter, ...]:
    # The PDF is the HTML handout printed: it is offered right after it.
    names = [exporter.name for exporter in DOMAIN_EXPORTERS]
    after = names.index("html") + 1
    return (*DOMAIN_EXPORTERS[:after], PDF, *DOMAIN_EXPORTERS[after:])


EXPORTERS: tuple[Exporter, ...] = _offered()


def exporters() -> dict[str, Exporter]:
    """Every exporter by name, in the order the dialog offers them."""
    return by_name(EXPORTERS)


def names() -> list[str]:
    """What ``--format`` takes."""
    return [exporter.name for exporter in EXPORTERS]


def exporter(name: str) -> Exporter:
    """The exporter called ``name``; KeyError for a name the registry does not list."""
    return exporters()[name]


if TYPE_CHECKING:
    # Each format's module is a Format: mypy checks them here (the registry's own
    # modules import it, so it cannot check them itself), none is imported.
    from desktop import pdfexport
    from glossary.export import anki, html, markdown, tabular, webanno
    from glossary.export.registry import Format

    _FORMATS: tuple[Format, ...] = (markdown, html, pdfexport, tabular, webanno, anki)
