"""The Trash dialog shows when each highlight was deleted as a local date and time."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from pytestqt.qtbot import QtBot

from desktop.dialogs.trash import TrashDialog
from desktop.localtime import local_time
from glossary.notes.highlights import Highlight

STAMP = "2026-12-06T10:15:00.000+00:00"


def deleted_highlight() -> Highlight:
    return Highlight(
        id=7, uuid="u", document_id=1, exact="Made in China 2025", prefix="", suffix="",
        start=0, end=18, colour=1, note="rencana industri", created=STAMP, updated=STAMP,
        deleted=STAMP, orphaned=False,
    )  # fmt: skip


def test_the_time_of_deletion_is_local_and_in_the_locales_format(qtbot: QtBot) -> None:
    dialog = TrashDialog()
    qtbot.addWidget(dialog)
    dialog.show_trash([deleted_highlight()], {1: "DeepSeek"})
    shown = dialog.list.item(0).text()
    assert STAMP not in shown and "+00:00" not in shown
    moment = QDateTime.fromString(STAMP, Qt.DateFormat.ISODateWithMs).toLocalTime()
    assert QLocale().toString(moment, QLocale.FormatType.ShortFormat) in shown
    assert shown.splitlines()[1].startswith("DeepSeek · ")
    assert dialog.list.item(0).data(Qt.ItemDataRole.UserRole) == 7


def test_an_unreadable_time_is_shown_as_it_is() -> None:
    assert local_time("yesterday") == "yesterday"
    assert local_time(None) == ""
    assert local_time("2026-12-06T10:15:00+00:00") != "2026-12-06T10:15:00+00:00"
