"""Scans of archived files: stored once by content, checked on every open, never half saved."""
import errno
import hashlib
import os

import peewee
import pytest

from tests.factories import advance, application_input
from ukpbj_desktop import scans, services
from ukpbj_desktop.cli import main
from ukpbj_desktop.documents.export_files import Cancelled
from ukpbj_desktop.errors import StorageError, ValidationError
from ukpbj_desktop.store.models import AuditEvent, Scan

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 9000  # > 2 MiB: more than one read chunk
PNG = b"\x89PNG\r\n\x1a\n"
OTHER_NIP = "19700101 199503 2 001"
FACTORY_NIP = application_input().applicant.nip


def archived(operator, nip=FACTORY_NIP):
    app = advance(operator, services.submit(operator, application_input(nip=nip)), None)
    return app.archive.get()


@pytest.fixture
def record(store):
    return archived(store)


def incoming(tmp_path, name="SK Pengangkatan.PDF", content=PDF):
    path = tmp_path / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(content)
    return path


def stored_files():
    return sorted(p for p in scans.scans_dir().rglob("*") if p.is_file())


def test_a_scan_is_stored_under_its_hash_with_a_row_and_an_audit_event(store, record, tmp_path):
    scan = scans.add_scan(store, record, incoming(tmp_path))
    sha = hashlib.sha256(PDF).hexdigest()
    assert (scan.sha256, scan.size, scan.filename) == (sha, len(PDF), "SK Pengangkatan.PDF")
    assert stored_files() == [scans.scans_dir() / sha[:2] / f"{sha}.pdf"]
    assert scans.open_verified(scan).read_bytes() == PDF
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (event.action, event.entity, event.entity_id) == ("scan_added", "archive", record.id)


def test_the_same_bytes_on_two_records_take_the_disk_once(store, record, tmp_path):
    other = archived(store, OTHER_NIP)
    first = scans.add_scan(store, record, incoming(tmp_path, "a.pdf"))
    second = scans.add_scan(store, other, incoming(tmp_path, "b.pdf"))
    assert Scan.select().count() == 2
    assert scans.stored_path(first) == scans.stored_path(second)
    assert len(stored_files()) == 1


def test_the_same_content_twice_on_one_record_is_refused(store, record, tmp_path):
    scans.add_scan(store, record, incoming(tmp_path, "a.pdf"))
    with pytest.raises(ValidationError) as err:
        scans.add_scan(store, record, incoming(tmp_path, "copy of a.pdf"))
    assert "sudah dilampirkan" in err.value.message()
    assert Scan.select().count() == 1


@pytest.mark.parametrize("name", ["notes.docx", "scan", "photo.gif"])
def test_a_file_of_another_type_is_refused_naming_the_types_allowed(store, record, tmp_path, name):
    with pytest.raises(ValidationError) as err:
        scans.add_scan(store, record, incoming(tmp_path, name))
    assert name in err.value.message()
    assert "PDF, PNG, JPG, JPEG, TIF, TIFF" in err.value.message()
    assert Scan.select().count() == 0 and stored_files() == []


@pytest.mark.parametrize("name, content", [("laporan.pdf", b"\x7fELF\x02\x01\x01" + bytes(64)),
                                           ("foto.png", b"<html><script>alert(1)</script></html>"),
                                           ("ktp.jpg", b"%PDF-1.4 a PDF named .jpg")],
                         ids=["program-as-pdf", "web-page-as-png", "pdf-as-jpg"])
def test_content_that_is_not_what_its_name_says_is_refused(store, record, tmp_path, name, content):
    with pytest.raises(ValidationError) as err:
        scans.add_scan(store, record, incoming(tmp_path, name, content))
    assert f"Isi berkas {name} bukan" in err.value.message()
    assert Scan.select().count() == 0 and stored_files() == []


def test_a_pipe_or_a_link_to_a_device_is_refused_without_being_read(store, record, tmp_path):
    (tmp_path / "incoming").mkdir()
    pipe = tmp_path / "incoming" / "antrian.pdf"
    os.mkfifo(pipe)  # reading it would wait for a writer forever
    device = tmp_path / "incoming" / "nol.pdf"
    device.symlink_to("/dev/zero")  # reading it would never end
    for source in (pipe, device):
        with pytest.raises(ValidationError, match="bukan berkas biasa"):
            scans.add_scan(store, record, source)
    assert Scan.select().count() == 0 and stored_files() == []


def test_a_scan_larger_than_the_office_allows_is_refused_unread(store, record, tmp_path):
    from ukpbj_desktop.store.settings import set_setting

    big = incoming(tmp_path, "besar.pdf", b"%PDF-1.4\n")
    with big.open("r+b") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: 51 MB the disk need not hold
    with pytest.raises(ValidationError, match=r"terlalu besar \(51.0 MB\); batasnya 50 MB"):
        scans.add_scan(store, record, big)
    set_setting("scan_max_mb", "60")
    assert scans.add_scan(store, record, big).size == 51 * 1024 * 1024


def test_a_file_name_in_no_known_encoding_is_refused_with_a_message(store, record, tmp_path):
    name = os.fsdecode(b"SK \xff.pdf")  # bytes a Linux disk may hold that are not UTF-8
    with pytest.raises(ValidationError, match="karakter kendali atau karakter rusak"):
        scans.add_scan(store, record, incoming(tmp_path, name))
    assert Scan.select().count() == 0


def test_an_empty_or_unreadable_file_is_refused(store, record, tmp_path):
    with pytest.raises(ValidationError, match="kosong"):
        scans.add_scan(store, record, incoming(tmp_path, "empty.pdf", b""))
    with pytest.raises(ValidationError, match="tidak bisa dibaca"):
        scans.add_scan(store, record, tmp_path / "gone.pdf")
    assert Scan.select().count() == 0 and stored_files() == []


def test_a_scan_whose_bytes_changed_on_disk_is_reported_damaged_not_shown(store, record, tmp_path, capsys):
    scan = scans.add_scan(store, record, incoming(tmp_path))
    path = scans.stored_path(scan)
    path.write_bytes(PDF[:-1] + b"X")  # one byte differs, same size
    assert scans.verify(scan) == "damaged"
    with pytest.raises(StorageError, match="rusak"):
        scans.open_verified(scan)
    assert [(s.id, status) for s, status in scans.verify_all()] == [(scan.id, "damaged")]
    assert main(["check", "--db", str(tmp_path / "test.sqlite3")]) == 1  # the office's check finds it
    assert f"{scan.filename} (arsip #{record.id}): rusak" in capsys.readouterr().out


def test_a_scan_whose_file_is_gone_is_reported_missing(store, record, tmp_path):
    scan = scans.add_scan(store, record, incoming(tmp_path))
    scans.stored_path(scan).unlink()
    assert scans.verify(scan) == "missing"
    with pytest.raises(StorageError, match="tidak ada"):
        scans.open_verified(scan)


def test_verify_all_reports_progress_and_stops_when_cancelled(store, record, tmp_path):
    for name in ("a.png", "b.png", "c.png"):
        scans.add_scan(store, record, incoming(tmp_path, name, PNG + name.encode()))
    calls = []
    assert scans.verify_all(progress=lambda done, total: calls.append((done, total))) == []
    assert calls == [(1, 3), (2, 3), (3, 3)]
    with pytest.raises(Cancelled):
        scans.verify_all(cancelled=lambda: True)


def test_attaching_the_same_content_again_repairs_a_damaged_copy(store, record, tmp_path):
    first = scans.add_scan(store, record, incoming(tmp_path))
    scans.stored_path(first).write_bytes(b"garbage")
    scans.add_scan(store, archived(store, OTHER_NIP), incoming(tmp_path))
    assert scans.verify(first) == "ok"


def test_removing_a_scan_keeps_a_file_another_record_still_uses(store, record, tmp_path):
    first = scans.add_scan(store, record, incoming(tmp_path))
    second = scans.add_scan(store, archived(store, OTHER_NIP), incoming(tmp_path))
    scans.remove_scan(store, first)
    assert scans.verify(second) == "ok"
    assert [s.id for s in Scan.select()] == [second.id]
    scans.remove_scan(store, second)
    assert Scan.select().count() == 0 and stored_files() == []
    assert AuditEvent.select().where(AuditEvent.action == "scan_removed").count() == 2


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_a_full_disk_leaves_no_temp_file_and_no_row(store, record, tmp_path, monkeypatch, failing):
    def disk_full(*args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, failing, disk_full)
    with pytest.raises(StorageError) as err:
        scans.add_scan(store, record, incoming(tmp_path))
    assert "Disk penuh" in err.value.message()
    assert stored_files() == []
    assert Scan.select().count() == 0


def test_a_failed_database_write_removes_the_new_file_but_not_one_in_use(store, record, tmp_path, monkeypatch):
    other = archived(store, OTHER_NIP)
    kept = scans.add_scan(store, other, incoming(tmp_path, "kept.pdf"))

    def full(*args, **kwargs):
        raise peewee.OperationalError("database or disk is full")

    monkeypatch.setattr(scans.audit, "record", full)
    for content in (b"%PDF-1.4 new scan bytes", PDF):  # a new file, then the one `other` already holds
        with pytest.raises(StorageError):
            scans.add_scan(store, record, incoming(tmp_path, "x.pdf", content))
    assert stored_files() == [scans.stored_path(kept)]
    assert [s.id for s in Scan.select()] == [kept.id]


def test_the_line_a_query_read_of_a_scan_is_verified_and_found_like_its_row(store, record, tmp_path):
    from ukpbj_desktop.queries import archive as aq

    scan = scans.add_scan(store, record, incoming(tmp_path))
    (line,) = aq.details(record.id).scans
    assert scans.verify(line) == "ok" and scans.open_verified(line) == scans.stored_path(scan)
    scans.stored_path(scan).write_bytes(b"%PDF-1.4 something else")
    assert scans.verify(line) == "damaged"
    assert scans.find_scan(line.id).sha256 == scan.sha256
    scans.remove_scan(store, scan)
    assert scans.find_scan(line.id) is None
