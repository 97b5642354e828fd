"""The main window's export and import commands (a mixin of :class:`MainWindow`):
File > Export… and File > Import Annotations…."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop import filefilters
from desktop import settings as keys
from desktop.translations import domain_text, problem_text, shown_labels
from glossary.notes.colours import DEFAULT_LABELS, ColourLabels
from glossary.notes.store import StoreError

if TYPE_CHECKING:
    # The exporters load when first used: start-up does not pay for them.
    from desktop.mainwindow import MainWindow
    from glossary.export.handout import Handout, Scope

    _Base = MainWindow
else:
    _Base = object


class SharingActions(_Base):
    """Slots of the window that export notes and import shared annotation files."""

    def make_handout(self, include_glossary: bool, include_article: bool, scope: Scope) -> Handout:
        """The open document's highlights as a handout, with these options."""
        from glossary.export.handout import WORDS, build_handout

        assert self.marked is not None
        highlights = []
        labels = DEFAULT_LABELS
        if self.notes is not None and self.document_id is not None:
            highlights = self.notes.highlights(self.document_id)
            labels = ColourLabels(self.notes.store).all()
        return build_handout(
            highlights,
            self.glossary,
            document=self.marked.document,
            occurrences=self.marked.occurrences,
            labels=shown_labels(labels),
            words={key: domain_text(text) for key, text in WORDS.items()},
            include_glossary=include_glossary,
            include_article=include_article,
            scope=scope,
        )

    @Slot()
    def on_export_action_triggered(self) -> None:
        if self.marked is None:
            self.statusBar().showMessage(self.tr("Open a document first."), 4000)
            return
        from desktop.dialogs.export import ExportDialog

        self.notes_panel.flush()  # the note being typed belongs in the export
        dialog = ExportDialog(self.make_handout, self.settings, self)
        dialog.exported.connect(self.on_export_dialog_exported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()

    @Slot(str)
    def on_export_dialog_exported(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 8000)

    @classmethod
    def ask_import_path(cls, parent: QWidget, folder: str) -> Path | None:
        """The annotation file to import; None when the reader cancels. Tests replace this."""
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("SharingActions", "Import Annotations"),
            folder,
            filefilters.annotations(),
        )
        return Path(chosen) if chosen else None

    @Slot()
    def on_import_action_triggered(self) -> None:
        if self.notes is None:
            self.show_problem(self.tr("Notes are not available, so nothing can be imported."))
            return
        path = self.ask_import_path(self, self.settings.get(keys.IMPORT_FOLDER))
        if path is not None:
            self.settings.set(keys.IMPORT_FOLDER, str(path.parent))
            self.import_annotations(path)

    def import_annotations(self, path: Path) -> bool:
        """Import the annotation file ``path``; say what happened either way."""
        from glossary.export.webanno import AnnotationFileError
        from glossary.notes.importing import known_documents, read_annotation_file

        assert self.notes is not None
        self.notes_panel.flush()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            annotations = read_annotation_file(path)
            open_now = [self.marked.document] if self.marked is not None else []
            documents = known_documents(self.notes.store, open_now)
            result = self.notes.import_annotations(annotations, documents)
        except (AnnotationFileError, StoreError) as exc:
            self.message_bar.show_message(
                self.tr("Nothing was imported: %1").replace("%1", problem_text(exc))
            )
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        titles = ", ".join(f"“{t}”" for t in result.documents)
        text = (
            self.tr("Imported %1 highlights into %2; %3 were already here.")
            .replace("%1", str(result.added))
            .replace("%2", titles)
            .replace("%3", str(result.already_present))
        )
        self.message_bar.show_message(text)
        return True
