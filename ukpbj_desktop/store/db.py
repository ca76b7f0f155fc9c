"""The one database connection: SQLite by default, PostgreSQL for a multi-seat office.

Everything SQLite-specific (pragmas, write locks, FTS5, file backups) is decided here so
the services stay portable.
"""
from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar, cast

import peewee

from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, StorageError

database = peewee.DatabaseProxy()
# What migrations and checks accept: a connected database or the proxy bound to one.
DatabaseOrProxy = peewee.Database | peewee.DatabaseProxy
T = TypeVar("T")
_target: str | None = None  # what open_database was given, so a child process can open the same store
_identity: tuple[int, int] | None = None  # (device, inode) of the SQLite file as opened
GATE_TIMEOUT_S = 60.0  # the start-up check takes about 0.6 s on 100,000 applications


class _WriteGate:
    """Writes wait while the start-up check runs, and are refused for good once it found damage."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.open.set()
        self.refusal: StorageError | None = None


_gate = _WriteGate()


def hold_writes() -> None:
    """Make writes wait (the start-up check has begun)."""
    _gate.refusal = None
    _gate.open.clear()


def release_writes(refusal: StorageError | None = None) -> None:
    """Let writes go on, or (with ``refusal``) refuse every write from now on with that message."""
    _gate.refusal = refusal
    _gate.open.set()


def write_refusal() -> StorageError | None:
    """Why every write is refused (the start-up check found damage); None when writes may go on."""
    return _gate.refusal


def _pass_gate() -> None:
    if not _gate.open.wait(GATE_TIMEOUT_S):
        raise StorageError(QT_TRANSLATE_NOOP("Storage", "Pemeriksaan basis data saat mulai belum selesai; "
                                                        "tunggu sebentar, lalu simpan lagi."))
    if _gate.refusal is not None:
        raise _gate.refusal

# synchronous=FULL: an office PC on an unreliable power grid must not lose the application
# just saved; the app writes a few rows a minute, so the extra fsync costs nothing a user
# notices (bulk demo loads relax it for their own transaction only).
SQLITE_PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("busy_timeout", 5000),
    ("synchronous", "full"),
    ("cache_size", -32000),
)


def is_url(target: str) -> bool:
    return "://" in target


def missing_file(target: str) -> Path | None:
    """The SQLite file ``target`` names when there is none yet; None for a server URL or memory."""
    if is_url(target) and not target.startswith("sqlite"):
        return None
    path = target.split("://", 1)[1] if is_url(target) else target
    if path in ("", ":memory:"):
        return None
    file = Path(path).expanduser()
    return None if file.exists() else file


def require_existing(target: str) -> None:
    """Refuse a mistyped path: opening it would create an empty register that then reports "ok"."""
    missing = missing_file(target)
    if missing is not None:
        raise StorageError(QT_TRANSLATE_NOOP("Storage", "Basis data tidak ditemukan: {path}. Periksa nama dan "
                                                        "foldernya; tidak ada basis data baru yang dibuat."),
                           path=str(missing))


def open_database(target: str) -> peewee.Database:
    """Connect ``database`` to a file path or a ``sqlite://``/``postgresql://`` URL."""
    db: peewee.Database
    if is_url(target) and not target.startswith("sqlite"):
        from playhouse.db_url import connect as url_connect  # loads every server driver: not for a file

        db = url_connect(target)
    else:
        path = target.split("://", 1)[1] if is_url(target) else target
        if path not in ("", ":memory:"):
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        db = peewee.SqliteDatabase(path, pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE")
    global _target, _identity
    database.initialize(db)
    _target, _identity = target, None
    release_writes()  # a file just opened has not been found damaged
    try:
        db.connect(reuse_if_open=True)
        if is_sqlite(db):
            # Reading the schema catches a file that is not a database at all; a full
            # quick_check costs ~0.6 s on 100,000 applications, so it belongs to backups and `check`.
            db.execute_sql("SELECT count(*) FROM sqlite_master")
            _identity = _file_identity(sqlite_path(db))
    except peewee.DatabaseError as exc:
        db.close()
        raise storage_error(exc) from exc
    return db


def _file_identity(path: Path | None) -> tuple[int, int] | None:
    if path is None:
        return None
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return status.st_dev, status.st_ino


def require_same_file() -> None:
    """Refuse to write when the open file was deleted, moved or replaced since it was opened.

    The connection would still write, into the old file nobody sees any more: the work would be
    reported saved and then be lost. Checked before every write transaction (a stat, microseconds)."""
    if _identity is None:
        return
    path = sqlite_path()
    now = _file_identity(path)
    if now == _identity:
        return
    if now is None:
        raise StorageError(QT_TRANSLATE_NOOP("Storage", "Berkas basis data {path} sudah tidak ada: dihapus atau "
                                                        "dipindahkan saat aplikasi berjalan. Tidak ada yang "
                                                        "disimpan. Tutup aplikasi, kembalikan berkasnya (atau "
                                                        "pulihkan dari cadangan), lalu buka lagi."), path=str(path))
    raise StorageError(QT_TRANSLATE_NOOP("Storage", "Berkas basis data {path} diganti dengan berkas lain saat "
                                                    "aplikasi berjalan. Tidak ada yang disimpan. Tutup aplikasi, "
                                                    "lalu buka lagi agar berkas yang sekarang dibaca."),
                       path=str(path))


def current_target() -> str | None:
    """The path or URL of the open database (None before one is opened)."""
    return _target


def _unproxied(db: DatabaseOrProxy | None) -> peewee.Database | None:
    """``db`` itself, or the database the proxy (``database`` when None) is bound to."""
    proxy = database if db is None else db
    return proxy.obj if isinstance(proxy, peewee.DatabaseProxy) else proxy


def is_sqlite(db: DatabaseOrProxy | None = None) -> bool:
    return isinstance(_unproxied(db), peewee.SqliteDatabase)


def sqlite_path(db: DatabaseOrProxy | None = None) -> Path | None:
    """The database file, or None for PostgreSQL or an in-memory database."""
    target = _unproxied(db)
    if not isinstance(target, peewee.SqliteDatabase) or target.database in ("", ":memory:"):
        return None
    return Path(target.database)


def location_text() -> str:
    """Where the data is, for the status bar: the SQLite file, or the PostgreSQL database's name."""
    path = sqlite_path()
    return str(path) if path is not None else f"PostgreSQL: {database.obj.database}"


def _first_cause(exc: BaseException) -> BaseException:
    """The error that started it: when SQLite has already rolled back (a full disk does that), the
    rollback peewee then tries fails too, and that second error would hide the first."""
    seen: set[int] = set()
    while "no transaction is active" in str(exc) and exc.__context__ is not None and id(exc) not in seen:
        seen.add(id(exc))
        exc = exc.__context__
    return exc


def storage_error(exc: BaseException) -> StorageError:
    """Turn a driver error into a message that says what to do."""
    exc = _first_cause(exc)
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        msg = QT_TRANSLATE_NOOP("Storage", "Basis data sedang dipakai proses lain. Tutup aplikasi lain "
                                           "yang membukanya, lalu coba lagi.")
    elif ("disk" in text and ("full" in text or "i/o" in text)) or "no space left" in text:
        msg = QT_TRANSLATE_NOOP("Storage", "Disk penuh atau tidak bisa ditulis. Kosongkan ruang disk, "
                                           "lalu coba lagi. Data yang belum tersimpan tidak ditulis.")
    elif "not a database" in text or "malformed" in text or "corrupt" in text:
        msg = QT_TRANSLATE_NOOP("Storage", "Berkas basis data rusak. Pulihkan dari cadangan terakhir.")
    elif "readonly" in text or "read-only" in text:
        msg = QT_TRANSLATE_NOOP("Storage", "Basis data hanya bisa dibaca. Periksa izin berkas.")
    else:
        msg = QT_TRANSLATE_NOOP("Storage", "Basis data tidak bisa dibuka atau ditulis: {detail}")
    return StorageError(msg, detail=str(exc))


def has_trigram_fts(db: DatabaseOrProxy) -> bool:
    """SQLite with FTS5 compiled in, 3.34 or later (the first with the trigram tokenizer)."""
    if not is_sqlite(db):
        return False
    fts5, version = db.execute_sql("SELECT sqlite_compileoption_used('ENABLE_FTS5'), sqlite_version()").fetchone()
    return bool(fts5) and tuple(int(part) for part in version.split(".")[:2]) >= (3, 34)


def compact(db: DatabaseOrProxy | None = None) -> None:
    """Rewrite a SQLite file without free pages and with full index pages: a bulk load leaves its
    indexes about 80% full, and dropped tables leave their pages free (PostgreSQL reclaims both itself)."""
    target = db if db is not None else database.obj
    if is_sqlite(target) and not target.in_transaction():
        target.execute_sql("VACUUM")
        target.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # VACUUM wrote the whole file to the WAL


def tuples(query: peewee.BaseQuery) -> Iterator[tuple[Any, ...]]:
    """The rows of ``query`` as tuples; peewee's stubs type ``.tuples()`` rows as model instances."""
    return cast(Iterator[tuple[Any, ...]], iter(query.tuples()))


def write_transaction(fn: Callable[[], T]) -> T:
    """Run ``fn`` in one write transaction; driver errors become messages the user can act on.

    An IntegrityError passes through: the caller knows which rule it broke."""
    _pass_gate()
    require_same_file()
    try:
        with database.atomic():
            return fn()
    except (peewee.OperationalError, peewee.DatabaseError) as exc:
        if isinstance(exc, peewee.IntegrityError):
            raise
        raise storage_error(exc) from exc


def backup_sqlite_file(destination: Path) -> Path:
    """Copy the live SQLite database consistently (online backup API, WAL included)."""
    source = sqlite_path()
    if source is None:
        raise StorageError(QT_TRANSLATE_NOOP("Storage", "Cadangan berkas hanya untuk basis data SQLite."))
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".part")
    target = sqlite3.connect(partial)
    try:
        database.connection().backup(target)
    finally:
        target.close()
    partial.replace(destination)
    return destination
