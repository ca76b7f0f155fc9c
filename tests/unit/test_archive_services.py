"""Filing and correcting archive records: retention end years, archive numbers, audit, and the 0003 upgrade."""
import dataclasses
import datetime as dt
import json

import peewee
import pytest

from tests.factories import advance, application_input
from ukpbj_desktop import audit, demo, services
from ukpbj_desktop.errors import ValidationError
from ukpbj_desktop.store import migrations
from ukpbj_desktop.store.bootstrap import open_store
from ukpbj_desktop.store.db import database, open_database
from ukpbj_desktop.store.models import (
    Applicant,
    Application,
    ArchiveRecord,
    AuditEvent,
    Classification,
    Operator,
    Scan,
    now,
)


def at_step_9(operator, nip="19650705 199203 1 023"):
    return advance(operator, services.submit(operator, application_input(nip=nip)), "archive")


def archived(operator, nip="19650705 199203 1 023", **values) -> ArchiveRecord:
    data = services.ArchiveInput(**{"classification": "000.3.5", "description": "Berkas akun PPK", "period": "2026",
                                    **values})
    return services.archive(operator, at_step_9(operator, nip), data).archive.get()


def input_of(record: ArchiveRecord, **changes) -> services.ArchiveInput:
    """The record's filing data as the edit dialog would send it back, with ``changes``."""
    values = {f.name: getattr(record, f.name) for f in dataclasses.fields(services.ArchiveInput)
              if f.name != "classification"}
    return services.ArchiveInput(**{**values, "classification": record.classification_id, **changes})


@pytest.mark.parametrize("years, ends", [
    ((2, 3), (2026, 2029)),
    ((0, 0), (2024, 2024)),
    ((2, None), (2026, None)),
    ((None, 3), (None, None)),
    ((None, None), (None, None)),
])
def test_retention_ends_are_counted_from_the_archiving_year(years, ends):
    assert services.retention_until(dt.datetime(2024, 12, 31, 23, 59), *years) == ends


def test_archiving_stores_when_retention_ends(store):
    record = archived(store)
    year = record.archived_at.year
    assert (record.active_years, record.inactive_years) == (2, 3)  # from classification 000.3.5
    assert (record.active_until, record.inactive_until) == (year + 2, year + 5)
    other = archived(store, "19751231 200001 2 002", active_years=1, inactive_years=10)
    assert (other.active_until, other.inactive_until) == (year + 1, year + 11)
    no_rule = archived(store, "19800615 200501 1 003", classification="000.3")  # a heading without retention
    assert (no_rule.active_until, no_rule.inactive_until) == (None, None)


def test_archiving_under_a_taken_number_is_refused_and_leaves_the_file_open(store):
    first = archived(store, archive_number="ARS/2026/00007")
    app = at_step_9(store, "19751231 200001 2 002")
    with pytest.raises(ValidationError) as err:
        services.archive(store, app, services.ArchiveInput("000.3.5", "Berkas", "2026",
                                                            archive_number="ARS/2026/00007"))
    assert err.value.field == "archive_number" and "ARS/2026/00007" in err.value.message()
    assert Application.get_by_id(app.id).current_step == "archive"
    assert ArchiveRecord.select().count() == 1 and first.archive_number == "ARS/2026/00007"


def test_update_moves_the_file_and_logs_old_and_new_values(store):
    record = archived(store, box_no="12", room="A", rack="1", shelf="2")
    events = AuditEvent.select().count()
    updated = services.update_archive(store, record, input_of(record, box_no=" 14 ", room="Gudang", shelf="5"))
    assert (updated.box_no, updated.room, updated.rack, updated.shelf) == ("14", "Gudang", "1", "5")
    assert updated.archive_number == record.archive_number and updated.archived_at == record.archived_at
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert AuditEvent.select().count() == events + 1
    assert (event.action, event.entity, event.entity_id) == ("archive_update", "archive_record", record.id)
    assert json.loads(event.data)["changes"] == {"box_no": ["12", "14"], "room": ["A", "Gudang"], "shelf": ["2", "5"]}
    assert audit.verify_chain() is None


def test_update_without_changes_writes_nothing(store):
    record = archived(store)
    events = AuditEvent.select().count()
    assert services.update_archive(store, record, input_of(record)) == record
    assert AuditEvent.select().count() == events


def test_update_recomputes_retention_ends_from_the_archiving_year(store):
    record = archived(store)
    ArchiveRecord.update(archived_at=dt.datetime(2020, 5, 1, 10)).where(ArchiveRecord.id == record.id).execute()
    record = ArchiveRecord.get_by_id(record.id)
    longer = services.update_archive(store, record, input_of(record, active_years=5, inactive_years=10))
    assert (longer.active_until, longer.inactive_until) == (2025, 2035)
    # Left open, the years and disposition follow the newly chosen classification.
    Classification.update(active_years=1, inactive_years=4, disposition="musnah").where(
        Classification.code == "027").execute()
    recoded = services.update_archive(store, longer, input_of(longer, classification="027", active_years=None,
                                                              inactive_years=None, disposition=""))
    assert (recoded.classification_id, recoded.active_years, recoded.inactive_years) == ("027", 1, 4)
    assert (recoded.active_until, recoded.inactive_until, recoded.disposition) == (2021, 2025, "musnah")


def test_update_keeps_or_changes_the_archive_number(store):
    record = archived(store, archive_number="ARS/2026/00001")
    assert services.update_archive(store, record, input_of(record, archive_number="")).archive_number == \
        "ARS/2026/00001"
    assert services.update_archive(store, record, input_of(record, archive_number=" ARS/2026/00001 ")).archive_number \
        == "ARS/2026/00001"
    renamed = services.update_archive(store, record, input_of(record, archive_number="ARS/2026/00099"))
    assert renamed.archive_number == "ARS/2026/00099"


def test_update_to_a_taken_number_is_refused_and_changes_nothing(store):
    taken = archived(store, archive_number="ARS/2026/00001")
    record = archived(store, "19751231 200001 2 002", archive_number="ARS/2026/00002", box_no="3")
    with pytest.raises(ValidationError) as err:
        services.update_archive(store, record, input_of(record, archive_number=taken.archive_number, box_no="4"))
    assert err.value.field == "archive_number" and "ARS/2026/00001" in err.value.message()
    assert ArchiveRecord.get_by_id(record.id).box_no == "3"


@pytest.mark.parametrize("changes, field", [
    (dict(description="  "), "description"),
    (dict(period=""), "period"),
    (dict(quantity=0), "quantity"),
    (dict(classification="999.9"), "classification"),
])
def test_update_validates_like_archiving(store, changes, field):
    record = archived(store)
    with pytest.raises(ValidationError) as err:
        services.update_archive(store, record, input_of(record, **changes))
    assert err.value.field == field
    assert ArchiveRecord.get_by_id(record.id).__data__ == record.__data__


def test_demo_records_carry_their_retention_ends(store):
    demo.generate(120, seed=5, today=dt.date(2026, 1, 10))
    records = list(ArchiveRecord.select())
    assert records
    for r in records:
        assert (r.active_until, r.inactive_until) == services.retention_until(r.archived_at, r.active_years,
                                                                               r.inactive_years)


def _insert(table, **columns):
    """A row with exactly these columns (the models know columns later migrations add)."""
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    return database.execute_sql(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(columns.values())).lastrowid


def _v2_store(path):
    """A database as the app left it before migration 0003, with archive records and scans."""
    db = open_database(str(path))
    migrations.migrate(db, target="0002_register_search")
    operator = Operator.create(username="admin", full_name="Administrator", role="admin")
    Classification.create(code="000.3.5", name="Sistem informasi", active_years=2, inactive_years=3)
    Classification.create(code="000.3", name="Pengadaan")
    records = []
    for i, (archived_at, code) in enumerate([(dt.datetime(2023, 12, 31, 23, 0), "000.3.5"),
                                             (dt.datetime(2025, 1, 2, 8, 0, 0, 480000), "000.3.5"),
                                             (dt.datetime(2025, 3, 3, 9, 0), "000.3")]):
        person = Applicant.create(nip=f"19650705199203102{i}", name=f"PPK {i}", work_unit="Dinas")
        app = _insert("application", agenda_number=f"027/{i:04d}/UKPBJ/2023", year=2023, seq=i,
                      applicant_id=person.id, received_at=now(), delivery_mode="in_person", courier_name="",
                      is_pa=0, sk_number="", certificate_number="", state="archived", step_entered_at=now(),
                      decision="", decision_reasons="", created_by_id=operator.id, updated_at=now())
        rule = Classification.get_by_id(code)
        records.append(_insert(
            "archive_record", application_id=app, archive_number=f"ARS/{i}", classification_id=code,
            description="Berkas", period="2023", quantity=1, media="kertas", development_level="asli",
            folder_no="", box_no="", room="", rack="", shelf="", active_years=rule.active_years,
            inactive_years=rule.inactive_years, disposition="", archived_at=archived_at,
            archived_by_id=operator.id))
    for sha in ("a" * 64, "a" * 64, "b" * 64):  # the same content attached twice to one record
        Scan.insert(archive=records[0], sha256=sha, filename="sk.pdf", size=10, added_at=now()).execute()
    database.close()
    return records


def test_upgrading_a_v2_file_fills_retention_ends_and_makes_scans_unique(tmp_path):
    path = tmp_path / "v2.sqlite3"
    first, second, no_rule = _v2_store(path)
    open_store(str(path))
    try:
        assert migrations.pending(database) == []
        ends = {r.id: (r.active_until, r.inactive_until) for r in ArchiveRecord.select()}
        assert ends == {first: (2025, 2028), second: (2027, 2030), no_rule: (None, None)}
        assert sorted(s.sha256[0] for s in Scan.select().where(Scan.archive == first)) == ["a", "b"]
        with pytest.raises(peewee.IntegrityError):
            Scan.create(archive=first, sha256="b" * 64, filename="again.pdf", size=10)
        indexes = {i.name for i in database.get_indexes("archive_record")}
        assert {"archive_record_archived_at", "archive_record_room", "archive_record_disposition",
                "archive_record_active_until", "archive_record_inactive_until"} <= indexes
    finally:
        database.close()


def test_migration_0003_can_run_again(tmp_path, migration_script):
    path = tmp_path / "again.sqlite3"
    _v2_store(path)
    open_store(str(path))
    try:
        runner = migrations.runner(database)
        before = list(ArchiveRecord.select().order_by(ArchiveRecord.id).tuples())
        migration_script("0003_archive").up(runner.migrator, database)
        assert list(ArchiveRecord.select().order_by(ArchiveRecord.id).tuples()) == before
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        database.close()
