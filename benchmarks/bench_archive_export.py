"""Daftar Arsip of 10,000 records: end-to-end time, validity by an independent parser, and how the
window responds while the GUI exports it through its worker process.

Usage: python benchmarks/bench_archive_export.py [DB] [--records N]
DB defaults to a demo database built once in the temp folder. The worker is the real
``export-archive`` command started by ``ExportRunner``, exactly as the archive browser does.
Window responsiveness is the lateness of a 10 ms timer on the GUI thread during the export.
Needs poppler-utils (pdfinfo, pdftotext) for the independent check.
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DEFAULT_DB = Path(tempfile.gettempdir()) / "ukpbj_bench_archive.sqlite3"


def build(db: Path, records: int) -> None:
    """A demo register with at least ``records`` archived files (about 93% of demo files end archived)."""
    from ukpbj_desktop.queries import archive as archive_query
    from ukpbj_desktop import demo
    from ukpbj_desktop.store.bootstrap import open_store

    open_store(str(db))
    if archive_query.count() < records:
        demo.generate(int(records / 0.9) + 200, seed=10_000)


def check_pdf(path: Path) -> tuple[int, int]:
    """(pages, archive numbers found) as poppler reads the file: an independent parser."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return pages, len(set(re.findall(r"ARS/\d{4}/D\d{7}", text)))


def gui_export(out: Path) -> dict:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from ukpbj_desktop.ui.widgets import messages
    from ukpbj_desktop.ui.widgets.export_runner import ExportRunner

    messages.confirm = lambda *args, **kwargs: False  # the "open the file?" question at the end
    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    window.resize(800, 600)
    window.show()
    lateness: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer(interval=10)
    last = [0.0]

    def tick() -> None:
        now_ms = clock.nsecsElapsed() / 1e6
        if last[0]:
            lateness.append(max(0.0, now_ms - last[0] - 10))
        last[0] = now_ms

    ticker.timeout.connect(tick)
    runner = ExportRunner(window)
    done: dict = {}
    runner.finished.connect(lambda path: done.setdefault("ok", path))
    runner.failed.connect(lambda text: done.setdefault("failed", text))
    clock.start()
    ticker.start()
    started = time.perf_counter()
    runner.start(["export-archive", "--out", str(out)], out, "Daftar Arsip")
    while not done:
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    ticker.stop()
    window.close()
    if "failed" in done:
        raise SystemExit(f"export failed: {done['failed']}")
    lateness.sort()
    return {"seconds": elapsed, "ticks": len(lateness), "p50": statistics.median(lateness),
            "p95": lateness[int(len(lateness) * 0.95)], "worst": lateness[-1],
            "over_50ms": sum(1 for value in lateness if value > 50)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", nargs="?", type=Path, default=DEFAULT_DB)
    parser.add_argument("--records", type=int, default=10_000)
    args = parser.parse_args()
    build(args.db, args.records)
    from ukpbj_desktop.queries import archive as archive_query

    count = archive_query.count()
    print(f"database: {args.db} ({count} archive records)")

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "daftar-arsip.pdf"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "ukpbj_desktop", "export-archive", "--db", str(args.db),
                        "--out", str(out)], check=True, stderr=subprocess.DEVNULL)
        headless = time.perf_counter() - started
        pages, found = check_pdf(out)
        print(f"headless export-archive: {headless:.2f} s, {out.stat().st_size / 1e6:.1f} MB, "
              f"pdfinfo {pages} pages, pdftotext finds {found} of {count} archive numbers")

        os.environ["UKPBJ_DB"] = str(args.db)
        from ukpbj_desktop.store.bootstrap import open_store

        open_store(str(args.db))
        out.unlink()
        figures = gui_export(out)
        pages, found = check_pdf(out)
        print(f"GUI export through the worker: {figures['seconds']:.2f} s; window timer lateness over "
              f"{figures['ticks']} ticks: median {figures['p50']:.1f} ms, p95 {figures['p95']:.1f} ms, "
              f"worst {figures['worst']:.1f} ms, {figures['over_50ms']} ticks late by > 50 ms; "
              f"pdfinfo {pages} pages, {found} of {count} numbers")


if __name__ == "__main__":
    main()
