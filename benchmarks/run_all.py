"""``make bench``: every figure of the app's performance, printed as one table and written as JSON.

    python benchmarks/run_all.py [--quick] [--runs 7] [--json FILE]

Uses (or generates, see ``demo_cache.py``) demo databases of 1,000, 10,000 and 100,000
applications; ``--quick`` uses only the 1,000 one and fewer runs of the slow exports. Every
figure is the median, min and max of its runs, each run a real use of the app: its own
process for a cold start, the real window for searching, the app's own commands for files.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sys
from importlib.metadata import version
from pathlib import Path

import bench_files
import bench_slip
import bench_window
import demo_cache
from harness import SCRATCH, Figure

ARCHIVE_LIST_SIZE = 10_000  # the Daftar Arsip is printed from this register's archive
FORMATS = {"ms": "{:.0f}", "s": "{:.2f}", "x": "{:.2f}", "MB": "{:.0f}"}


def progress(text: str) -> None:
    print(f"[{dt.datetime.now():%H:%M:%S}] {text}", file=sys.stderr, flush=True)


def measure(quick: bool, runs: int) -> list[Figure]:
    databases = [demo_cache.ensure(size, progress) for size in (demo_cache.SIZES[:1] if quick else demo_cache.SIZES)]
    largest = databases[-1]
    archive_db = next((db for db in databases if db.applications == ARCHIVE_LIST_SIZE), largest)
    file_runs, sessions = (2, 2) if quick else (3, 3)
    figures: list[Figure] = []
    progress(f"cold starts, {runs} of each ...")
    figures += bench_window.startup(databases, runs)
    for db in databases:
        progress(f"searching and opening details, {db.label} ...")
        figures += bench_window.session(db, runs, sessions)
    progress("handover slips ...")
    figures += bench_slip.measure(runs, sessions)
    progress(f"Daftar Arsip, {archive_db.label} ...")
    figures.append(bench_files.daftar_arsip(archive_db, file_runs))
    progress(f"register exports and backup, {largest.label} ...")
    figures += bench_files.register_exports(largest, file_runs)
    figures.append(bench_files.backup(largest, file_runs))
    figures += bench_files.sizes(databases)
    return figures


def table(figures: list[Figure]) -> str:
    width = max(len(f.name) for f in figures)
    lines = [f"{'figure':{width}}  {'apps':>7}  {'runs':>4}  {'median':>8}  {'min':>8}  {'max':>8}  unit  note"]
    for figure in figures:
        cells = [FORMATS[figure.unit].format(value) for value in figure.stats()]
        lines.append(f"{figure.name:{width}}  {figure.database:>7}  {figure.runs:>4}  {cells[0]:>8}  {cells[1]:>8}  "
                     f"{cells[2]:>8}  {figure.unit:4}  {figure.note}".rstrip())
    return "\n".join(lines)


def machine() -> dict:
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "pyside6": version("PySide6"),
            "system": platform.platform(), "qt_platform": "offscreen" if not os.environ.get("DISPLAY") else "display"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="only the 1,000-application database")
    parser.add_argument("--runs", type=int, default=7, help="runs of each quick figure (default 7)")
    parser.add_argument("--json", type=Path, default=demo_cache.CACHE / "results.json", help="where the figures go")
    args = parser.parse_args(argv)
    started = dt.datetime.now()
    try:
        figures = measure(args.quick, args.runs)
    finally:
        shutil.rmtree(SCRATCH, ignore_errors=True)
    seconds = (dt.datetime.now() - started).total_seconds()
    print(table(figures))
    print(f"\nmedian, min and max of each figure's runs; {'quick run' if args.quick else 'full run'} "
          f"in {seconds:.0f} s on {os.cpu_count()} CPUs, {started:%Y-%m-%d %H:%M}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"started_at": started.isoformat(timespec="seconds"), "quick": args.quick,
                                     "seconds": seconds, "machine": machine(),
                                     "figures": [figure.as_json() for figure in figures]}, indent=1))
    print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
