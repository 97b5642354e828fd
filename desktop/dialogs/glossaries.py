"""Glossary > Glossaries…: which glossaries the open document is read with, and the
reader's own glossaries: new, import (with a preview of what changes), export, delete.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import filefilters
from desktop.settings import Settings
from desktop.storeadapter import Changes, StoreAdapter
from desktop.translations import problem_text
from glossary.notes.store import StoreError
from glossary.terms.files import GlossaryFileError, TermList, read_glossary_file
from glossary.terms.glossary import Glossary
from glossary.terms.own import BUNDLED, EntryProblems, ImportPlan, own_key

KeyRole = Qt.ItemDataRole.UserRole + 1


class GlossariesDialog(QDialog):
    """The glossaries, each with a check box: on or off for the open document."""

    def __init__(
        self,
        notes: StoreAdapter,
        bundled: Glossary,
        document_id: int | None,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("glossariesDialog")
        self.setAccessibleName(self.tr("Glossaries"))
        self.setWindowTitle(self.tr("Glossaries"))
        self.notes = notes
        self.bundled = bundled
        self.document_id = document_id
        self.settings = settings
        self.model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setObjectName("glossaryList")
        self.list.setAccessibleName(self.tr("Glossaries for this document"))
        self.list.setModel(self.model)
        self.status = QLabel(self)
        self.status.setObjectName("glossariesStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, label in (
            ("new", self.tr("&New…")),
            ("import", self.tr("&Import…")),
            ("export", self.tr("&Export…")),
            ("delete", self.tr("&Delete")),
        ):
            button = QPushButton(label, self)
            button.setObjectName(f"glossaries_{name}")
            button.setAccessibleName(label.replace("&", "").rstrip("…"))
            buttons.addWidget(button)
            self.buttons[name] = button
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Checked glossaries mark terms in this document; yours come first."))
        )
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.buttons["new"].clicked.connect(self.on_new_clicked)
        self.buttons["import"].clicked.connect(self.on_import_clicked)
        self.buttons["export"].clicked.connect(self.on_export_clicked)
        self.buttons["delete"].clicked.connect(self.on_delete_clicked)
        self.model.itemChanged.connect(self.on_item_changed)
        self.notes.changed.connect(self.on_notes_changed)
        self.reload()

    @Slot(object)
    def on_notes_changed(self, changes: Changes) -> None:
        if changes.glossaries:
            self.reload()

    @Slot()
    def reload(self) -> None:
        own = self.notes.glossaries
        self.model.blockSignals(True)
        self.model.clear()
        said = self.tr("bundled")
        rows = [(BUNDLED, f"{self.bundled.name} ({said}, {len(self.bundled)})")]
        rows += [(own_key(g.id), f"{g.name} ({g.entries})") for g in own.all()]
        for key, text in rows:
            item = QStandardItem(text)
            item.setData(key, KeyRole)
            item.setEditable(False)
            item.setCheckable(self.document_id is not None)
            active = self.document_id is None or own.is_active(self.document_id, key)
            item.setCheckState(Qt.CheckState.Checked if active else Qt.CheckState.Unchecked)
            self.model.appendRow(item)
        self.model.blockSignals(False)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def keys(self) -> list[str]:
        return [str(self.model.item(row).data(KeyRole)) for row in range(self.model.rowCount())]

    def _selected_key(self) -> str | None:
        index = self.list.currentIndex()
        return str(index.data(KeyRole)) if index.isValid() else None

    @Slot(QStandardItem)
    def on_item_changed(self, item: QStandardItem) -> None:
        if self.document_id is None:
            return
        active = item.checkState() == Qt.CheckState.Checked
        try:
            self.notes.set_glossary_active(self.document_id, str(item.data(KeyRole)), active)
        except StoreError as exc:
            self.status.setText(problem_text(exc))

    # -- new, import, export, delete --------------------------------------------------------

    @classmethod
    def ask_name(cls, parent: QWidget) -> str | None:
        """A name for a new glossary; None when cancelled. Tests replace this."""
        name, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("GlossariesDialog", "New Glossary"),
            QCoreApplication.translate("GlossariesDialog", "Name:"),
        )
        return name if ok else None

    @Slot()
    def on_new_clicked(self) -> None:
        name = self.ask_name(self)
        if name is None:
            return
        try:
            self.notes.create_glossary(name)
        except (StoreError, EntryProblems) as exc:
            self.status.setText(problem_text(exc))

    @classmethod
    def ask_import_path(cls, parent: QWidget) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("GlossariesDialog", "Import Glossary"),
            "",
            filefilters.glossaries(),
        )
        return Path(chosen) if chosen else None

    @classmethod
    def confirm_import(cls, parent: QWidget, name: str, plan: ImportPlan) -> bool:
        """Show what the import changes; True to go ahead. Tests replace this."""
        box = QMessageBox(parent)
        box.setObjectName("importPreview")
        box.setWindowTitle(QCoreApplication.translate("GlossariesDialog", "Import Glossary"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(preview_text(name, plan))
        if plan.conflicts:
            box.setStandardButtons(QMessageBox.StandardButton.Close)
            box.exec()
            return False
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Ok

    @Slot()
    def on_import_clicked(self) -> None:
        path = self.ask_import_path(self)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> bool:
        """Read ``path``, show what would change, and import it if the reader agrees."""
        own = self.notes.glossaries
        try:
            terms: TermList = read_glossary_file(path)
            info = own.find(terms.name)
            if info is None:
                plan = ImportPlan(list(terms.entries), [], [], [])
                from glossary.terms.glossary import collection_problems

                conflicts = collection_problems(terms.entries, terms.categories)
                plan = plan._replace(conflicts=conflicts)
            else:
                plan = own.plan_import(info.id, terms)
            if not self.confirm_import(self, terms.name, plan):
                self.status.setText(self.tr("Nothing was imported."))
                return False
            glossary_id = info.id if info is not None else self.notes.create_glossary(terms.name)
            self.notes.import_terms(glossary_id, terms)
        except (GlossaryFileError, StoreError, EntryProblems) as exc:
            self.status.setText(
                self.tr("Nothing was imported: %1").replace("%1", problem_text(exc))
            )
            return False
        self.status.setText(preview_text(terms.name, plan, done=True))
        return True

    @classmethod
    def ask_export_path(cls, parent: QWidget, name: str) -> Path | None:
        filters = filefilters.glossary_exports()
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("GlossariesDialog", "Export Glossary"),
            name,
            ";;".join(filters.values()),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            fmt = next((k for k, v in filters.items() if v == chosen_filter), "toml")
            path = path.with_suffix(f".{fmt}")
        return path

    @Slot()
    def on_export_clicked(self) -> None:
        key = self._selected_key()
        if key is None:
            return
        glossary = self._glossary(key)
        path = self.ask_export_path(self, glossary.name)
        if path is not None:
            self.export_to(key, path)

    def _glossary(self, key: str) -> Glossary:
        if key == BUNDLED:
            return self.bundled
        return self.notes.glossaries.load(int(key.removeprefix("own-")))

    def export_to(self, key: str, path: Path) -> bool:
        """Write the glossary ``key`` to ``path``, as its extension says."""
        from glossary.export import ExportError
        from glossary.export.glossaries import write_glossary

        try:
            write_glossary(self._glossary(key), path)
        except ExportError as exc:
            self.status.setText(problem_text(exc))
            return False
        self.status.setText(self.tr("Exported to %1").replace("%1", str(path)))
        return True

    @Slot()
    def on_delete_clicked(self) -> None:
        key = self._selected_key()
        if key is None or key == BUNDLED:
            self.status.setText(self.tr("The bundled glossary cannot be deleted."))
            return
        glossary = self._glossary(key)
        answer = QMessageBox.question(
            self,
            self.tr("Delete Glossary"),
            self.tr("Delete “%1” and its %2 entries?")
            .replace("%1", glossary.name)
            .replace("%2", str(len(glossary))),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.notes.delete_glossary(int(key.removeprefix("own-")))


def preview_text(name: str, plan: ImportPlan, *, done: bool = False) -> str:
    """What an import of glossary ``name`` changes (or changed, ``done``), in the
    interface's language."""
    if done:
        summary = QCoreApplication.translate(
            "GlossariesDialog", "“%1”: %2 new, %3 changed, %4 unchanged entries imported."
        )
    else:
        summary = QCoreApplication.translate(
            "GlossariesDialog", "“%1”: %2 new, %3 changed, %4 unchanged entries."
        )
    counts = (name, len(plan.new), len(plan.changed), len(plan.unchanged))
    for number, value in reversed(list(enumerate(counts, 1))):
        summary = summary.replace(f"%{number}", str(value))
    changed = QCoreApplication.translate("GlossariesDialog", "changed: %1 (%2)")
    lines = [summary]
    lines += [
        "  " + changed.replace("%1", new.term_id).replace("%2", new.id)
        for _old, new in plan.changed[:15]
    ]
    if plan.conflicts:
        lines.append(
            QCoreApplication.translate(
                "GlossariesDialog", "%1 conflicts; nothing can be imported until fixed:"
            ).replace("%1", str(len(plan.conflicts)))
        )
        lines += [f"  {e}: {f}: {problem_text(m)}" for e, f, m in plan.conflicts[:15]]
    return "\n".join(lines)
