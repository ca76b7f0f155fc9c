"""The archive browser: retention end years, the indexes of its filters and sorts, one scan per content.

``archive_record.active_until`` / ``inactive_until`` are the years a file's active and
inactive retention end, counted from the year it was archived (NULL without a rule);
existing rows get them here in one UPDATE, however many there are. A scan attached twice
to the same record (nothing stopped it before) keeps its first row, so the pair
(archive_id, sha256) can become unique. Index names are those models.py would generate.
Columns are added only when missing and the rest is IF NOT EXISTS or recomputed, so
running this again is harmless.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import IntegerField

from ukpbj_desktop.store.db import DatabaseOrProxy, is_sqlite

if TYPE_CHECKING:
    from playhouse.migrate import SchemaMigrator

TABLE = "archive_record"
COLUMNS = ("active_until", "inactive_until")

# (name, table, columns, unique); box numbers sort as numbers: by length, then text.
INDEXES = (
    ("archive_record_archived_at", TABLE, "archived_at", False),
    ("archive_record_period", TABLE, "period", False),
    ("archive_record_room", TABLE, "room", False),
    ("archive_record_disposition", TABLE, "disposition", False),
    ("archive_record_active_until", TABLE, "active_until", False),
    ("archive_record_inactive_until", TABLE, "inactive_until", False),
    ("archive_record_box_order", TABLE, "(length(box_no)), box_no", False),
    ("scan_archive_id_sha256", "scan", "archive_id, sha256", True),
)


def archived_year(db: DatabaseOrProxy) -> str:
    """SQL for the year of ``archived_at``: SQLite keeps ISO text (whole seconds since 0007), PostgreSQL a timestamp."""
    if is_sqlite(db):
        return ("CAST(strftime('%Y', CASE typeof(archived_at) WHEN 'integer' THEN datetime(archived_at, 'unixepoch') "
                "ELSE archived_at END) AS INTEGER)")
    return "CAST(EXTRACT(YEAR FROM archived_at) AS INTEGER)"


def up(migrator: SchemaMigrator, db: DatabaseOrProxy) -> None:
    present = {column.name for column in db.get_columns(TABLE)}
    for name in COLUMNS:
        if name not in present:
            migrator.migrate(migrator.add_column(TABLE, name, IntegerField(null=True)))
    year = archived_year(db)  # NULL years make NULL sums: no rule, no end
    db.execute_sql(f"UPDATE {TABLE} SET active_until = {year} + active_years, "
                   f"inactive_until = {year} + active_years + inactive_years")
    db.execute_sql("DELETE FROM scan WHERE id NOT IN (SELECT MIN(id) FROM scan GROUP BY archive_id, sha256)")
    for name, table, columns, unique in INDEXES:
        db.execute_sql(f"CREATE {'UNIQUE ' if unique else ''}INDEX IF NOT EXISTS {name} ON {table} ({columns})")


def down(migrator: SchemaMigrator, db: DatabaseOrProxy) -> None:
    for name, *_ in INDEXES:
        db.execute_sql(f"DROP INDEX IF EXISTS {name}")
    present = {column.name for column in db.get_columns(TABLE)}
    for name in COLUMNS:
        if name in present:
            migrator.migrate(migrator.drop_column(TABLE, name))
