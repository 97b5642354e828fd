"""The one registry of export formats: the domain's and the PDF, offered by the export
dialog and taken by ``glossary-reader export --format``."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest
from pytestqt.qtbot import QtBot

from desktop.cli.main import main
from desktop.dialogs.export import ExportDialog
from desktop.exporters import EXPORTERS, exporter, exporters, names
from desktop.mainwindow import MainWindow
from desktop.translations import domain_text
from glossary.export.registry import PAGE_SIZES, SCOPES
from tests.conftest import REPO


def test_every_format_is_listed_once_the_pdf_after_the_html() -> None:
    assert names() == ["md", "html", "pdf", "csv", "json", "apkg"]
    assert list(exporters()) == names()
    assert len({e.extension for e in EXPORTERS}) == len(EXPORTERS)


def test_each_exporter_is_described_by_its_own_module() -> None:
    for described in EXPORTERS:
        module = importlib.import_module(described.module)
        assert described.extension == module.extension == described.name
        assert described.label == module.label
        assert described.options == module.options
        assert described.holds == module.holds
    assert exporter("pdf").module == "desktop.pdfexport"
    assert exporter("apkg").holds == "terms"
    assert exporter("pdf").options == {"glossary", "article", "page_size"}
    with pytest.raises(KeyError):
        exporter("docx")


def test_listing_the_formats_imports_none_of_their_modules() -> None:
    code = (
        "import sys\n"
        "from desktop.exporters import EXPORTERS, exporter, exporters, names\n"
        "names(); exporters()\n"
        "loaded = lambda: sorted(e.name for e in EXPORTERS if e.module in sys.modules)\n"
        "print(loaded(), 'PySide6' in sys.modules)\n"
        "exporter('md').label\n"
        "print(loaded(), 'PySide6' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == ["[] False", "['md'] False"]


def test_the_dialog_offers_the_registry_with_the_options_each_declares(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.export_action.trigger()
    dialog = window.controllers.sharing.export_dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitExposed(dialog)
    box = dialog.format_box
    offered = [(box.itemData(i), box.itemText(i)) for i in range(box.count())]
    assert offered == [(e.name, domain_text(e.label)) for e in EXPORTERS]
    widgets = {
        "glossary": dialog.glossary_box,
        "article": dialog.article_box,
        "terms": dialog.scope_box,
        "page_size": dialog.page_box,
        "creator": dialog.creator_field,
    }
    for described in EXPORTERS:
        box.setCurrentIndex(box.findData(described.name))
        assert dialog.exporter() == described
        shown = {option for option, widget in widgets.items() if widget.isVisible()}
        assert shown == described.options, described.name
    dialog.reject()


def test_the_command_line_takes_formats_and_options_from_the_registry(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    usage = " ".join(capsys.readouterr().out.split())
    assert f"--format {{{','.join(names())}}}" in usage
    assert f"--terms {{{','.join(SCOPES)}}}" in usage
    assert f"--page-size {{{','.join(PAGE_SIZES)}}}" in usage
