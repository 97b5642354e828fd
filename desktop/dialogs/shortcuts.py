"""Help > Keyboard Shortcuts (F1, Ctrl+/): every key of the app in one list, grouped by
menu, searchable by what a key does or by the key itself.

The menus' keys are read from the window's live actions (``QAction.shortcuts()``), so
the list is never behind the menus; the keys that are not actions (Tab between the
marked terms, Esc in the search field, the review's keys ...) are in :data:`OTHER_KEYS`,
the one table of them. Keys are shown as the platform writes them (``NativeText``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from glossary.messages import QT_TRANSLATE_NOOP
from glossary.textfold import fold_marks

ModelIndex = QModelIndex | QPersistentModelIndex
SearchRole = Qt.ItemDataRole.UserRole + 1  # the folded text a search is matched with
TEXT_COLUMN, KEYS_COLUMN = range(2)
CONTEXT = "Shortcuts"  # of the strings below (lupdate reads only literals: written out)
MOUSE = "mouse:"  # a key of the table that is a mouse gesture, not a key sequence


class Shortcut(NamedTuple):
    """One thing the keyboard does: where, what, and its keys as the platform writes
    them."""

    group: str  # the menu ("File") or the place where the keys work ("In the text")
    text: str  # what it does
    keys: tuple[str, ...]
    search: str  # folded: the group, the text and the keys (native and portable)


# The keys that are no action of a menu: (where they work, the keys, what they do),
# each key as Qt's portable text ("Shift+Tab"), or MOUSE and a translatable gesture.
OTHER_KEYS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        QT_TRANSLATE_NOOP("Shortcuts", "In the text"),
        ("Tab", "Shift+Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "Go to the next or the previous marked term"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "In the text"),
        ("Enter",),
        QT_TRANSLATE_NOOP("Shortcuts", "Open the card of the marked term gone to with Tab"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "In the text"),
        (MOUSE + QT_TRANSLATE_NOOP("Shortcuts", "Double-click"),),
        QT_TRANSLATE_NOOP("Shortcuts", "Look up the word on a card: its root and meaning"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "In the text"),
        ("Shift+Left", "Shift+Right"),
        QT_TRANSLATE_NOOP("Shortcuts", "Select from where you clicked, a letter at a time"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "In the text"),
        ("Shift+Up", "Shift+Down"),
        QT_TRANSLATE_NOOP("Shortcuts", "Select a line at a time"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "In the text"),
        ("Ctrl+Shift+Left", "Ctrl+Shift+Right"),
        QT_TRANSLATE_NOOP("Shortcuts", "Select a word at a time"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "In the text"),
        ("Shift+Home", "Shift+End"),
        QT_TRANSLATE_NOOP("Shortcuts", "Select to the line's start or end"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "In the text"),
        ("Shift+PgUp", "Shift+PgDown"),
        QT_TRANSLATE_NOOP("Shortcuts", "Select a screen up or down"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "In the text"),
        ("Esc",),
        QT_TRANSLATE_NOOP("Shortcuts", "Clear the selection"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Note editor"),
        ("Esc",),
        QT_TRANSLATE_NOOP("Shortcuts", "Back to the text (the note is kept)"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Word card"),
        ("1", "2", "3", "4"),
        QT_TRANSLATE_NOOP("Shortcuts", "Mark the word new, learning, known or ignored"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Word card"),
        ("K",),
        QT_TRANSLATE_NOOP("Shortcuts", "Keep the word in your vocabulary"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Word card"),
        ("Enter",),
        QT_TRANSLATE_NOOP("Shortcuts", "Open the word or the entry in the side panel"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Word card"),
        ("Esc",),
        QT_TRANSLATE_NOOP("Shortcuts", "Close the card and go back to the text"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "In the text"),
        ("Ctrl+Home", "Ctrl+End"),
        QT_TRANSLATE_NOOP("Shortcuts", "Go to the top or the end of the text"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Glossary search"),
        ("Up", "Down"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move through the results"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Glossary search"),
        ("Enter",),
        QT_TRANSLATE_NOOP("Shortcuts", "Open the result chosen (or the first suggestion)"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Glossary search"),
        ("Esc",),
        QT_TRANSLATE_NOOP("Shortcuts", "Clear the search; on an empty field, go back to the text"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Find bar"),
        ("Enter", "Shift+Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Go to the next or the previous match"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Find bar"),
        ("Esc",),
        QT_TRANSLATE_NOOP("Shortcuts", "Close the Find bar"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Vocabulary tab"),
        ("Del",),
        QT_TRANSLATE_NOOP("Shortcuts", "Delete the chosen word (Undo brings it back)"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Review"),
        ("Space",),
        QT_TRANSLATE_NOOP("Shortcuts", "Show the answer"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Review"),
        ("1", "2", "3", "4"),
        QT_TRANSLATE_NOOP("Shortcuts", "Answer: again, hard, good, easy"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Review"),
        ("K",),
        QT_TRANSLATE_NOOP("Shortcuts", "I know this word: it leaves the review"),
    ),
)


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def plain(text: str) -> str:
    """A menu entry's text as a list shows it: no mnemonic, no ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


def _shortcut(group: str, text: str, sequences: Iterable[QKeySequence | str]) -> Shortcut:
    keys: list[str] = []
    portable: list[str] = []
    for sequence in sequences:
        if isinstance(sequence, str):  # a gesture, already in words
            keys.append(sequence)
            continue
        keys.append(sequence.toString(QKeySequence.SequenceFormat.NativeText))
        portable.append(sequence.toString(QKeySequence.SequenceFormat.PortableText))
    search = fold_marks(" ".join([group, text, *keys, *portable]).casefold())
    return Shortcut(group, text, tuple(keys), search)


def menu_shortcuts(menu_bar: QMenuBar, actions: Iterable[QAction] = ()) -> list[Shortcut]:
    """The keys of the menus' actions as they are now, grouped by menu in the menu
    bar's order; then those of ``actions`` that no menu holds, as "Other"."""
    shortcuts: list[Shortcut] = []
    seen: set[int] = set()

    def walk(group: str, menu: QMenu) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(group, submenu)
                continue
            seen.add(id(action))
            sequences = [s for s in action.shortcuts() if not s.isEmpty()]
            if sequences and action.isVisible():
                shortcuts.append(_shortcut(group, plain(action.text()), sequences))

    for entry in menu_bar.actions():
        menu = entry.menu()
        if isinstance(menu, QMenu) and entry.isVisible():
            walk(plain(entry.text()), menu)
    other = QCoreApplication.translate("Shortcuts", "Other")
    for action in actions:
        if id(action) in seen or action.isSeparator():
            continue
        seen.add(id(action))
        sequences = [s for s in action.shortcuts() if not s.isEmpty()]
        if sequences and action.text():
            shortcuts.append(_shortcut(other, plain(action.text()), sequences))
    return shortcuts


def other_keys() -> list[Shortcut]:
    """The keys that are no menu's action (:data:`OTHER_KEYS`), in the interface's language."""
    shortcuts = []
    for group, keys, text in OTHER_KEYS:
        sequences = [
            _translate(key.removeprefix(MOUSE)) if key.startswith(MOUSE) else QKeySequence(key)
            for key in keys
        ]
        shortcuts.append(_shortcut(_translate(group), _translate(text), sequences))
    return shortcuts


def all_shortcuts(menu_bar: QMenuBar, actions: Iterable[QAction] = ()) -> list[Shortcut]:
    """Every key: the menus' (:func:`menu_shortcuts`), then the others."""
    return [*menu_shortcuts(menu_bar, actions), *other_keys()]


class ShortcutsModel(QAbstractItemModel):
    """Two levels: the groups, and under each its shortcuts; two columns, what a key
    does and its keys."""

    def __init__(self, shortcuts: Iterable[Shortcut], parent: Any = None) -> None:
        super().__init__(parent)
        self.groups: list[str] = []
        self.rows: list[list[Shortcut]] = []
        for shortcut in shortcuts:
            if shortcut.group not in self.groups:
                self.groups.append(shortcut.group)
                self.rows.append([])
            self.rows[self.groups.index(shortcut.group)].append(shortcut)

    # A group's index has the internal id 0; a shortcut's, its group's row + 1.

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.rows[parent.row()])
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Action"), self.tr("Keys"))[section] if section in (0, 1) else None
        return None

    def shortcut(self, index: ModelIndex) -> Shortcut | None:
        """The shortcut of a row (None: a group's row)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.rows[index.internalId() - 1][index.row()]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        shortcut = self.shortcut(index)
        if shortcut is None:
            group = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == TEXT_COLUMN:
                return group
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == SearchRole:
                return fold_marks(group.casefold())
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == TEXT_COLUMN:
                return shortcut.text
            return self.keys_text(shortcut.keys)
        if role == SearchRole:
            return shortcut.search
        return None

    def keys_text(self, keys: tuple[str, ...]) -> str:
        """Several keys in words: "F1 or Ctrl+/" (a comma or a slash may be a key)."""
        if not keys:
            return ""
        text = keys[-1]
        for key in reversed(keys[:-1]):
            text = self.tr("%1 or %2").replace("%2", text).replace("%1", key)
        return text

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags


class ShortcutsFilter(QSortFilterProxyModel):
    """The shortcuts whose group, text or keys hold every word of the search (case and
    accents ignored), under their groups."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.setRecursiveFilteringEnabled(True)  # a group shows while one of its rows does

    def set_search(self, text: str) -> None:
        words = fold_marks(text.casefold()).split()
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated
            self.beginFilterChange()
            self.words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.words = words
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self.words:
            return True
        if not source_parent.isValid():
            return False  # a group: shown for its rows
        index = self.sourceModel().index(source_row, TEXT_COLUMN, source_parent)
        found = str(index.data(SearchRole) or "")
        return all(word in found for word in self.words)


class ShortcutsDialog(QDialog):
    """The list of keys with a search field above it; Esc closes."""

    def __init__(self, shortcuts: Iterable[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.model = ShortcutsModel(shortcuts, self)
        self.proxy = ShortcutsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("shortcutsSearch")
        self.search_field.setAccessibleName(self.tr("Search the shortcuts"))
        self.search_field.setPlaceholderText(self.tr("Search by action or key"))
        self.search_field.setClearButtonEnabled(True)
        self.view = QTreeView(self)
        self.view.setObjectName("shortcutsView")
        self.view.setAccessibleName(self.tr("Shortcuts"))
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KEYS_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("shortcutsEmpty")
        self.empty_label.setAccessibleName(self.tr("No shortcut found"))
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("shortcutsButtons")
        buttons.setAccessibleName(self.tr("Buttons"))
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("shortcutsCloseButton")
        self.close_button.setAccessibleName(self.tr("Close the shortcuts"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_field)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(640, 600)
        self._show_groups()
        self.search_field.textChanged.connect(self.on_search_field_text_changed)
        self.search_field.installEventFilter(self)
        buttons.rejected.connect(self.reject)
        self.search_field.setFocus()

    def _show_groups(self) -> None:
        self.view.expandAll()
        for group in range(self.proxy.rowCount()):
            self.view.setFirstColumnSpanned(group, QModelIndex(), True)

    @Slot(str)
    def on_search_field_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._show_groups()
        found = self.proxy.rowCount() > 0
        self.empty_label.setVisible(not found)
        if not found:
            self.empty_label.setText(self.tr("No shortcut matches “%1”.").replace("%1", text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down in the search field goes on into the list, as in the glossary's search.
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.proxy.rowCount() > 0:
                self.view.setFocus()
                first = self.proxy.index(0, TEXT_COLUMN)
                row = (
                    self.proxy.index(0, TEXT_COLUMN, first) if self.proxy.rowCount(first) else first
                )
                self.view.setCurrentIndex(row)
                return True
        return super().eventFilter(watched, event)

    def shown_shortcuts(self) -> list[Shortcut]:
        """The shortcuts the list shows now, in its order."""
        shown = []
        for group in range(self.proxy.rowCount()):
            parent = self.proxy.index(group, TEXT_COLUMN)
            for row in range(self.proxy.rowCount(parent)):
                source = self.proxy.mapToSource(self.proxy.index(row, TEXT_COLUMN, parent))
                shortcut = self.model.shortcut(source)
                if shortcut is not None:
                    shown.append(shortcut)
        return shown
