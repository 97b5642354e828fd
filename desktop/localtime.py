"""Times the store keeps (UTC, ISO 8601) shown as the reader's local date and time."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt


def local_time(stamp: str | None, form: str | None = None) -> str:
    """``stamp`` in the reader's time zone, in ``form`` (a QDateTime format such as
    "yyyy-MM-dd HH:mm") or else the interface locale's short format ("6 Dec 2026 14:05"
    in English, "06/12/26 14.05" in Indonesian); an unreadable stamp as it is."""
    if not stamp:
        return ""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    local = moment.toLocalTime()
    if form is not None:
        return local.toString(form)
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)
