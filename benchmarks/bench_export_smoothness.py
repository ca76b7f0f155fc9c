"""Does the window stay smooth while ReportLab renders a long PDF? In a thread vs in a child process.

A 10 ms timer on the GUI thread stands for the window's event loop: its lateness is how
long the user would wait for the window to react to a key or a click. Every 10th tick also
repaints a table view over a Python item model, as the register does when scrolled: each
cell asks Python for several roles, and every call from Qt into Python needs the GIL, which
a busy thread hands back only every switch interval (5 ms). The job is a ReportLab
platypus document of PAGES pages of tables, rendered

  idle     nothing running: the floor of the measurement
  thread   in a QThread of the GUI process (holds the GIL while it works)
  process  in a child process started by ExportRunner, as the app exports (only the
           protocol's progress lines reach the GUI)

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_export_smoothness.py [--pages 300]
    xvfb-run -a .venv/bin/python benchmarks/bench_export_smoothness.py

Figures: the job's wall time; lateness of the timer ticks (median, 95th percentile, worst) in
milliseconds and the number later than 50 ms (a stutter a user notices); the table repaint
time (median, worst) in milliseconds.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
WORK = Path(tempfile.mkdtemp(prefix="bench-smooth-"))
os.environ["UKPBJ_DATA_DIR"] = str(WORK / "data")

from PySide6.QtCore import QAbstractTableModel, QEventLoop, Qt, QThread, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from ukpbj_desktop.ui.widgets import export_runner, messages  # noqa: E402
from ukpbj_desktop.ui.widgets.export_runner import ExportRunner  # noqa: E402
from ukpbj_desktop.ui.widgets.sql_table_model import TOP_LEVEL  # noqa: E402

TICK_MS = 10
REPAINT_EVERY = 10  # ticks
NOTICEABLE_MS = 50

# The job, as source: run in-process by the thread and as `python -c` by the child.
JOB_SOURCE = r'''
import io
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

def render(pages, progress):
    """PAGES landscape pages, each a 30-row table of wrapped paragraphs; progress per page."""
    style = getSampleStyleSheet()["BodyText"]
    story = []
    for page in range(pages):
        rows = [["No", "Klasifikasi", "Uraian", "Kurun", "Boks", "Lokasi"]]
        rows += [[str(page * 30 + n), "000.3.5", Paragraph(f"Berkas akun SPSE PPK nomor {page * 30 + n} "
                  "Dinas Pekerjaan Umum dan Penataan Ruang", style), "2026", str(n % 40), "Ruang A, Rak 2"]
                 for n in range(1, 30)]
        table = Table(rows, colWidths=[40, 80, 360, 50, 40, 120], repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
        story += [table, PageBreak()]
    done = []
    def on_page(canvas, doc):
        done.append(1)
        progress(len(done), pages)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=landscape(A4)).build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()
'''

CHILD_MAIN = JOB_SOURCE + r'''
import sys
args = sys.argv[1:]
out, pages = args[args.index("--out") + 1], int(args[args.index("--pages") + 1])
data = render(pages, lambda done, total: print(f"progress {done} {total}", flush=True))
with open(out, "wb") as f:
    f.write(data)
print(f"done {pages}", flush=True)
'''

_job: dict = {}
exec(compile(JOB_SOURCE, "<job>", "exec"), _job)


class Cells(QAbstractTableModel):
    """A plain Python model: what each repaint of the register costs in calls into Python."""

    def rowCount(self, parent=TOP_LEVEL):  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 10_000

    def columnCount(self, parent=TOP_LEVEL):  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 8

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row()}.{index.column()}"
        return None


class Probe:
    """Records how late each tick of a TICK_MS timer fires on the GUI thread, and repaint times."""

    def __init__(self, view: QTableView):
        self.view = view
        self.lateness: list[float] = []
        self.repaints: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.lateness.clear()
        self.repaints.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.lateness.append(max(0.0, (now - self._last) * 1000 - TICK_MS))
        if len(self.lateness) % REPAINT_EVERY == 0:
            self.view.viewport().repaint()
            self.repaints.append((time.perf_counter() - now) * 1000)
        self._last = time.perf_counter()  # the repaint is measured apart, not as lateness


class RenderThread(QThread):
    def __init__(self, pages: int):
        super().__init__()
        self.pages = pages

    def run(self) -> None:
        _job["render"](self.pages, lambda done, total: None)


def measure(name: str, probe: Probe, run) -> None:
    """Run ``run(loop)`` (which quits ``loop`` when the job ends) under the probe; print the figures."""
    loop = QEventLoop()
    probe.start()
    started = time.perf_counter()
    run(loop)
    loop.exec()
    seconds = time.perf_counter() - started
    probe.stop()
    late = sorted(probe.lateness)
    p95 = late[min(len(late) - 1, int(len(late) * 0.95))]
    print(f"{name:8} {seconds:6.2f} s | ticks {len(late):5d}  median {statistics.median(late):5.1f}  "
          f"p95 {p95:5.1f}  worst {late[-1]:6.1f}  >{NOTICEABLE_MS} ms: {sum(x > NOTICEABLE_MS for x in late):3d} | "
          f"repaint median {statistics.median(probe.repaints):6.1f}  worst {max(probe.repaints):6.1f}", flush=True)


def run_idle(seconds: float):
    return lambda loop: QTimer.singleShot(round(seconds * 1000), loop.quit)


def run_thread(pages: int):
    def run(loop: QEventLoop) -> None:
        thread = RenderThread(pages)
        thread.finished.connect(loop.quit)
        thread.start()
        run.thread = thread  # keep it alive until it has finished
    return run


def run_process(window: QTableView, pages: int, out: Path):
    def run(loop: QEventLoop) -> None:
        runner = ExportRunner(window)
        for signal in (runner.finished, runner.failed, runner.cancelled):
            signal.connect(loop.quit)
        runner.failed.connect(lambda text: print("FAILED:", text))
        runner.start(["render", "--out", str(out), "--pages", str(pages)], out, "Benchmark")
        run.runner = runner
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--idle", type=float, default=2.0, help="seconds of idle baseline")
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv)
    window = QTableView()
    window.setModel(Cells(window))
    window.resize(900, 700)
    window.show()
    messages.confirm = lambda *a, **k: False  # the "open the file?" question: nobody to answer it
    export_runner.worker_program = lambda: [sys.executable, "-c", CHILD_MAIN]
    out = WORK / "daftar.pdf"
    probe = Probe(window)
    print(f"{args.pages} pages; platform {app.platformName()}; {os.cpu_count()} CPUs; Python switch interval "
          f"{sys.getswitchinterval() * 1000:.0f} ms; lateness of a {TICK_MS} ms timer, table repaint (ms)")
    measure("idle", probe, run_idle(args.idle))
    measure("thread", probe, run_thread(args.pages))
    measure("process", probe, run_process(window, args.pages, out))
    print(f"child's PDF: {out.stat().st_size // 1024} KiB" if out.exists() else "child's PDF missing")


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
