"""Dates, NIPs, numbers and durations written the Indonesian way, independent of the OS locale.

Official documents are in Bahasa Indonesia whatever the machine's locale is, so month
and day names come from here, never from ``strftime``; the register, the side panels,
exports and documents all group a NIP or a count the same way, from here.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from ukpbj_desktop.errors import QT_TRANSLATE_NOOP

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


# --- numbers ------------------------------------------------------------------------------

NIP_GROUPS = (8, 6, 1, 3)  # birth date, appointment year and month, sex, serial number


def group_nip(nip: str) -> str:
    """``19650705 199203 1 023``: an 18-digit NIP grouped as documents print it; anything else as typed.

    A malformed NIP on record is still shown as it is, never refused here (validation refuses input)."""
    digits = "".join(ch for ch in nip if ch.isdigit())
    if len(digits) != sum(NIP_GROUPS):
        return nip.strip()
    parts, start = [], 0
    for size in NIP_GROUPS:
        parts.append(digits[start:start + size])
        start += size
    return " ".join(parts)


SHORT_AREA_CODES = ("021", "022", "024", "031", "061")  # Jakarta, Bandung, Semarang, Surabaya, Medan


def group_phone(number: str) -> str:
    """``0812-3456-7890``, ``0914-21000``, ``021-555-1234``: an Indonesian number in national form, grouped.

    A mobile (08...) keeps its four-digit prefix apart and the rest in two halves; a fixed line keeps
    its area code (three digits in the big cities, four elsewhere) apart, its subscriber number in two
    when 7 digits or longer. Anything else (a number on record not in national form) is shown as it is."""
    digits = number.strip()
    if not (digits.isascii() and digits.isdigit() and digits.startswith("0") and len(digits) >= 9):
        return digits
    if digits.startswith("08"):
        rest = digits[4:]
        return f"{digits[:4]}-{rest[:len(rest) // 2]}-{rest[len(rest) // 2:]}"
    area = 3 if digits[:3] in SHORT_AREA_CODES else 4
    subscriber = digits[area:]
    if len(subscriber) >= 7:
        half = len(subscriber) - 4
        subscriber = f"{subscriber[:half]}-{subscriber[half:]}"
    return f"{digits[:area]}-{subscriber}"


def group_thousands(number: int) -> str:
    """``12.345``: thousands grouped the Indonesian way, in both languages (as the documents print them)."""
    return f"{number:,}".replace(",", ".")


# --- durations ----------------------------------------------------------------------------

# The register's short form; the UI passes its translate function (the texts keep the
# context they were first translated in).
_SHORT = {"none": QT_TRANSLATE_NOOP("RegisterModel", "< 1 m"), "minutes": QT_TRANSLATE_NOOP("RegisterModel", "{m} m"),
          "hours": QT_TRANSLATE_NOOP("RegisterModel", "{h} j {m} m"),
          "days": QT_TRANSLATE_NOOP("RegisterModel", "{d} hari")}


def short_duration(delta: timedelta, translate: Callable[[str, str], str] | None = None) -> str:
    """A wait or a step's duration the short way: ``45 m``, ``2 j 15 m``, ``3 hari``.

    ``translate(context, text)`` puts the unit in the UI's language (Indonesian without it)."""
    def text(kind: str) -> str:
        return translate("RegisterModel", _SHORT[kind]) if translate else _SHORT[kind]

    minutes = int(delta.total_seconds() // 60)
    if minutes < 1:
        return text("none")
    if minutes < 60:
        return text("minutes").format(m=minutes)
    hours, rest = divmod(minutes, 60)
    if hours < 24:
        return text("hours").format(h=hours, m=rest)
    return text("days").format(d=hours // 24)


def long_duration(minutes: float) -> str:
    """``1 hari 2 jam 5 menit``, as documents write it; within the minute ``kurang dari 1 menit``."""
    minutes = int(minutes)
    if minutes < 1:
        return "kurang dari 1 menit"
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = [(days, "hari"), (hours, "jam"), (mins, "menit")]
    return " ".join(f"{n} {unit}" for n, unit in parts if n)
