"""Automatic copies: made with the online backup API, checked, skipped when nothing changed, thinned to
days, weeks and months, carried to a second folder, and restorable like a backup zip."""
import datetime as dt
import sqlite3
from unittest import mock

import pytest

from tests.factories import advance, application_input
from ukpbj_desktop import scans, services
from ukpbj_desktop.errors import StorageError
from ukpbj_desktop.store import autobackup, backup, restore
from ukpbj_desktop.store.models import Application, Scan
from ukpbj_desktop.store.settings import set_setting

OTHER = "19700101 199503 2 001"


def rows(copy):
    with sqlite3.connect(copy) as raw:
        return raw.execute("SELECT count(*) FROM application").fetchone()[0]


def test_a_copy_is_made_checked_and_skipped_while_nothing_changes(store):
    services.submit(store, application_input())
    first = autobackup.make_auto_backup().copy
    assert first is not None and rows(first) == 1 and backup.check_copy(first) == []
    assert autobackup.make_auto_backup().copy is None  # nothing changed
    services.submit(store, application_input(nip=OTHER))
    second = autobackup.make_auto_backup().copy
    assert second is not None and rows(second) == 2  # a copy made in the same second replaces the first


def test_a_damaged_register_is_not_copied(store):
    with mock.patch.object(autobackup, "check_copy", return_value=["Page 7: btree error"]), \
            pytest.raises(StorageError, match="salinan otomatis tidak dibuat"):
        autobackup.make_auto_backup()
    assert autobackup.copies(autobackup.folder()) == []


def test_copies_are_thinned_to_the_newest_of_each_day_week_and_month(tmp_path):
    start = dt.datetime(2026, 12, 1, 17, 0)
    for hours in range(0, 24 * 400, 8):  # three copies a day for 400 days
        made = start - dt.timedelta(hours=hours)
        (tmp_path / f"ukpbj-{made:%Y%m%d-%H%M%S}.sqlite3").write_bytes(b"")
    autobackup.thin(tmp_path)
    kept = [autobackup.made_at(copy) for copy in autobackup.copies(tmp_path)]
    assert kept[0] == start and len(kept) <= 7 + 8 + 12
    assert len({k.date() for k in kept if start - k < dt.timedelta(days=7)}) == 7  # one for each of 7 days
    assert min(kept) < start - dt.timedelta(days=300)  # monthly copies reach back a year


def test_a_second_folder_receives_the_copy_with_its_scans_and_counts_as_off_this_pc(store, tmp_path):
    app = advance(store, services.submit(store, application_input()), None)
    source = tmp_path / "sk.pdf"
    source.write_bytes(b"%PDF-1.4 pindaian")
    scan = scans.add_scan(store, app.archive.get(), source)
    usb = tmp_path / "usb"
    usb.mkdir()
    set_setting("backup_second_folder", str(usb))
    assert autobackup.offsite_overdue()
    outcome = autobackup.make_auto_backup()
    assert outcome.second_place == "" and not outcome.left_out
    [copied] = autobackup.copies(usb / autobackup.SECOND_FOLDER)
    assert rows(copied) == 1
    kept = autobackup.scan_path(usb / autobackup.SECOND_FOLDER, scan.sha256, scan.filename)
    assert scans.file_status(kept, scan.sha256) == scans.OK
    assert not autobackup.offsite_overdue()


def test_a_missing_second_folder_is_reported_not_raised(store, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    set_setting("backup_second_folder", str(blocker))
    outcome = autobackup.make_auto_backup()
    assert outcome.copy is not None and str(blocker) in outcome.second_place


def test_an_automatic_copy_restores_with_its_scans(store, tmp_path):
    app = advance(store, services.submit(store, application_input()), None)
    source = tmp_path / "sk.pdf"
    source.write_bytes(b"%PDF-1.4 pindaian" * 1000)
    scans.add_scan(store, app.archive.get(), source)
    copy = autobackup.make_auto_backup().copy
    services.submit(store, application_input(nip=OTHER))
    scans.stored_path(Scan.get()).unlink()  # lost from the data folder since
    with restore.Restore(copy) as prepared:
        assert prepared.check.ok and prepared.check.applications == 1
        prepared.run(store.username)
    assert Application.select().count() == 1 and scans.verify(Scan.get()) == scans.OK
