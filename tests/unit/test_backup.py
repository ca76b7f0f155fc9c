"""The backup zip: a database that opens with its rows, every scan intact, nothing half written."""
import contextlib
import hashlib
import json
import sqlite3
import zipfile

import pytest

from tests.factories import advance, application_input
from ukpbj_desktop import cli, config, scans, services
from ukpbj_desktop.documents.export_files import Cancelled
from ukpbj_desktop.errors import StorageError
from ukpbj_desktop.store import backup
from ukpbj_desktop.store.bootstrap import open_store
from ukpbj_desktop.store.db import database, sqlite_path

SCANS = {"sk.pdf": b"%PDF-1.4 sk" * 50_000, "ktp.jpg": b"\xff\xd8\xff jpeg" * 1000}


@pytest.fixture
def archive_with_scans(store, tmp_path):
    """Two archived files; one scan shared by both, so three rows and two stored files."""
    records = []
    for nip in (application_input().applicant.nip, "19700101 199503 2 001"):
        app = advance(store, services.submit(store, application_input(nip=nip)), None)
        records.append(app.archive.get())
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    for name, content in SCANS.items():
        (incoming / name).write_bytes(content)
    rows = [scans.add_scan(store, records[0], incoming / "sk.pdf"),
            scans.add_scan(store, records[0], incoming / "ktp.jpg"),
            scans.add_scan(store, records[1], incoming / "sk.pdf")]
    return rows


def member_name(scan):
    return f"scans/{scan.sha256[:2]}/{scans.stored_path(scan).name}"


def test_the_backup_holds_the_database_and_every_scan_with_checkable_hashes(archive_with_scans, tmp_path):
    calls = []
    out = backup.make_backup(tmp_path / "usb" / "cadangan.zip", progress=lambda d, t: calls.append((d, t)))
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        expected = {"ukpbj.sqlite3", "manifest.json", *(member_name(s) for s in archive_with_scans)}
        assert names == expected and len(names) == 4  # the shared scan is carried once
        assert archive.testzip() is None
        assert archive.getinfo("ukpbj.sqlite3").compress_type == zipfile.ZIP_DEFLATED
        manifest = json.loads(archive.read("manifest.json"))
        for name in names - {"manifest.json"}:
            data = archive.read(name)
            assert manifest["members"][name]["sha256"] == hashlib.sha256(data).hexdigest()
            if name.startswith("scans/"):
                assert archive.getinfo(name).compress_type == zipfile.ZIP_STORED
                assert hashlib.sha256(data).hexdigest() == name.split("/")[-1].split(".")[0]
        assert manifest["missing"] == []
        archive.extract("ukpbj.sqlite3", tmp_path / "restored")
    assert calls[-1] == (3, 3) and [d for d, _ in calls] == [1, 2, 3]
    with contextlib.closing(sqlite3.connect(tmp_path / "restored" / "ukpbj.sqlite3")) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT count(*) FROM scan").fetchone()[0] == 3
        assert copy.execute("SELECT count(*) FROM archive_record").fetchone()[0] == 2
    assert sorted(p.name for p in out.parent.iterdir()) == ["cadangan.zip"]  # no temp files left


def test_a_scan_file_lost_from_the_data_folder_is_listed_and_the_rest_is_saved(archive_with_scans, tmp_path):
    lost = archive_with_scans[1]
    scans.stored_path(lost).unlink()
    with pytest.raises(StorageError, match=f"1 pindaian tidak ikut karena hilang atau rusak: {lost.filename}"):
        backup.make_backup(tmp_path / "b.zip")  # never "done" over a backup that lacks a scan
    with zipfile.ZipFile(tmp_path / "b.zip") as archive:
        assert json.loads(archive.read("manifest.json"))["missing"] == [member_name(lost)]
        assert member_name(archive_with_scans[0]) in archive.namelist()


def test_a_scan_whose_bytes_changed_is_left_out_and_named_not_copied(archive_with_scans, tmp_path):
    tampered = archive_with_scans[0]
    scans.stored_path(tampered).write_bytes(b"%PDF-1.4 something else")
    with pytest.raises(StorageError, match=tampered.filename):
        backup.make_backup(tmp_path / "b.zip")
    with zipfile.ZipFile(tmp_path / "b.zip") as archive:
        assert json.loads(archive.read("manifest.json"))["damaged"] == [member_name(tampered)]
        assert member_name(tampered) not in archive.namelist()


def test_cancelling_leaves_nothing_behind_and_keeps_an_older_backup(archive_with_scans, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "cadangan.zip").write_bytes(b"last week's backup")
    calls = []
    with pytest.raises(Cancelled):
        backup.make_backup(folder / "cadangan.zip", progress=lambda d, t: calls.append(d),
                           cancelled=lambda: len(calls) >= 1)
    assert calls == [1]  # it stopped inside the scans, after the database
    assert [p.name for p in folder.iterdir()] == ["cadangan.zip"]
    assert (folder / "cadangan.zip").read_bytes() == b"last week's backup"


def test_a_database_that_is_not_a_sqlite_file_is_refused_before_writing(tmp_path):
    open_store(":memory:")
    try:
        with pytest.raises(StorageError, match="SQLite"):
            backup.make_backup(tmp_path / "out" / "b.zip")
    finally:
        database.close()
    assert list((tmp_path / "out").iterdir()) == []


def test_the_backup_command_writes_the_zip(archive_with_scans, tmp_path, capsys):
    out = tmp_path / "cli" / "cadangan.zip"
    assert cli.main(["backup", "--db", str(sqlite_path()), "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().err
    with zipfile.ZipFile(out) as archive:
        assert member_name(archive_with_scans[0]) in archive.namelist()


def test_the_backup_command_defaults_to_the_backup_folder(store):
    assert cli.main(["backup", "--db", str(sqlite_path())]) == 0
    made = list(config.backup_dir().glob("ukpbj-*.zip"))
    assert len(made) == 1
    with zipfile.ZipFile(made[0]) as archive:
        assert archive.testzip() is None
