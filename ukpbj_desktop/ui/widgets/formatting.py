"""Dates, times and counts as the UI shows them: in the UI's language.

The core's ``ukpbj_desktop.formatting`` writes them the Indonesian way for documents and
stored texts, whatever the UI's language. On screen they follow the language the user chose:
``ui.i18n.install_translator`` sets the default ``QLocale`` to it, and these functions read it
(so the Indonesian UI shows exactly what the documents print: ``14 Agustus 2026 14.05``, ``19.600``).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime

DATE_FORMAT = "d MMMM yyyy"  # day, month name, year in both languages: "14 August 2026"


def date_text(value: dt.date | None) -> str:
    """``14 August 2026`` in the UI's language; empty for no date."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT)


def time_text(value: dt.time | dt.datetime) -> str:
    """``14:05`` (``14.05`` in Indonesian): the locale's own hour and minute separator."""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def datetime_text(value: dt.datetime) -> str:
    """``14 August 2026 14:05`` in the UI's language."""
    return f"{date_text(value)} {time_text(value)}"


def number_text(number: int) -> str:
    """``19,600`` (``19.600`` in Indonesian): thousands grouped the UI's way."""
    return QLocale().toString(number)
