"""``ukpbj-desktop self-test``: prove that this copy of the program works, with no display.

Meant above all for the office-PC bundle, where a resource, a migration script or a module
left out of the build only shows once an office uses it: CI runs it on every bundle it
builds, and an administrator can run it on a PC after copying the bundle there. Everything
happens in a temporary folder, removed at the end; the office's own database is never
opened. Each check prints one line; the first failure ends the run with exit status 1.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TextIO

from ukpbj_desktop import credentials, services, workflow
from ukpbj_desktop.config import DATA_ENV
from ukpbj_desktop.documents.pdf_text import PdfDocument, PdfStructureError, read_pdf
from ukpbj_desktop.errors import UserError
from ukpbj_desktop.required_documents import CheckedDocument, required_documents
from ukpbj_desktop.store.models import (
    Application,
    ArchiveRecord,
    CertificateType,
    Classification,
    Operator,
    SlipPrint,
    SpseAccount,
    StepLog,
)

# The step outcomes each path logs, from the file's arrival to its archiving (resources/sop.json).
ACCEPTED_OUTCOMES = ("registered", "complete", "valid", "created", "handed_over", "archived")
REJECTED_OUTCOMES = ("registered", "incomplete", "notified", "not_completed", "notified", "archived")
ARCHIVE_CLASSIFICATION = "000.3.5"  # the classification the office files these applications under
PASSED, FAILED = "ok   ", "GAGAL"


class CheckError(Exception):
    """A check found the program not working; the message says what, in the user's words."""


@dataclass
class _Run:
    """What the checks share: the temporary folder, the operator, the files carried through the SOP."""

    folder: Path
    operator: Operator | None = None
    files: dict[str, Application] = field(default_factory=dict)

    def acting(self) -> Operator:
        if self.operator is None:
            raise CheckError("basis data belum terbuka")
        return self.operator


def _applicant(nip: str, name: str) -> services.ApplicationInput:
    person = services.ApplicantInput(nip=nip, name=name, position="Kepala Bidang Uji Mandiri",
                                     work_unit="Dinas Uji Mandiri", rank="III/d", mobile="0812-0000-0000",
                                     email="uji.mandiri@example.go.id")
    return services.ApplicationInput(applicant=person, sk_number="800/001/KEP/UJI", sk_date=dt.date(2026, 1, 5),
                                     sk_valid_until=dt.date(2099, 12, 31), certificate_type="LEVEL-1",
                                     certificate_number="LV1-UJI-0001")


def _checklist(app: Application, missing: int = 0) -> list[CheckedDocument]:
    """Every required document present, except the first ``missing`` ones."""
    documents = required_documents(app.is_pa)
    return [CheckedDocument(d.code, index >= missing, (index >= missing) if d.original_in_person else None)
            for index, d in enumerate(documents)]


def _archive_input(app: Application) -> services.ArchiveInput:
    return services.ArchiveInput(ARCHIVE_CLASSIFICATION, f"Berkas permohonan akun SPSE PPK a.n. {app.applicant.name}",
                                 str(app.received_at.year))


def _expect_closed(app: Application, decision: str, outcomes: tuple[str, ...]) -> ArchiveRecord:
    """The file is archived with ``decision``, its step log shows ``outcomes``; its archive record."""
    logged = tuple(s.outcome for s in StepLog.select().where(StepLog.application == app).order_by(StepLog.id))
    if app.state != workflow.ARCHIVED or app.decision != decision:
        raise CheckError(f"{app.agenda_number} berakhir {app.state}/{app.decision or '-'}, "
                          f"seharusnya {workflow.ARCHIVED}/{decision}")
    if logged != outcomes:
        raise CheckError(f"jejak langkah {app.agenda_number}: {', '.join(logged)}; seharusnya {', '.join(outcomes)}")
    record = ArchiveRecord.get_or_none(ArchiveRecord.application == app)
    if record is None:
        raise CheckError(f"{app.agenda_number} diarsipkan tanpa catatan arsip")
    return record


def _database(run: _Run) -> str:
    from ukpbj_desktop.store import migrations
    from ukpbj_desktop.store.bootstrap import open_store
    from ukpbj_desktop.store.db import database

    scripts = {path.stem for path in migrations.DIRECTORY.glob("[0-9]*.py")}
    if not scripts:
        raise CheckError(f"tidak ada skrip migrasi di {migrations.DIRECTORY}")
    run.operator = open_store(str(run.folder / "uji-mandiri.sqlite3"))
    applied = {name for (name,) in database.execute_sql(f"SELECT name FROM {migrations.HISTORY}").fetchall()}
    if scripts - applied:
        raise CheckError(f"migrasi tidak dijalankan: {', '.join(sorted(scripts - applied))}")
    certificates, codes = CertificateType.select().count(), Classification.select().count()
    if not certificates or not codes:
        raise CheckError("data acuan (jenis sertifikat, kode klasifikasi) tidak termuat")
    return (f"basis data sementara dibuat, {len(scripts)} migrasi dijalankan, {certificates} jenis sertifikat "
            f"dan {codes} kode klasifikasi dimuat")


def _accepted_path(run: _Run) -> str:
    """Register, check complete, valid, account created, slip printed, handed over, archived."""
    operator = run.acting()
    app = services.submit(operator, _applicant("19650705 199203 1 023", "Drs. Uji Diterima"))
    app, missing = services.check_completeness(operator, app, _checklist(app))
    if missing:
        raise CheckError(f"berkas lengkap dinilai kurang: {', '.join(missing)}")
    app = services.check_validity(operator, app, True, contact="uji mandiri")
    user_id = credentials.propose_user_id(app.applicant.name, app.applicant.nip, taken=services.user_id_taken)
    app = services.create_account(operator, app, user_id)
    services.record_slip(operator, app, credentials.new_verification_code())
    app = services.hand_over(operator, app, app.applicant.name)
    app = services.archive(operator, app, _archive_input(app))
    record = _expect_closed(app, "accepted", ACCEPTED_OUTCOMES)
    run.files["accepted"] = app
    return f"{app.agenda_number}: {len(ACCEPTED_OUTCOMES)} langkah, akun {user_id}, arsip {record.archive_number}"


def _rejected_path(run: _Run) -> str:
    """Register, incomplete, notice given, not completed, rejection notice given, archived."""
    from ukpbj_desktop.documents import paperwork
    from ukpbj_desktop.documents.reports.notices import completion_notice_pdf, rejection_notice_pdf

    operator = run.acting()
    app = services.submit(operator, _applicant("19700101 199503 2 001", "Uji Ditolak, S.T."))
    app, missing = services.check_completeness(operator, app, _checklist(app, missing=1))
    if not missing:
        raise CheckError("berkas yang kurang satu dokumen dinilai lengkap")
    notices = [completion_notice_pdf(paperwork.completion_notice(app, operator))]
    app = services.request_documents(operator, app)
    app = services.supply_documents(operator, app, completed=False, note="Berkas tidak dilengkapi (uji mandiri).")
    notices.append(rejection_notice_pdf(paperwork.rejection_notice(app, operator)))
    app = services.reject(operator, app)
    app = services.archive(operator, app, _archive_input(app))
    record = _expect_closed(app, "rejected", REJECTED_OUTCOMES)
    for pdf in notices:
        _read_expecting(pdf, app.agenda_number)
    run.files["rejected"] = app
    return (f"{app.agenda_number}: {len(REJECTED_OUTCOMES)} langkah, surat pemberitahuan dan penolakan dicetak, "
            f"arsip {record.archive_number}")


def _read_expecting(pdf: bytes, *texts: str, pages: int | None = None) -> PdfDocument:
    """The PDF read back; ``CheckError`` unless it is sound, has ``pages`` and shows every text."""
    try:
        document = read_pdf(pdf)
    except PdfStructureError as exc:
        raise CheckError(f"PDF rusak: {exc}") from exc
    if pages is not None and document.pages != pages:
        raise CheckError(f"PDF {document.pages} halaman, seharusnya {pages}")
    absent = [text for text in texts if text not in document.text]
    if absent:
        raise CheckError(f"PDF tidak memuat {', '.join(absent)}")
    return document


def _slip(run: _Run) -> str:
    """The handover slip of the accepted file, as the PPK gets it: with user ID and initial password."""
    from ukpbj_desktop.documents import paperwork
    from ukpbj_desktop.documents.reports.slip import handover_slip_pdf

    app = run.files["accepted"]
    account = SpseAccount.get(SpseAccount.application == app)
    printed = SlipPrint.get(SlipPrint.application == app)
    password = credentials.generate_password()
    pdf = handover_slip_pdf(paperwork.slip(app, run.acting(), account.user_id, password, printed.verification_code))
    _read_expecting(pdf, app.agenda_number, account.user_id, password, printed.verification_code, pages=1)
    return (f"1 halaman, {len(pdf) // 1024} KB, memuat nomor agenda {app.agenda_number}, user ID {account.user_id}, "
            f"password dan kode verifikasi")


def _archive_list(run: _Run) -> str:
    """The Daftar Arsip of every record, written to a file the way the export command writes it."""
    from ukpbj_desktop.documents.exports import export_archive_list
    from ukpbj_desktop.queries.archive import ArchiveFilter

    out = run.folder / "daftar-arsip.pdf"
    listed = export_archive_list(ArchiveFilter(), out)
    numbers = [ArchiveRecord.get(ArchiveRecord.application == app).archive_number for app in run.files.values()]
    if listed != len(numbers):
        raise CheckError(f"Daftar Arsip memuat {listed} berkas, seharusnya {len(numbers)}")
    document = _read_expecting(out.read_bytes(), "DAFTAR ARSIP", *numbers)
    return f"{document.pages} halaman, {listed} berkas: {', '.join(numbers)}"


def _main_window(run: _Run) -> str:
    from ukpbj_desktop.ui.self_test_window import check_main_window

    agendas = {app.agenda_number for app in run.files.values()}
    return check_main_window(run.acting(), run.folder / "qt-settings", agendas)


CHECKS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("basis data", _database),
    ("alur diterima", _accepted_path),
    ("alur ditolak", _rejected_path),
    ("slip serah terima", _slip),
    ("Daftar Arsip", _archive_list),
    ("jendela utama", _main_window),
)


def _failure(exc: Exception) -> str:
    """One readable line: the user's message, or the error and where it happened (no traceback)."""
    if isinstance(exc, (CheckError, UserError)):
        return str(exc)
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [frame for frame in frames if "ukpbj_desktop" in Path(frame.filename).parts] or frames
    where = f" (di {Path(ours[-1].filename).name}:{ours[-1].lineno})" if ours else ""
    return f"{type(exc).__name__}: {exc}{where}"


def _attempt(out: TextIO, name: str, check: Callable[[], str]) -> bool:
    try:
        detail = check()
    except Exception as exc:  # noqa: BLE001 - any failure is this check's result, printed as one line
        print(f"{FAILED} {name}: {_failure(exc)}", file=out, flush=True)
        return False
    print(f"{PASSED} {name}: {detail}", file=out, flush=True)
    return True


def _close_database() -> None:
    from ukpbj_desktop.store.db import database

    if database.obj is not None:
        database.close()


def _remove(folder: Path) -> str:
    _close_database()  # an open SQLite file cannot be deleted on Windows
    shutil.rmtree(folder)
    if folder.exists():
        raise CheckError(f"{folder} masih ada")
    return f"{folder} dihapus"


def run(out: TextIO) -> int:
    """Run every check in a temporary data folder; 0 when all pass, 1 at the first failure."""
    folder = Path(tempfile.mkdtemp(prefix="ukpbj-self-test-"))
    previous = os.environ.get(DATA_ENV)
    os.environ[DATA_ENV] = str(folder / "data")  # logs and scans of the test stay in the folder
    state = _Run(folder)
    try:
        passed = all(_attempt(out, name, partial(check, state)) for name, check in CHECKS)
    finally:
        if previous is None:
            os.environ.pop(DATA_ENV, None)
        else:
            os.environ[DATA_ENV] = previous
    passed = _attempt(out, "folder sementara", lambda: _remove(folder)) and passed
    print("Uji mandiri lulus." if passed else "Uji mandiri GAGAL.", file=out, flush=True)
    return 0 if passed else 1
