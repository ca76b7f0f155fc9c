"""Automatic copies of the register: on close and every few hours, skipped when nothing changed.

A copy is SQLite's online backup of the live file (about 0.4 s for 80 MB here; no zip deflate on
this path), checked with ``quick_check`` before it is kept, with the scans it refers to carried by
hash into a shared folder beside the copies, each verified. Copies are thinned to the newest of
each of the last 7 days, 8 weeks and 12 months. An optional second folder (a USB stick) receives
the same; the time of the last copy off this PC is kept in the data folder (not the database, so
recording it changes nothing a later copy would have to carry).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ukpbj_desktop import config, scans
from ukpbj_desktop.documents.export_files import atomic_write
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, StorageError
from ukpbj_desktop.store import db
from ukpbj_desktop.store.backup import check_copy, last_offsite, record_offsite
from ukpbj_desktop.store.models import Application, AuditEvent, Scan
from ukpbj_desktop.store.settings import get_setting

FOLDER = "otomatis"
SECOND_FOLDER = "UKPBJ-cadangan-otomatis"  # made inside the second place the office chose
PREFIX, SUFFIX = "ukpbj-", ".sqlite3"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
KEEP = (7, 8, 12)  # the newest copy of each of this many days, weeks, months
INTERVAL_HOURS = 3

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    """What one automatic backup did."""

    copy: Path | None = None  # None: skipped, nothing changed since the newest copy
    left_out: list[str] = field(default_factory=list)  # scans missing or damaged in the data folder
    second_place: str = ""  # the problem with the second folder, if any


def folder(base: Path | None = None) -> Path:
    path = (base / SECOND_FOLDER) if base is not None else config.backup_dir() / FOLDER
    path.mkdir(parents=True, exist_ok=True)
    return path


def _stamp() -> list[object]:
    """What changes whenever the register does: the audit trail's head and the number of files."""
    head = AuditEvent.select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).tuples().first()
    return [list(head) if head else None, Application.select().count()]


def copies(where: Path) -> list[Path]:
    """The automatic copies in ``where``, newest first."""
    return sorted(where.glob(f"{PREFIX}*{SUFFIX}"), reverse=True)


def made_at(copy: Path) -> dt.datetime:
    return dt.datetime.strptime(copy.name.removeprefix(PREFIX).removesuffix(SUFFIX), STAMP_FORMAT)


def _sidecar(copy: Path) -> Path:
    return copy.with_suffix(".json")


def make_auto_backup(force: bool = False) -> Outcome:
    """Copy the open SQLite register unless nothing changed since the newest copy (``force``: copy anyway)."""
    if db.sqlite_path() is None:
        return Outcome()  # a PostgreSQL server is backed up by its administrator
    target = folder()
    stamp = _stamp()
    newest = copies(target)
    if newest and not force:
        with contextlib.suppress(OSError, ValueError):
            if json.loads(_sidecar(newest[0]).read_text(encoding="utf-8")).get("stamp") == stamp:
                return Outcome()
    copy = target / f"{PREFIX}{dt.datetime.now():{STAMP_FORMAT}}{SUFFIX}"
    partial = db.backup_sqlite_file(copy.with_name(copy.name + ".part"))
    damage = check_copy(partial)
    if damage:
        partial.unlink(missing_ok=True)
        raise StorageError(QT_TRANSLATE_NOOP("Storage", "Basis data rusak ({detail}); salinan otomatis tidak dibuat "
                                                        "agar salinan yang baik tetap ada."), detail=damage[0])
    partial.replace(copy)
    outcome = Outcome(copy=copy, left_out=_carry_scans(copy, target))
    _sidecar(copy).write_text(json.dumps({"stamp": stamp, "left_out": outcome.left_out}), encoding="utf-8")
    thin(target)
    outcome.second_place = _to_second_place(copy)
    return outcome


def scan_rows(copy: Path) -> list[tuple[str, str]]:
    with contextlib.closing(sqlite3.connect(f"file:{copy}?mode=ro", uri=True)) as conn:
        return conn.execute(f"SELECT DISTINCT sha256, filename FROM {Scan._meta.table_name}").fetchall()


def scan_path(where: Path, sha256: str, filename: str) -> Path:
    """Where a folder of copies keeps a scan: laid out as the data folder's (``scans.stored_path``)."""
    stored = scans.stored_path(Scan(sha256=sha256, filename=filename))
    return where / "scans" / stored.relative_to(scans.scans_dir())


def _carry_scans(copy: Path, where: Path) -> list[str]:
    """Copy into ``where`` each scan ``copy`` refers to that is not there intact; the names left out."""
    left_out = []
    for sha256, filename in scan_rows(copy):
        target = scan_path(where, sha256, filename)
        if scans.file_status(target, sha256) == scans.OK:
            continue
        source = scans.stored_path(Scan(sha256=sha256, filename=filename))
        if scans.file_status(source, sha256) != scans.OK:
            left_out.append(filename)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        copy_whole(source, target)
    if left_out:
        log.warning("automatic backup %s: scans left out (missing or damaged): %s", copy, left_out)
    return left_out


def copy_whole(source: Path, target: Path) -> None:
    """``source`` copied to ``target`` all or nothing: a pulled-out flash drive leaves no half file."""
    with atomic_write(target) as out, open(source, "rb") as data:
        shutil.copyfileobj(data, out, scans.CHUNK)


def thin(where: Path, keep: tuple[int, int, int] = KEEP) -> list[Path]:
    """Delete the copies no bucket keeps (the newest of each of the last days, weeks, months); the deleted."""
    found = copies(where)
    kept: set[Path] = set(found[:1])
    buckets: tuple[Callable[[dt.datetime], object], ...] = (
        lambda t: t.date(), lambda t: tuple(t.isocalendar())[:2], lambda t: (t.year, t.month))
    for count, bucket in zip(keep, buckets, strict=True):
        seen: dict[object, Path] = {}
        for copy in found:  # newest first: the first of a bucket is its newest
            seen.setdefault(bucket(made_at(copy)), copy)
        kept.update(list(seen.values())[:count])
    dropped = [copy for copy in found if copy not in kept]
    for copy in dropped:
        copy.unlink(missing_ok=True)
        _sidecar(copy).unlink(missing_ok=True)
    return dropped


def _to_second_place(copy: Path) -> str:
    """Copy to the second folder the office chose, if any; the problem as text (empty when it went well)."""
    chosen = get_setting("backup_second_folder").strip()
    if not chosen:
        return ""
    try:
        where = folder(Path(chosen))
        copy_whole(copy, where / copy.name)
        copy_whole(_sidecar(copy), _sidecar(where / copy.name))
        _carry_scans(where / copy.name, where)
        thin(where)
    except OSError as exc:
        log.warning("automatic backup to the second folder %s failed: %s", chosen, exc)
        return f"{chosen}: {exc.strerror or exc}"
    except StorageError as exc:  # the copy itself failed (full or pulled out): atomic_write said why
        log.warning("automatic backup to the second folder %s failed: %s", chosen, exc)
        return f"{chosen}: {exc.params.get('detail', exc)}"
    record_offsite()
    return ""


def offsite_overdue(now: dt.datetime | None = None) -> bool:
    """True when no copy went off this PC within the office's number of days (setting ``backup_offsite_days``)."""
    days = int(get_setting("backup_offsite_days") or 0)
    if days <= 0:
        return False
    last = last_offsite()
    return last is None or (now or dt.datetime.now()) - last > dt.timedelta(days=days)
