"""How long a stored text may be: a character column's own length, and a chosen limit for free text.

Validation checks every typed value against the column it lands in, so the limit is the same on
SQLite (which would store any length) and PostgreSQL (which refuses ``value too long`` mid-write),
and every document is tested to print each field at its limit.
"""
from __future__ import annotations

import peewee as pw

from ukpbj_desktop import validation
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from ukpbj_desktop.store.models import Applicant, Application, ArchiveRecord, ChecklistItem, StepLog

# Free-text columns (TEXT on both databases): room for what an office writes, short of what breaks a page.
TEXT_LIMITS: dict[pw.Field, int] = {
    Applicant.address: 500,
    Application.decision_reasons: 2000,
    StepLog.note: 2000,
    ArchiveRecord.description: 1000,
}
NOTE_LIMIT = TEXT_LIMITS[StepLog.note]
CHECKLIST_NOTE_LIMIT = ChecklistItem.note.max_length
REASON_LIMIT = 300  # why a file was recorded late: kept in its audit event


def limit(column: pw.Field) -> int | None:
    """The most characters ``column`` takes; None for a column that holds no typed text."""
    if column in TEXT_LIMITS:
        return TEXT_LIMITS[column]
    return getattr(column, "max_length", None) if isinstance(column, pw.CharField) else None


def checked_text(value: str, most: int | None, field: str) -> str:
    """``value`` unchanged when it can be stored within ``most`` characters; else a message at ``field``."""
    if not validation.storable(value):
        raise ValidationError(validation.UNSTORABLE_MESSAGE, field=field)
    if most is not None and len(value) > most:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Isian terlalu panjang: {n} karakter, maksimal "
                                                              "{most}."), field=field, n=len(value), most=most)
    return value


def fits(column: pw.Field, value: str, field: str | None = None) -> str:
    """``value`` checked against ``column`` (message at ``field``, by default the column's name)."""
    return checked_text(value, limit(column), field or column.name)
