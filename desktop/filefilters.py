"""The kinds of file the open and save dialogs offer, in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def documents() -> str:
    """Every kind of document the reader opens, each kind, and all files."""
    return QCoreApplication.translate(
        "FileFilters",
        "Documents (*.txt *.md *.markdown *.html *.htm *.xhtml *.epub *.docx *.pdf);;"
        "Text (*.txt *.md *.markdown);;Web pages (*.html *.htm *.xhtml);;"
        "EPUB books (*.epub);;Word documents (*.docx);;PDF documents (*.pdf);;All files (*)",
    )


def glossaries() -> str:
    return QCoreApplication.translate("FileFilters", "Glossaries (*.toml *.csv);;All files (*)")


def glossary_exports() -> dict[str, str]:
    """Format -> its filter, in the order offered."""
    return {
        "toml": QCoreApplication.translate("FileFilters", "TOML glossary (*.toml)"),
        "csv": QCoreApplication.translate("FileFilters", "CSV spreadsheet (*.csv)"),
        "apkg": QCoreApplication.translate("FileFilters", "Anki deck (*.apkg)"),
    }


def annotation_files() -> str:
    return QCoreApplication.translate(
        "FileFilters", "Web Annotations (*.json *.jsonld);;All files (*)"
    )


def vocabulary_exports() -> str:
    return QCoreApplication.translate("FileFilters", "CSV spreadsheet (*.csv);;Anki deck (*.apkg)")
