"""Sharing notes: File > Export… (handouts, a spreadsheet, an annotation file, an Anki
deck) and File > Import Annotations… (a class's shared file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop import filefilters
from desktop import settings as keys
from desktop.feedback import Feedback
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.storeadapter import StoreAdapter
from desktop.translations import domain_text, problem_text, shown_labels
from glossary.notes.colours import DEFAULT_LABELS
from glossary.notes.store import StoreError

if TYPE_CHECKING:
    # The exporters load when first used: start-up does not pay for them.
    from glossary.export.handout import Handout, Scope


class SharingController(QObject):
    """Exports the open document's notes and imports shared ones."""

    def __init__(
        self,
        session: DocumentSession,
        notes: StoreAdapter | None,
        settings: Settings,
        feedback: Feedback,
        flush_note: Callable[[], None],
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.session = session
        self.notes = notes
        self.settings = settings
        self.feedback = feedback
        self.flush_note = flush_note
        self.dialog_parent = dialog_parent
        self.export_dialog: QDialog | None = None

    def make_handout(self, include_glossary: bool, include_article: bool, scope: Scope) -> Handout:
        """The open document's highlights as a handout, with these options."""
        from glossary.export.handout import WORDS, build_handout

        marked = self.session.marked
        assert marked is not None
        highlights = []
        labels = DEFAULT_LABELS
        if self.notes is not None and self.session.document_id is not None:
            highlights = self.notes.highlights.of_document(self.session.document_id)
            labels = self.notes.labels.all()
        return build_handout(
            highlights,
            self.session.glossary,
            document=marked.document,
            occurrences=marked.occurrences,
            labels=shown_labels(labels),
            words={key: domain_text(text) for key, text in WORDS.items()},
            include_glossary=include_glossary,
            include_article=include_article,
            scope=scope,
        )

    @Slot()
    def show_export(self) -> None:
        """File > Export…: the export dialog, with a preview."""
        if self.session.marked is None:
            self.feedback.status(self.tr("Open a document first."))
            return
        from desktop.dialogs.export import ExportDialog

        self.flush_note()  # the note being typed belongs in the export
        dialog = ExportDialog(self.make_handout, self.settings, self.dialog_parent)
        dialog.exported.connect(self.on_exported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()

    @Slot(str)
    def on_exported(self, path: str) -> None:
        self.feedback.status(self.tr("Exported to %1").replace("%1", path), 8000)

    @classmethod
    def ask_import_path(cls, parent: QWidget, folder: str) -> Path | None:
        """The annotation file to import; None when the reader cancels. Tests replace this."""
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("SharingController", "Import Annotations"),
            folder,
            filefilters.annotation_files(),
        )
        return Path(chosen) if chosen else None

    @Slot()
    def ask_and_import(self) -> None:
        """File > Import Annotations…"""
        if self.notes is None:
            self.feedback.problem(self.tr("Notes are not available, so nothing can be imported."))
            return
        path = self.ask_import_path(self.dialog_parent, self.settings.get(keys.IMPORT_FOLDER))
        if path is not None:
            self.settings.set(keys.IMPORT_FOLDER, str(path.parent))
            self.import_annotations(path)

    def import_annotations(self, path: Path) -> bool:
        """Import the annotation file ``path``; say what happened either way."""
        from glossary.export.webanno import AnnotationFileError
        from glossary.notes.importing import read_annotation_file

        assert self.notes is not None
        self.flush_note()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            annotations = read_annotation_file(path)
            document = self.session.document
            result = self.notes.import_annotations(
                annotations, [document] if document is not None else []
            )
        except (AnnotationFileError, StoreError) as exc:
            self.feedback.problem(
                self.tr("Nothing was imported: %1").replace("%1", problem_text(exc))
            )
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        titles = ", ".join(f"“{t}”" for t in result.documents)
        self.feedback.problem(
            self.tr("Imported %n highlight(s) into %2;", "", result.added).replace("%2", titles)
            + " "
            + self.tr("%n were already here.", "", result.already_present)
        )
        return True
