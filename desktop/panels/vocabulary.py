"""The Vocabulary panel: the kept words, filtered by status and document, searchable,
with the gloss editable in place, a delete that can be undone, and the review."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.richtext import as_rich_text
from desktop.textfields import leave_window_keys
from glossary.words.vocabulary import STATUS_NAMES, DueCounts, VocabularyItem

ItemIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
DocumentRole = Qt.ItemDataRole.UserRole + 3
ModelIndex = QModelIndex | QPersistentModelIndex
WORD, GLOSS, STATUS = range(3)


class VocabularyModel(QAbstractTableModel):
    """Kept words, one row each: headword, gloss (editable), status.

    Signals:
        gloss_edited(int, str): the gloss of the word with this id was edited.
    """

    gloss_edited = Signal(int, str)
    HEADERS = ("Word", "Gloss", "Status")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[VocabularyItem] = []

    def set_items(self, items: list[VocabularyItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            shown = (
                self.tr("Word"),
                self.tr("Gloss"),
                self.tr("Status"),
            )
            return shown[section] if 0 <= section < len(shown) else None
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == WORD:
                return item.headword
            if column == GLOSS:
                return item.gloss
            if column == STATUS:
                return self._status(item.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The sentence the word was kept from, shown as text (it is the user's).
            return as_rich_text(item.sentence or item.word)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.headword}, {item.gloss}, {self._status(item.status)}"
        if role == ItemIdRole:
            return item.id
        if role == StatusRole:
            return item.status
        if role == DocumentRole:
            return item.document_id
        return None

    def _status(self, status: int) -> str:
        shown = (self.tr("new"), self.tr("learning"), self.tr("known"), self.tr("ignored"))
        return shown[status - 1] if 1 <= status <= 4 else ""

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == GLOSS else flags

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != GLOSS or role != Qt.ItemDataRole.EditRole:
            return False
        item = self.items[index.row()]
        text = str(value).strip()
        if text == item.gloss:
            return False
        # The store writes it; the panel reloads when the adapter says it changed.
        self.gloss_edited.emit(item.id, text)
        return True


class VocabularyFilter(QSortFilterProxyModel):
    """Rows of one status and one document, matching a search of word and gloss."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status: int | None = None
        self.document_id: int | None = None
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_filters(self, status: int | None, document_id: int | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated
            self.beginFilterChange()
            self.status = status
            self.document_id = document_id
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.status = status
            self.document_id = document_id
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self.status is not None and index.data(StatusRole) != self.status:
            return False
        if self.document_id is not None and index.data(DocumentRole) != self.document_id:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class VocabularyPanel(QWidget):
    """Lists the kept words.

    Signals:
        word_activated(int): a word was activated (its id): show it in the Word view.
        gloss_edited(int, str): a gloss was edited in place.
        delete_requested(int): delete this word (undoable).
        review_requested(): start reviewing the due words.
        export_requested(): export the vocabulary.
    """

    word_activated = Signal(int)
    gloss_edited = Signal(int, str)
    delete_requested = Signal(int)
    review_requested = Signal()
    export_requested = Signal()

    ALL_DOCUMENTS, THIS_DOCUMENT = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vocabularyPanel")
        self.setAccessibleName(self.tr("Vocabulary"))
        self.document_id: int | None = None
        self.model = VocabularyModel(self)
        self.proxy = VocabularyFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search_field = QLineEdit(self)
        leave_window_keys(self.search_field)
        self.search_field.setObjectName("vocabularySearch")
        self.search_field.setAccessibleName(self.tr("Search the vocabulary"))
        self.search_field.setPlaceholderText(self.tr("Search words and glosses"))
        self.search_field.setClearButtonEnabled(True)
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("vocabularyStatusFilter")
        self.status_box.setAccessibleName(self.tr("Show words of status"))
        self.status_box.addItem(self.tr("All statuses"), None)
        for status in STATUS_NAMES:
            self.status_box.addItem(self.model._status(status).capitalize(), status)
        self.document_box = QComboBox(self)
        self.document_box.setObjectName("vocabularyDocumentFilter")
        self.document_box.setAccessibleName(self.tr("Show words of document"))
        self.document_box.addItem(self.tr("All documents"), self.ALL_DOCUMENTS)
        self.document_box.addItem(self.tr("This document"), self.THIS_DOCUMENT)
        self.table = QTableView(self)
        self.table.setObjectName("vocabularyTable")
        self.table.setAccessibleName(self.tr("Kept words"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(WORD, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setStyleSheet("QTableView::item { padding: 2px 8px; }")  # not cramped
        # Words and statuses are shown whole; the gloss takes what is left (and elides).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GLOSS, QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("vocabularyCount")
        self.count_label.setAccessibleName(self.tr("Words and reviews due"))
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.review_button = QPushButton(self.tr("&Review"), self)
        self.review_button.setObjectName("reviewButton")
        self.review_button.setAccessibleName(self.tr("Review due words"))
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setObjectName("exportVocabularyButton")
        self.export_button.setAccessibleName(self.tr("Export the vocabulary"))
        self.export_button.setToolTip(self.tr("Export the words listed (filters apply)"))
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setObjectName("deleteWordButton")
        self.delete_button.setAccessibleName(self.tr("Delete the selected word"))
        filters = QHBoxLayout()
        filters.addWidget(self.status_box)
        filters.addWidget(self.document_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)  # as the other tabs
        layout.addWidget(self.search_field)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(buttons)
        self.delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.search_field.textChanged.connect(self.proxy.setFilterFixedString)
        self.status_box.currentIndexChanged.connect(self.on_filters_changed)
        self.document_box.currentIndexChanged.connect(self.on_filters_changed)
        self.model.gloss_edited.connect(self.gloss_edited)
        self.table.activated.connect(self.on_table_activated)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        self.delete_shortcut.activated.connect(self.on_delete_button_clicked)
        self.review_button.clicked.connect(self.review_requested)
        self.export_button.clicked.connect(self.export_requested)

    def visible_items(self) -> list[VocabularyItem]:
        """The words listed now, with the filters and search applied, in list order."""
        by_id = {item.id: item for item in self.model.items}
        rows = range(self.proxy.rowCount())
        return [by_id[int(self.proxy.index(row, WORD).data(ItemIdRole))] for row in rows]

    def set_items(self, items: list[VocabularyItem], due: DueCounts) -> None:
        """Show ``items``; the selection stays on the same word where it can."""
        selected = self.selected_id()
        self.model.set_items(items)
        if selected is not None:
            self.select(selected)
        self.set_due_counts(due)

    def set_due_counts(self, due: DueCounts) -> None:
        """The count of words and of those due now (the list itself stays as it is, so
        a gloss being edited is not disturbed)."""
        self.count_label.setText(
            self.tr("%1 words · due now: %2")
            .replace("%1", str(len(self.model.items)))
            .replace("%2", str(due.total))
        )
        self.review_button.setEnabled(due.total > 0)

    def set_document(self, document_id: int | None) -> None:
        self.document_id = document_id
        self.on_filters_changed()

    @Slot()
    def on_filters_changed(self) -> None:
        this = self.document_box.currentData() == self.THIS_DOCUMENT
        document = self.document_id if this else None
        if this and document is None:
            document = -1  # no document known: nothing of it
        self.proxy.set_filters(self.status_box.currentData(), document)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(ItemIdRole)) if index.isValid() else None

    def select(self, item_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, WORD)
            if index.data(ItemIdRole) == item_id:
                self.table.setCurrentIndex(index)
                return True
        return False

    @Slot(QModelIndex)
    def on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() != GLOSS:
            self.word_activated.emit(int(index.data(ItemIdRole)))

    @Slot()
    def on_delete_button_clicked(self) -> None:
        selected = self.selected_id()
        if selected is not None:
            self.delete_requested.emit(selected)
