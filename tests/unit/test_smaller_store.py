"""Migration 0006 makes the file smaller without changing what a search finds or how quickly a file opens."""
import datetime as dt

import pytest

from ukpbj_desktop import demo
from ukpbj_desktop.formatting import group_nip
from ukpbj_desktop.queries import archive as aq, register as rq, search
from ukpbj_desktop.store import migrations
from ukpbj_desktop.store.db import database
from ukpbj_desktop.store.models import Applicant, Application, ArchiveRecord

TEXTS = ("rum", "Rumakat", "UMAKA", "Dinas Kes", "kesehatan", "027/00", "UKPBJ/2026", "1 0", "Wa Ode", "s.e.",
         "ARS/20", "permohonan", "PPK SPSE", "zzzz", '"', "rum*", "a AND b", "%", "__")


@pytest.fixture
def filled(store):
    demo.generate(300, today=dt.date(2026, 1, 10))
    return store


def _register_ids(text):
    return {row.id for row in rq.page(rq.RegisterFilter(text=text), limit=10**4)}


def _archive_ids(text):
    return {row.id for row in aq.page(aq.ArchiveFilter(text=text), limit=10**4)}


def _answers(texts):
    """What the register and the archive show, and count, for each text."""
    return {text: (_register_ids(text), rq.count(rq.RegisterFilter(text=text), exact=True),
                   _archive_ids(text), aq.count(aq.ArchiveFilter(text=text), exact=True)) for text in texts}


def _texts():
    nip, app, record = Applicant.get_by_id(17).nip, Application.get_by_id(42), ArchiveRecord.select().first()
    across = (f"{app.agenda_number} {app.applicant.name[:4]}", f"{record.archive_number} {record.description[:6]}")
    return (*TEXTS, *across, nip, nip[:10], group_nip(nip), group_nip(nip)[:15], app.agenda_number,
            record.archive_number)


def _fts_intact():
    for table in (search.INDEX_TABLE, aq.ARCHIVE_INDEX):  # raises when the index and the tables disagree
        database.execute_sql(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")


def test_an_upgraded_file_finds_the_same_applications_and_records_and_can_be_upgraded_again(filled, migration_script):
    migration = migration_script("0006_smaller_store")
    migration.down(None, database.obj)  # the indexes and search tables of 0001 to 0004
    texts = _texts()
    before = _answers(texts)
    assert before["Rumakat"][0] and before["permohonan"][2], "the searches under test find something"
    migration.up(None, database.obj)
    assert _answers(texts) == before
    migration.up(None, database.obj)
    assert _answers(texts) == before
    _fts_intact()
    indexes = {name for (name,) in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert not indexes & {name for name, _table, _columns in migration.UNUSED_INDEXES}


def test_the_search_follows_every_change_to_what_it_searches(filled):
    app = Application.get_by_id(5)
    Applicant.update(name="Theodora Kuswandari", nip="198001012005012001").where(
        Applicant.id == app.applicant_id).execute()
    Application.update(agenda_number="027/7777/UKPBJ/2026").where(Application.id == 6).execute()
    data = {f.name: getattr(app, f.name) for f in Application._meta.sorted_fields if f.name != "id"}
    copy = Application.create(**{**data, "agenda_number": "027/9999/UKPBJ/2026", "seq": 9999})
    copy.delete_instance()
    record = ArchiveRecord.select().first()
    ArchiveRecord.update(description="Berkas dalam kotak biru").where(ArchiveRecord.id == record.id).execute()
    _fts_intact()
    assert _register_ids("Kuswandari") == _register_ids("19800101 200501 2 001") == {5}
    assert _register_ids("027/7777") == {6} and not _register_ids("027/9999")
    assert _archive_ids("kotak biru") == {record.id}
    for text in _texts():
        like = {a.id for a in Application.select(Application.id).join(Applicant)
                .where(search.matches_like(search.normalize(text)))}
        assert _register_ids(text) == like, text


def test_a_files_history_and_the_step_figures_are_still_read_through_an_index(filled):
    def plan(sql, params):
        return " ".join(row[-1] for row in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params))

    history = plan("SELECT * FROM step_log WHERE application_id = ? ORDER BY finished_at, id", (5,))
    figures = plan("SELECT COUNT(*) FROM step_log WHERE step = ? AND finished_at >= ?", (2, "2025-01-01"))
    assert "INDEX steplog_application_id" in history
    assert "INDEX steplog_step_finished_at" in figures
    steps = rq.details(5).steps
    assert [s.finished_at for s in steps] == sorted(s.finished_at for s in steps) and len(steps) >= 1


def test_demo_data_leaves_no_free_pages_in_the_file(filled):
    assert database.execute_sql("PRAGMA freelist_count").fetchone()[0] == 0


def test_an_upgrade_gives_the_space_it_freed_back(filled, migration_script):
    migration_script("0006_smaller_store").down(None, database.obj)
    database.execute_sql("DELETE FROM schema_migration WHERE name = '0006_smaller_store'")
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    assert migrations.migrate(database.obj) == ["0006_smaller_store"]
    assert database.execute_sql("PRAGMA freelist_count").fetchone()[0] == 0
    assert database.execute_sql("PRAGMA page_count").fetchone()[0] < pages
