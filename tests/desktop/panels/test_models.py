from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from desktop.panels.models import EntryIdRole, EntryListModel, IsHeaderRole
from glossary.terms.glossary import load_bundled_glossary, load_glossary
from tests.glossary.factories import entry, write_glossary


def test_grouped_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    glossary = load_bundled_glossary()
    model = EntryListModel(glossary)
    model.show_grouped("id")
    qtmodeltester.check(model)
    headers = [i for i in range(model.rowCount()) if model.index(i).data(IsHeaderRole)]
    assert len(headers) == len(glossary.categories)
    assert model.rowCount() == len(glossary) + len(headers)
    assert model.flags(model.index(headers[0])) == Qt.ItemFlag.NoItemFlags


def test_results_model_keeps_rank_order(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = EntryListModel(load_bundled_glossary())
    model.show_results(["nvidia", "deepseek", "no-such-entry"], "en")
    qtmodeltester.check(model)
    assert [model.index(i).data(EntryIdRole) for i in range(model.rowCount())] == [
        "nvidia",
        "deepseek",
    ]


def test_tooltips_show_definitions_as_text(tmp_path: Path) -> None:
    hostile = "<b>bold</b> <img src=x onerror=alert(1)> & more"
    path = write_glossary(tmp_path / "g.toml", entry("x", "Term", definition_en=hostile))
    model = EntryListModel(load_glossary([path]))
    model.show_results(["x"], "en")
    document = QTextDocument()
    document.setHtml(model.index(0).data(Qt.ItemDataRole.ToolTipRole))
    assert document.toPlainText() == hostile
