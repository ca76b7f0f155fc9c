"""The register: indexes for its sorts, and (SQLite) the FTS5 trigram search index.

``application_search`` holds, per application (rowid = application.id), the texts the
register search looks in: agenda number, applicant name, NIP plain and grouped, work unit.
Triggers on ``application`` and ``applicant`` keep it in sync with every write, whoever
makes it; the index is rebuilt from the tables here, so existing rows are found too.
Everything is IF NOT EXISTS / rebuilt, so running this again is harmless.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ukpbj_desktop.store.db import DatabaseOrProxy, has_trigram_fts, is_sqlite

if TYPE_CHECKING:
    from playhouse.migrate import SchemaMigrator

SEARCH = "application_search"

# Sort keys the register orders by; an expression must be written exactly like this in
# queries (literals inline, no parameters) for SQLite to use its index.
INDEXES = (
    ("application_received_at", "application", "received_at"),
    ("application_year_state_step", "application", "year, state, current_step"),  # counts of combined filters
    ("application_step_order", "application", "(COALESCE(current_step, 10)), received_at"),
    ("application_state_order", "application",
     "(CASE state WHEN 'in_progress' THEN 1 WHEN 'awaiting_ppk' THEN 2 WHEN 'accepted' THEN 3 "
     "WHEN 'rejected' THEN 4 WHEN 'archived' THEN 5 ELSE 6 END), received_at"),
    ("application_waiting_order", "application",
     "(CASE WHEN current_step IS NULL THEN '9999-12-31' ELSE step_entered_at END)"),
    ("applicant_name", "applicant", "name"),
)

_GROUPED_NIP = ("substr(p.nip, 1, 8) || ' ' || substr(p.nip, 9, 6) || ' ' || substr(p.nip, 15, 1)"
                " || ' ' || substr(p.nip, 16, 3)")


def _unindex(where: str) -> str:
    return f"DELETE FROM {SEARCH} WHERE rowid IN (SELECT a.id FROM application a WHERE {where})"


def _index(where: str) -> str:
    """SQL writing the search rows of the applications selected by ``where``."""
    return (f"INSERT INTO {SEARCH} (rowid, agenda_number, name, nip, nip_grouped, work_unit) "
            f"SELECT a.id, a.agenda_number, coalesce(p.name, ''), coalesce(p.nip, ''), "
            f"coalesce({_GROUPED_NIP}, ''), coalesce(p.work_unit, '') "
            f"FROM application a LEFT JOIN applicant p ON p.id = a.applicant_id WHERE {where}")


def _reindex(where: str) -> str:
    return f"{_unindex(where)}; {_index(where)};"


TRIGGERS = {
    "application_search_ai": f"AFTER INSERT ON application BEGIN {_reindex('a.id = new.id')} END",
    "application_search_au": (f"AFTER UPDATE OF id, agenda_number, applicant_id ON application BEGIN "
                              f"DELETE FROM {SEARCH} WHERE rowid = old.id; {_reindex('a.id = new.id')} END"),
    "application_search_ad": f"AFTER DELETE ON application BEGIN DELETE FROM {SEARCH} WHERE rowid = old.id; END",
    # An applicant's rows follow the person: new data (or none, once deleted) for every application of theirs.
    "applicant_search_ai": f"AFTER INSERT ON applicant BEGIN {_reindex('a.applicant_id = new.id')} END",
    "applicant_search_au": (f"AFTER UPDATE OF id, name, nip, work_unit ON applicant BEGIN "
                            f"{_reindex('a.applicant_id IN (old.id, new.id)')} END"),
    "applicant_search_ad": f"AFTER DELETE ON applicant BEGIN {_reindex('a.applicant_id = old.id')} END",
}


def up(migrator: SchemaMigrator, db: DatabaseOrProxy) -> None:
    for name, table, columns in INDEXES:
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})")
    if not has_trigram_fts(db):
        return  # search falls back to LIKE/ILIKE
    existing = {row[1] for row in db.execute_sql(f"PRAGMA table_info({SEARCH})").fetchall()}
    if existing and "agenda_number" not in existing:
        return  # migration 0006 rebuilt the index in its own layout; running this again must not undo it
    db.execute_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH} USING fts5("
                   "agenda_number, name, nip, nip_grouped, work_unit, tokenize = 'trigram')")
    for name, body in TRIGGERS.items():
        db.execute_sql(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")
    db.execute_sql(f"DELETE FROM {SEARCH}")
    db.execute_sql(_index("1"))


def down(migrator: SchemaMigrator, db: DatabaseOrProxy) -> None:
    if is_sqlite(db):
        for name in TRIGGERS:
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
        db.execute_sql(f"DROP TABLE IF EXISTS {SEARCH}")
    for name, _table, _columns in INDEXES:
        db.execute_sql(f"DROP INDEX IF EXISTS {name}")
