"""The dossier prints a file's whole history, who took each step and how long it took, and never a password."""
import dataclasses
import io
import re
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from tests.printed import pages
from ukpbj_desktop.documents.reports.data import Applicant, DossierData, DossierStep, Letterhead, Signatory
from ukpbj_desktop.documents.reports.dossier import dossier_pdf
from ukpbj_desktop.formatting import long_duration

PPK = Applicant("Drs. Yohanis M. Rumalutur, M.Si.", "196507051992031023", "Kepala Bidang Bina Marga",
                "Dinas Pekerjaan Umum & Penataan Ruang", rank="Pembina (IV/a)")
STEP_NAMES = ("Penyampaian berkas", "Pemeriksaan kelengkapan", "Pemeriksaan kebenaran",
              "Pembuatan akun SPSE", "Penyerahan akun", "Pengarsipan")


def steps(count: int = 6) -> tuple[DossierStep, ...]:
    out, clock = [], datetime(2026, 11, 23, 9, 0)
    for n in range(count):
        start, took = clock + timedelta(minutes=10), [15, 45, 30, 20, 10, 2 * 1440 + 65][n % 6]
        out.append(DossierStep(step=n % 9 + 1, step_name=STEP_NAMES[n % 6], outcome="Selesai",
                               operator=f"Petugas Nomor {n + 1}", operator_nip="198001012005011001",
                               started_at=start,
                               finished_at=start + timedelta(minutes=took),
                               standard_minutes=30, overdue=took > 30,
                               note="Sertifikat menyusul." if n == 1 else ""))
        clock = start + timedelta(minutes=took)
    return tuple(out)


def dossier(**changes) -> DossierData:
    return replace(DossierData(
        letterhead=Letterhead(), printed_at=datetime(2026, 12, 1, 10, 30),
        agenda_number="027/0142/UKPBJ/2026", received_at=datetime(2026, 11, 23, 9, 0),
        delivery_mode="Diserahkan langsung", applicant=PPK, role="PPK",
        sk="800/12/SK/2026 tanggal 5 Januari 2026", certificate="Level-1 LKPP-1/2025/0042",
        documents=(("Surat Permohonan", "Ada"), ("SK Pengangkatan PPK", "Ada, asli diperlihatkan")),
        steps=steps(), decision="Diterima", decision_reasons=(), user_id="yohanis.r",
        archive=(("Nomor Berkas", "ARS/2026/00142"), ("Lokasi", "Ruang Arsip UKPBJ, Rak 2, Baris 3"),
                 ("Boks / Folder", "Boks 12, Folder 7")),
        scans=("surat_permohonan.pdf", "sk_pengangkatan.pdf")), **changes)


def test_dossier_holds_the_whole_history_user_id_and_archive_location():
    found = pages(dossier_pdf(dossier()))
    text = " ".join(found)
    assert "DOSIR PERMOHONAN AKUN PPK" in text and "027/0142/UKPBJ/2026" in text
    assert "Drs. Yohanis M. Rumalutur, M.Si." in text and "19650705 199203 1 023" in text
    assert "Senin, 23 November 2026 pukul 09.00" in text and "Diserahkan langsung" in text
    assert "Pejabat Pembuat Komitmen (PPK)" in text and "800/12/SK/2026" in text
    assert "SK Pengangkatan PPK Ada, asli diperlihatkan" in text
    for step in steps():
        assert step.step_name in text and step.operator in text
    assert "23 November 2026 09.10 s.d. 09.25" in text  # same-day step: date once
    assert "23 November 2026 12.00 s.d. 25 November 2026 13.05" in text  # over two days
    assert "15 menit standar 30 menit" in text and "2 hari 1 jam 5 menit" in text
    assert text.count("MELEBIHI STANDAR") == sum(s.overdue for s in steps()) == 2
    assert "Sertifikat menyusul." in text
    assert "Keputusan : Diterima" in text and "User ID SPSE : yohanis.r" in text
    assert "Ruang Arsip UKPBJ, Rak 2, Baris 3" in text and "Boks 12, Folder 7" in text
    assert "1. surat_permohonan.pdf" in text and "2. sk_pengangkatan.pdf" in text
    assert f"Halaman 1 dari {len(found)}" in found[0]


def test_dossier_never_has_a_password_field():
    assert not [f.name for f in dataclasses.fields(DossierData)
                if re.search("pass|sandi|secret", f.name, re.I)]
    text = " ".join(pages(dossier_pdf(dossier()))).lower()
    assert "password" not in text and "kata sandi" not in text


def test_a_rejected_dossier_gives_the_reasons_and_no_account():
    text = " ".join(pages(dossier_pdf(dossier(
        decision="Ditolak", user_id=None, decision_reasons=("NIP tidak sesuai SK.", "SK kedaluwarsa.")))))
    assert "Keputusan : Ditolak" in text and "User ID SPSE : Belum dibuat" in text
    assert "1. NIP tidak sesuai SK." in text and "2. SK kedaluwarsa." in text


def test_a_long_history_runs_onto_portrait_pages_repeating_the_steps_header():
    pdf = dossier_pdf(dossier(steps=steps(40)))
    found = pages(pdf)
    assert len(found) >= 3
    for number, text in enumerate(found, 1):
        assert f"Halaman {number} dari {len(found)}" in text
        if re.search(r"Petugas Nomor \d+", text):
            assert "Uraian dan hasil" in text and "Petugas Waktu Durasi" in text
    assert all(f"Petugas Nomor {n} " in " ".join(found) + " " for n in range(1, 41))
    assert "DOSIR PERMOHONAN" not in found[1] and "Dosir Permohonan Akun PPK" in found[1]
    for page in PdfReader(io.BytesIO(pdf)).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4)


def test_the_signatures_never_stand_alone_on_a_page():
    found = pages(dossier_pdf(dossier(steps=steps(1), documents=(), scans=(), archive=())))
    assert [f"Halaman {n} dari {len(found)}" in page for n, page in enumerate(found, 1)] == [True] * len(found)
    assert "Tidak ada hasil pindai." in found[-1] and "Mengetahui," in found[-1]
    assert "Berkas belum diarsipkan." in found[0]


@pytest.mark.parametrize("minutes, text", [(0.5, "kurang dari 1 menit"), (45, "45 menit"),
                                           (60, "1 jam"), (1440 + 5, "1 hari 5 menit")])
def test_durations_read_in_indonesian(minutes, text):
    assert long_duration(minutes) == text


def test_invariant_dossier_is_byte_identical():
    assert dossier_pdf(dossier(), invariant=True) == dossier_pdf(dossier(), invariant=True)


def test_the_dossier_names_each_steps_operator_and_is_known_by_the_head_of_the_unit():
    text = " ".join(pages(dossier_pdf(dossier(
        known_by=Signatory("Ir. Abdul Gani Rumakat", "197203111998031004", "Kepala UKPBJ"),
        made_by=Signatory("Siti Rumalutur", "199001012015032002", "Admin Agency")))))
    assert "NIP. 19800101 200501 1 001" in text  # under the name of who took each step
    assert "Mengetahui," in text and "Ir. Abdul Gani Rumakat" in text and "NIP. 19720311 199803 1 004" in text
    assert "Yang mencetak," in text and "Siti Rumalutur" in text and "NIP. 19900101 201503 2 002" in text


def test_an_unknown_head_leaves_lines_to_sign_on():
    text = " ".join(pages(dossier_pdf(dossier())))
    assert "Mengetahui," in text and "NIP. ....." in text
