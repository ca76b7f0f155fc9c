"""Indonesian dates on documents, whatever the machine's locale."""
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, strategies as st

from ukpbj_desktop.formatting import (
    format_date,
    format_datetime,
    format_day_date,
    format_time,
    group_nip,
    group_phone,
    group_thousands,
    long_duration,
    short_duration,
)


def test_date_is_written_day_month_name_year():
    assert format_date(date(2026, 11, 23)) == "23 November 2026"
    assert format_date(date(2027, 1, 5)) == "5 Januari 2027"


def test_every_month_has_its_indonesian_name():
    names = [format_date(date(2026, month, 1)).split()[1] for month in range(1, 13)]
    assert names == ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                     "September", "Oktober", "November", "Desember"]


def test_every_weekday_has_its_indonesian_name():
    monday = date(2026, 11, 23)
    days = [format_day_date(monday + timedelta(days=n)).split(",")[0] for n in range(7)]
    assert days == ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    assert format_day_date(monday) == "Senin, 23 November 2026"


def test_time_uses_a_dot_between_hour_and_minute():
    assert format_datetime(datetime(2026, 11, 23, 14, 5)) == "23 November 2026 14.05"
    assert format_time(datetime(2026, 11, 23, 8, 0)) == "08.00"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_any_date_keeps_its_day_and_year(d):
    day, _month, year = format_date(d).split()
    assert (int(day), int(year)) == (d.day, d.year)


def test_a_nip_is_grouped_as_documents_print_it_and_anything_else_is_kept_as_typed():
    assert group_nip("196507051992031023") == "19650705 199203 1 023"
    assert group_nip("NIP. 19650705.199203.1.023") == "19650705 199203 1 023"
    assert group_nip(" 1965070519920310 ") == "1965070519920310"  # 16 digits on record: shown, not refused


def test_thousands_are_grouped_with_dots():
    assert [group_thousands(n) for n in (7, 1000, 100000, 1234567)] == ["7", "1.000", "100.000", "1.234.567"]


def test_short_durations_in_indonesian_or_through_a_translator():
    assert [short_duration(timedelta(minutes=m)) for m in (0, 45, 135, 3 * 1440 + 5)] == \
        ["< 1 m", "45 m", "2 j 15 m", "3 hari"]
    english = {"{h} j {m} m": "{h} h {m} m", "{d} hari": "{d} d"}
    assert short_duration(timedelta(minutes=135), lambda context, text: english.get(text, text)) == "2 h 15 m"
    assert short_duration(timedelta(days=2), lambda context, text: english.get(text, text)) == "2 d"


def test_long_durations_leave_out_empty_units():
    assert long_duration(1440 + 5) == "1 hari 5 menit" and long_duration(0.4) == "kurang dari 1 menit"


@pytest.mark.parametrize("number, grouped", [
    ("081234567890", "0812-3456-7890"), ("08123456789", "0812-345-6789"), ("0811234567890", "0811-2345-67890"),
    ("091421000", "0914-21000"), ("0215551234", "021-555-1234"), ("091121234567", "0911-2123-4567"),
    ("", ""), ("+62 812", "+62 812"), ("0812", "0812"),  # not in national form: as it is
])
def test_phone_numbers_are_grouped_as_people_read_them_out(number, grouped):
    assert group_phone(number) == grouped
