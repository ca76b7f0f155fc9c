"""The Daftar Arsip prints every record once, legibly, on numbered pages."""
import io
import itertools
import json
import re
from dataclasses import replace
from datetime import datetime

import pytest
from hypothesis import given, settings, strategies as st
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.printed import pages
from ukpbj_desktop.config import resources_dir
from ukpbj_desktop.documents.export_files import Cancelled
from ukpbj_desktop.documents.reports.archive_list import COLUMNS, EDGES, archive_list_pdf, wrap
from ukpbj_desktop.documents.reports.data import ArchiveLine, ArchiveListData, Letterhead, Signatory

OFFICIAL_COLUMNS = json.loads((resources_dir() / "classification.json").read_text(encoding="utf-8"))[
    "daftar_arsip_columns"]
HEAD = Signatory("Abdul Rahman Kelian, S.T.", "197601112003121005", "Kepala UKPBJ")


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


MAKER = Signatory("Siti Aminah Wattimena, S.Kom.", "198903142015032004", "Admin Agency")


def test_the_maker_and_the_head_sign_under_the_last_line():
    lines = [line(n) for n in range(1, 40)]
    found = pages(archive_list_pdf(listing(lines, made_by=MAKER, known_by=HEAD)))
    last = found[-1]
    assert "ARS/2024/00039" in last  # never alone on a page without any line
    assert last.index("ARS/2024/00039") < last.index("Mengetahui,") < last.index("Bula, 23 November 2026")
    assert "Yang membuat," in last and "Siti Aminah Wattimena, S.Kom." in last
    assert "NIP. 19890314 201503 2 004" in last
    assert "Kepala UKPBJ" in last and "Abdul Rahman Kelian, S.T." in last and "NIP. 19760111 200312 1 005" in last


def test_an_unknown_head_gets_a_blank_line_to_sign_on_under_the_title():
    (text,) = pages(archive_list_pdf(listing([line(1)], made_by=MAKER, known_by=Signatory("", "", "Kepala UKPBJ"))))
    assert "Mengetahui, Kepala UKPBJ" in text
    assert "(" + "." * 10 in text and "NIP. ....." in text


def test_invariant_list_is_byte_identical():
    data = listing([line(n) for n in range(1, 30)])
    assert archive_list_pdf(data, invariant=True) == archive_list_pdf(data, invariant=True)
