"""Working days (hari kerja), the unit an office reports its processing times in.

A working day is Monday to Friday. National holidays and collective leave (cuti bersama) are to
be counted here too once the office can keep their list, so every count of working days in the
program goes through this one module.
"""
from __future__ import annotations

import datetime as dt

_WEEK = 7
_WORKING_DAYS_A_WEEK = 5  # Monday to Friday; date.fromordinal(1), 1 January of year 1, was a Monday


def _working_days_before(day: dt.date) -> int:
    """Working days from 1 January of year 1 up to the day before ``day``, in constant time."""
    weeks, rest = divmod(day.toordinal() - 1, _WEEK)
    return weeks * _WORKING_DAYS_A_WEEK + min(rest, _WORKING_DAYS_A_WEEK)


def working_days(start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end``: how many days a file took.

    A file settled the day it came in took 0 days; one received on a Friday and settled the
    next Monday took 1. An ``end`` before ``start`` counts 0.
    """
    if end <= start:
        return 0
    one_day = dt.timedelta(days=1)
    return _working_days_before(end + one_day) - _working_days_before(start + one_day)
