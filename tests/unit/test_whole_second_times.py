"""Times are kept as whole seconds (migration 0007): the same wall clock read back, in a smaller file."""
import datetime as dt

import pytest

from tests.factories import application_input
from ukpbj_desktop import demo, services
from ukpbj_desktop.queries import archive as aq, register as rq
from ukpbj_desktop.store import migrations
from ukpbj_desktop.store.db import database
from ukpbj_desktop.store.models import ALL_MODELS, Application, ArchiveRecord, Moment

NAME = "0007_whole_second_times"
TIME_COLUMNS = [(model, field) for model in ALL_MODELS for field in model._meta.sorted_fields
                if isinstance(field, Moment)]


@pytest.fixture
def filled(store):
    demo.generate(200, today=dt.date(2026, 1, 10))
    return store


def _times():
    """Every time of every row, as the app reads them."""
    return {(model.__name__, field.name): list(model.select(model.id, field).order_by(model.id).tuples())
            for model, field in TIME_COLUMNS}


def _stored_as(column_type):
    """The storage types SQLite holds in every time column (nulls aside)."""
    found = set()
    for model, field in TIME_COLUMNS:
        table, column = model._meta.table_name, field.column_name
        found |= {kind for (kind,) in database.execute_sql(
            f"SELECT DISTINCT typeof({column}) FROM {table} WHERE {column} IS NOT NULL")}
    return found == {column_type}


def _register(sort):
    return [row.id for row in rq.page(rq.RegisterFilter(), sort, limit=10**4)]


def test_a_time_is_stored_as_seconds_and_read_back_as_the_same_wall_clock(store):
    at = dt.datetime(2026, 3, 31, 23, 59, 58)
    app = Application.get_by_id(services.submit(store, application_input(received_at=at)).id)
    raw, as_text = database.execute_sql("SELECT received_at, datetime(received_at, 'unixepoch') FROM application "
                                        "WHERE id = ?", (app.id,)).fetchone()
    assert app.received_at == at
    assert isinstance(raw, int) and as_text == "2026-03-31 23:59:58"  # the number is the clock, in any time zone
    assert Application.select().where(Application.received_at == at).count() == 1
    assert Application.select().where(Application.received_at.between(at, at + dt.timedelta(seconds=1))).count() == 1


def test_an_upgraded_file_keeps_every_time_and_order_in_a_smaller_file(filled, migration_script):
    script = migration_script(NAME)
    new = (_times(), _register("received_at"), _register("waiting"), [r.id for r in aq.iter_rows(aq.ArchiveFilter())])
    assert _stored_as("integer")
    script.down(None, database.obj)  # the file as 0006 left it: ISO text
    database.execute_sql(f"DELETE FROM schema_migration WHERE name = '{NAME}'")
    database.obj.execute_sql("VACUUM")
    assert _stored_as("text") and _times() == new[0]
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    assert migrations.migrate(database.obj) == [NAME]
    assert _stored_as("integer")
    assert (_times(), _register("received_at"), _register("waiting"),
            [r.id for r in aq.iter_rows(aq.ArchiveFilter(), batch=7)]) == new
    assert database.execute_sql("PRAGMA page_count").fetchone()[0] < pages * 0.9  # compacted after the rewrite
    script.up(None, database.obj)  # again: nothing changes
    assert _times() == new[0] and _stored_as("integer")


@pytest.mark.parametrize("descending", [False, True])
def test_the_register_sorted_by_waiting_reads_its_index(filled, monkeypatch, descending):
    run, seen = database.obj.execute_sql, []

    def logged(sql, params=None, *args, **kwargs):
        seen.append((sql, params))
        return run(sql, params, *args, **kwargs)

    monkeypatch.setattr(database.obj, "execute_sql", logged)
    rows = rq.page(rq.RegisterFilter(), "waiting", descending, limit=5)
    sql, params = seen[-1]
    plan = " ".join(row[-1] for row in run(f"EXPLAIN QUERY PLAN {sql}", params))
    assert "application_waiting_order" in plan and "TEMP B-TREE" not in plan
    assert (rows[0].current_step is None) != descending  # the longest waits first, archived files last


def test_the_archive_numbers_of_a_year_count_that_years_records_only(filled):
    last = ArchiveRecord.select().order_by(ArchiveRecord.archived_at.desc()).first()
    year = last.archived_at.year
    of_year = sum(1 for r in aq.iter_rows(aq.ArchiveFilter()) if r.archived_at.year == year)
    assert of_year and services.next_archive_number(year) == f"ARS/{year}/{of_year + 1:05d}"
    assert services.next_archive_number(1999) == "ARS/1999/00001"
