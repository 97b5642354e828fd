"""The entry editor: every field of an entry of one of the reader's own glossaries.

It shows and asks; checking is the domain's (``OwnGlossaries.check``), and the
problems it finds are shown by field inside the dialog, which stays open until the
entry is valid or the reader cancels.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise
from typing import NamedTuple

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.themes import error_colour
from desktop.translations import current_language, problem_text
from glossary.messages import QT_TRANSLATE_NOOP, Message
from glossary.model import DEFAULT_CATEGORY, Category, Entry
from glossary.terms.files import join_list, slug, split_list
from glossary.terms.own import GlossaryInfo

Problems = list[tuple[str, str, str | Message]]
Checker = Callable[[int, Entry, str | None], Problems]


class EditedEntry(NamedTuple):
    glossary_id: int
    entry: Entry
    new_category: Category | None  # a category typed in the editor, to be added first


class EntryEditor(QDialog):
    """Edit one entry; :meth:`result_entry` is the entry as saved."""

    def __init__(
        self,
        glossaries: Sequence[GlossaryInfo],
        categories: Callable[[int], Mapping[str, Category]],
        check: Checker,
        entry: Entry | None = None,
        glossary_id: int | None = None,
        replacing: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("entryEditor")
        self.setAccessibleName(self.tr("Glossary entry"))
        self.setWindowTitle(self.tr("Edit Term") if replacing else self.tr("Add Term"))
        self._categories = categories
        self._check = check
        self._replacing = replacing
        self._id = replacing
        self.edited: EditedEntry | None = None

        self.glossary_box = QComboBox(self)
        self.glossary_box.setObjectName("entryGlossary")
        self.glossary_box.setAccessibleName(self.tr("Glossary"))
        for info in glossaries:
            self.glossary_box.addItem(info.name, info.id)
        if glossary_id is not None:
            self.glossary_box.setCurrentIndex(max(0, self.glossary_box.findData(glossary_id)))
        self.glossary_box.setEnabled(replacing is None)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Glossary:"), self.glossary_box)
        labels = {
            "term_id": self.tr("Term (&Indonesian):"),
            "term_en": self.tr("Term (&English):"),
            "aliases_id": self.tr("Other forms (Indonesian):"),
            "aliases_en": self.tr("Other forms (English):"),
            "definition_id": self.tr("&Definition (Indonesian):"),
            "definition_en": self.tr("Definition (E&nglish):"),
            "usage_id": self.tr("In this text (Indonesian):"),
            "usage_en": self.tr("In this text (English):"),
            "related": self.tr("&Related entries:"),
        }
        self.category_box = QComboBox(self)
        self.category_box.setObjectName("entryCategory")
        self.category_box.setAccessibleName(self.tr("Category"))
        self.category_box.setEditable(True)
        for key, label in labels.items():
            multi = key.startswith(("definition", "usage"))
            field: QLineEdit | QPlainTextEdit = QPlainTextEdit(self) if multi else QLineEdit(self)
            if isinstance(field, QPlainTextEdit):
                field.setTabChangesFocus(True)
                field.setFixedHeight(
                    field.fontMetrics().lineSpacing() * (4 if key[0] == "d" else 3)
                )
            field.setObjectName(f"entry_{key}")
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
            self.fields[key] = field
            form.addRow(label, field)
            if key == "aliases_en":
                form.addRow(self.tr("&Category:"), self.category_box)
        for key in ("aliases_id", "aliases_en", "related"):
            field = self.fields[key]
            assert isinstance(field, QLineEdit)
            field.setPlaceholderText(self.tr("separated by ;"))
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("entryProblems")
        self.problems_label.setAccessibleName(self.tr("Problems"))
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(f"color: {error_colour(self.palette())};")
        self.problems_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.on_save_requested)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems_label)
        layout.addWidget(buttons)
        self.glossary_box.currentIndexChanged.connect(self.on_glossary_changed)
        self.on_glossary_changed()
        if entry is not None:
            self.fill(entry)
        # Tab goes down the form as it reads, the category after the other forms.
        chain: list[QWidget] = [self.glossary_box]
        for key in self.fields:
            chain.append(self.fields[key])
            if key == "aliases_en":
                chain.append(self.category_box)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        # The cursor starts in the first field still empty.
        empty = next((f for k, f in self.fields.items() if not self._text(k)), None)
        (empty or self.fields["term_id"]).setFocus()

    def _text(self, key: str) -> str:
        field = self.fields[key]
        return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()

    def fill(self, entry: Entry) -> None:
        for key, field in self.fields.items():
            value = getattr(entry, key)
            text = join_list(value) if isinstance(value, tuple) else value
            if isinstance(field, QPlainTextEdit):
                field.setPlainText(text)
            else:
                field.setText(text)
        index = self.category_box.findData(entry.category)
        if index >= 0:
            self.category_box.setCurrentIndex(index)

    @Slot()
    def on_glossary_changed(self) -> None:
        current = self.category_box.currentText()
        self.category_box.clear()
        glossary_id = self.glossary_box.currentData()
        categories = dict(self._categories(glossary_id)) if glossary_id is not None else {}
        categories.setdefault(DEFAULT_CATEGORY.id, DEFAULT_CATEGORY)
        language = current_language()
        for category in categories.values():
            self.category_box.addItem(category.label(language), category.id)
        if current:
            self.category_box.setCurrentText(current)

    def entry(self) -> tuple[Entry, Category | None]:
        """The entry as the fields describe it, and a new category if one was typed."""
        label = " ".join(self.category_box.currentText().split())
        index = self.category_box.findText(label)
        new_category = None
        if index >= 0:
            category = str(self.category_box.itemData(index))
        else:
            category = slug(label) if label else DEFAULT_CATEGORY.id
            known = self.category_box.findData(category)
            # "Econ" typed where "econ" exists is that category: its labels stay.
            new_category = Category(category, label, label) if label and known < 0 else None
        term_id = " ".join(self._text("term_id").split())
        entry = Entry(
            id=self._id or slug(term_id or self._text("term_en")),
            category=category,
            term_en=" ".join(self._text("term_en").split()),
            term_id=term_id,
            aliases_en=tuple(split_list(self._text("aliases_en"))),
            aliases_id=tuple(split_list(self._text("aliases_id"))),
            definition_en=self._text("definition_en").strip(),
            definition_id=self._text("definition_id").strip(),
            usage_en=self._text("usage_en").strip(),
            usage_id=self._text("usage_id").strip(),
            related=tuple(split_list(self._text("related"))),
        )
        return entry, new_category

    @Slot()
    def on_save_requested(self) -> None:
        glossary_id = self.glossary_box.currentData()
        if glossary_id is None:
            self.show_problems([("", "glossary", self.tr("choose a glossary"))])
            return
        entry, new_category = self.entry()
        if self._replacing is None:
            entry = self._free_id(int(glossary_id), entry)
        problems = [
            p
            for p in self._check(int(glossary_id), entry, self._replacing)
            # A category typed here is added on saving: not a problem.
            if not (new_category is not None and p[1] == "category")
        ]
        if problems:
            self.show_problems(problems)
            return
        self.edited = EditedEntry(int(glossary_id), entry, new_category)
        self.accept()

    def _free_id(self, glossary_id: int, entry: Entry) -> Entry:
        """A new entry whose id (made from its headword) is taken gets "-2", "-3"...:
        "bunga (bank)" beside "bunga bank" is a different term."""
        base, number = entry.id, 2
        while any(
            p[1] == "id" and "duplicate" in p[2] for p in self._check(glossary_id, entry, None)
        ):
            entry = entry._replace(id=f"{base}-{number}")
            number += 1
        return entry

    def show_problems(self, problems: Problems) -> None:
        names = {key: self.tr(label) for key, label in FIELD_NAMES.items()}
        lines = [
            f"{names.get(field, field)}: {problem_text(message)}"
            for _entry, field, message in problems
        ]
        self.problems_label.setText("\n".join(lines))
        self.problems_label.show()
        for key, field in self.fields.items():
            bad = any(p[1] == key for p in problems)
            field.setStyleSheet("border: 1px solid #b00020;" if bad else "")
        first = next((self.fields[p[1]] for p in problems if p[1] in self.fields), None)
        if first is not None:
            first.setFocus()

    @classmethod
    def ask(
        cls,
        glossaries: Sequence[GlossaryInfo],
        categories: Callable[[int], Mapping[str, Category]],
        check: Checker,
        entry: Entry | None = None,
        glossary_id: int | None = None,
        replacing: str | None = None,
        parent: QWidget | None = None,
    ) -> EditedEntry | None:
        """Show the editor; the edited entry, or None when cancelled. Tests replace this."""
        dialog = cls(glossaries, categories, check, entry, glossary_id, replacing, parent)
        try:
            return dialog.edited if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


# Field names as the editor shows them (translated where shown, in its context).
FIELD_NAMES = {
    "id": QT_TRANSLATE_NOOP("EntryEditor", "Id"),
    "term_id": QT_TRANSLATE_NOOP("EntryEditor", "Term (Indonesian)"),
    "term_en": QT_TRANSLATE_NOOP("EntryEditor", "Term (English)"),
    "aliases_id": QT_TRANSLATE_NOOP("EntryEditor", "Other forms (Indonesian)"),
    "aliases_en": QT_TRANSLATE_NOOP("EntryEditor", "Other forms (English)"),
    "category": QT_TRANSLATE_NOOP("EntryEditor", "Category"),
    "definition_id": QT_TRANSLATE_NOOP("EntryEditor", "Definition (Indonesian)"),
    "definition_en": QT_TRANSLATE_NOOP("EntryEditor", "Definition (English)"),
    "usage_id": QT_TRANSLATE_NOOP("EntryEditor", "In this text (Indonesian)"),
    "usage_en": QT_TRANSLATE_NOOP("EntryEditor", "In this text (English)"),
    "related": QT_TRANSLATE_NOOP("EntryEditor", "Related entries"),
    "glossary": QT_TRANSLATE_NOOP("EntryEditor", "Glossary"),
}
