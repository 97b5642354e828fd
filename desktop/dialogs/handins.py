"""File > Class > Hand-ins…: what the students of a class handed in, by student and
document, with the number of notes and when; exported together as a spreadsheet or a
handout.

Signals:
    refresh_requested(str): read the class's hand-ins again (its id).
    export_requested(str): export them ("csv", "md" or "html").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.localtime import local_time

if TYPE_CHECKING:
    from glossary.sync.classes import HandIn


class HandInsDialog(QDialog):
    refresh_requested = Signal(str)
    export_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handInsDialog")
        self.setWindowTitle(self.tr("Hand-ins"))
        self.setAccessibleName(self.tr("Hand-ins"))
        self.resize(620, 420)
        self.class_id = ""
        self._hand_ins: list[HandIn] = []
        self.heading = QLabel(self)
        self.heading.setObjectName("handInsHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Student / document"), self.tr("Notes"), self.tr("Handed in")]
        )
        self.tree = QTreeView(self)
        self.tree.setObjectName("handInsTree")
        self.tree.setAccessibleName(self.tr("Hand-ins by student"))
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.message = QLabel(self)
        self.message.setObjectName("handInsMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("handInsRefresh")
        self.csv_button = QPushButton(self.tr("Export &Spreadsheet…"), self)
        self.csv_button.setObjectName("handInsExportCsv")
        self.handout_button = QPushButton(self.tr("Export &Handout…"), self)
        self.handout_button.setObjectName("handInsExportHandout")
        self.page_button = QPushButton(self.tr("Export as &Web Page…"), self)
        self.page_button.setObjectName("handInsExportHtml")
        buttons = QHBoxLayout()
        for button in (self.refresh_button, self.csv_button, self.handout_button, self.page_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.refresh_button.clicked.connect(lambda: self.refresh_requested.emit(self.class_id))
        self.csv_button.clicked.connect(lambda: self.export_requested.emit("csv"))
        self.handout_button.clicked.connect(lambda: self.export_requested.emit("md"))
        self.page_button.clicked.connect(lambda: self.export_requested.emit("html"))
        self._enable()

    def show_class(self, class_id: str, teacher: str) -> None:
        self.class_id = class_id
        self.heading.setText(
            self.tr("Class %1 (%2)").replace("%1", class_id).replace("%2", teacher)
        )

    def set_busy(self, busy: bool) -> None:
        self.refresh_button.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Reading the hand-ins…"))

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def hand_ins(self) -> list[HandIn]:
        """The hand-ins listed."""
        return list(self._hand_ins)

    def show_hand_ins(self, hand_ins: list[HandIn], problems: list[str]) -> None:
        """List ``hand_ins`` by student; ``problems``: those that could not be read."""
        self._hand_ins = list(hand_ins)
        self.model.removeRows(0, self.model.rowCount())
        students: dict[str, QStandardItem] = {}
        for hand_in in hand_ins:
            student = students.get(hand_in.student_id)
            if student is None:
                student = QStandardItem(hand_in.student)
                students[hand_in.student_id] = student
                self.model.appendRow([student, QStandardItem(""), QStandardItem("")])
            student.appendRow(
                [
                    QStandardItem(hand_in.title or hand_in.document_sha[:12]),
                    QStandardItem(str(len(hand_in.highlights))),
                    QStandardItem(local_time(hand_in.handed_in)),
                ]
            )
        self.tree.expandAll()
        for column in range(self.model.columnCount()):
            self.tree.resizeColumnToContents(column)
        said = [
            self.tr("%n student(s) handed in.", "", len(students))
            if students
            else self.tr("Nobody has handed in yet.")
        ]
        said += problems
        self.message.setText("\n".join(said))
        self._enable()

    def _enable(self) -> None:
        for button in (self.csv_button, self.handout_button, self.page_button):
            button.setEnabled(bool(self._hand_ins))
