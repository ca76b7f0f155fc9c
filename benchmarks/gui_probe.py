"""The child side of the window benchmarks: the real app started as ``ukpbj-desktop --db DB``.

    python benchmarks/gui_probe.py bare
    python benchmarks/gui_probe.py startup DB
    python benchmarks/gui_probe.py session DB RUNS

Each prints ``RESULT {json}``. Times are ``time.perf_counter()`` stamps (the parent compares
them with its own clock, started before it spawned us) or milliseconds. The app runs through
its command-line entry point; the only addition is an event filter on the register's table,
fitted when the main window is shown, that notes the first paint with rows in it.
"""
from __future__ import annotations

import json
import resource
import sys
import time

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

PAINT_TIMEOUT_MS = 30_000
SEARCH_WORDS = ("rumak", "watti", "tuasi", "kelia", "latuc", "patti", "siregar", "nasut", "wijay", "santo", "kilwo",
                "lestal", "rumbo", "kaste", "tamhe", "wailis")


def peak_rss_mb() -> float:
    kilobytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return kilobytes / 1024 if sys.platform != "darwin" else kilobytes / 2**20


def report(**figures) -> None:
    print("RESULT " + json.dumps(figures), flush=True)


class PaintWatch(QObject):
    """Notes when ``widget`` paints while ``ready()`` holds, and ends a waiting loop then."""

    def __init__(self, widget, ready=lambda: True):
        super().__init__(widget)
        self.ready = ready
        self.painted_at: float | None = None
        self.cpu_at = 0.0  # the CPU time this process had used by then, in seconds
        self.armed = True
        self._loop: QEventLoop | None = None
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if self.armed and event.type() == QEvent.Type.Paint and self.ready():
            self.painted_at = time.perf_counter()
            self.cpu_at = time.process_time()
            self.armed = False
            if self._loop is not None:
                self._loop.quit()
        return False

    def arm(self) -> None:
        self.painted_at, self.armed = None, True

    def wait(self) -> float:
        """The stamp of the next paint (spinning the event loop until it comes)."""
        if self.painted_at is None:
            self._loop = QEventLoop()
            QTimer.singleShot(PAINT_TIMEOUT_MS, self._loop.quit)
            self._loop.exec()
            self._loop = None
        if self.painted_at is None:
            raise SystemExit("no paint within the time limit")
        return self.painted_at


def bare() -> None:
    """The floor: a PySide6 main window with one label, until the label is painted."""
    app = QApplication(sys.argv)
    window = QMainWindow()
    label = QLabel("bare")
    window.setCentralWidget(label)
    watch = PaintWatch(label)
    window.show()
    QTimer.singleShot(0, lambda: (watch.wait(), app.quit()))
    app.exec()
    report(painted=watch.painted_at, cpu=watch.cpu_at)


def run_app(db: str, then) -> None:
    """``ukpbj-desktop --db DB`` as its entry point runs it; ``then(window, watch)`` once rows are painted."""
    from ukpbj_desktop import cli
    from ukpbj_desktop.ui.main_window import MainWindow

    show = MainWindow.show

    def show_and_watch(window: MainWindow) -> None:
        model = window.register.model
        watch = PaintWatch(window.register.table.viewport(), lambda: model.rowCount() > 0)
        QTimer.singleShot(0, lambda: (watch.wait(), then(window, watch), QApplication.instance().quit()))
        show(window)

    MainWindow.show = show_and_watch
    cli.main(["--db", db])


def startup(db: str) -> None:
    run_app(db, lambda window, watch: report(painted=watch.painted_at, cpu=watch.cpu_at, rss_mb=peak_rss_mb(),
                                             rows=window.register.model.total))


def _search_timer(view) -> QTimer:
    from ukpbj_desktop.ui.widgets.tables import SEARCH_DELAY_MS

    return next(t for t in view.findChildren(QTimer) if t.isSingleShot() and t.interval() == SEARCH_DELAY_MS)


class TimerWatch(QObject):
    """Notes when a QTimer fires (its timer event, before its slots run)."""

    def __init__(self, timer: QTimer):
        super().__init__(timer)
        self.fired_at = 0.0
        timer.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Timer:
            self.fired_at = time.perf_counter()
        return False


def search_keystrokes(window, watch: PaintWatch, runs: int) -> tuple[list[float], list[float]]:
    """Type the last letter of a name part into the search box, until the new rows are painted.

    Returns (keystroke to paint, of which query and paint after the typing pause), in ms.
    """
    from PySide6.QtTest import QTest

    view, model = window.register, window.register.model
    fired = TimerWatch(_search_timer(view))
    reset = []
    model.modelReset.connect(lambda: reset.append(1))
    watch.ready = lambda: bool(reset) and model.rowCount() > 0
    total, after_pause = [], []
    for word in (SEARCH_WORDS * (runs // len(SEARCH_WORDS) + 2))[:runs + 1]:
        view.search.setText(word[:-1])
        view.apply_filter()
        QApplication.processEvents()
        reset.clear()
        watch.arm()
        started = time.perf_counter()
        QTest.keyClick(view.search, word[-1])
        painted = watch.wait()
        total.append((painted - started) * 1000)
        after_pause.append((painted - fired.fired_at) * 1000)
    view.search.clear()
    view.apply_filter()
    return total[1:], after_pause[1:]  # the first of each is the warm-up


def open_details(window, runs: int) -> list[float]:
    """Click a row of the register until the details panel has painted that file, in ms."""
    from PySide6.QtTest import QTest

    window.details_action.setChecked(True)  # closed at first on a narrow screen, as offscreen's is
    QApplication.processEvents()
    table = window.register.table
    panel = window.details.browser.viewport()
    watch = PaintWatch(panel)
    samples = []
    for row in range(runs + 1):
        index = table.model().index(row * 3 % table.model().rowCount(), 1)
        table.scrollTo(index)
        QApplication.processEvents()
        watch.arm()
        started = time.perf_counter()
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         table.visualRect(index).center())
        samples.append((watch.wait() - started) * 1000)
    return samples[1:]


def session(db: str, runs: int) -> None:
    def interact(window, watch) -> None:
        search, after_pause = search_keystrokes(window, watch, runs)
        details = open_details(window, runs)
        report(search_ms=search, search_after_pause_ms=after_pause, details_ms=details, rss_mb=peak_rss_mb())

    run_app(db, interact)


if __name__ == "__main__":
    mode, *args = sys.argv[1:]
    sys.argv[1:] = []  # QApplication and the app's own parser see no benchmark arguments
    if mode == "bare":
        bare()
    elif mode == "startup":
        startup(args[0])
    elif mode == "session":
        session(args[0], int(args[1]))
    else:
        raise SystemExit(__doc__)
