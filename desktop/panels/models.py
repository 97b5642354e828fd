"""Item models over glossary entries."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette

from desktop.richtext import as_rich_text
from glossary.model import Entry, Language
from glossary.terms.glossary import Glossary

EntryIdRole = Qt.ItemDataRole.UserRole + 1
IsHeaderRole = Qt.ItemDataRole.UserRole + 2
ModelIndex = QModelIndex | QPersistentModelIndex


class Row(NamedTuple):
    """A category header (``entry`` is None) or an entry."""

    label: str
    entry: Entry | None = None
    detail: str = ""


class EntryListModel(QAbstractListModel):
    """Entries as a flat list, optionally with category header rows between groups."""

    def __init__(self, glossary: Glossary, parent: Any = None) -> None:
        super().__init__(parent)
        self._glossary = glossary
        self._rows: list[Row] = []
        self._language: Language = "id"

    def set_glossary(self, glossary: Glossary) -> None:
        self._glossary = glossary

    def show_grouped(self, language: Language) -> None:
        """All entries grouped by category, each group sorted by headword."""
        self._language = language
        other: Language = "en" if language == "id" else "id"
        groups: dict[str, list[Entry]] = {}
        for entry in self._glossary.entries:
            groups.setdefault(entry.category, []).append(entry)
        rows: list[Row] = []
        order = list(self._glossary.categories)
        for category_id in sorted(groups, key=lambda c: (order.index(c) if c in order else 99, c)):
            rows.append(Row(self._glossary.category(category_id).label(language)))
            for entry in sorted(groups[category_id], key=lambda e: e.headword(language).casefold()):
                rows.append(Row(entry.headword(language), entry, entry.headword(other)))
        self._reset(rows)

    def show_results(self, entry_ids: list[str], language: Language) -> None:
        """Search results in rank order, without headers."""
        self._language = language
        other: Language = "en" if language == "id" else "id"
        rows = []
        for entry_id in entry_ids:
            entry = self._glossary.get(entry_id)
            if entry is not None:
                category = self._glossary.category(entry.category).label(language)
                rows.append(
                    Row(entry.headword(language), entry, f"{entry.headword(other)} · {category}")
                )
        self._reset(rows)

    def _reset(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if row.entry is None:
                return row.label.upper()
            return f"{row.label}  —  {row.detail}" if row.detail != row.label else row.label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.label if row.entry is None else f"{row.label}, {row.detail}"
        if role == Qt.ItemDataRole.ToolTipRole and row.entry is not None:
            return as_rich_text(row.entry.definition(self._language))
        if row.entry is None and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if row.entry is None and role == Qt.ItemDataRole.BackgroundRole:
            return QPalette().brush(QPalette.ColorGroup.Active, QPalette.ColorRole.AlternateBase)
        if row.entry is None and role == Qt.ItemDataRole.ForegroundRole:
            # Headers cannot be selected; draw them in the link colour, not greyed out.
            return QPalette().brush(QPalette.ColorGroup.Active, QPalette.ColorRole.Link)
        if role == EntryIdRole:
            return row.entry.id if row.entry else None
        if role == IsHeaderRole:
            return row.entry is None
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].entry is None:
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def row_of(self, entry_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row.entry is not None and row.entry.id == entry_id:
                return i
        return -1

    def first_entry_row(self) -> int:
        for i, row in enumerate(self._rows):
            if row.entry is not None:
                return i
        return -1
