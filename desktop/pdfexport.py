"""The PDF handout: the HTML handout laid out by Qt (``QTextDocument``) and written
with ``QPdfWriter``, on A4 or Letter. The text stays text: selectable and searchable.

Needs a ``QGuiApplication`` (fonts); the command line starts one offscreen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from glossary.atomic import atomic_target
from glossary.export import ExportError, describe_os_error
from glossary.export.handout import Handout
from glossary.export.html import render

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 18
RESOLUTION = 300


def layout(handout: Handout) -> QTextDocument:
    """The handout as a Qt text document (also used for the preview)."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(render(handout))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, handout.title)
    return document


def write_pdf(handout: Handout, path: Path, page_size: str = "a4") -> Path:
    """Write the handout as a PDF to ``path`` (atomically)."""
    size = PAGE_SIZES.get(page_size.lower())
    if size is None:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}")
    document = layout(handout)
    try:
        with atomic_target(path) as tmp:
            writer = QPdfWriter(str(tmp))
            writer.setResolution(RESOLUTION)
            writer.setTitle(handout.title)
            writer.setCreator("Glossary Reader")
            writer.setPageLayout(
                QPageLayout(
                    QPageSize(size),
                    QPageLayout.Orientation.Portrait,
                    QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                    QPageLayout.Unit.Millimeter,
                )
            )
            document.print_(writer)
            del writer  # finishes and closes the file before it replaces the target
    except OSError as exc:
        raise ExportError(describe_os_error(path, exc)) from None
    return path
