"""A backup the office can carry away: the database and every scan in one zip.

The database is copied with SQLite's online backup API (consistent even while the app
writes), and the scans taken are exactly those that copy refers to. ``manifest.json``
lists each member's SHA-256 so a restore can prove the zip arrived intact. The database
never holds an initial password, and nothing else is added, so neither does the backup.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import sqlite3
import tempfile
import zipfile
from pathlib import Path

from ukpbj_desktop import config, scans
from ukpbj_desktop.documents.export_files import (
    IsCancelled,
    Progress,
    atomic_write,
    report_progress,
    safe_file_name,
    storage_error,
)
from ukpbj_desktop.store import db
from ukpbj_desktop.store.models import Scan

DATABASE_MEMBER = "ukpbj.sqlite3"
MANIFEST_MEMBER = "manifest.json"
FORMAT = 1
Member = dict[str, str | int]  # a file in the zip, as the manifest lists it: sha256 and size

log = logging.getLogger(__name__)


def default_path() -> Path:
    """A new file in the backup folder, named by the time it was made."""
    return config.backup_dir() / safe_file_name("ukpbj", f"{dt.datetime.now():%Y%m%d-%H%M%S}", suffix=".zip")


def _snapshot(destination: Path) -> Path:
    """A consistent copy of the live database; StorageError on PostgreSQL or a failing disk."""
    try:
        return db.backup_sqlite_file(destination)
    except sqlite3.Error as exc:
        raise db.storage_error(exc) from exc


def _scan_files(snapshot: Path) -> list[tuple[Path, str]]:
    """(stored file, zip member name) of every scan the copied database refers to, by name."""
    with contextlib.closing(sqlite3.connect(snapshot)) as conn:
        rows = conn.execute(f"SELECT DISTINCT sha256, filename FROM {Scan._meta.table_name}").fetchall()
    root = scans.scans_dir()
    paths = {scans.stored_path(Scan(sha256=sha256, filename=filename)) for sha256, filename in rows}
    return sorted((path, f"scans/{path.relative_to(root).as_posix()}") for path in paths)


def _add(archive: zipfile.ZipFile, path: Path, name: str, compression: int, cancelled: IsCancelled) -> Member:
    """Stream one file into the zip, hashing what was written."""
    info = zipfile.ZipInfo.from_file(path, name, strict_timestamps=False)
    info.compress_type = compression
    with archive.open(info, "w") as member:
        sha256, size = scans.copy_hashed(scans.read_chunks(path), member, cancelled)
    return {"sha256": sha256, "size": size}


def make_backup(out: Path, progress: Progress = None, cancelled: IsCancelled = None) -> Path:
    """Write the backup zip to ``out`` all or nothing; a cancelled or failed run leaves no file."""
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        work = tempfile.TemporaryDirectory(dir=out.parent, prefix=".ukpbj-backup-")
    except OSError as exc:
        raise storage_error(out, exc) from exc
    with work as folder:
        snapshot = _snapshot(Path(folder) / DATABASE_MEMBER)
        files = _scan_files(snapshot)
        total = len(files) + 1
        members: dict[str, Member] = {}
        missing: list[str] = []
        with atomic_write(out) as handle, zipfile.ZipFile(handle, "w") as archive:
            members[DATABASE_MEMBER] = _add(archive, snapshot, DATABASE_MEMBER, zipfile.ZIP_DEFLATED, cancelled)
            report_progress(progress, 1, total)
            for done, (path, name) in enumerate(files, 2):
                try:  # scans are compressed already: deflating them again costs time and saves nothing
                    members[name] = _add(archive, path, name, zipfile.ZIP_STORED, cancelled)
                except FileNotFoundError:
                    missing.append(name)
                report_progress(progress, done, total)
            manifest = {"format": FORMAT, "created_at": dt.datetime.now().isoformat(timespec="seconds"),
                        "members": members, "missing": missing}
            archive.writestr(MANIFEST_MEMBER, json.dumps(manifest, indent=1, sort_keys=True),
                             compress_type=zipfile.ZIP_DEFLATED)
    if missing:
        log.warning("backup %s: %d scan file(s) missing from the data folder: %s", out, len(missing), missing)
    return out
