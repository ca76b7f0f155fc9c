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
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, StorageError
from ukpbj_desktop.store import db
from ukpbj_desktop.store.models import Scan

DATABASE_MEMBER = "ukpbj.sqlite3"
MANIFEST_MEMBER = "manifest.json"
FORMAT = 1
OFFSITE_FILE = "salinan-luar.json"  # in the backup folder: when a copy last went off this PC
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


def _scan_files(snapshot: Path) -> list[tuple[Path, str, str]]:
    """(stored file, zip member name, a name the office gave it) of every scan the copied database refers to."""
    with contextlib.closing(sqlite3.connect(snapshot)) as conn:
        rows = conn.execute(f"SELECT DISTINCT sha256, filename FROM {Scan._meta.table_name}").fetchall()
    root = scans.scans_dir()
    paths = {scans.stored_path(Scan(sha256=sha256, filename=filename)): filename for sha256, filename in rows}
    return sorted((path, f"scans/{path.relative_to(root).as_posix()}", name) for path, name in paths.items())


def _add(archive: zipfile.ZipFile, path: Path, name: str, compression: int, cancelled: IsCancelled) -> Member:
    """Stream one file into the zip, hashing what was written."""
    info = zipfile.ZipInfo.from_file(path, name, strict_timestamps=False)
    info.compress_type = compression
    with archive.open(info, "w") as member:
        sha256, size = scans.copy_hashed(scans.read_chunks(path), member, cancelled)
    return {"sha256": sha256, "size": size}


def record_offsite(at: dt.datetime | None = None) -> None:
    """Note that a copy of the register now exists off this PC."""
    (config.backup_dir() / OFFSITE_FILE).write_text(
        json.dumps({"at": (at or dt.datetime.now()).isoformat(timespec="seconds")}), encoding="utf-8")


def last_offsite() -> dt.datetime | None:
    """When a copy last went off this PC (the second folder, or a manual backup saved elsewhere)."""
    with contextlib.suppress(OSError, ValueError, KeyError):
        return dt.datetime.fromisoformat(json.loads((config.backup_dir() / OFFSITE_FILE).read_text("utf-8"))["at"])
    return None


def check_copy(path: Path) -> list[str]:
    """SQLite's quick check of a copied database file: empty when it is sound."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            rows = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows[:20]


def _expected_hash(path: Path) -> str:
    return path.stem  # stored under its own SHA-256 (scans.stored_path)


def make_backup(out: Path, progress: Progress = None, cancelled: IsCancelled = None) -> Path:
    """Write the backup zip to ``out`` all or nothing; a cancelled or failed run leaves no file.

    A damaged database is refused before anything is written. A scan whose bytes no longer match its
    hash, or whose file is gone, is left out and named: the zip keeps the rest, and the call then
    refuses with a message, so nobody reads "Selesai" over a backup that lacks a scan."""
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        work = tempfile.TemporaryDirectory(dir=out.parent, prefix=".ukpbj-backup-")
    except OSError as exc:
        raise storage_error(out, exc) from exc
    with work as folder:
        snapshot = _snapshot(Path(folder) / DATABASE_MEMBER)
        damage = check_copy(snapshot)
        if damage:
            raise StorageError(QT_TRANSLATE_NOOP("Storage", "Basis data rusak ({detail}); cadangan tidak dibuat agar "
                                                            "cadangan yang baik tidak tertimpa. Pulihkan dari "
                                                            "cadangan terakhir."), detail=damage[0])
        files = _scan_files(snapshot)
        total = len(files) + 1
        members: dict[str, Member] = {}
        missing: list[str] = []
        damaged: list[str] = []
        with atomic_write(out) as handle, zipfile.ZipFile(handle, "w") as archive:
            members[DATABASE_MEMBER] = _add(archive, snapshot, DATABASE_MEMBER, zipfile.ZIP_DEFLATED, cancelled)
            report_progress(progress, 1, total)
            left_out: list[str] = []
            for done, (path, name, filename) in enumerate(files, 2):
                status = scans.file_status(path, _expected_hash(path))
                if status == scans.OK:  # scans are compressed already: deflating them again saves nothing
                    members[name] = _add(archive, path, name, zipfile.ZIP_STORED, cancelled)
                else:
                    (missing if status == scans.MISSING else damaged).append(name)
                    left_out.append(filename)
                report_progress(progress, done, total)
            manifest = {"format": FORMAT, "created_at": dt.datetime.now().isoformat(timespec="seconds"),
                        "members": members, "missing": missing, "damaged": damaged}
            archive.writestr(MANIFEST_MEMBER, json.dumps(manifest, indent=1, sort_keys=True),
                             compress_type=zipfile.ZIP_DEFLATED)
    if missing or damaged:
        log.warning("backup %s: scans left out, missing %s, damaged %s", out, missing, damaged)
        raise StorageError(QT_TRANSLATE_NOOP("Storage", "Cadangan {path} dibuat, tetapi {count} pindaian tidak ikut "
                                                        "karena hilang atau rusak: {names}. Lampirkan ulang "
                                                        "pindaiannya, lalu cadangkan lagi."),
                           path=str(out), count=len(left_out), names=", ".join(left_out))
    if not out.resolve().is_relative_to(config.data_dir().resolve()):
        record_offsite()  # saved elsewhere: a flash drive, another PC's share
    return out
