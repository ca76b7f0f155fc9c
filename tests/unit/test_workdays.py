"""Working days count Monday to Friday only: what "Lama proses (hari kerja)" reports."""
import datetime as dt

import pytest

from ukpbj_desktop.workdays import working_days

FRIDAY = dt.date(2026, 1, 9)


@pytest.mark.parametrize("end, expected", [
    (FRIDAY, 0),  # settled the day it came in
    (dt.date(2026, 1, 10), 0),  # Saturday
    (dt.date(2026, 1, 11), 0),  # Sunday
    (dt.date(2026, 1, 12), 1),  # Monday
    (dt.date(2026, 1, 16), 5),  # the next Friday: a whole week
    (dt.date(2026, 3, 6), 40),  # eight weeks
    (dt.date(2026, 1, 1), 0),  # before the receipt: nothing
])
def test_only_weekdays_after_the_receipt_count(end, expected):
    assert working_days(FRIDAY, end) == expected


def test_a_file_received_at_the_weekend_starts_counting_on_monday():
    saturday = dt.date(2026, 1, 10)
    assert working_days(saturday, dt.date(2026, 1, 12)) == 1
    assert working_days(saturday, dt.date(2026, 1, 13)) == 2


def test_the_count_agrees_with_walking_the_calendar_day_by_day():
    start = dt.date(2025, 12, 24)
    for days in range(60):
        end = start + dt.timedelta(days=days)
        walked = sum((start + dt.timedelta(days=n)).weekday() < 5 for n in range(1, days + 1))
        assert working_days(start, end) == walked, end
