"""File > Export: choose a format and options, see a preview, write the file.

The dialog only shows and asks; the window gives it a function that builds the
handout (``glossary.export.handout``) for the chosen options, and the exporters of
``desktop.exporters`` preview and write it. The formats, their labels and extensions
come from there, and each format's options show only when it declares them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import settings as keys
from desktop.exporters import exporters
from desktop.settings import Settings
from desktop.translations import domain_text, failure_text
from desktop.workers import Jobs
from glossary.export.handout import Handout, Scope
from glossary.export.registry import Exporter, Option, Options

PREVIEW_ITEMS = 30  # highlights shown in the preview; the file holds them all
PREVIEW_CHARS = 20_000

HandoutFactory = Callable[[bool, bool, Scope], Handout]


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    # A folder that does not exist would leave the file dialog where the process started.
    return Path(location) if location and Path(location).is_dir() else Path.home()


class ExportDialog(QDialog):
    """Export the open document's highlights and notes.

    Signals:
        exported(str): the file was written to this path.
    """

    exported = Signal(str)

    def __init__(
        self, make_handout: HandoutFactory, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setAccessibleName(self.tr("Export notes"))
        self.setWindowTitle(self.tr("Export Notes"))
        self.make_handout = make_handout
        self.settings = settings
        self.exporters = exporters()
        self._busy = False
        self._jobs = Jobs(self)

        self.format_box = QComboBox(self)
        self.format_box.setObjectName("exportFormat")
        self.format_box.setAccessibleName(self.tr("Format"))
        for exporter in self.exporters.values():
            self.format_box.addItem(domain_text(exporter.label), exporter.name)
        chosen = self.format_box.findData(settings.get(keys.EXPORT_FORMAT))
        if chosen < 0:  # a format this version does not have
            chosen = self.format_box.findData(keys.EXPORT_FORMAT.default)
        self.format_box.setCurrentIndex(max(0, chosen))
        self.glossary_box = QCheckBox(
            self.tr("Include the &glossary of the terms in the highlights"), self
        )
        self.glossary_box.setObjectName("exportIncludeGlossary")
        self.glossary_box.setAccessibleName(self.glossary_box.text().replace("&", ""))
        self.glossary_box.setChecked(settings.get(keys.EXPORT_GLOSSARY))
        self.article_box = QCheckBox(
            self.tr("Include the whole &article with the highlights marked"), self
        )
        self.article_box.setObjectName("exportIncludeArticle")
        self.article_box.setAccessibleName(self.article_box.text().replace("&", ""))
        self.article_box.setChecked(settings.get(keys.EXPORT_ARTICLE))
        self.scope_box = QComboBox(self)
        self.scope_box.setObjectName("exportDeckScope")
        self.scope_box.setAccessibleName(self.tr("Terms in the deck"))
        self.scope_box.addItem(self.tr("Every term in the document"), "document")
        self.scope_box.addItem(self.tr("Only terms in the highlights"), "highlights")
        self.page_box = QComboBox(self)
        self.page_box.setObjectName("exportPageSize")
        self.page_box.setAccessibleName(self.tr("Paper size"))
        self.page_box.addItem("A4", "a4")
        self.page_box.addItem(self.tr("Letter"), "letter")
        self.page_box.setCurrentIndex(
            max(0, self.page_box.findData(settings.get(keys.EXPORT_PAGE_SIZE)))
        )
        self.creator_field = QLineEdit(settings.get(keys.EXPORT_CREATOR), self)
        self.creator_field.setObjectName("exportCreator")
        self.creator_field.setAccessibleName(self.tr("Your name"))
        self.creator_field.setPlaceholderText(self.tr("shown as the author of your notes"))
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("exportPreview")
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setOpenLinks(False)
        self.preview.setMinimumSize(520, 360)
        self.preview_note = QLabel(self)
        self.preview_note.setObjectName("exportPreviewNote")
        self.preview_note.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_box)
        form.addRow("", self.glossary_box)
        form.addRow("", self.article_box)
        self._scope_label = QLabel(self.tr("&Terms:"), self)
        self._scope_label.setBuddy(self.scope_box)
        form.addRow(self._scope_label, self.scope_box)
        self._page_label = QLabel(self.tr("&Paper:"), self)
        self._page_label.setBuddy(self.page_box)
        form.addRow(self._page_label, self.page_box)
        self._creator_label = QLabel(self.tr("&Your name:"), self)
        self._creator_label.setBuddy(self.creator_field)
        form.addRow(self._creator_label, self.creator_field)
        # The widgets of each option an exporter may declare.
        self._option_widgets: dict[Option, tuple[QWidget, ...]] = {
            "glossary": (self.glossary_box,),
            "article": (self.article_box,),
            "terms": (self._scope_label, self.scope_box),
            "page_size": (self._page_label, self.page_box),
            "creator": (self._creator_label, self.creator_field),
        }

        self.buttons = QDialogButtonBox(self)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setAccessibleName(self.tr("Export"))
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.preview_note)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.on_options_changed()

    def _connect_signals(self) -> None:
        self.format_box.currentIndexChanged.connect(self.on_options_changed)
        self.glossary_box.toggled.connect(self.on_options_changed)
        self.article_box.toggled.connect(self.on_options_changed)
        self.scope_box.currentIndexChanged.connect(self.on_options_changed)
        self.creator_field.editingFinished.connect(self.on_options_changed)
        self.buttons.accepted.connect(self.on_export_requested)
        self.buttons.rejected.connect(self.reject)

    # -- options and preview ---------------------------------------------------------

    def format_name(self) -> str:
        return str(self.format_box.currentData())

    def exporter(self) -> Exporter:
        """The chosen format's exporter."""
        return self.exporters[self.format_name()]

    def options(self) -> Options:
        """The options as chosen; the exporter reads those it declares."""
        takes = self.exporter().options
        return Options(
            glossary=self.glossary_box.isChecked(),
            article=self.article_box.isChecked(),
            terms=self.scope_box.currentData() if "terms" in takes else None,
            page_size=keys.EXPORT_PAGE_SIZE.decode(self.page_box.currentData()),
            creator=" ".join(self.creator_field.text().split()),
        )

    def handout(self) -> Handout:
        return self.make_handout(*self.exporter().handout_options(self.options()))

    @Slot()
    def on_options_changed(self) -> None:
        exporter = self.exporter()
        for option, widgets in self._option_widgets.items():
            for widget in widgets:
                widget.setVisible(option in exporter.options)
        self.glossary_box.setText(
            self.tr("Include the &glossary of all the terms in the article")
            if exporter.handout_options(self.options()).include_article
            else self.tr("Include the &glossary of the terms in the highlights")
        )
        self.glossary_box.setAccessibleName(self.glossary_box.text().replace("&", ""))
        self.show_preview()

    def show_preview(self) -> None:
        exporter = self.exporter()
        handout = self.handout()
        shown = dataclasses.replace(handout, items=handout.items[:PREVIEW_ITEMS])
        preview = exporter.preview(shown, self.options())
        if preview.rich:
            self.preview.setHtml(preview.text)
        elif not preview.text and exporter.holds == "terms":
            self.preview.setPlainText(self.tr("No terms."))
        else:
            self.preview.setPlainText(preview.text[:PREVIEW_CHARS])
        count = len(handout.items)
        if exporter.holds == "terms":
            note = self.tr("%n card(s), one per glossary term.", "", len(handout.entries))
        elif count > PREVIEW_ITEMS:
            note = (
                self.tr("The preview shows the first %1 of %2 highlights; the file holds them all.")
                .replace("%1", str(PREVIEW_ITEMS))
                .replace("%2", str(count))
            )
        else:
            note = self.tr("%n highlight(s).", "", count)
        self.preview_note.setText(note)

    # -- writing ---------------------------------------------------------------------

    @classmethod
    def ask_path(cls, parent: QWidget, suggested: Path, exporter: Exporter) -> Path | None:
        """Where to write; None when the reader cancels. Tests replace this."""
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ExportDialog", "Export As"),
            str(suggested),
            f"{domain_text(exporter.label)} (*.{exporter.extension})",
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(f".{exporter.extension}")

    @Slot()
    def on_export_requested(self) -> None:
        if self._busy:
            return
        exporter = self.exporter()
        handout = self.handout()
        folder = Path(self.settings.get(keys.EXPORT_FOLDER) or documents_folder())
        path = self.ask_path(self, folder / exporter.file_name(handout.title), exporter)
        if path is not None:
            self.export_to(path, handout)

    def export_to(self, path: Path, handout: Handout | None = None) -> None:
        """Write the export to ``path``; ``exported`` or a message follows."""
        exporter = self.exporter()
        options = self.options()
        handout = handout or self.handout()
        self.settings.set(keys.EXPORT_FORMAT, exporter.name)
        self.settings.set(keys.EXPORT_PAGE_SIZE, options.page_size)
        self.settings.set(keys.EXPORT_CREATOR, options.creator)
        self.settings.set(keys.EXPORT_GLOSSARY, options.glossary)
        self.settings.set(keys.EXPORT_ARTICLE, options.article)
        self.settings.set(keys.EXPORT_FOLDER, str(path.parent))

        def work() -> Path:
            # Off the UI thread: a long handout takes seconds (Qt lays text out and
            # paints PDFs in any thread), and the window stays responsive meanwhile.
            return exporter.export(handout, path, options)

        self._set_busy(True)
        self._jobs.run(work, self.on_export_done, self.on_export_failed)

    def reject(self) -> None:
        if self._busy:
            return  # the file is being written; closing now would lose the outcome
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.export_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self.preview_note.setText(self.tr("Exporting…") if busy else self.preview_note.text())

    def on_export_done(self, path: Path) -> None:
        self._set_busy(False)
        self.exported.emit(str(path))
        self.accept()

    def on_export_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.preview_note.setText(failure_text(exc))
