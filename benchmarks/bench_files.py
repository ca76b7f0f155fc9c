"""The files the office takes away: the Daftar Arsip, the register as CSV and XLSX, a backup.

Each run is the app's own headless command (``python -m ukpbj_desktop export-archive ...``),
the one the window starts as a worker process for the same job, timed from spawn to exit,
and its file is checked: a real PDF with pages, every register row in the CSV, a workbook
and a backup zip that open and hold what they should.
"""
from __future__ import annotations

import csv
import json
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from demo_cache import DemoDatabase
from harness import SCRATCH, Figure, app_command, run_python


def archive_records(db: DemoDatabase) -> int:
    import sqlite3

    with sqlite3.connect(f"file:{db.path}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT count(*) FROM archive_record").fetchone()[0]


def _check_pdf(path: Path, records: int) -> None:
    from pypdf import PdfReader

    reader = PdfReader(path)
    if not reader.pages or "DAFTAR ARSIP" not in reader.pages[0].extract_text().upper():
        raise SystemExit(f"{path} is not a Daftar Arsip")
    if records > 1000 and len(reader.pages) < records // 100:
        raise SystemExit(f"{path}: {len(reader.pages)} pages cannot list {records} records")


def _check_csv(path: Path, rows: int) -> None:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        written = sum(1 for _ in csv.reader(handle)) - 1  # less the header
    if written != rows:
        raise SystemExit(f"{path}: {written} rows, expected {rows}")


def _check_xlsx(path: Path, rows: int) -> None:
    with zipfile.ZipFile(path) as book:
        sheet = book.read("xl/worksheets/sheet1.xml")
    if f'<row r="{rows + 1}"'.encode() not in sheet or f'<row r="{rows + 2}"'.encode() in sheet:
        raise SystemExit(f"{path}: the sheet does not end at row {rows + 1}")


def _check_backup(path: Path, db: DemoDatabase) -> None:
    with zipfile.ZipFile(path) as backup:
        manifest = json.loads(backup.read("manifest.json"))
        if "ukpbj.sqlite3" not in manifest["members"] or backup.testzip() is not None:
            raise SystemExit(f"{path} is not a complete backup")
        if db.applications > 1000 and backup.getinfo("ukpbj.sqlite3").file_size < db.path.stat().st_size // 2:
            raise SystemExit(f"{path} holds a database smaller than {db.path}")


def _command_runs(name: str, db: DemoDatabase, runs: int, command: list[str], out: Path,
                  check: Callable[[Path], None], note: str = "") -> Figure:
    figure = Figure(name, db.label, "s", note=note)
    for run in range(runs):
        out.unlink(missing_ok=True)
        started = time.perf_counter()
        run_python(*app_command(*command, "--db", str(db.path), "--out", str(out)))
        figure.samples.append(time.perf_counter() - started)
        if run == 0:
            check(out)
    out.unlink(missing_ok=True)
    return figure


def daftar_arsip(db: DemoDatabase, runs: int) -> Figure:
    records = archive_records(db)
    out = SCRATCH / "daftar-arsip.pdf"
    return _command_runs("Daftar Arsip PDF, every archive record", db, runs, ["export-archive"], out,
                         lambda path: _check_pdf(path, records), note=f"{records:,} records")


def register_exports(db: DemoDatabase, runs: int) -> list[Figure]:
    return [_command_runs(f"register exported as {suffix.upper()}", db, runs, ["export-register"],
                          SCRATCH / f"register.{suffix}", lambda path, c=check: c(path, db.applications))
            for suffix, check in (("csv", _check_csv), ("xlsx", _check_xlsx))]


def backup(db: DemoDatabase, runs: int) -> Figure:
    return _command_runs("backup zip (database and scans)", db, runs, ["backup"], SCRATCH / "backup.zip",
                         lambda path: _check_backup(path, db))


def sizes(databases: list[DemoDatabase]) -> list[Figure]:
    """The file on disk, scaled to 100,000 applications, and how long the demo command took to write it."""
    figures = []
    for db in databases:
        megabytes = db.path.stat().st_size / 1e6
        figures.append(Figure("file size per 100,000 applications", db.label, "MB",
                              [megabytes * 100_000 / db.applications], note=f"file {megabytes:.1f} MB"))
    for db in databases:
        when = "built in this run" if db.built_now else f"built {db.built_at.replace('T', ' ')[:16]}"
        figures.append(Figure("demo generation (demo command)", db.label, "s", [db.generation_s], note=when))
    return figures
