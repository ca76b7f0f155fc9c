"""Dates written the Indonesian way, independent of the OS locale.

Official documents are in Bahasa Indonesia whatever the machine's locale is, so month
and day names come from here, never from ``strftime``.
"""
from __future__ import annotations

from datetime import date, datetime, time

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
          "Agustus", "September", "Oktober", "November", "Desember")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # Monday first


def format_date(d: date) -> str:
    """``23 November 2026``."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def format_day_date(d: date) -> str:
    """``Senin, 23 November 2026``."""
    return f"{DAYS[d.weekday()]}, {format_date(d)}"


def format_time(t: time | datetime) -> str:
    """``14.05``: Indonesian separates hours and minutes with a dot."""
    return f"{t.hour:02d}.{t.minute:02d}"


def format_datetime(dt: datetime) -> str:
    """``23 November 2026 14.05``."""
    return f"{format_date(dt)} {format_time(dt)}"
