"""Backups you can restore: verify, set the current file aside, restore, verify again, audit; a corrupted
backup is refused with nothing changed."""
import json
import zipfile

import pytest

from tests.factories import advance, application_input
from ukpbj_desktop import scans, services
from ukpbj_desktop.cli import main
from ukpbj_desktop.errors import StorageError
from ukpbj_desktop.store import backup, restore
from ukpbj_desktop.store.db import database
from ukpbj_desktop.store.models import Application, AuditEvent, Scan

PDF = b"%PDF-1.4 pindaian" * 20_000
OTHER = "19700101 199503 2 001"


@pytest.fixture
def backed_up(store, tmp_path):
    """An archived file with a scan, backed up; then a second file registered after the backup."""
    app = advance(store, services.submit(store, application_input()), None)
    source = tmp_path / "sk.pdf"
    source.write_bytes(PDF)
    scan = scans.add_scan(store, app.archive.get(), source)
    zipped = backup.make_backup(tmp_path / "cadangan.zip")
    later = services.submit(store, application_input(nip=OTHER))
    return zipped, app, later, scan


def test_a_restore_brings_back_every_row_and_scan_and_keeps_the_replaced_file(store, backed_up, tmp_path):
    zipped, app, later, scan = backed_up
    scans.stored_path(scan).unlink()  # lost from the data folder since the backup
    with restore.Restore(zipped) as prepared:
        assert prepared.check.ok and prepared.check.applications == 1
        assert prepared.lost(restore.current_agendas()) == [later.agenda_number]  # said plainly before
        aside = prepared.run(store.username)
    assert [a.agenda_number for a in Application.select()] == [app.agenda_number]
    assert scans.verify(Scan.get()) == scans.OK
    assert aside.exists() and restore.ASIDE in aside.name  # the replaced register, never deleted
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert event.action == "restore" and json.loads(event.data)["set_aside"] == str(aside)
    services.submit(store, application_input(nip=OTHER))  # the restored register takes new work


def test_a_corrupted_backup_is_refused_and_nothing_changes(store, backed_up, tmp_path):
    zipped, app, later, _scan = backed_up
    with zipfile.ZipFile(zipped) as archive:
        info = archive.getinfo(backup.DATABASE_MEMBER)
    data = bytearray(zipped.read_bytes())
    middle = info.header_offset + 100 + info.compress_size // 2
    data[middle:middle + 64] = bytes(64)
    zipped.write_bytes(bytes(data))
    with restore.Restore(zipped) as prepared:
        assert not prepared.check.ok and "ukpbj.sqlite3" in prepared.check.problems[0]
        with pytest.raises(StorageError, match="tidak bisa dipulihkan"):
            prepared.run(store.username)
    assert Application.select().count() == 2  # the open register untouched


def test_not_a_backup_at_all_is_refused(store, tmp_path):
    fake = tmp_path / "bukan.zip"
    fake.write_bytes(b"MZ not a zip")
    with restore.Restore(fake) as prepared:
        assert not prepared.check.ok and "bukan berkas cadangan" in prepared.check.problems[0]


def test_verify_backup_command_says_whether_a_backup_can_be_restored(store, backed_up, capsys):
    zipped = backed_up[0]
    database.close()
    assert main(["verify-backup", str(zipped)]) == 0
    out = capsys.readouterr().out
    assert "dapat dipulihkan" in out and "1 permohonan" in out
    zipped.write_bytes(zipped.read_bytes()[:2000])
    assert main(["verify-backup", str(zipped)]) == 1
    assert "tidak dapat dipulihkan" in capsys.readouterr().out


def test_restore_command_restores_after_naming_what_is_lost(store, backed_up, tmp_path, capsys):
    zipped, app, later, _scan = backed_up
    db_file = tmp_path / "test.sqlite3"
    database.close()
    assert main(["restore", str(zipped), "--db", str(db_file), "--yes"]) == 0
    out = capsys.readouterr().out
    assert later.agenda_number in out and "dipulihkan" in out
    assert [a.agenda_number for a in Application.select()] == [app.agenda_number]


def test_a_damaged_database_is_not_backed_up_as_done(store, tmp_path):
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    services.submit(store, application_input())
    from unittest import mock

    damage = ["*** in database main *** Page 7: btree error"]
    with mock.patch.object(backup, "check_copy", return_value=damage), \
            pytest.raises(StorageError, match="cadangan tidak dibuat"):
        backup.make_backup(tmp_path / "b.zip")
    assert not (tmp_path / "b.zip").exists()
