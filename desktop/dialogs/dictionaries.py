"""Words > Dictionaries…: the folders searched for installed dictionaries (dictd and
StarDict), what was found there, and the files that were skipped and why."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.richtext import escape
from desktop.translations import failure_text, problem_text
from desktop.workers import Jobs
from glossary.words.setup import (
    default_dictionary_folders,
    dictionary_folders,
    find_dictionaries,
    save_dictionary_folders,
)

if TYPE_CHECKING:
    from glossary.dictionaries.installed import Dictionaries


class DictionariesDialog(QDialog):
    """Edits the folder list (one per line) and shows what is installed.

    Signals:
        folders_saved(): the folder list was saved; dictionaries should be read again.
    """

    folders_saved = Signal()

    def __init__(
        self, data_dir: Path, found: Dictionaries | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._jobs = Jobs(self)
        self.setObjectName("dictionariesDialog")
        self.setAccessibleName(self.tr("Dictionaries"))
        self.setWindowTitle(self.tr("Dictionaries"))
        self.data_dir = data_dir
        intro = QLabel(
            self.tr(
                "Glossary Reader reads dictd and StarDict dictionaries from these folders, "
                "one per line. Install one with your package manager (for example "
                "dict-freedict-eng-ind) or copy its files into the data folder's "
                "“dictionaries” folder."
            ),
            self,
        )
        intro.setObjectName("dictionariesIntro")
        intro.setAccessibleName(self.tr("About dictionaries"))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.folders = QPlainTextEdit(self)
        self.folders.setObjectName("dictionaryFolders")
        self.folders.setAccessibleName(self.tr("Dictionary folders"))
        self.folders.setPlainText("\n".join(dictionary_folders(data_dir)))
        self.folders.setTabChangesFocus(True)
        self.folders.setMaximumHeight(110)
        self.defaults_button = QPushButton(self.tr("Standard &Folders"), self)
        self.defaults_button.setObjectName("standardFoldersButton")
        self.defaults_button.setAccessibleName(self.tr("Use the standard folders"))
        self.found_view = QTextBrowser(self)
        self.found_view.setObjectName("dictionariesFound")
        self.found_view.setAccessibleName(self.tr("Dictionaries found"))
        self.found_view.setOpenLinks(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.setObjectName("dictionariesButtons")
        self.buttons.setAccessibleName(self.tr("Save or close"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folders)
        layout.addWidget(self.defaults_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.found_view, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 460)
        self.defaults_button.clicked.connect(self.on_defaults_button_clicked)
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)
        if found is not None:
            self.show_found(found)
        else:
            self.found_view.setPlainText(self.tr("Looking for dictionaries…"))
            self._scan()

    def _folders(self) -> list[str]:
        return [line.strip() for line in self.folders.toPlainText().splitlines() if line.strip()]

    def _scan(self) -> None:
        folders = self._folders()
        # A scan started since (after Save) makes this one's result stale.
        self._jobs.run(
            lambda: find_dictionaries(folders), self.show_found, self.on_scan_failed, key="scan"
        )

    def on_scan_failed(self, exc: Exception) -> None:
        self.found_view.setPlainText(
            self.tr("The folders cannot be searched: %1").replace("%1", failure_text(exc))
        )

    def show_found(self, found: Dictionaries) -> None:
        said = self.tr("Found")
        parts = [f"<h4>{escape(said)}</h4>"]
        if not found.dictionaries:
            said = self.tr("No dictionary in these folders.")
            parts.append(f"<p>{escape(said)}</p>")
        for dictionary in found.dictionaries:
            languages = "-".join(dictionary.languages) if dictionary.languages else ""
            detail = self.tr("%1 headwords").replace("%1", self.locale().toString(len(dictionary)))
            parts.append(
                f"<p><b>{escape(dictionary.name)}</b> {escape(languages)}<br>"
                f"{escape(detail)} · {escape(str(dictionary.path))}</p>"
            )
        if found.warnings:
            said = self.tr("Skipped")
            parts.append(f"<h4>{escape(said)}</h4>")
            parts.extend(f"<p>{escape(problem_text(w))}</p>" for w in found.warnings)
        self.found_view.setHtml("".join(parts))

    @Slot()
    def on_defaults_button_clicked(self) -> None:
        self.folders.setPlainText("\n".join(default_dictionary_folders(self.data_dir)))

    @Slot()
    def on_save(self) -> None:
        try:
            save_dictionary_folders(self.data_dir, self._folders())
        except OSError as exc:
            self.found_view.setPlainText(
                self.tr("The folder list cannot be saved: %1").replace(
                    "%1", exc.strerror or str(exc)
                )
            )
            return
        self.folders_saved.emit()
        self.found_view.setPlainText(self.tr("Looking for dictionaries…"))
        self._scan()
