"""A rejected file stays a rejected file: archived, it is still found, counted and exported by its decision."""
import csv
import datetime as dt
import io

import openpyxl
import pytest

from tests.factories import advance, application_input
from ukpbj_desktop import demo, services, workflow
from ukpbj_desktop.documents import exports
from ukpbj_desktop.queries import register as rq
from ukpbj_desktop.store.db import database
from ukpbj_desktop.store.models import Application

F = rq.RegisterFilter
FRIDAY = dt.datetime(2026, 1, 9, 9, 0)


def archived_on(app, day):
    """Date the archiving of ``app`` on ``day`` (the tests' calendar, not today's)."""
    Application.update(step_entered_at=dt.datetime.combine(day, dt.time(14, 0))).where(
        Application.id == app.id).execute()
    return Application.get_by_id(app.id)


@pytest.fixture
def files(store):
    """Three files received on a Friday: accepted and archived, rejected and archived, still being checked."""
    def received(nip, name):
        return services.submit(store, application_input(nip=nip, name=name, received_at=FRIDAY))

    accepted = archived_on(advance(store, received("19650705 199203 1 023", "Diterima Satu"), None),
                           dt.date(2026, 1, 12))  # Monday
    rejected = received("19700101 199503 2 001", "Ditolak Dua")
    rejected = services.reject(store, services.reject_at_completeness_check(store, rejected, ["Bukan PPK."]))
    rejected = services.archive(store, rejected, services.ArchiveInput("000.3.5", "Berkas akun PPK", "2026"))
    rejected = archived_on(rejected, dt.date(2026, 1, 16))  # the next Friday
    waiting = received("19800615 200501 1 003", "Menunggu Tiga")
    return {"accepted": accepted, "rejected": rejected, "waiting": waiting}


def test_an_archived_file_keeps_its_decision(files):
    assert files["rejected"].state == workflow.ARCHIVED and files["rejected"].decision == "rejected"
    assert rq.row(files["rejected"].id).decision == "rejected"


@pytest.mark.parametrize("decision, expected", [("rejected", {"rejected"}), ("accepted", {"accepted"}),
                                                ("", {"waiting"})])
def test_the_register_filters_by_decision_archived_or_not(files, decision, expected):
    rows = rq.page(F(decision=decision))
    assert {r.id for r in rows} == {files[name].id for name in expected} and rq.count(F(decision=decision)) == 1
    assert rq.count(F(decision="rejected", state=workflow.ARCHIVED)) == 1


def plans(run):
    """The query plan of every statement on the application table that ``run`` executes."""
    executed = []
    original = database.obj.execute_sql

    def logged(sql, params=None, *args, **kwargs):
        executed.append((sql, params or ()))
        return original(sql, params, *args, **kwargs)

    database.obj.execute_sql = logged
    try:
        run()
    finally:
        database.obj.execute_sql = original
    return [" ".join(row[-1] for row in original(f"EXPLAIN QUERY PLAN {sql}", params))
            for sql, params in executed if '"application"' in sql]


def test_the_decision_filter_reads_its_index(store):
    demo.generate(300, today=dt.date(2026, 1, 10))
    flt = F(decision="rejected")
    counted = plans(lambda: rq.count(flt))
    paged = plans(lambda: rq.page(flt, "received_at"))
    assert counted and all("application_decision" in plan for plan in counted)
    assert any("application_decision" in plan for plan in paged)  # few matches: read from the index, sorted
    assert all(r.decision == "rejected" for r in rq.page(flt)) and rq.count(flt) > 0


def exported_csv(tmp_path):
    out = tmp_path / "register.csv"
    exports.export_register(F(), out)
    header, *lines = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    return header, {line[2]: dict(zip(header, line, strict=True)) for line in lines}


def test_the_register_export_says_the_decision_and_the_working_days_to_archiving(files, tmp_path):
    header, lines = exported_csv(tmp_path)
    assert "Keputusan" in header and "Lama proses (hari kerja)" in header
    assert lines["Diterima Satu"]["Keputusan"] == "Diterima" and lines["Diterima Satu"]["Status"] == "Diarsipkan"
    assert lines["Diterima Satu"]["Lama proses (hari kerja)"] == "1"  # Friday to Monday
    assert lines["Ditolak Dua"]["Keputusan"] == "Ditolak" and lines["Ditolak Dua"]["Lama proses (hari kerja)"] == "5"
    assert lines["Menunggu Tiga"]["Keputusan"] == lines["Menunggu Tiga"]["Lama proses (hari kerja)"] == ""


def test_the_xlsx_keeps_the_working_days_as_numbers(files, tmp_path):
    out = tmp_path / "register.xlsx"
    exports.export_register(F(decision="rejected"), out)
    header, *rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    [row] = rows
    assert row[header.index("Keputusan")] == "Ditolak" and row[header.index("Lama proses (hari kerja)")] == 5
