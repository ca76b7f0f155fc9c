"""The register lists, filters, sorts, pages and searches applications the way the office expects."""
import datetime as dt

import pytest

from tests.paging import all_pages, ids
from ukpbj_desktop import demo, workflow
from ukpbj_desktop.formatting import group_nip
from ukpbj_desktop.queries import planner, register as rq, search
from ukpbj_desktop.store.db import database
from ukpbj_desktop.store.models import Applicant, Application

F = rq.RegisterFilter
EVERYTHING = F()


@pytest.fixture
def register(store):
    demo.generate(300, today=dt.date(2026, 1, 10))
    return store


def every_row(flt=EVERYTHING, sort="received_at", descending=False, limit=rq.PAGE_SIZE):
    """All rows, read page by page as the register view does: each page after the last row's key."""
    return all_pages(lambda rows: rq.page(flt, sort, descending, after_key=rows[-1].key if rows else None,
                                          limit=limit), limit)


def found(text):
    return set(ids(every_row(F(text=text))))


def test_unfiltered_register_lists_every_application_once(register):
    rows = every_row(limit=37)
    assert len(rows) == rq.count() == Application.select().count() == 300
    assert len(set(ids(rows))) == 300


def test_row_carries_what_the_register_shows(register):
    app = Application.select().where(Application.current_step == "check_completeness").first() or Application.get()
    line = rq.row(app.id)
    assert (line.agenda_number, line.applicant_name, line.nip) == (app.agenda_number, app.applicant.name,
                                                                    app.applicant.nip)
    assert line.work_unit == app.applicant.work_unit and line.state == app.state
    at_check = app.current_step == "check_completeness"
    assert line.standard_minutes == (workflow.sop().step("check_completeness").minutes if at_check
                                     else line.standard_minutes)


@pytest.mark.parametrize("sort", rq.SORT_COLUMNS)
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_paging_gives_every_row_exactly_once_in_one_order(register, sort, descending):
    whole = rq.page(F(), sort, descending, limit=1000)
    paged = every_row(F(), sort, descending, limit=7)
    assert ids(paged) == ids(whole)
    assert sorted(ids(paged)) == sorted(a.id for a in Application.select())


def _visible_value(sort, row, now):
    """What the user sees in the sorted column, as something ordered."""
    step_rank = workflow.sop().order(row.current_step)  # the SOP's order; closed files last
    return {
        "agenda_number": (int(row.agenda_number.split("/")[-1]), int(row.agenda_number.split("/")[1])),
        "received_at": row.received_at,
        "applicant_name": row.applicant_name,
        "nip": row.nip,
        "work_unit": row.work_unit,
        "current_step": step_rank,
        "state": workflow.STATES.index(row.state),
        "waiting": row.waiting(now) or dt.timedelta(0),
    }[sort]


@pytest.mark.parametrize("sort", rq.SORT_COLUMNS)
def test_each_sort_orders_its_column_both_ways(register, sort):
    now = dt.datetime(2026, 1, 11)
    up = [_visible_value(sort, r, now) for r in every_row(F(), sort, False, limit=50)]
    down = [_visible_value(sort, r, now) for r in every_row(F(), sort, True, limit=50)]
    assert up == sorted(up) and down == sorted(down, reverse=True)
    assert up[0] != up[-1]


def test_longest_waiting_first_puts_archived_files_last(register):
    rows = every_row(F(), "waiting", descending=True)
    waiting = [r.current_step is not None for r in rows]
    assert waiting[0] and not waiting[-1]
    assert waiting == sorted(waiting, reverse=True)


def test_unknown_sort_column_is_refused(register):
    with pytest.raises(ValueError):
        rq.page(F(), "colour")


@pytest.mark.parametrize("flt, check", [
    (F(state=workflow.ARCHIVED), lambda r: r.state == workflow.ARCHIVED),
    (F(state=workflow.IN_PROGRESS), lambda r: r.state == workflow.IN_PROGRESS),
    (F(step="hand_over"), lambda r: r.current_step == "hand_over"),
    (F(year=2026), lambda r: r.received_at.year == 2026),
    (F(work_unit="Dinas Kesehatan"), lambda r: r.work_unit == "Dinas Kesehatan"),
    (F(year=2026, state=workflow.ARCHIVED, work_unit="Dinas Kesehatan"),
     lambda r: r.received_at.year == 2026 and r.state == workflow.ARCHIVED and r.work_unit == "Dinas Kesehatan"),
])
def test_filters_keep_exactly_the_matching_rows(register, flt, check):
    everything = every_row()
    expected = {r.id for r in everything if check(r)}
    rows = every_row(flt, limit=11)
    assert expected and {r.id for r in rows} == expected
    assert rq.count(flt) == len(rows) == len(expected)


@pytest.mark.parametrize("walk_limit", [0, 10**9])
@pytest.mark.parametrize("sort", ["received_at", "applicant_name", "current_step"])
def test_query_plan_never_changes_the_answer(register, monkeypatch, walk_limit, sort):
    """Whether SQLite starts from a filter or walks the sort's index, the rows are the same."""
    flt = F(text="rum", state=workflow.ARCHIVED, work_unit="Dinas Kesehatan")
    expected = ids(every_row(flt, sort))
    monkeypatch.setattr(rq, "_walk_limit", lambda: walk_limit)
    assert ids(every_row(flt, sort, limit=5)) == expected
    assert rq.count(flt) == len(expected) > 0


def test_years_and_work_units_offer_what_exists(register):
    assert rq.years() == sorted({a.year for a in Application.select()}, reverse=True)
    assert rq.work_units() == sorted({a.work_unit for a in Applicant.select()})


def test_search_finds_part_of_a_name_in_any_case(register):
    name = Applicant.select().where(Applicant.name.contains("Rumakat")).first().name
    hits = found("UMAKA")
    assert hits and all("rumakat" in rq.row(i).applicant_name.lower() for i in hits)
    assert any(rq.row(i).applicant_name == name for i in hits)


def test_search_finds_a_nip_plain_grouped_and_by_prefix(register):
    app = Application.select().order_by(Application.id.desc()).first()
    nip = app.applicant.nip
    assert app.id in found(nip)
    assert app.id in found(group_nip(nip))
    assert app.id in found(nip[:10])
    assert app.id in found(group_nip(nip)[:15])


def test_search_finds_an_agenda_number_and_a_work_unit(register):
    app = Application.get_by_id(42)
    assert found(app.agenda_number) == {42}
    unit = found("kesehatan")
    assert unit == {a.id for a in Application.select().join(Applicant).where(Applicant.work_unit == "Dinas Kesehatan")}


def test_search_ignores_extra_spaces(register):
    app = Application.get_by_id(7)
    assert 7 in found("  " + "   ".join(app.applicant.name.split()) + " ")


@pytest.mark.parametrize("text", ["rum", "Rumakat", "Dinas Kes", "027/00", "UKPBJ/2026", "19", "ab", "a", "s.e.",
                                  "kecamatan bula", "1 0", "Wa Ode", "zzzz"])
def test_search_index_and_like_find_the_same_applications(register, text):
    def like_ids():
        query = Application.select(Application.id).join(Applicant).where(search.matches_like(search.normalize(text)))
        return {a.id for a in query}

    assert found(text) == like_ids()
    if len(text) >= search.MIN_INDEXED_LENGTH:
        query = Application.select(Application.id).where(search.matches_indexed(search.normalize(text)))
        assert {a.id for a in query} == like_ids()


def test_short_text_is_searched_with_like_and_long_text_with_the_index(register):
    assert search.uses_index("rum") and not search.uses_index("ru")


@pytest.mark.parametrize("text", ['"', "'", 'a"b', "O'Brien", "%", "_", "\\", "rum*", "NEAR(a b)", "a AND b",
                                  "-", "(", ")", ":", "^", "\x00", '"rum"'])
def test_punctuation_in_the_search_never_raises(register, text):
    assert rq.count(F(text=text)) == len(every_row(F(text=text)))


def test_like_wildcards_are_taken_literally(register):
    assert found("%") == set() and found("__") == set()


def test_index_follows_a_changed_applicant_name(register):
    app = Application.get_by_id(5)
    old_name = app.applicant.name
    Applicant.update(name="Theodora Kuswandari").where(Applicant.id == app.applicant_id).execute()
    assert found("Kuswandari") == {5}
    assert 5 not in found(old_name)
    assert rq.row(5).applicant_name == "Theodora Kuswandari"


def test_index_follows_new_and_deleted_applications(register, store):
    app = Application.get_by_id(9)
    data = {f.name: getattr(app, f.name) for f in Application._meta.sorted_fields if f.name != "id"}
    data.update(agenda_number="027/9999/UKPBJ/2026", seq=9999)
    copy = Application.create(**data)
    assert found("027/9999") == {copy.id}
    Application.update(agenda_number="027/8888/UKPBJ/2026").where(Application.id == copy.id).execute()
    assert found("027/9999") == set() and found("027/8888") == {copy.id}
    copy.delete_instance()
    assert found("027/8888") == set()


def test_migration_indexes_existing_rows_and_can_run_again(register, migration_script):
    migration = migration_script("0002_register_search")
    migration.down(None, database.obj)
    assert not search.uses_index("rumakat")
    expected = found("rumakat")  # the LIKE fallback still answers
    migration.up(None, database.obj)
    migration.up(None, database.obj)
    assert search.uses_index("rumakat") and found("rumakat") == expected
    assert database.execute_sql(f"SELECT COUNT(*) FROM {search.INDEX_TABLE}").fetchone()[0] == 300


def test_overdue_means_waiting_at_an_office_step_beyond_its_standard(register):
    row = rq.row(Application.get_by_id(1).id)
    entered = dt.datetime(2026, 3, 10, 9, 0)
    at_check = rq.RegisterRow(**{**vars(row), "current_step": "check_completeness",
                                 "standard_minutes": rq.standard_minutes("check_completeness"),
                                 "step_entered_at": entered})
    assert not at_check.overdue(entered + dt.timedelta(minutes=5))
    assert at_check.overdue(entered + dt.timedelta(minutes=6))
    at_ppk = rq.RegisterRow(**{**vars(at_check), "current_step": "supply_documents",
                               "standard_minutes": rq.standard_minutes("supply_documents")})
    assert rq.standard_minutes("supply_documents") is None and not at_ppk.overdue(entered + dt.timedelta(days=30))
    archived = rq.RegisterRow(**{**vars(at_check), "current_step": None, "standard_minutes": None})
    assert archived.waiting(entered) is None and not archived.overdue(entered + dt.timedelta(days=30))


def test_details_gather_applicant_documents_steps_and_account(register):
    app = (Application.select().join(Applicant).switch(Application)
           .where(Application.state == workflow.ARCHIVED, Application.decision == "accepted").first())
    info = rq.details(app.id)
    assert (info.name, info.nip, info.agenda_number) == (app.applicant.name, app.applicant.nip, app.agenda_number)
    assert info.certificate_name and info.sk_number == app.sk_number
    assert info.user_id == app.applicant.nip and info.archive_number
    assert [s.step for s in info.steps][:2] == ["submit", "check_completeness"] and info.steps[-1].step == "archive"
    assert all(s.operator == "Administrator" for s in info.steps)
    assert info.checklist and all(line.name and line.name != line.code for line in info.checklist)
    slow = [s for s in info.steps if s.standard_minutes and s.duration > dt.timedelta(minutes=s.standard_minutes)]
    assert [s.overdue for s in info.steps if s in slow] == [True] * len(slow)


def test_details_of_a_missing_application_is_none(register):
    assert rq.details(10**6) is None


def test_a_text_too_short_for_the_index_counts_no_further_than_the_cap(register, monkeypatch):
    """Typing the first letters costs a few rows read, not a scan of the register; the rows stay complete."""
    monkeypatch.setattr(planner, "COUNT_CAP", 10)
    everyone = found("a")
    assert len(everyone) > 11
    assert rq.count_is_capped(F(text="a")) and rq.count(F(text="a")) == 11
    assert not rq.count_is_capped(F(text="ama"))
    assert rq.count(F(text="ama")) == len(found("ama"))


def test_no_match_reads_no_page(register):
    assert rq.page(F(text="qz"), total=0) == [] and rq.count(F(text="qz")) == 0


def test_the_application_to_step_on_comes_with_its_applicant_in_one_query(register, request):
    known = Application.select(Application, Applicant).join(Applicant).first()
    sql_log = request.getfixturevalue("sql_log")  # from here on
    found = rq.application(known.id)
    assert (found.id, found.applicant.nip) == (known.id, known.applicant.nip)
    assert len(sql_log) == 1
    assert rq.application(-1) is None
