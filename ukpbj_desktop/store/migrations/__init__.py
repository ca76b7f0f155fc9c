"""Schema migrations: numbered scripts (``0001_initial.py``...) run by peewee's ``Runner``.

Each script's ``up(migrator, db)`` declares frozen copies of the tables it touches and is
idempotent, so a half-migrated file can be migrated again. Before any migration touches an
existing SQLite file a consistent copy is taken beside it: a failed upgrade never costs the
office its records.
"""
from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import peewee

from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, StorageError
from ukpbj_desktop.store import db as dbmod

if TYPE_CHECKING:
    from playhouse.migrations import Runner

    from ukpbj_desktop.store.db import DatabaseOrProxy

DIRECTORY = Path(__file__).resolve().parent
HISTORY = "schema_migration"  # the Runner's own table
REWRITE_ROWS = frozenset({"0007_whole_second_times"})  # upgrades that make every row smaller in place


def runner(database: DatabaseOrProxy) -> Runner:
    from playhouse.migrations import Runner  # loads every script: only when something may be pending

    return Runner(database, str(DIRECTORY))


def _scripts_and_applied(database: DatabaseOrProxy) -> tuple[set[str], set[str]]:
    """The scripts this version ships and the ones the file records as applied: one query, no script loaded."""
    scripts = {path.stem for path in DIRECTORY.glob("[0-9]*.py")}
    if not database.table_exists(HISTORY):
        return scripts, set()
    return scripts, {name for (name,) in database.execute_sql(f"SELECT name FROM {HISTORY}").fetchall()}


def pending(database: DatabaseOrProxy) -> list[str]:
    return [m.name for m in runner(database).status() if m.path is not None and not m.applied]


def migrate(database: DatabaseOrProxy, target: str | None = None) -> list[str]:
    """Bring the schema up to date (or up to ``target``); return the names applied.

    A file a newer version has upgraded is refused before anything is written: this version does not
    know its tables, and writing would break them."""
    scripts, recorded = _scripts_and_applied(database)
    newer = sorted(recorded - scripts)
    if newer:
        raise StorageError(QT_TRANSLATE_NOOP("Storage", "Basis data ini dibuat oleh versi aplikasi yang lebih baru "
                                                        "({names}); perbarui aplikasi ini sebelum membukanya."),
                           names=", ".join(newer))
    if target is None and scripts <= recorded:
        return []
    run = runner(database)
    todo = pending(database)
    if not todo:
        return []
    path = dbmod.sqlite_path(database)
    if path is not None and run.applied():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        dbmod.backup_sqlite_file(path.with_name(f"{path.name}.pre-{todo[0]}-{stamp}"))
    applied: list[str] = run.up(target)  # playhouse is untyped
    if path is not None:
        _reclaim_free_pages(database, rewritten=not REWRITE_ROWS.isdisjoint(applied))
    return applied


def _reclaim_free_pages(database: DatabaseOrProxy, rewritten: bool) -> None:
    """Shrink the file when an upgrade freed a tenth of it or more (0006 frees a fifth of a large one), or
    rewrote its rows smaller (which leaves the space inside their pages, where no page count shows it)."""
    pages, free = (database.execute_sql(f"PRAGMA {name}").fetchone()[0] for name in ("page_count", "freelist_count"))
    if free * 10 < pages and not rewritten:
        return
    # Another connection may have the file open: later writes reuse the free pages instead.
    with contextlib.suppress(peewee.OperationalError):
        dbmod.compact(database)
