"""The initial password never reaches the disk: database, WAL, logs, temp files, backups.

The whole path runs as the office runs it: account recorded, slip built with the
password, a reprint with a new password, handover, archive. Every SQL statement is
logged (peewee at DEBUG, parameters included) to a file in the data folder, so a
password written anywhere in the database would also show in the log.
"""
import logging
import os
import tempfile
from pathlib import Path

import pytest

from ukpbj_desktop import config, credentials, services
from ukpbj_desktop.documents import paperwork
from ukpbj_desktop.required_documents import CheckedDocument, required_documents
from ukpbj_desktop.store.db import backup_sqlite_file, sqlite_path
from ukpbj_desktop.store.models import SlipPrint

MAX_SCANNED = 64 * 2**20


def encodings(secret: str) -> list[bytes]:
    return [secret.encode("utf-8"), secret.encode("utf-16-le"), secret.encode("utf-16-be")]


def files_containing(secret: str, paths) -> list[Path]:
    """Those of ``paths`` whose raw bytes hold ``secret`` as UTF-8 or UTF-16."""
    found = []
    for path in paths:
        try:
            if not path.is_file() or path.stat().st_size > MAX_SCANNED:
                continue
            data = path.read_bytes()
        except OSError:  # another process's temp file vanished or is private
            continue
        if any(form in data for form in encodings(secret)):
            found.append(path)
    return found


def tree(root: Path) -> set[Path]:
    files = set()
    for folder, _, names in os.walk(root, onerror=lambda exc: None):
        files.update(Path(folder, name) for name in names)
    return files


@pytest.fixture
def sql_log():
    """Every statement with its parameters, in a log file under the data folder."""
    handler = logging.FileHandler(config.log_dir() / "ukpbj.log", encoding="utf-8")
    peewee_log = logging.getLogger("peewee")
    old_level = peewee_log.level
    peewee_log.setLevel(logging.DEBUG)
    peewee_log.addHandler(handler)
    yield handler
    peewee_log.removeHandler(handler)
    peewee_log.setLevel(old_level)
    handler.close()


def print_slip(operator, app, user_id: str, password: str) -> bytes:
    from ukpbj_desktop.documents.reports.slip import handover_slip_pdf
    code = credentials.new_verification_code()
    slip = services.record_slip(operator, app, code)
    return handover_slip_pdf(paperwork.slip(app, operator, user_id, password, code, reprint=slip.reprint))


def test_no_password_at_rest_after_create_reprint_handover_and_archive(store, tmp_path, sql_log):
    temp_before = tree(Path(tempfile.gettempdir()))
    data = services.ApplicationInput(
        applicant=services.ApplicantInput(nip="196507051992031023", name="Yohanis Rumalutur",
                                          position="Kepala Bidang", work_unit="Dinas Pekerjaan Umum",
                                          email="yohanis@example.go.id"),
        sk_number="800/12/SK/2026", certificate_type="LEVEL-1", certificate_number="LKPP-1/2025/0042")
    app = services.submit(store, data)
    app, _ = services.check_completeness(store, app, [CheckedDocument(d.code, True, True)
                                                       for d in required_documents(False)])
    app = services.check_validity(store, app, valid=True)

    first, second = credentials.generate_password(), credentials.generate_password()
    user_id = credentials.propose_user_id(app.applicant.name, app.applicant.nip, "name", services.user_id_taken)
    app = services.create_account(store, app, user_id)
    for password in (first, second):  # the first slip, then a reprint with a new password
        assert print_slip(store, app, user_id, password).startswith(b"%PDF")
    assert [s.reprint for s in SlipPrint.select().order_by(SlipPrint.id)] == [False, True]
    app = services.hand_over(store, app, "Yohanis Rumalutur")
    services.archive(store, app, services.ArchiveInput(classification="000.3.5", description="Berkas akun",
                                                       period="2026"))
    backup = backup_sqlite_file(tmp_path / "backup" / "ukpbj-backup.sqlite3")
    sql_log.flush()

    database_file = sqlite_path()
    stored = [database_file, Path(f"{database_file}-wal"), Path(f"{database_file}-shm"), backup,
              *tree(config.data_dir())]
    assert Path(f"{database_file}-wal").exists()  # the WAL really was looked at
    assert (config.log_dir() / "ukpbj.log").stat().st_size > 0
    assert "user_id" in (config.log_dir() / "ukpbj.log").read_text(encoding="utf-8")  # statements are logged
    new_temp = tree(Path(tempfile.gettempdir())) - temp_before
    for password in (first, second):
        assert files_containing(password, stored) == []
        assert files_containing(password, new_temp) == []


def test_the_scan_would_see_a_password_written_in_either_encoding(tmp_path):
    secret = credentials.generate_password()
    (tmp_path / "a.txt").write_bytes(b"..." + secret.encode("utf-16-le") + b"...")
    (tmp_path / "b.txt").write_text(f"x{secret}y", encoding="utf-8")
    (tmp_path / "c.txt").write_text("nothing", encoding="utf-8")
    assert sorted(p.name for p in files_containing(secret, tree(tmp_path))) == ["a.txt", "b.txt"]
