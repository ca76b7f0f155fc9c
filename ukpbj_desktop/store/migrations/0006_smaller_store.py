"""A smaller file: indexes no query reads are dropped, and each search index holds its texts as one column.

Measured on the 100,000-application demo (412 MB):

- ``steplog_application_id_finished_at`` (28 MB): a file's history is its few steps, found through
  ``steplog_application_id`` and sorted; the Mutu Baku figures read ``steplog_step_finished_at``.
- ``checklistitem_application_id`` (4 MB): a prefix of the unique (application_id, document_code).
- The operators' and certificate types' foreign-key indexes (13 MB): no query looks rows up by
  operator or certificate type, and neither is ever deleted (they are deactivated).
- ``application_search`` and ``archive_search`` (FTS5 trigram, migrations 0002 and 0004) took 96 MB:
  a column number beside every position of every trigram, and a copy of every text. Each now indexes
  one text per row, its fields joined by a control character that no search text can hold
  (``search.normalize`` turns those into spaces), so a phrase still matches inside one field and
  finds exactly the rows it found before, from the index alone; the texts are read from a view of
  the tables instead of a copy (51 MB). An index without positions (detail=none) was 36 MB smaller
  still but must read every candidate row to confirm it: searches became 10 to 20 times slower.

The view shows an index what it holds until the tables change, so rows are taken out of it BEFORE an
update or delete and put back AFTER. These triggers replace those of 0002 and 0004, both indexes
are rebuilt from the tables, and everything is IF EXISTS / rebuilt: running this again is harmless.
PostgreSQL drops the same indexes and has no FTS5 tables.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from ukpbj_desktop.store.db import DatabaseOrProxy, has_trigram_fts, is_sqlite

if TYPE_CHECKING:
    from playhouse.migrate import SchemaMigrator

# (name, table, columns) as 0001 created them, so ``down`` can bring them back.
UNUSED_INDEXES = (
    ("steplog_application_id_finished_at", "step_log", "application_id, finished_at"),
    ("checklistitem_application_id", "checklist_item", "application_id"),
    ("steplog_operator_id", "step_log", "operator_id"),
    ("application_created_by_id", "application", "created_by_id"),
    ("application_certificate_type_id", "application", "certificate_type_id"),
    ("archiverecord_archived_by_id", "archive_record", "archived_by_id"),
    ("spseaccount_created_by_id", "spse_account", "created_by_id"),
    ("slipprint_printed_by_id", "slip_print", "printed_by_id"),
    ("handover_operator_id", "handover", "operator_id"),
)

SEPARATOR = "char(31)"  # the unit separator: a control character, never part of a search text

# (FTS5 table, view of its texts by row id); the index reads a row's text from the view.
APPLICATION_SEARCH = ("application_search", "application_search_text")
ARCHIVE_SEARCH = ("archive_search", "archive_search_text")

_GROUPED_NIP = ("substr(p.nip, 1, 8) || ' ' || substr(p.nip, 9, 6) || ' ' || substr(p.nip, 15, 1)"
                " || ' ' || substr(p.nip, 16, 3)")
_PERSON = ("coalesce(p.name, '')", "coalesce(p.nip, '')", f"coalesce({_GROUPED_NIP}, '')", "coalesce(p.work_unit, '')")
_APPLICATION_TEXT = f" || {SEPARATOR} || ".join(("a.agenda_number", *_PERSON))
VIEWS = {
    APPLICATION_SEARCH[1]: (f"SELECT a.id AS id, {_APPLICATION_TEXT} AS text "
                            "FROM application a LEFT JOIN applicant p ON p.id = a.applicant_id"),
    ARCHIVE_SEARCH[1]: f"SELECT id, archive_number || {SEPARATOR} || description AS text FROM archive_record",
}


def _unindex(table: str, ids: str) -> str:
    """Remove rows ``ids`` from ``table``: FTS5 reads their text from the view, which must still hold it."""
    return f"DELETE FROM {table} WHERE rowid IN ({ids});"


def _index(search: tuple[str, str], ids: str) -> str:
    table, view = search
    return f"INSERT INTO {table} (rowid, text) SELECT id, text FROM {view} WHERE id IN ({ids});"


_APPLICATIONS_OF = "SELECT id FROM application WHERE applicant_id IN ({})"
_FTS_APP, _FTS_ARCHIVE = APPLICATION_SEARCH[0], ARCHIVE_SEARCH[0]

# BEFORE an update or delete the view still shows what was indexed; AFTER it shows the new text.
TRIGGERS = {
    "application_search_ai": f"AFTER INSERT ON application BEGIN {_index(APPLICATION_SEARCH, 'new.id')} END",
    "application_search_bu": (f"BEFORE UPDATE OF id, agenda_number, applicant_id ON application BEGIN "
                              f"{_unindex(_FTS_APP, 'old.id')} END"),
    "application_search_au": (f"AFTER UPDATE OF id, agenda_number, applicant_id ON application BEGIN "
                              f"{_index(APPLICATION_SEARCH, 'new.id')} END"),
    "application_search_bd": f"BEFORE DELETE ON application BEGIN {_unindex(_FTS_APP, 'old.id')} END",
    # An applicant's rows follow the person (or its absence, once deleted). A person inserted under an id
    # that applications already named (only possible without foreign keys) replaces their person-less text.
    "applicant_search_ai": (f"AFTER INSERT ON applicant BEGIN INSERT INTO {_FTS_APP} ({_FTS_APP}, rowid, text) "
                            f"SELECT 'delete', a.id, {_APPLICATION_TEXT} FROM application a "
                            f"LEFT JOIN applicant p ON 0 WHERE a.applicant_id = new.id; "
                            f"{_index(APPLICATION_SEARCH, _APPLICATIONS_OF.format('new.id'))} END"),
    "applicant_search_bu": (f"BEFORE UPDATE OF id, name, nip, work_unit ON applicant BEGIN "
                            f"{_unindex(_FTS_APP, _APPLICATIONS_OF.format('old.id, new.id'))} END"),
    "applicant_search_au": (f"AFTER UPDATE OF id, name, nip, work_unit ON applicant BEGIN "
                            f"{_index(APPLICATION_SEARCH, _APPLICATIONS_OF.format('old.id, new.id'))} END"),
    "applicant_search_bd": (f"BEFORE DELETE ON applicant BEGIN "
                            f"{_unindex(_FTS_APP, _APPLICATIONS_OF.format('old.id'))} END"),
    "applicant_search_ad": (f"AFTER DELETE ON applicant BEGIN "
                            f"{_index(APPLICATION_SEARCH, _APPLICATIONS_OF.format('old.id'))} END"),
    "archive_search_ai": f"AFTER INSERT ON archive_record BEGIN {_index(ARCHIVE_SEARCH, 'new.id')} END",
    "archive_search_bu": (f"BEFORE UPDATE OF id, archive_number, description ON archive_record BEGIN "
                          f"{_unindex(_FTS_ARCHIVE, 'old.id')} END"),
    "archive_search_au": (f"AFTER UPDATE OF id, archive_number, description ON archive_record BEGIN "
                          f"{_index(ARCHIVE_SEARCH, 'new.id')} END"),
    "archive_search_bd": f"BEFORE DELETE ON archive_record BEGIN {_unindex(_FTS_ARCHIVE, 'old.id')} END",
}
OLD_TRIGGERS = ("application_search_ad", "archive_search_ad")  # 0002 and 0004 deleted AFTER the row


def _drop_search(db: DatabaseOrProxy) -> None:
    for name in (*TRIGGERS, *OLD_TRIGGERS):
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    for table, view in (APPLICATION_SEARCH, ARCHIVE_SEARCH):
        db.execute_sql(f"DROP TABLE IF EXISTS {table}")
        db.execute_sql(f"DROP VIEW IF EXISTS {view}")


def _rebuild_search(db: DatabaseOrProxy) -> None:
    _drop_search(db)
    for table, view in (APPLICATION_SEARCH, ARCHIVE_SEARCH):
        db.execute_sql(f"CREATE VIEW {view} AS {VIEWS[view]}")
        db.execute_sql(f"CREATE VIRTUAL TABLE {table} USING fts5(text, tokenize = 'trigram', content = '{view}', "
                       "content_rowid = 'id', columnsize = 0)")
        db.execute_sql(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")
    for name, body in TRIGGERS.items():
        db.execute_sql(f"CREATE TRIGGER {name} {body}")


def up(migrator: SchemaMigrator, db: DatabaseOrProxy) -> None:
    for name, _table, _columns in UNUSED_INDEXES:
        db.execute_sql(f"DROP INDEX IF EXISTS {name}")
    if is_sqlite(db) and has_trigram_fts(db):
        _rebuild_search(db)


def down(migrator: SchemaMigrator, db: DatabaseOrProxy) -> None:
    """Back to the indexes of 0001 and the search tables of 0002 and 0004 (which rebuild them)."""
    for name, table, columns in UNUSED_INDEXES:
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})")
    if is_sqlite(db):
        _drop_search(db)
        for script in ("0002_register_search", "0004_archive_search"):
            _sibling(script).up(migrator, db)


def _sibling(name: str) -> ModuleType:
    """Another script of this folder, loaded from its file as the migration runner loads them."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    if spec is None or spec.loader is None:
        raise ImportError(name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
