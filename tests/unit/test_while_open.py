"""Faults while the register is open: a full disk, the file deleted or replaced under the app.
The user is told what happened, and nothing is reported saved that was not."""
import shutil

import pytest

from tests.factories import application_input
from ukpbj_desktop import services
from ukpbj_desktop.errors import StorageError
from ukpbj_desktop.store.db import database
from ukpbj_desktop.store.models import Applicant, Application


def nip(n):
    return f"19650705199203100{n}"


def test_a_full_disk_says_the_disk_is_full_and_writes_nothing(store):
    services.submit(store, application_input(nip=nip(1)))
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages}")  # the file cannot grow: as a full disk
    with pytest.raises(StorageError, match="Disk penuh") as refused:
        for n in range(2, 10):
            services.submit(store, application_input(nip=nip(n)))
    assert "rollback" not in refused.value.message()
    saved = Application.select().count()
    assert Applicant.select().count() == saved  # the failed registration left no applicant behind
    database.execute_sql("PRAGMA max_page_count = 1073741823")  # space freed: work goes on
    services.submit(store, application_input(nip=nip(9)))
    assert Application.select().count() == saved + 1


def test_a_database_deleted_while_open_refuses_the_next_registration(store, tmp_path):
    services.submit(store, application_input(nip=nip(1)))
    (tmp_path / "test.sqlite3").unlink()
    with pytest.raises(StorageError, match="sudah tidak ada"):
        services.submit(store, application_input(nip=nip(2)))


def test_a_database_replaced_while_open_refuses_the_next_registration_and_the_replacement_is_untouched(
        store, tmp_path):
    services.submit(store, application_input(nip=nip(1)))
    live = tmp_path / "test.sqlite3"
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(live, tmp_path / "copy.sqlite3")
    (tmp_path / "copy.sqlite3").replace(live)  # another file now under the same name
    before = live.read_bytes()
    with pytest.raises(StorageError, match="diganti dengan berkas lain"):
        services.submit(store, application_input(nip=nip(2)))
    assert live.read_bytes() == before
