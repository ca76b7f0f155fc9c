"""The window: cold start to the register's first painted rows against a bare PySide6 window,
a search keystroke, opening a file's details, and the peak memory with the register open.

Every start is a fresh process (``gui_probe.py``), timed from just before it is spawned to
its first paint. Each start of the app follows a start of the bare window, so a busy machine
slows both alike; the ratio is of the two medians, its range that of the pairs.
"""
from __future__ import annotations

import statistics
import time

from demo_cache import DemoDatabase
from harness import BENCHMARKS, Figure, results, run_python

PROBE = str(BENCHMARKS / "gui_probe.py")


def _first_paint_ms(*args: str) -> tuple[float, dict]:
    started = time.perf_counter()
    found = results(run_python(PROBE, *args))
    return (found["painted"] - started) * 1000, found


def startup(databases: list[DemoDatabase], runs: int) -> list[Figure]:
    """Each start of the app right after a start of the bare window, so each pair meets the same machine.

    The CPU time each start used up to its paint is noted too: a busy machine blurs it less.
    """
    bare = Figure("bare PySide6 window, first paint", "-", "ms")
    apps = {db.label: Figure("cold start to first rows painted", db.label, "ms") for db in databases}
    paired_bare: dict[str, list[float]] = {db.label: [] for db in databases}
    cpu: dict[str, list[float]] = {key: [] for key in ("-", *apps)}
    for db in databases:
        _first_paint_ms("startup", str(db.path))  # warms the file cache
    for _ in range(runs):
        for db in databases:
            for figure, args in ((bare, ("bare",)), (apps[db.label], ("startup", str(db.path)))):
                wall, found = _first_paint_ms(*args)
                figure.samples.append(wall)
                cpu[figure.database].append(found["cpu"])
            paired_bare[db.label].append(bare.samples[-1])
    figures = [bare]
    for label, app in apps.items():
        paired = [a / b for a, b in zip(app.samples, paired_bare[label], strict=True)]
        cpu_ratio = statistics.median(cpu[label]) / statistics.median(cpu["-"])
        ratio = Figure("start-up ratio, app / bare window", label, "x", paired, f"CPU time {cpu_ratio:.2f}x",
                       summary=(app.stats()[0] / statistics.median(paired_bare[label]), min(paired), max(paired)))
        figures += [app, ratio]
    return figures


def session(db: DemoDatabase, runs: int, sessions: int) -> list[Figure]:
    """Search and details in ``sessions`` windows of ``runs`` each; the peak RSS of each window."""
    search = Figure("search keystroke to rows repainted", db.label, "ms", note="incl. typing pause")
    query = Figure("  query + repaint after the pause", db.label, "ms")
    details = Figure("click a row to details painted", db.label, "ms")
    rss = Figure("peak RSS, register open", db.label, "MB")
    for _ in range(sessions):
        found = results(run_python(PROBE, "session", str(db.path), str(runs)))
        search.samples += found["search_ms"]
        query.samples += found["search_after_pause_ms"]
        details.samples += found["details_ms"]
        rss.samples.append(found["rss_mb"])
    return [search, query, details, rss]
