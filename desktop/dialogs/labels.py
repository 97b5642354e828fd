"""Renaming what each highlight colour means (Important, Term, Question, ...)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from desktop.reader.view import colour_icon
from desktop.translations import shown_labels, stored_labels
from glossary.notes.colours import DEFAULT_LABELS


class LabelsDialog(QDialog):
    """One field per colour; an empty field goes back to the default label."""

    def __init__(self, labels: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelsDialog")
        self.setAccessibleName(self.tr("Colour labels"))
        self.setWindowTitle(self.tr("Colour Labels"))
        self.fields: dict[int, QLineEdit] = {}
        form = QFormLayout(self)
        defaults = shown_labels(DEFAULT_LABELS)
        labels = shown_labels({**DEFAULT_LABELS, **labels})
        for colour in sorted(DEFAULT_LABELS):
            field = QLineEdit(labels[colour], self)
            field.setObjectName(f"label{colour}")
            field.setAccessibleName(self.tr("Label of colour %1").replace("%1", str(colour)))
            field.setPlaceholderText(defaults[colour])
            field.addAction(colour_icon(colour), QLineEdit.ActionPosition.LeadingPosition)
            self.fields[colour] = field
            form.addRow(f"&{colour}", field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def labels(self) -> dict[int, str]:
        return stored_labels({colour: field.text() for colour, field in self.fields.items()})

    @classmethod
    def ask(cls, labels: dict[int, str], parent: QWidget | None = None) -> dict[int, str] | None:
        """Show the dialog; the new labels, or None when cancelled."""
        dialog = cls(labels, parent)
        try:
            return dialog.labels() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
