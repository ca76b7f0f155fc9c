"""Records filed with no location are found: "lokasi belum diisi", from a small index of their own."""
import datetime as dt

import pytest

from tests.unit.test_archive_query import file_application
from ukpbj_desktop import demo, services
from ukpbj_desktop.queries import archive as aq, planner
from ukpbj_desktop.store.db import database

F = aq.ArchiveFilter


@pytest.fixture
def records(store):
    """Among demo records (every one placed), one with no location, one with only a rack, one fully placed."""
    demo.generate(200, today=dt.date(2026, 1, 10))
    return {
        "nowhere": file_application(store, "19650705 199203 1 023", "Tanpa Lokasi", dt.datetime(2025, 3, 4, 9)),
        "rack": file_application(store, "19751231 200001 2 002", "Hanya Rak", dt.datetime(2025, 6, 2, 9), rack="3"),
        "placed": file_application(store, "19800615 200501 1 003", "Lengkap", dt.datetime(2025, 7, 1, 9),
                                   box_no="2", room="A", rack="1", shelf="3"),
    }


def test_only_records_with_no_box_room_rack_or_shelf_are_unplaced(records):
    assert {r.id for r in aq.page(F(unplaced=True))} == {records["nowhere"]} and aq.count(F(unplaced=True)) == 1
    assert aq.count(F(unplaced=True, year=2025)) == 1 and aq.count(F(unplaced=True, year=2024)) == 0
    assert [r.id for r in aq.iter_rows(F(unplaced=True))] == [records["nowhere"]]


@pytest.mark.parametrize("walk_limit", [0, 10**9])
def test_the_query_plan_never_changes_the_answer(records, monkeypatch, walk_limit):
    monkeypatch.setattr(aq, "_walk_limit", lambda: walk_limit)
    assert [r.id for r in aq.page(F(unplaced=True, year=2025), "name")] == [records["nowhere"]]


def test_unplaced_records_are_found_from_their_partial_index(records):
    sql, params = aq._filtered(aq.ArchiveRecord.select(aq.ArchiveRecord.id), F(unplaced=True), "unplaced").sql()
    plan = " ".join(row[-1] for row in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params))
    assert "archive_record_unplaced" in plan
    hidden, hidden_params = aq._filtered(aq.ArchiveRecord.select(aq.ArchiveRecord.id), F(unplaced=True),
                                         planner.WALK).sql()
    assert "archive_record_unplaced" not in " ".join(
        row[-1] for row in database.execute_sql(f"EXPLAIN QUERY PLAN {hidden}", hidden_params))


def test_the_list_says_it_holds_the_unplaced_records(store):
    assert aq.describe(F(unplaced=True)) == "Lokasi belum diisi"
    assert aq.describe(F(year=2025, unplaced=True)) == "Tahun 2025; lokasi belum diisi"


@pytest.mark.parametrize("place, placed", [({}, False), ({"folder_no": "7"}, False), ({"box_no": " "}, False),
                                           ({"box_no": "2"}, True), ({"room": "A"}, True), ({"rack": "1"}, True),
                                           ({"shelf": "3"}, True)])
def test_a_filing_form_is_placed_by_a_box_room_rack_or_shelf(place, placed):
    assert services.ArchiveInput("000.3.5", "Berkas", "2026", **place).placed is placed
