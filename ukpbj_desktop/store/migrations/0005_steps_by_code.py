"""Steps by their SOP code, and a version counter for race-free writes.

``application.current_step`` and ``step_log.step`` held the paper SOP's step numbers; a
revised SOP that adds a step renumbers the ones after it, and every file and log line
would change meaning. They now hold the step's ``code`` from sop.json. The numbers are
mapped with the 2022 SOP frozen here (a migration must not read the SOP in force).

``version`` on applications and archive records, bumped by every write, lets a write
succeed only on the row its operator saw (``UPDATE ... WHERE version = ?``); ``updated_by``
names who made the last change, for the message the other operator gets.

SQLite: the step columns are renamed, re-added as text, filled and the old ones dropped
(SQLite 3.35+), all in one transaction, so running this again (or after a crash) is
harmless. The register's step-order index follows the SOP in force and is made by
``queries.register.ensure_step_order_index`` at start-up.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ukpbj_desktop.store.db import DatabaseOrProxy, is_sqlite

if TYPE_CHECKING:
    from playhouse.migrate import SchemaMigrator

SOP_2022 = {1: "submit", 2: "check_completeness", 3: "request_documents", 4: "supply_documents",
            5: "check_validity", 6: "create_account", 7: "reject", 8: "hand_over", 9: "archive"}

# Indexes over the step columns, made again after the change (the step order one at start-up).
STEP_INDEXES = {
    "application": (
        ("application_current_step_received_at", "current_step, received_at"),
        ("application_year_state_step", "year, state, current_step"),
        ("application_waiting_order", "(CASE WHEN current_step IS NULL THEN '9999-12-31' ELSE step_entered_at END)"),
    ),
    "step_log": (("steplog_step_finished_at", "step, finished_at"),),
}
STEP_COLUMNS = (("application", "current_step", ""), ("step_log", "step", " NOT NULL DEFAULT ''"))
OLD_STEP_ORDER_INDEX = "application_step_order"


def _case(column: str) -> str:
    whens = " ".join(f"WHEN {no} THEN '{code}'" for no, code in SOP_2022.items())
    return f"CASE {column} {whens} END"


def _columns(db: DatabaseOrProxy, table: str) -> dict[str, str]:
    return {c.name: c.data_type.lower() for c in db.get_columns(table)}


def _steps_to_codes_sqlite(db: DatabaseOrProxy, table: str, column: str, constraint: str) -> None:
    columns = _columns(db, table)
    if "int" not in columns.get(column, "int") and "step_no" not in columns:
        return  # already text
    for name, _ in STEP_INDEXES[table]:
        db.execute_sql(f"DROP INDEX IF EXISTS {name}")
    if table == "application":
        db.execute_sql(f"DROP INDEX IF EXISTS {OLD_STEP_ORDER_INDEX}")
    if "step_no" not in columns:
        db.execute_sql(f"ALTER TABLE {table} RENAME COLUMN {column} TO step_no")
        db.execute_sql(f"ALTER TABLE {table} ADD COLUMN {column} VARCHAR(40){constraint}")
    db.execute_sql(f"UPDATE {table} SET {column} = {_case('step_no')}")
    db.execute_sql(f"ALTER TABLE {table} DROP COLUMN step_no")


def _steps_to_codes_postgres(db: DatabaseOrProxy, table: str, column: str) -> None:
    if "char" in _columns(db, table).get(column, ""):
        return
    for name, _ in STEP_INDEXES[table]:
        db.execute_sql(f"DROP INDEX IF EXISTS {name}")
    if table == "application":
        db.execute_sql(f"DROP INDEX IF EXISTS {OLD_STEP_ORDER_INDEX}")
    db.execute_sql(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE VARCHAR(40) USING ({_case(column)})")


def _add_version_columns(db: DatabaseOrProxy, table: str, with_updated_at: bool) -> None:
    columns = _columns(db, table)
    wanted = [("version", "INTEGER NOT NULL DEFAULT 1"), ("updated_by_id", "INTEGER REFERENCES operator (id)")]
    if with_updated_at:
        wanted.append(("updated_at", "TIMESTAMP"))
    for name, spec in wanted:
        if name not in columns:
            db.execute_sql(f"ALTER TABLE {table} ADD COLUMN {name} {spec}")


def up(migrator: SchemaMigrator, db: DatabaseOrProxy) -> None:
    sqlite = is_sqlite(db)
    with db.atomic():
        for table, column, constraint in STEP_COLUMNS:
            if sqlite:
                _steps_to_codes_sqlite(db, table, column, constraint)
            else:
                _steps_to_codes_postgres(db, table, column)
            for name, columns in STEP_INDEXES[table]:
                db.execute_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})")
        _add_version_columns(db, "application", with_updated_at=False)
        _add_version_columns(db, "archive_record", with_updated_at=True)
