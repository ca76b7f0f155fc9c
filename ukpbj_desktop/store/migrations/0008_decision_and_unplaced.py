"""Indexes for two filters: the register's by decision, the archive's "lokasi belum diisi".

A file keeps its decision (accepted or rejected) once archived, and the register filters on it:
(decision, received_at) answers both the count and the first page in received order. Records
filed with no box, room, rack or shelf are usually few: a partial index holds only those, in
archive order, so finding them reads no other record. Its condition must stay written exactly
as ``queries.archive`` writes it (one joined text, literals inline) for SQLite to use it; as one
text, no index of a single field (box, room) can answer it instead. Everything is IF NOT
EXISTS, so running this again is harmless.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ukpbj_desktop.store.db import DatabaseOrProxy

if TYPE_CHECKING:
    from playhouse.migrate import SchemaMigrator

UNPLACED = "(box_no || room || rack || shelf) = ''"  # NOT NULL texts: all of them empty
INDEXES = (
    ("application_decision", "application (decision, received_at)"),
    ("archive_record_unplaced", f"archive_record (archived_at) WHERE {UNPLACED}"),
)


def up(migrator: SchemaMigrator, db: DatabaseOrProxy) -> None:
    for name, definition in INDEXES:
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def down(migrator: SchemaMigrator, db: DatabaseOrProxy) -> None:
    for name, _definition in INDEXES:
        db.execute_sql(f"DROP INDEX IF EXISTS {name}")
