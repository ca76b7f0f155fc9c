"""The self-test's PDF reader sees in our reports what a full PDF library sees, and refuses a damaged file."""
import io
import subprocess
import sys
from datetime import datetime

import pytest
from pypdf import PdfReader

from ukpbj_desktop.documents.pdf_text import PdfStructureError, read_pdf
from ukpbj_desktop.documents.reports.archive_list import archive_list_pdf
from ukpbj_desktop.documents.reports.data import (
    Applicant,
    ArchiveLine,
    ArchiveListData,
    Letterhead,
    Signatory,
    SlipData,
)
from ukpbj_desktop.documents.reports.slip import handover_slip_pdf

PPK = Applicant("Drs. Yohanis M. Rumalutur, M.Si.", "196507051992031023", "Kepala Bidang Bina Marga",
                "Dinas Pekerjaan Umum & Penataan Ruang")
OFFICER = Signatory("Abdul Rahman Kelian, S.T.", "197601112003121005", "Admin Agency")


def archive_line(n: int) -> ArchiveLine:
    return ArchiveLine(number=n, classification="000.3.5", archive_number=f"ARS/2026/{n:05d}",
                       description=f"Berkas permohonan akun PPK SPSE a.n. Pemohon {n}", period="2026",
                       quantity="1 berkas", development_level="Asli", folder="1", box="1", location="Rak 1",
                       active_retention="2 tahun", inactive_retention="3 tahun", disposition="Permanen", note="")


@pytest.fixture(scope="module")
def archive_list() -> bytes:
    return archive_list_pdf(ArchiveListData(letterhead=Letterhead(), title="DAFTAR ARSIP", subtitle="Tahun 2026",
                                            printed_at=datetime(2026, 12, 1, 9), lines=[archive_line(n)
                                                                                         for n in range(1, 61)]))


@pytest.fixture(scope="module")
def slip() -> bytes:
    return handover_slip_pdf(SlipData(letterhead=Letterhead(), agenda_number="027/0042/UKPBJ/2026",
                                      date=datetime(2026, 12, 1).date(), applicant=PPK,
                                      spse_url="https://spse.example.go.id", user_id="yohanis.rumalutur",
                                      password="Kq7#mPz2&vLw9t", verification_code="K7QXM-3HRTA",
                                      officer=OFFICER))


def test_pages_and_where_each_archive_number_is_printed_agree_with_pypdf(archive_list):
    ours = read_pdf(archive_list)
    theirs = [page.extract_text() for page in PdfReader(io.BytesIO(archive_list)).pages]
    assert ours.pages == len(theirs) > 1
    for n in range(1, 61):
        number = f"ARS/2026/{n:05d}"
        assert [number in text for text in ours.page_texts] == [number in text for text in theirs], number


def test_text_in_the_embedded_monospace_font_is_decoded_through_its_unicode_map(slip):
    text = read_pdf(slip).text
    for shown in ("027/0042/UKPBJ/2026", "yohanis.rumalutur", "Kq7#mPz2&vLw9t", "K7QXM-3HRTA", "\u2022" * 8):
        assert shown in text


@pytest.mark.parametrize("damage, complaint", [
    (lambda pdf: pdf[: len(pdf) // 2], "%%EOF"),
    (lambda pdf: pdf.replace(b"%PDF-", b"%PDX-", 1), "header"),
    (lambda pdf: pdf.replace(b"/Count 1", b"/Count 2", 1), "counts 2 pages but holds 1"),
    (lambda pdf: pdf.replace(b"/F1 ", b"/F9 "), "font"),
])
def test_a_damaged_file_is_refused_with_what_is_wrong(slip, damage, complaint):
    with pytest.raises(PdfStructureError, match=complaint):
        read_pdf(damage(slip))


def test_a_moved_object_breaks_the_cross_reference_table(slip):
    first = slip.index(b"\n1 0 obj")
    xref = int(slip.rsplit(b"startxref", 1)[1].split()[0])
    shifted = slip[:first] + b"\n" + slip[first:xref] + slip[xref:].replace(b"startxref\n%d" % xref,
                                                                             b"startxref\n%d" % (xref + 1))
    with pytest.raises(PdfStructureError, match="object 1 is not at byte"):
        read_pdf(shifted)


def test_the_self_test_core_imports_no_qt():
    probe = "import sys, ukpbj_desktop.self_test, ukpbj_desktop.documents.pdf_text; print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
