"""Does the window stay responsive while it exports the Daftar Arsip of 10,000 records?

    python benchmarks/bench_archive_export.py

On the cached demo database of 10,000 applications (``demo_cache.py``), the archive list is
exported through ``ExportRunner``, exactly as the archive browser does: the real
``export-archive`` worker process. Responsiveness is the lateness of a 10 ms timer on the GUI
thread during the export. ``make bench`` times the export itself; this shows what it costs
the window meanwhile.
"""
from __future__ import annotations

import os
import shutil
import statistics
import sys
import time

import demo_cache
from bench_files import archive_records
from harness import SCRATCH, child_env


def gui_export(out) -> dict:
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
    os.environ.update(child_env())  # this process is the window: scratch folders, offscreen without a display
    db = demo_cache.ensure(10_000)
    from ukpbj_desktop.store.bootstrap import open_store

    open_store(str(db.path))  # the worker opens the same store
    figures = gui_export(SCRATCH / "daftar-arsip.pdf")
    print(f"Daftar Arsip of {archive_records(db):,} records through the worker: {figures['seconds']:.2f} s; window "
          f"timer lateness over {figures['ticks']} ticks: median {figures['p50']:.1f} ms, p95 {figures['p95']:.1f} "
          f"ms, worst {figures['worst']:.1f} ms, {figures['over_50ms']} ticks late by > 50 ms")


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(SCRATCH, ignore_errors=True)
