"""Opening never does harm: a database another process holds locked, or one a newer version wrote, is answered
with what to do, never a traceback, and nothing is written to it."""
import sqlite3

import pytest

from ukpbj_desktop.cli import main
from ukpbj_desktop.store import db as store_db
from ukpbj_desktop.store.db import database


@pytest.fixture
def locked(store, tmp_path, monkeypatch):
    """The store's file, its write lock held by another connection; a short busy timeout keeps the test quick."""
    database.close()
    monkeypatch.setattr(store_db, "SQLITE_PRAGMAS", tuple((name, 200 if name == "busy_timeout" else value)
                                                          for name, value in store_db.SQLITE_PRAGMAS))
    holder = sqlite3.connect(tmp_path / "test.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    yield str(tmp_path / "test.sqlite3")
    holder.rollback()
    holder.close()


@pytest.mark.parametrize("command", [["check"], ["export-register", "--out", "{out}"]])
def test_a_command_on_a_locked_database_says_another_process_holds_it(locked, tmp_path, capsys, command):
    argv = [part.format(out=tmp_path / "register.csv") for part in command]
    assert main([*argv, "--db", locked]) == 2
    err = capsys.readouterr().err
    assert "Basis data sedang dipakai proses lain" in err and "Traceback" not in err
    assert not (tmp_path / "register.csv").exists()


def test_a_file_from_a_newer_version_is_refused_before_anything_is_written(store, tmp_path, capsys):
    database.execute_sql("INSERT INTO schema_migration (name, applied) VALUES ('0099_from_the_future', "
                         "CURRENT_TIMESTAMP)")
    database.close()
    assert main(["demo", "--db", str(tmp_path / "test.sqlite3"), "--requests", "2"]) == 2
    err = capsys.readouterr().err
    assert "versi aplikasi yang lebih baru (0099_from_the_future)" in err and "Traceback" not in err
    database.close()
    with sqlite3.connect(tmp_path / "test.sqlite3") as reader:
        assert reader.execute("SELECT count(*) FROM application").fetchone() == (0,)  # the demo wrote nothing
