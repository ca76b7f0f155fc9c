"""Scans of an archive record's paper documents, stored once under their SHA-256.

The file name is the content's hash, so the same bytes attached twice take the disk once and
every open can prove the file is still what was attached. A row never points at a file that
was not fully written, and a file copied for a row that could not be saved is removed again.
"""
from __future__ import annotations

import hashlib
import itertools
import logging
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Protocol

import peewee

from ukpbj_desktop import audit, config
from ukpbj_desktop.documents.export_files import (
    IsCancelled,
    Progress,
    atomic_write,
    check_cancelled,
    report_progress,
    storage_error,
)
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, StorageError, ValidationError
from ukpbj_desktop.store import limits
from ukpbj_desktop.store.db import write_transaction
from ukpbj_desktop.store.models import ArchiveRecord, Operator, Scan
from ukpbj_desktop.store.settings import get_setting

ALLOWED_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
# How each allowed kind of file begins (its magic bytes).
_TIFF = (b"II*\x00", b"MM\x00*")
SIGNATURES: dict[str, tuple[bytes, ...]] = {".pdf": (b"%PDF-",), ".png": (b"\x89PNG\r\n\x1a\n",),
                                            ".jpg": (b"\xff\xd8\xff",), ".jpeg": (b"\xff\xd8\xff",),
                                            ".tif": _TIFF, ".tiff": _TIFF}
CHUNK = 1024 * 1024
OK, DAMAGED, MISSING = "ok", "damaged", "missing"

log = logging.getLogger(__name__)


class StoredFile(Protocol):
    """What locates a scan's file: a :class:`Scan` row, or the (frozen) line a query read of it."""

    @property
    def sha256(self) -> str: ...

    @property
    def filename(self) -> str: ...


def scans_dir() -> Path:
    path = config.data_dir() / "scans"
    path.mkdir(parents=True, exist_ok=True)
    return path


def find_scan(scan_id: int) -> Scan | None:
    """The scan row ``scan_id``; None once it was removed (perhaps from another seat)."""
    return Scan.get_or_none(Scan.id == scan_id)


def stored_path(scan: StoredFile) -> Path:
    """``scans/<first two hex digits>/<sha256><suffix>``: a folder never holds more than ~1/256 of them."""
    return scans_dir() / scan.sha256[:2] / (scan.sha256 + Path(scan.filename).suffix.lower())


def read_chunks(path: Path) -> Iterator[bytes]:
    """The file in 1 MiB pieces: a 200 MB scan never sits in memory whole."""
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            yield chunk


def copy_hashed(chunks: Iterable[bytes], out: IO[bytes] | None = None,
                cancelled: IsCancelled = None) -> tuple[str, int]:
    """SHA-256 and size of ``chunks``, written to ``out`` on the way: a file is read once to copy and hash it."""
    sha, size = hashlib.sha256(), 0
    for chunk in chunks:
        check_cancelled(cancelled)
        sha.update(chunk)
        size += len(chunk)
        if out is not None:
            out.write(chunk)
    return sha.hexdigest(), size


def _source_chunks(source: Path) -> Iterator[bytes]:
    """Read the user's file; failing to read it is a problem with that file, not with our storage."""
    try:
        yield from read_chunks(source)
    except OSError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Berkas {name} tidak bisa dibaca ({detail})."),
                              field="scan", name=source.name, detail=exc.strerror or str(exc)) from exc


def file_status(path: Path, sha256: str) -> str:
    """"ok" when the file at ``path`` holds bytes of ``sha256``, else "damaged" or "missing"."""
    try:
        actual, _ = copy_hashed(read_chunks(path))
    except OSError:
        return MISSING
    return OK if actual == sha256 else DAMAGED


def verify(scan: StoredFile) -> str:
    """Re-hash the stored file: "ok", "damaged" (its bytes changed) or "missing"."""
    return file_status(stored_path(scan), scan.sha256)


def open_verified(scan: StoredFile) -> Path:
    """The stored file, only when it still holds the bytes that were attached."""
    status = verify(scan)
    if status == MISSING:
        raise StorageError(QT_TRANSLATE_NOOP("Storage", "Berkas pindaian {name} tidak ada di folder data. "
                                                        "Pulihkan dari cadangan atau lampirkan ulang."),
                           name=scan.filename)
    if status == DAMAGED:
        raise StorageError(QT_TRANSLATE_NOOP("Storage", "Berkas pindaian {name} rusak: isinya berubah sejak "
                                                        "dilampirkan. Pulihkan dari cadangan atau lampirkan ulang."),
                           name=scan.filename)
    return stored_path(scan)


def _check_type(source: Path) -> None:
    if source.suffix.lower() not in ALLOWED_SUFFIXES:
        allowed = ", ".join(s.lstrip(".").upper() for s in ALLOWED_SUFFIXES)
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Berkas {name} tidak bisa dilampirkan. "
                                                              "Jenis yang diterima: {allowed}."),
                              field="scan", name=source.name, allowed=allowed)


def _check_regular(source: Path) -> None:
    """A pipe or a device (or a link to one) named .pdf would hang the copy or fill the disk: refused unread."""
    try:
        mode = source.stat().st_mode
    except OSError:
        return  # reading it says what is wrong
    if not stat.S_ISREG(mode):
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{name} bukan berkas biasa (mungkin perangkat atau "
                                                              "pipa). Lampirkan berkas pindaiannya."),
                              field="scan", name=source.name)


def _check_size(source: Path) -> None:
    """A scan larger than the office allows (setting ``scan_max_mb``) would swell every backup: refused unread."""
    most = int(get_setting("scan_max_mb") or 0)
    try:
        size = source.stat().st_size
    except OSError:
        return  # reading it says what is wrong
    if most and size > most * 1024 * 1024:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Berkas {name} terlalu besar ({size} MB); batasnya "
                                                              "{most} MB. Pindai dengan resolusi lebih rendah, atau "
                                                              "minta administrator menaikkan batasnya."),
                              field="scan", name=source.name, size=f"{size / 1024 / 1024:.1f}", most=most)


def _check_content(source: Path, first: bytes) -> None:
    """The bytes must be what the name says: an ELF program or a web page named .pdf is not a scan."""
    if not first.startswith(SIGNATURES[source.suffix.lower()]):
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Isi berkas {name} bukan {kind} seperti namanya. "
                                                              "Lampirkan pindaian aslinya."),
                              field="scan", name=source.name, kind=source.suffix.lstrip(".").upper())


def _refuse_duplicate(record: ArchiveRecord, sha256: str) -> None:
    if Scan.select().where((Scan.archive == record) & (Scan.sha256 == sha256)).exists():
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Pindaian ini sudah dilampirkan pada arsip ini."),
                              field="scan")


def _store(source: Path, target: Path, sha256: str) -> None:
    """Copy ``source`` to ``target`` unless an intact copy is there (a damaged one is replaced)."""
    if file_status(target, sha256) == OK:
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise storage_error(target, exc) from exc
    with atomic_write(target) as out:
        copied, _ = copy_hashed(_source_chunks(source), out)
        if copied != sha256:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Berkas {name} berubah saat disalin. "
                                                                  "Tutup program yang mengubahnya, lalu coba lagi."),
                                  field="scan", name=source.name)


def add_scan(operator: Operator, record: ArchiveRecord, source: Path) -> Scan:
    """Attach a scanned PDF or image to an archive record (copied into the data folder)."""
    source = Path(source)
    _check_type(source)
    limits.fits(Scan.filename, source.name, "scan")  # a name in no known encoding cannot be stored
    _check_regular(source)
    _check_size(source)
    chunks = _source_chunks(source)
    first = next(chunks, b"")
    if first:  # an empty file is told so below
        _check_content(source, first)
    sha256, size = copy_hashed(itertools.chain([first], chunks))
    if size == 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Berkas {name} kosong."), field="scan",
                              name=source.name)
    _refuse_duplicate(record, sha256)
    scan = Scan(archive=record, sha256=sha256, filename=source.name, size=size)
    _store(source, stored_path(scan), sha256)

    def insert() -> Scan:
        _refuse_duplicate(record, sha256)
        scan.save(force_insert=True)
        audit.record(operator, "scan_added", "archive", record.id, scan=scan.id, filename=scan.filename,
                     sha256=sha256, size=size)
        return scan

    try:
        return write_transaction(insert)
    except BaseException:
        _discard(scan)
        raise


def _discard(scan: Scan) -> None:
    """Remove the scan's file unless a row uses it; when in doubt keep it (an orphan costs only space)."""
    path = stored_path(scan)
    suffix = path.suffix
    try:
        users = Scan.select(Scan.filename).where(Scan.sha256 == scan.sha256)
        if not any(Path(user.filename).suffix.lower() == suffix for user in users):
            path.unlink(missing_ok=True)
    except (OSError, peewee.PeeweeException) as exc:
        log.warning("scan file %s not removed: %s", path, exc)


def remove_scan(operator: Operator, scan: Scan) -> None:
    """Detach a scan; its file goes too unless another record holds the same bytes."""
    def delete() -> None:
        Scan.delete().where(Scan.id == scan.id).execute()
        audit.record(operator, "scan_removed", "archive", scan.archive_id, scan=scan.id, filename=scan.filename,
                     sha256=scan.sha256)

    write_transaction(delete)
    _discard(scan)


def verify_all(progress: Progress = None, cancelled: IsCancelled = None) -> list[tuple[Scan, str]]:
    """Every scan whose file is damaged or missing; a file shared by several rows is hashed once."""
    scans = list(Scan.select().order_by(Scan.id))
    checked: dict[Path, str] = {}
    problems = []
    for done, scan in enumerate(scans, 1):
        check_cancelled(cancelled)
        path = stored_path(scan)
        if path not in checked:
            checked[path] = file_status(path, scan.sha256)
        if checked[path] != OK:
            problems.append((scan, checked[path]))
        report_progress(progress, done, len(scans))
    return problems
