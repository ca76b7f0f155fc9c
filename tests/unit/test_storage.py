"""The database file: migrations, crash safety, locked and corrupt files."""
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from tests.factories import application_input
from ukpbj_desktop import services
from ukpbj_desktop.errors import StorageError
from ukpbj_desktop.store import migrations
from ukpbj_desktop.store.bootstrap import open_store
from ukpbj_desktop.store.db import SQLITE_PRAGMAS, database, has_trigram_fts, open_database, sqlite_path
from ukpbj_desktop.store.models import Application


def test_pragmas_are_in_force(store):
    values = {name: database.execute_sql(f"PRAGMA {name}").fetchone()[0] for name, _ in SQLITE_PRAGMAS}
    assert values["journal_mode"] == "wal"
    assert values["foreign_keys"] == 1
    assert values["synchronous"] == 2  # FULL
    assert values["busy_timeout"] == 5000


def test_a_first_schema_database_is_upgraded_keeping_its_records(tmp_path):
    path = tmp_path / "v1.sqlite3"
    db = open_database(str(path))
    migrations.migrate(db, target="0001_initial")
    db.execute_sql("INSERT INTO operator (username, full_name, nip, role, active, created_at) "
                   "VALUES ('admin', 'Administrator', '', 'admin', 1, '2026-01-01 08:00:00')")
    db.close()
    operator = open_store(str(path))
    assert operator.username == "admin"
    assert migrations.pending(database) == []
    assert list(tmp_path.glob("v1.sqlite3.pre-*")), "a copy is taken before migrating"
    app = services.submit(operator, application_input())  # the new schema works
    assert app.agenda_number
    database.close()


def test_migrating_through_the_shared_connection_still_copies_the_file_and_builds_the_search(tmp_path):
    """The proxy every model uses is seen as the SQLite file behind it, not as some other database."""
    path = tmp_path / "v1.sqlite3"
    db = open_database(str(path))
    migrations.migrate(db, target="0001_initial")
    assert sqlite_path(database) == path and has_trigram_fts(database) == has_trigram_fts(db)
    assert "0002_register_search" in migrations.migrate(database)
    assert list(tmp_path.glob("v1.sqlite3.pre-0002_register_search-*")), "a copy is taken before migrating"
    assert database.table_exists("application_search") == has_trigram_fts(db)
    database.close()


def test_migrations_are_idempotent(tmp_path):
    """Re-running every migration on a migrated file (as after a half-finished upgrade) is harmless."""
    open_store(str(tmp_path / "x.sqlite3"))
    runner = migrations.runner(database)
    for migration in runner.migrations():
        migration.load().up(runner.migrator, database)
    assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    database.close()


def test_corrupt_file_gives_a_clear_message(tmp_path):
    path = tmp_path / "corrupt.sqlite3"
    path.write_bytes(b"this is not a database" * 400)
    with pytest.raises(StorageError) as err:
        open_store(str(path))
    assert "rusak" in err.value.message()


def test_locked_database_is_reported_and_nothing_is_half_written(store, tmp_path):
    database.execute_sql("PRAGMA busy_timeout=100")
    other = sqlite3.connect(tmp_path / "test.sqlite3")
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError) as err:
            services.submit(store, application_input())
        assert "dipakai" in err.value.message()
    finally:
        other.rollback()
        other.close()
    assert Application.select().count() == 0


WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from ukpbj_desktop.store.bootstrap import open_store
    from ukpbj_desktop import services
    from tests.factories import application_input
    operator = open_store({db!r})
    for i in range(10000):
        nip = "19800101 2005{{:02d}} 1 {{:03d}}".format(i // 999 % 12 + 1, i % 999 + 1)
        app = services.submit(operator, application_input(nip=nip))
        print(app.agenda_number, flush=True)
""")


def test_a_killed_process_loses_no_committed_application(tmp_path):
    db = tmp_path / "crash.sqlite3"
    root = str(__import__("pathlib").Path(__file__).resolve().parents[2])
    proc = subprocess.Popen([sys.executable, "-c", WRITER.format(root=root, db=str(db))], stdout=subprocess.PIPE,
                            text=True)
    committed = []
    for line in proc.stdout:
        committed.append(line.strip())
        if len(committed) == 40:
            proc.kill()  # SIGKILL mid-run: no clean shutdown, a write may be in flight
            break
    proc.wait()
    open_store(str(db))
    assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {a.agenda_number for a in Application.select()}
    assert set(committed) <= stored
    database.close()


def test_an_up_to_date_file_opens_without_loading_the_migration_scripts(tmp_path):
    """Start-up cost: the migration runner (and every script) loads only when a script is pending."""
    import subprocess
    import sys

    from ukpbj_desktop.store.bootstrap import open_store
    from ukpbj_desktop.store.db import database

    path = tmp_path / "current.sqlite3"
    open_store(str(path))
    database.close()
    probe = ("import sys; from ukpbj_desktop.store.bootstrap import open_store; open_store(sys.argv[1]); "
             "print('playhouse.migrations' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_the_status_bar_names_the_sqlite_file_in_use(store, tmp_path):
    from ukpbj_desktop.store.db import location_text

    assert location_text() == str(tmp_path / "test.sqlite3")


def test_a_tracked_change_keeps_the_old_and_the_new_values(store):
    import json

    from ukpbj_desktop import audit
    from ukpbj_desktop.store.models import AuditEvent, Setting

    row = Setting.create(key="city", value="Bula")
    audit.track(store, "create", row)
    before = audit.state(row)
    row.value = "Ambon"
    row.save()
    audit.track(store, "update", row, before)
    event = json.loads(AuditEvent.select().order_by(AuditEvent.id.desc()).get().data)
    assert event["old"]["value"] == "Bula" and event["new"]["value"] == "Ambon" and event["key"] == "city"
    assert audit.verify_chain() is None
