"""Time to render the Daftar Arsip for 1,000 and 10,000 synthetic lines (target: 10k <= 5 s).

Prints wall and CPU time (on a busy machine the CPU figure is the fairer one), pages, size and
the process's peak memory, and checks each PDF with pypdf. ``--no-accel`` hides ReportLab's
optional C accelerator (the ``rl-accel`` package) to measure the pure-Python fallback.

    .venv/bin/python benchmarks/bench_archive_pdf.py [--no-accel]
"""
from __future__ import annotations

import io
import random
import resource
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
if "--no-accel" in sys.argv:
    sys.modules["_rl_accel"] = None  # makes "import _rl_accel" fail: ReportLab falls back

from pypdf import PdfReader
from reportlab.lib import rl_accel

from ukpbj_desktop.documents.reports.archive_list import archive_list_pdf
from ukpbj_desktop.documents.reports.data import ArchiveLine, ArchiveListData, Letterhead, Signatory

TARGET_S = 5.0
NAMES = ("Drs. Yohanis M. Rumalutur, M.Si.", "Siti Aminah Wattimena, S.Kom.", "Ir. Hasan Basri Kilwouw",
         "Maria Magdalena Rumakat, S.E., M.M.", "Abdul Rahman Kelian, S.T.", "La Ode Muhammad Rizal, S.H.")
UNITS = ("Dinas Pendidikan dan Kebudayaan", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Kesehatan",
         "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", "Sekretariat DPRD", "Kecamatan Bula")


def lines(count: int) -> list[ArchiveLine]:
    """Lines like the office's: a name and a unit in the description, a few boxes and racks."""
    rng = random.Random(count)
    out = []
    for n in range(1, count + 1):
        year = 2020 + n * 5 // count
        out.append(ArchiveLine(
            number=n, classification=rng.choice(("000.3.5", "027")), archive_number=f"ARS/{year}/{n:05d}",
            description=f"Berkas permohonan akun PPK SPSE a.n. {rng.choice(NAMES)}, {rng.choice(UNITS)}",
            period=str(year), quantity="1 berkas", development_level=rng.choice(("Asli", "Salinan")),
            folder=str(n % 50 + 1), box=str(n // 400 + 1),
            location=f"Ruang Arsip UKPBJ, Rak {n // 4000 + 1}, Baris {n // 800 % 5 + 1}",
            active_retention=f"2 tahun (s.d. {year + 2})", inactive_retention=f"3 tahun (s.d. {year + 5})",
            disposition=rng.choice(("Musnah", "Permanen")), note="" if n % 9 else "Ditolak"))
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def main() -> None:
    accel = "C accelerator" if not rl_accel._py_funcs else "pure Python (no rl-accel)"
    print(f"ReportLab helpers: {accel}")
    head = Signatory("Abdul Rahman Kelian, S.T.", "197601112003121005", "Kepala UKPBJ")
    archive_list_pdf(ArchiveListData(letterhead=Letterhead(), title="DAFTAR ARSIP", subtitle="warm-up",
                                     printed_at=datetime(2026, 11, 23, 14, 5), lines=lines(10)))
    for count in (1_000, 10_000):
        data = ArchiveListData(letterhead=Letterhead(), title="DAFTAR ARSIP", subtitle="Semua arsip",
                               printed_at=datetime(2026, 11, 23, 14, 5), lines=lines(count), signatory=head)
        before = peak_mb()
        wall, cpu = time.perf_counter(), time.process_time()
        pdf = archive_list_pdf(data)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        verdict = ""
        if count == 10_000:
            verdict = f"; target <= {TARGET_S:.0f} s: {'met' if wall <= TARGET_S else 'MISSED'}"
        print(f"{count:>6} lines: {wall:5.2f} s wall, {cpu:5.2f} s CPU, {pages} pages, "
              f"{len(pdf) / 1e6:.1f} MB PDF, peak RSS {peak_mb():.0f} MB (was {before:.0f}){verdict}")


if __name__ == "__main__":
    main()
