"""Text search over the register: the one place that knows how a typed text finds applications.

A text matches an application when it occurs (case-insensitively, anywhere) in its agenda
number, the applicant's name, NIP (18 digits or grouped ``19650705 199203 1 023``) or work
unit. On SQLite an FTS5 trigram index (``application_search``, built and kept in sync by
the triggers of migrations 0002 and 0006) answers in about a millisecond; texts shorter than a trigram,
PostgreSQL, and a SQLite built without FTS5 use ``LIKE``/``ILIKE``, which finds the same
rows more slowly.
"""
from __future__ import annotations

import re

import peewee as pw

from ukpbj_desktop.formatting import NIP_GROUPS
from ukpbj_desktop.queries.planner import not_indexed
from ukpbj_desktop.store.db import database, is_sqlite
from ukpbj_desktop.store.models import Applicant, Application

INDEX_TABLE = "application_search"
MIN_INDEXED_LENGTH = 3  # the trigram tokenizer cannot match fewer characters
_NIP_TEXT = re.compile(r"[0-9 ]+")


def normalize(text: str | None) -> str:
    """The text as searched: control characters dropped, whitespace collapsed."""
    printable = "".join(c if c.isprintable() else " " for c in text or "")
    return " ".join(printable.split())


def matches(text: str | None, drive: bool = True) -> pw.Expression | None:
    """A WHERE condition for a query over Application joined to Applicant; None for a blank text.

    ``drive=False`` tells SQLite to test each row it reads in some other order (an index of
    the sort) instead of starting from the matches: cheaper when most rows match.
    """
    query = normalize(text)
    if not query:
        return None
    if uses_index(query):
        return matches_indexed(query, Application.id if drive else not_indexed(Application.id))
    return matches_like(query)


def uses_index(text: str | None, table: str = INDEX_TABLE) -> bool:
    """Whether ``text`` is looked up in the FTS5 index ``table`` (else LIKE over the columns)."""
    return len(normalize(text)) >= MIN_INDEXED_LENGTH and index_available(table)


def index_available(table: str = INDEX_TABLE) -> bool:
    """Whether this database has the FTS5 index ``table`` (SQLite with FTS5, migrated)."""
    if not is_sqlite():
        return False
    cursor = database.execute_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
    return cursor.fetchone() is not None


def fts_phrase(query: str) -> str:
    """``query`` as one FTS5 phrase: quoted, inner quotes doubled, so no input is read as syntax."""
    return '"' + query.replace('"', '""') + '"'


def matches_indexed(query: str, id_column: pw.ColumnBase = Application.id, table: str = INDEX_TABLE) -> pw.Expression:
    """The FTS5 path: a trigram phrase matches the same substrings ``LIKE '%query%'`` does.

    ``id_column`` holds the rowids of ``table`` (application ids for the register's index)."""
    subquery = pw.SQL(f"(SELECT rowid FROM {table} WHERE {table} MATCH ?)", [fts_phrase(query)])
    return pw.Expression(id_column, pw.OP.IN, subquery)


def count_indexed(text: str, limit: int | None = None) -> int:
    """How many applications the FTS5 index finds for ``text`` (stopping at ``limit``).

    The index has exactly one row per application, so no join with the tables is needed.
    """
    inner = f"SELECT rowid FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH ?" + (" LIMIT ?" if limit else "")
    params = (fts_phrase(normalize(text)), limit) if limit else (fts_phrase(normalize(text)),)
    count: int = database.execute_sql(f"SELECT COUNT(*) FROM ({inner})", params).fetchone()[0]
    return count


def grouped_nip(nip: pw.ColumnBase) -> pw.ColumnBase:
    """SQL for a NIP column written in groups, as ``formatting.group_nip`` writes it."""
    starts = [1 + sum(NIP_GROUPS[:i]) for i in range(len(NIP_GROUPS))]
    parts = [pw.fn.SUBSTR(nip, start, size) for start, size in zip(starts, NIP_GROUPS, strict=True)]
    expression: pw.ColumnBase = parts[0]
    for part in parts[1:]:
        expression = expression.concat(" ").concat(part)
    return expression


def matches_like(query: str) -> pw.Expression:
    """The portable path; peewee escapes ``%``, ``_`` and ``\\`` in ``query``.

    A NIP holds only digits and spaces, so other texts skip its (costly) columns.
    """
    condition = (Application.agenda_number.contains(query) | Applicant.name.contains(query)
                 | Applicant.work_unit.contains(query))
    if _NIP_TEXT.fullmatch(query):
        condition |= Applicant.nip.contains(query) | grouped_nip(Applicant.nip).contains(query)
    return condition
