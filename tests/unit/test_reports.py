"""The printed documents say what the PPK and the archive need, on the pages expected."""
import io
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from tests.printed import pages, placed
from ukpbj_desktop.documents.reports.data import Applicant, Letterhead, NoticeData, ReceiptData, Signatory, SlipData
from ukpbj_desktop.documents.reports.notices import completion_notice_pdf, receipt_pdf, rejection_notice_pdf
from ukpbj_desktop.documents.reports.slip import handover_slip_pdf, qr_payload

PASSWORD = "Kp7mWx4nRt9a"
PPK = Applicant("Drs. Yohanis M. Rumalutur, M.Si.", "196507051992031023", "Kepala Bidang Bina Marga",
                "Dinas Koperasi & UKM", rank="Pembina (IV/a)", phone="081234567890")
ADMIN = Signatory("Siti Aminah Wattimena, S.Kom.", "198903142015032004", "Admin Agency")
HEAD = Signatory("Abdul Rahman Kelian, S.T.", "197601112003121005", "Kepala UKPBJ")
MISSING = ("Surat Keputusan Pengangkatan sebagai PPK", "Sertifikat PBJ Tingkat Dasar")
REASONS = ("NIP pada surat permohonan tidak sesuai dengan SK.", "SK Pengangkatan PPK sudah tidak berlaku.")


def notice(items=MISSING, **changes) -> NoticeData:
    return replace(NoticeData(letterhead=Letterhead(), agenda_number="AG-2026-0142",
                              letter_number="027/142/UKPBJ/XI/2026", date=date(2026, 11, 23),
                              applicant=PPK, items=items, signatory=HEAD), **changes)


def receipt() -> ReceiptData:
    return ReceiptData(letterhead=Letterhead(), agenda_number="AG-2026-0142",
                       received_at=datetime(2026, 11, 23, 14, 5), applicant=PPK,
                       delivery_mode="Diserahkan langsung", receiver=ADMIN,
                       documents=(("Surat Permohonan", True, ""),
                                  ("SK Pengangkatan PPK", True, "Asli diperlihatkan"),
                                  ("Sertifikat PBJ Tingkat Dasar", False, "Menyusul")))


def slip(password=PASSWORD, **changes) -> SlipData:
    return replace(SlipData(letterhead=Letterhead(), agenda_number="AG-2026-0142",
                            date=date(2026, 11, 26), applicant=PPK,
                            spse_url="https://spse.inaproc.id/serambagiantimurkab",
                            user_id="YOHANIS1965", password=password,
                            verification_code="7KQ4-M2XP", officer=ADMIN), **changes)


def text(pdf: bytes) -> str:
    found = pages(pdf)
    assert len(found) == 1, f"expected one page, got {len(found)}"
    return found[0]


def test_completion_notice_lists_exactly_the_missing_documents():
    content = text(completion_notice_pdf(notice()))
    assert "Pemberitahuan Kelengkapan Berkas Permohonan Akun PPK SPSE" in content
    assert "1. Surat Keputusan Pengangkatan sebagai PPK" in content
    assert "2. Sertifikat PBJ Tingkat Dasar" in content
    assert "3." not in content
    assert "AG-2026-0142" in content and "027/142/UKPBJ/XI/2026" in content
    assert "Bula, 23 November 2026" in content
    assert "Drs. Yohanis M. Rumalutur, M.Si." in content
    assert "NIP. 19760111 200312 1 005" in content  # the signatory, grouped


def test_notice_names_the_receipt_date_when_it_differs_from_the_letter():
    content = text(completion_notice_pdf(notice(received_on=date(2026, 11, 20))))
    assert "kami terima pada tanggal 20 November 2026" in content
    assert "Bula, 23 November 2026" in content


def test_rejection_notice_gives_the_reasons_and_invites_a_new_application():
    content = text(rejection_notice_pdf(notice(items=REASONS, note="Berkas dikembalikan.")))
    assert "Penolakan Permohonan Akun PPK SPSE" in content
    assert f"1. {REASONS[0]}" in content and f"2. {REASONS[1]}" in content
    assert "permohonan baru" in content
    assert "Catatan: Berkas dikembalikan." in content


def test_long_notice_flows_onto_numbered_pages():
    reasons = tuple(f"Alasan nomor {n} yang cukup panjang untuk memenuhi satu baris penuh." for n in
                    range(1, 41))
    found = pages(rejection_notice_pdf(notice(items=reasons)))
    assert len(found) > 1
    assert f"Halaman 1 dari {len(found)}" in found[0]
    assert "40. Alasan nomor 40" in " ".join(found)
    assert "Halaman" not in text(rejection_notice_pdf(notice(items=REASONS)))


def test_receipt_shows_when_how_and_what_was_delivered():
    content = text(receipt_pdf(receipt()))
    assert "TANDA TERIMA BERKAS PERMOHONAN AKUN PPK" in content
    assert "AG-2026-0142" in content
    assert "Senin, 23 November 2026 pukul 14.05" in content
    assert "Diserahkan langsung" in content
    assert "Dinas Koperasi & UKM" in content  # markup characters survive
    assert "19650705 199203 1 023" in content
    assert "Sertifikat PBJ Tingkat Dasar Tidak ada Menyusul" in content
    assert "SK Pengangkatan PPK Ada Asli diperlihatkan" in content
    assert "Yang menyerahkan" in content and "Yang menerima" in content
    assert "NIP. 19890314 201503 2 004" in content


def signature_columns():
    """The x-ranges of the receipt's two signature columns (see common.signature_pair)."""
    from reportlab.lib.units import mm

    from ukpbj_desktop.documents.reports.styles import CONTENT_W, LEFT
    half, slack = CONTENT_W / 2, 0.5  # positions are printed rounded
    return (LEFT - slack, LEFT + half - 6 * mm + slack), (LEFT + half - slack, LEFT + 2 * half - 6 * mm + slack)


def name_runs(pdf: bytes, name: str) -> list:
    words = set(name.split())
    return [run for run in placed(pdf) if set(run.text.split()) <= words and run.y < 300]


@pytest.mark.parametrize("name", ["Drs. Yohanis Marthinus Rumalutur-Wattimena, M.Si.",
                                  "Dr. Ir. Hj. Margaretha Anastasia Wattimena, S.T., M.Eng."])
def test_a_long_applicant_name_signs_on_one_line_inside_its_column(name):
    pdf = receipt_pdf(replace(receipt(), applicant=replace(PPK, name=name)))
    [run] = name_runs(pdf, name)
    (left, right), _ = signature_columns()
    assert run.text == name and left <= run.x and run.right <= right and run.size >= 7


def test_a_very_long_name_wraps_inside_its_column_above_the_nip():
    name = ("Prof. Dr. Ir. Hj. Margaretha Anastasia Wattimena-Rumalutur Sahetapy Latuconsina Pattinasarany, "
            "S.T., M.Eng., M.Si., Ph.D.")
    pdf = receipt_pdf(replace(receipt(), applicant=replace(PPK, name=name)))
    runs = name_runs(pdf, name)
    (left, right), (other, _) = signature_columns()
    assert " ".join(run.text for run in runs) == name
    assert all(left <= run.x and run.right <= right for run in runs)
    [nip] = [run for run in placed(pdf) if run.text == "NIP. 19650705 199203 1 023"]
    assert nip.y < min(run.y for run in runs) and nip.right < other


def test_slip_gives_the_ppk_the_credentials_and_the_duty_to_change_the_password():
    content = text(handover_slip_pdf(slip()))
    assert "TANDA TERIMA AKUN PPK PADA APLIKASI SPSE" in content
    assert "YOHANIS1965" in content and PASSWORD in content
    assert "https://spse.inaproc.id/serambagiantimurkab" in content
    assert "19650705 199203 1 023" in content
    assert "WAJIB mengganti password awal" in content
    assert "Kamis, 26 November 2026" in content
    assert "7KQ4-M2XP" in content
    assert "CETAK ULANG" not in content


def test_archive_copy_of_the_slip_never_shows_the_password():
    content = text(handover_slip_pdf(slip(password=None, reprint=True)))
    assert PASSWORD not in content
    assert "\u2022" * 8 in content and "disamarkan untuk arsip" in content
    assert "YOHANIS1965" in content
    assert "CETAK ULANG" in content


def test_the_detachable_archive_strip_masks_the_password_even_on_the_ppk_copy():
    content = text(handover_slip_pdf(slip()))
    strip = content[content.index("arsip kantor"):content.index("TANDA TERIMA AKUN")]
    assert "YOHANIS1965" in strip and "\u2022" * 8 in strip
    assert PASSWORD not in strip


def test_slip_with_very_long_details_still_fits_one_page():
    long = replace(PPK, name="Dr. Ir. Muhammad Abdurrahman Salampessy Kelilauw Rumalutur, S.T., M.Eng.",
                   position="Kepala Bidang Pengendalian dan Pelaksanaan Penanaman Modal " * 2,
                   work_unit="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu " * 2)
    text(handover_slip_pdf(slip(applicant=long, reprint=True)))


def test_qr_code_identifies_the_handover_but_holds_no_credential():
    payload = qr_payload(slip())
    assert payload == "UKPBJ-SLIP|AG-2026-0142|7KQ4-M2XP"
    assert PASSWORD not in payload and "YOHANIS1965" not in payload


def test_letterhead_prints_the_regency_and_the_emblem():
    pdf = completion_notice_pdf(notice())
    content = text(pdf)
    assert "PEMERINTAH KABUPATEN SERAM BAGIAN TIMUR" in content
    assert "UNIT KERJA PENGADAAN BARANG/JASA (UKPBJ)" in content
    assert len(PdfReader(io.BytesIO(pdf)).pages[0].images) == 1


def test_a_missing_custom_logo_does_not_stop_printing(tmp_path):
    head = Letterhead(logo_path=str(tmp_path / "gone.png"))
    assert "PEMERINTAH KABUPATEN" in text(completion_notice_pdf(notice(letterhead=head)))


@pytest.mark.parametrize("render, data", [
    (completion_notice_pdf, notice()), (rejection_notice_pdf, notice(items=REASONS)),
    (receipt_pdf, receipt()), (handover_slip_pdf, slip()),
], ids=["completion", "rejection", "receipt", "slip"])
def test_invariant_output_is_byte_identical_across_runs(render, data):
    assert render(data, invariant=True) == render(data, invariant=True)


def test_loading_the_package_and_its_data_does_not_import_reportlab():
    """ReportLab costs ~250 ms at start-up: only printing may load it."""
    code = ("import sys, ukpbj_desktop.documents.reports, ukpbj_desktop.documents.reports.data, "
            "ukpbj_desktop.formatting; print('reportlab' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
