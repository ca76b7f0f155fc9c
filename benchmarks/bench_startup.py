"""Time from process start to the register's first painted rows, against a bare PySide6 window.

Usage: python benchmarks/bench_startup.py DB [runs]   (DB e.g. from `ukpbj-desktop demo --requests 100000`)
Each run is a fresh process; the figure is the median. Run it on a real display or under Xvfb.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time

CHILD_APP = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from ukpbj_desktop.store.bootstrap import open_store
from ukpbj_desktop.ui.main_window import MainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and window.register.model.rowCount() > 0:
            print("PAINT", time.perf_counter(), flush=True)
            QApplication.instance().quit()
        return False

app = QApplication(sys.argv)
window = MainWindow(open_store(sys.argv[1]))
probe = FirstPaint()
window.register.table.viewport().installEventFilter(probe)
window.show()
app.exec()
"""

CHILD_BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("PAINT", time.perf_counter(), flush=True)
            QApplication.instance().quit()
        return False

app = QApplication(sys.argv)
window = QMainWindow()
label = QLabel("bare")
window.setCentralWidget(label)
probe = FirstPaint()
label.installEventFilter(probe)
window.show()
app.exec()
"""


def first_paint(code: str, *args: str) -> float:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True).stdout
    painted = float(next(line.split()[1] for line in out.splitlines() if line.startswith("PAINT")))
    return painted - start


def main() -> None:
    db, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 7
    first_paint(CHILD_APP, db)  # warm the file cache and run any pending migration once
    app = statistics.median(first_paint(CHILD_APP, db) for _ in range(runs))
    bare = statistics.median(first_paint(CHILD_BARE) for _ in range(runs))
    print(f"bare PySide6 window first paint: {bare * 1000:.0f} ms (median of {runs})")
    print(f"UKPBJ Desktop register first rows painted: {app * 1000:.0f} ms (median of {runs})")
    print(f"ratio: {app / bare:.2f}x")


if __name__ == "__main__":
    main()
