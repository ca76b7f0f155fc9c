"""The Daftar Arsip and the dossier print every record once, legibly, on numbered pages."""
import dataclasses
import io
import itertools
import json
import re
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings, strategies as st
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth

from ukpbj_desktop.config import resources_dir
from ukpbj_desktop.documents.export_files import Cancelled
from ukpbj_desktop.documents.reports.archive_list import COLUMNS, EDGES, archive_list_pdf, wrap
from ukpbj_desktop.documents.reports.data import (
    Applicant,
    ArchiveLine,
    ArchiveListData,
    DossierData,
    DossierStep,
    Letterhead,
    Signatory,
)
from ukpbj_desktop.documents.reports.dossier import dossier_pdf
from ukpbj_desktop.formatting import long_duration

OFFICIAL_COLUMNS = json.loads((resources_dir() / "classification.json").read_text(encoding="utf-8"))[
    "daftar_arsip_columns"]
HEAD = Signatory("Abdul Rahman Kelian, S.T.", "197601112003121005", "Kepala UKPBJ")
PPK = Applicant("Drs. Yohanis M. Rumalutur, M.Si.", "196507051992031023", "Kepala Bidang Bina Marga",
                "Dinas Pekerjaan Umum & Penataan Ruang", rank="Pembina (IV/a)")


def line(n: int, **changes) -> ArchiveLine:
    return replace(ArchiveLine(
        number=n, classification="000.3.5", archive_number=f"ARS/2024/{n:05d}",
        description=f"Berkas permohonan akun PPK SPSE a.n. Pemohon {n}, Dinas Pendidikan dan Kebudayaan",
        period="2024", quantity="1 berkas", development_level="Asli", folder=str(n % 50 + 1),
        box=str(n // 400 + 1), location="Ruang Arsip UKPBJ, Rak 1, Baris 2",
        active_retention="2 tahun (s.d. 2026)", inactive_retention="3 tahun (s.d. 2029)",
        disposition="Permanen", note=""), **changes)


def listing(lines, **changes) -> ArchiveListData:
    return replace(ArchiveListData(letterhead=Letterhead(), title="DAFTAR ARSIP",
                                   subtitle="Tahun 2024; klasifikasi 000.3.5",
                                   printed_at=datetime(2026, 11, 23, 14, 5), lines=lines), **changes)


def pages(pdf: bytes) -> list[str]:
    """Each page's text with whitespace runs collapsed, as a reader would search it."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def fragments(pdf: bytes) -> list[tuple[int, float, float, str, float]]:
    """Every piece of text drawn: (page index, x, y, text, font size)."""
    found = []
    for index, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):
        def visit(text, _cm, tm, _font, size, index=index):
            if text.strip():
                found.append((index, tm[4], tm[5], text.strip(), size))
        page.extract_text(visitor_text=visit)
    return found


@pytest.fixture(scope="module")
def long_list() -> tuple[list[ArchiveLine], bytes]:
    lines = [line(n) for n in range(1, 121)]
    return lines, archive_list_pdf(listing(lines))


def test_every_line_of_a_multi_page_list_is_printed_exactly_once_in_order(long_list):
    lines, pdf = long_list
    found = pages(pdf)
    assert len(found) >= 3
    everything = " ".join(found)
    positions = []
    for item in lines:
        assert everything.count(item.archive_number) == 1, item.archive_number
        assert everything.count(f"Pemohon {item.number},") == 1
        positions.append(everything.index(item.archive_number))
    assert positions == sorted(positions)


def test_every_page_repeats_the_official_column_headers_and_is_numbered(long_list):
    _, pdf = long_list
    found = pages(pdf)
    for number, text in enumerate(found, 1):
        for title in OFFICIAL_COLUMNS:
            assert title in text, (number, title)
        assert f"Halaman {number} dari {len(found)}" in text
    assert [c.title for c in COLUMNS] == OFFICIAL_COLUMNS


def test_full_letterhead_on_the_first_page_and_a_compact_header_after(long_list):
    _, pdf = long_list
    first, *later = pages(pdf)
    assert "PEMERINTAH KABUPATEN SERAM BAGIAN TIMUR" in first
    assert "DAFTAR ARSIP" in first and "Tahun 2024; klasifikasi 000.3.5" in first
    assert "Jumlah: 120 berkas" in first and "Dicetak: 23 November 2026 14.05" in first
    for text in later:
        assert "PEMERINTAH KABUPATEN" not in text
        assert "UNIT KERJA PENGADAAN BARANG/JASA (UKPBJ)" in text
        assert "DAFTAR ARSIP - Tahun 2024; klasifikasi 000.3.5" in text


def test_lines_of_text_in_a_column_never_overlap(long_list):
    _, pdf = long_list
    columns: dict[tuple[int, int], list[float]] = {}
    for page, x, y, _, size in fragments(pdf):
        if size == 7.5:  # the cells' type
            column = sum(edge <= x for edge in EDGES)
            columns.setdefault((page, column), []).append(y)
    assert len(columns) > 20
    for ys in columns.values():
        ys.sort(reverse=True)
        assert all(upper - lower >= 7.5 for upper, lower in itertools.pairwise(ys))


def test_the_list_is_a4_landscape(long_list):
    _, pdf = long_list
    for page in PdfReader(io.BytesIO(pdf)).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(landscape(A4))


def test_a_long_description_wraps_inside_its_column_without_losing_a_word():
    description = " ".join(f"kata{n:03d}" for n in range(75))  # 599 characters
    assert len(description) == 599
    pdf = archive_list_pdf(listing([line(1), line(2, description=description), line(3)]))
    drawn = [f for f in fragments(pdf) if "kata" in f[3]]
    assert len({round(y) for _, _, y, _, _ in drawn}) > 5  # many lines, one under the other
    left, right = EDGES[3], EDGES[4]  # "Uraian Informasi"
    for _, x, _, text, size in drawn:
        assert left < x and x + stringWidth(text, "Helvetica", size) < right, text
    words = " ".join(text for *_, text, _ in drawn).split()
    assert words == description.split()


def test_a_row_longer_than_a_page_continues_on_the_next_page_in_full():
    description = " ".join(f"bagian{n:04d}" for n in range(700))
    pdf = archive_list_pdf(listing([line(1), line(2, description=description), line(3)]))
    found = pages(pdf)
    assert len(found) >= 2
    words = re.findall(r"bagian\d{4}", " ".join(found))
    assert words == description.split()
    assert all("Uraian Informasi" in text for text in found)


def test_an_unbroken_archive_number_is_split_after_a_separator_not_cut():
    number = "000.3.5/ARS/2024/UKPBJ/SETDA/KABUPATEN-SBT/0000000123456"
    pdf = archive_list_pdf(listing([line(1, archive_number=number)]))
    pieces = [text for _, x, _, text, _ in fragments(pdf) if EDGES[2] < x < EDGES[3]
              and text != "Nomor Berkas"]
    assert "".join(pieces) == number
    assert len(pieces) > 1 and all(p.endswith(("/", "-")) for p in pieces[:-1])


@settings(max_examples=200, deadline=None)
@given(text=st.text(st.characters(codec="latin-1", exclude_categories=("Cc",)), max_size=300),
       width=st.floats(min_value=5, max_value=200))
def test_wrapped_lines_fit_the_width_and_keep_every_character(text, width):
    lines = wrap(text, width)
    assert all(stringWidth(line, "Helvetica", 7.5) <= width + 1e-6 or len(line) == 1
               for line in lines)
    assert "".join("".join(lines).split()) == "".join(text.split())


def test_progress_reaches_the_total_and_cancel_stops_the_export():
    lines = [line(n) for n in range(1, 61)]
    seen = []
    archive_list_pdf(listing(lines), progress=lambda done, total: seen.append((done, total)))
    assert len(seen) > 2 and seen[-1] == (60, 60)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    calls = []
    with pytest.raises(Cancelled):
        archive_list_pdf(listing(lines), cancelled=lambda: calls.append(1) or len(calls) > 1)
    assert len(calls) == 2  # stopped at the second page, not at the end


def test_an_empty_list_says_so_on_one_numbered_page():
    (text,) = pages(archive_list_pdf(listing([])))
    assert "Tidak ada arsip yang sesuai." in text and "Jumlah: 0 berkas" in text
    assert "Halaman 1 dari 1" in text


def test_the_signatory_signs_under_the_last_line():
    lines = [line(n) for n in range(1, 40)]
    found = pages(archive_list_pdf(listing(lines, signatory=HEAD)))
    last = found[-1]
    assert "ARS/2024/00039" in last  # never alone on a page without any line
    assert last.index("ARS/2024/00039") < last.index("Bula, 23 November 2026")
    assert "Abdul Rahman Kelian, S.T." in last and "NIP. 19760111 200312 1 005" in last


def test_invariant_list_is_byte_identical():
    data = listing([line(n) for n in range(1, 30)])
    assert archive_list_pdf(data, invariant=True) == archive_list_pdf(data, invariant=True)


# The dossier -----------------------------------------------------------------------------

STEP_NAMES = ("Penyampaian berkas", "Pemeriksaan kelengkapan", "Pemeriksaan kebenaran",
              "Pembuatan akun SPSE", "Penyerahan akun", "Pengarsipan")


def steps(count: int = 6) -> tuple[DossierStep, ...]:
    out, clock = [], datetime(2026, 11, 23, 9, 0)
    for n in range(count):
        start, took = clock + timedelta(minutes=10), [15, 45, 30, 20, 10, 2 * 1440 + 65][n % 6]
        out.append(DossierStep(step=n % 9 + 1, step_name=STEP_NAMES[n % 6], outcome="Selesai",
                               operator=f"Petugas Nomor {n + 1}", started_at=start,
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


def test_a_one_page_dossier_is_still_numbered():
    found = pages(dossier_pdf(dossier(steps=steps(1), documents=(), scans=(), archive=())))
    assert len(found) == 1 and "Halaman 1 dari 1" in found[0]
    assert "Tidak ada hasil pindai." in found[0] and "Berkas belum diarsipkan." in found[0]


@pytest.mark.parametrize("minutes, text", [(0.5, "kurang dari 1 menit"), (45, "45 menit"),
                                           (60, "1 jam"), (1440 + 5, "1 hari 5 menit")])
def test_durations_read_in_indonesian(minutes, text):
    assert long_duration(minutes) == text


def test_invariant_dossier_is_byte_identical():
    assert dossier_pdf(dossier(), invariant=True) == dossier_pdf(dossier(), invariant=True)
