"""Verify a backup and put it back in place of the open register, keeping what it replaces.

A backup is the zip the office makes (``backup.make_backup``) or an automatic copy (``autobackup``).
Verifying checks every member against the manifest's SHA-256, the database with SQLite's quick
check, and every scan it refers to. A restore then sets the current file aside under a new name
(never deleting it), puts the backup's database in its place, adds the scans it lacks, checks the
result again, and records the restore in the audit trail. Nothing here knows Qt.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ukpbj_desktop import audit, config, health, scans
from ukpbj_desktop.documents.export_files import atomic_write
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, StorageError
from ukpbj_desktop.store import autobackup, db
from ukpbj_desktop.store.backup import DATABASE_MEMBER, MANIFEST_MEMBER, check_copy
from ukpbj_desktop.store.models import Operator, Scan

ASIDE = "sebelum-pulih"  # the name part of a file a restore set aside


@dataclass(frozen=True)
class BackupCheck:
    """What a backup holds and what is wrong with it (``problems`` empty: it can be restored)."""

    path: Path
    created_at: str
    applications: int
    problems: tuple[str, ...]
    notes: tuple[str, ...]  # known gaps the backup itself recorded (a scan missing when it was made)

    @property
    def ok(self) -> bool:
        return not self.problems


def _hash_member(archive: zipfile.ZipFile, name: str) -> str:
    with archive.open(name) as member:
        return scans.copy_hashed(iter(lambda: member.read(scans.CHUNK), b""))[0]


def _unpack_zip(path: Path, work: Path) -> tuple[Path | None, str, list[str], list[str], dict[str, str]]:
    """(database copy, made at, problems, notes, scan member -> hash) of a backup zip, checked member by member."""
    problems: list[str] = []
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        return None, "", [f"bukan berkas cadangan yang bisa dibaca ({exc})"], [], {}
    with archive:
        try:
            manifest = json.loads(archive.read(MANIFEST_MEMBER))
            members: dict[str, dict[str, object]] = manifest["members"]
        except (KeyError, ValueError, zipfile.BadZipFile) as exc:
            return None, "", [f"daftar isi cadangan (manifest) tidak ada atau rusak ({exc})"], [], {}
        for name, member in members.items():
            try:
                if _hash_member(archive, name) != member["sha256"]:
                    problems.append(f"{name}: isinya tidak sama dengan daftar isi (rusak)")
            except (KeyError, zipfile.BadZipFile, OSError) as exc:
                problems.append(f"{name}: tidak bisa dibaca ({exc})")
        notes = [f"{name}: tidak ikut dicadangkan ({why} saat cadangan dibuat)"
                 for key, why in (("missing", "hilang"), ("damaged", "rusak")) for name in manifest.get(key, [])]
        copy = None
        if DATABASE_MEMBER in members and not any(p.startswith(DATABASE_MEMBER) for p in problems):
            archive.extract(DATABASE_MEMBER, work)
            copy = work / DATABASE_MEMBER
        elif DATABASE_MEMBER not in members:
            problems.append("cadangan tidak memuat basis data")
        scan_members = {name: str(m["sha256"]) for name, m in members.items() if name.startswith("scans/")}
        return copy, str(manifest.get("created_at", "")), problems, notes, scan_members


def _unpack_copy(path: Path, work: Path) -> tuple[Path | None, str, list[str], list[str], dict[str, str]]:
    """The same for an automatic copy: the file itself, and the scans kept by hash beside it."""
    try:
        made = autobackup.made_at(path).isoformat(timespec="seconds")
        copy = Path(shutil.copyfile(path, work / DATABASE_MEMBER))
        rows = autobackup.scan_rows(copy)
    except (ValueError, OSError, sqlite3.DatabaseError) as exc:
        return None, "", [f"bukan salinan otomatis yang bisa dibaca ({exc})"], [], {}
    members, notes = {}, []
    for sha256, filename in rows:
        kept = autobackup.scan_path(path.parent, sha256, filename)
        if scans.file_status(kept, sha256) == scans.OK:
            members[str(kept)] = sha256
        elif scans.file_status(scans.stored_path(Scan(sha256=sha256, filename=filename)), sha256) != scans.OK:
            notes.append(f"{filename}: tidak ada di salinan ini maupun di folder data")
    return copy, made, [], notes, members


def _copy_counts(copy: Path) -> tuple[int, set[str]]:
    with contextlib.closing(sqlite3.connect(f"file:{copy}?mode=ro", uri=True)) as conn:
        agendas = {row[0] for row in conn.execute("SELECT agenda_number FROM application")}
    return len(agendas), agendas


class Restore:
    """A backup verified and unpacked beside the register, ready to take its place (use ``with``)."""

    def __init__(self, path: Path, work_parent: Path | None = None):
        self.path = Path(path)
        parent = work_parent or config.data_dir()  # beside the register: a backup's own folder may be read-only
        self._work = tempfile.TemporaryDirectory(dir=parent, prefix=".ukpbj-restore-")
        work = Path(self._work.name)
        unpack = _unpack_copy if self.path.suffix == ".sqlite3" else _unpack_zip
        self.copy, made, problems, notes, self._scan_members = unpack(self.path, work)
        self.agendas: set[str] = set()
        count = 0
        if self.copy is not None:
            damage = check_copy(self.copy)
            problems += [f"basis data di dalam cadangan rusak: {line}" for line in damage]
            if not damage:
                try:
                    count, self.agendas = _copy_counts(self.copy)
                except sqlite3.DatabaseError as exc:
                    problems.append(f"basis data di dalam cadangan tidak bisa dibaca ({exc})")
        self.check = BackupCheck(self.path, made, count, tuple(problems), tuple(notes))

    def __enter__(self) -> Restore:
        return self

    def __exit__(self, *exc: object) -> None:
        self._work.cleanup()

    def lost(self, current: set[str]) -> list[str]:
        """The agenda numbers of the open register that the backup does not hold: lost by restoring it."""
        return sorted(current - self.agendas)

    def run(self, username: str | None) -> Path:
        """Replace the open SQLite register by the backup; returns where the replaced file was set aside."""
        if not self.check.ok or self.copy is None:
            raise StorageError(QT_TRANSLATE_NOOP("Storage", "Cadangan {path} tidak bisa dipulihkan: {problems}"),
                               path=str(self.path), problems="; ".join(self.check.problems))
        live = db.sqlite_path()
        if live is None:
            raise StorageError(QT_TRANSLATE_NOOP("Storage", "Pemulihan dari cadangan hanya untuk basis data SQLite."))
        target = db.current_target() or str(live)
        aside = _set_aside(live)
        try:
            autobackup.copy_whole(self.copy, live)
            _add_scans(self.path, self._scan_members)
            _reopen_checked(target)
        except (OSError, StorageError, sqlite3.Error) as exc:
            db.database.close()
            _put_back(aside, live)
            db.open_database(target)
            if isinstance(exc, StorageError):
                raise
            raise db.storage_error(exc) from exc
        operator = Operator.get_or_none(Operator.username == username) if username else None
        db.write_transaction(lambda: audit.record(operator, "restore", "database", None, source=str(self.path),
                                                  made_at=self.check.created_at, set_aside=str(aside),
                                                  username=username or ""))
        return aside


def _companions(path: Path) -> Iterator[tuple[Path, str]]:
    """The database file and its WAL and shared-memory files, with their name suffixes."""
    for suffix in ("", "-wal", "-shm"):
        yield path.with_name(path.name + suffix), suffix


def _set_aside(live: Path) -> Path:
    """Close the register and move it (with its WAL) to ``<name>.sebelum-pulih-<time>``; never deleted."""
    with contextlib.suppress(Exception):
        db.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.database.close()
    aside = live.with_name(f"{live.name}.{ASIDE}-{dt.datetime.now():%Y%m%d-%H%M%S}")
    for path, suffix in _companions(live):
        if path.exists():
            path.replace(aside.with_name(aside.name + suffix))
    return aside


def _put_back(aside: Path, live: Path) -> None:
    for path, suffix in _companions(aside):
        if path.exists():
            path.replace(live.with_name(live.name + suffix))


def _add_scans(backup: Path, members: dict[str, str]) -> None:
    """Put each scan the backup holds where the register looks for it, unless an intact copy is there;
    a damaged copy in the way is kept under another name. ``members`` are zip members, or the files
    an automatic copy keeps beside it."""
    root = scans.scans_dir()
    with contextlib.ExitStack() as stack:
        archive = stack.enter_context(zipfile.ZipFile(backup)) if zipfile.is_zipfile(backup) else None
        for name, sha256 in members.items():
            source = Path(name)  # an automatic copy's scans/<xx>/<sha256>.<ext>, or the zip member of that name
            within = name.removeprefix("scans/") if archive is not None else source.relative_to(source.parents[1])
            target = root / within
            status = scans.file_status(target, sha256)
            if status == scans.OK:
                continue
            if status == scans.DAMAGED:
                target.replace(target.with_name(f"{target.name}.{ASIDE}"))
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(name) if archive is not None else open(source, "rb") as member, \
                    atomic_write(target) as out:
                shutil.copyfileobj(member, out, scans.CHUNK)


def _reopen_checked(target: str) -> None:
    from ukpbj_desktop.store.bootstrap import open_store  # bootstrap reaches the services: only when restoring

    open_store(target, create=False)
    damage = health.quick_check()
    if damage:
        raise StorageError(QT_TRANSLATE_NOOP("Storage", "Basis data hasil pemulihan tidak lolos pemeriksaan "
                                                        "({detail}); berkas semula dikembalikan."), detail=damage[0])


def current_agendas() -> set[str]:
    """The agenda numbers of the open register (what a restore would be compared with)."""
    from ukpbj_desktop.store.models import Application

    return {row[0] for row in db.tuples(Application.select(Application.agenda_number))}
