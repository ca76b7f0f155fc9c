"""The archive browser's queries: filter, sort and page through the Daftar Arsip in SQL.

An archive holds thousands of records, so ``page`` takes an OFFSET, yet stays quick on
100,000: the offset is skipped in a query that reads record ids only, from whichever end
of the order is nearer, and the plan is chosen by ``planner`` as the register's is:
many matches walk the sort's index (migration 0003), few are read through the most
selective filter's index and sorted. The text search reuses the register's (module
``search``) for name, NIP and agenda number and adds the archive number and description.
``iter_rows`` reads every row in batches in the order of ``page`` (the browser's), for exports.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import peewee as pw

from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, Translate
from ukpbj_desktop.queries import planner, register as register_query, search
from ukpbj_desktop.store.db import tuples
from ukpbj_desktop.store.models import Applicant, Application, ArchiveRecord, Classification, Scan

RETENTIONS = ("active", "inactive", "either")
PAGE_SIZE = planner.PAGE_SIZE
ARCHIVE_INDEX = "archive_search"  # FTS5 over archive number and description (migrations 0004, 0006)


@dataclass(frozen=True)
class ArchiveFilter:
    """What the user narrowed the archive to; None means "any"."""

    text: str = ""  # name, NIP (plain or grouped), agenda number, archive number, description
    year: int | None = None  # the agenda year (Application.year): "the files of 2024"
    classification: str | None = None
    box: str | None = None
    location: str | None = None  # the room
    unplaced: bool = False  # only records with no box, room, rack or shelf ("lokasi belum diisi")
    disposition: str | None = None
    retention: str | None = None  # "active" | "inactive" | "either": ending in retention_year
    retention_year: int | None = None  # None: the current year


def _labelled(label: str, value: str, shown: str | None = None) -> str:
    """``value`` after its label, unless the user already wrote the label ("Rak 2").

    ``shown`` is the label in the UI's language: it replaces the Indonesian one the user typed."""
    written = value.split(maxsplit=1)
    if written and written[0].casefold() == label.casefold():
        if shown is None:
            return value
        value = written[1] if len(written) > 1 else ""
    return f"{shown or label} {value}".strip()


_ROOM, _RACK, _SHELF = (QT_TRANSLATE_NOOP("Archive", "Ruang"), QT_TRANSLATE_NOOP("Archive", "Rak"),
                        QT_TRANSLATE_NOOP("Archive", "Baris"))


@dataclass(frozen=True)
class ArchiveRow:
    """One line of the Daftar Arsip, with what the browser shows of the application."""

    id: int
    application_id: int
    archive_number: str
    classification: str
    classification_name: str
    description: str
    period: str
    quantity: int
    media: str
    development_level: str  # asli | salinan
    folder_no: str
    box_no: str
    room: str
    rack: str
    shelf: str
    active_years: int | None
    inactive_years: int | None
    active_until: int | None
    inactive_until: int | None
    disposition: str
    archived_at: dt.datetime
    agenda_number: str
    name: str
    nip: str
    work_unit: str
    decision: str  # accepted | rejected | ""
    scans: int  # scanned files attached

    @property
    def location(self) -> str:
        """Where the file is kept: "Ruang A, Rak 2, Baris 3", parts not recorded left out."""
        return self.place()

    def place(self, translate: Translate | None = None) -> str:
        """:attr:`location`, with the labels in the UI's language when ``translate(context, text)`` is given."""
        parts = ((_ROOM, self.room), (_RACK, self.rack), (_SHELF, self.shelf))
        return ", ".join(_labelled(label, value, translate("Archive", label) if translate else None)
                         for label, value in parts if value)


_COLUMNS = (ArchiveRecord.id, ArchiveRecord.application, ArchiveRecord.archive_number, ArchiveRecord.classification,
            Classification.name, ArchiveRecord.description, ArchiveRecord.period, ArchiveRecord.quantity,
            ArchiveRecord.media, ArchiveRecord.development_level, ArchiveRecord.folder_no, ArchiveRecord.box_no,
            ArchiveRecord.room, ArchiveRecord.rack, ArchiveRecord.shelf, ArchiveRecord.active_years,
            ArchiveRecord.inactive_years, ArchiveRecord.active_until, ArchiveRecord.inactive_until,
            ArchiveRecord.disposition, ArchiveRecord.archived_at, Application.agenda_number, Applicant.name,
            Applicant.nip, Applicant.work_unit, Application.decision,
            Scan.select(pw.fn.COUNT(Scan.id)).where(Scan.archive == ArchiveRecord.id))

# Sort keys, most significant first; ArchiveRecord.id always breaks the last ties. Box
# numbers sort as numbers (by length, then text), as migration 0003 indexes them; names
# end with the applicant's and application's ids so the applicant_name index gives the order.
_SORTS: dict[str, tuple[pw.ColumnBase, ...]] = {
    "archive_number": (ArchiveRecord.archive_number,),
    "classification": (ArchiveRecord.classification,),
    "description": (ArchiveRecord.description,),
    "name": (Applicant.name, Applicant.id, Application.id),
    "period": (ArchiveRecord.period,),
    "box_no": (pw.fn.LENGTH(ArchiveRecord.box_no), ArchiveRecord.box_no),
    "room": (ArchiveRecord.room,),
    "archived_at": (ArchiveRecord.archived_at,),
    "active_until": (ArchiveRecord.active_until,),
    "inactive_until": (ArchiveRecord.inactive_until,),
    "disposition": (ArchiveRecord.disposition,),
}
SORT_COLUMNS = tuple(_SORTS)
_PEOPLE_SORTS = ("name",)  # sorts on the applicant's columns

# Filters an index can answer: the name -> the column it must equal ("retention" is apart).
_EQUALITY: dict[str, pw.Field[Any]] = {
    "year": Application.year, "classification": ArchiveRecord.classification, "box": ArchiveRecord.box_no,
    "location": ArchiveRecord.room, "disposition": ArchiveRecord.disposition,
}
_INDEXED = (*_EQUALITY, "retention", "unplaced")
# Where a paper file can be found; with none of them recorded it is "unplaced".
PLACE_FIELDS = (ArchiveRecord.box_no, ArchiveRecord.room, ArchiveRecord.rack, ArchiveRecord.shelf)


def _check(flt: ArchiveFilter) -> None:
    if flt.retention is not None and flt.retention not in RETENTIONS:
        raise ValueError(f"unknown retention {flt.retention!r}; choose from {RETENTIONS}")


def _retention_year(flt: ArchiveFilter) -> int:
    return flt.retention_year if flt.retention_year is not None else dt.date.today().year


def _indexed(flt: ArchiveFilter) -> list[str]:
    return [name for name in _INDEXED if getattr(flt, name) not in (None, False)]


def _unplaced(driver: str) -> pw.Expression:
    """No place recorded, written exactly as migration 0008's partial index is (one joined text, a literal
    ''), so that SQLite reads these records from it, and from no index of one of the fields, unless
    ``driver`` starts elsewhere."""
    joined: pw.ColumnBase = PLACE_FIELDS[0]
    for field in PLACE_FIELDS[1:]:
        joined = joined.concat(field)
    return planner.usable(joined, "unplaced", driver) == pw.SQL("''")


def _searches_people(flt: ArchiveFilter) -> bool:
    """Whether the text search reads the applicant's columns (the LIKE path) rather than the index."""
    return bool(search.normalize(flt.text)) and not search.uses_index(flt.text)


def _text(flt: ArchiveFilter, walk: bool = False) -> pw.Expression | None:
    """The register's search (name, NIP, agenda number) or the archive's own number or description.

    The register's index is keyed by application id, which the archive record holds: no join needed.
    ``walk``: the rows are read in the sort's order and most of them match, so testing each one's
    text with LIKE stops sooner than collecting every match from the archive's index first.
    """
    query = search.normalize(flt.text)
    if not query:
        return None
    people = (search.matches_indexed(query, ArchiveRecord.application) if search.uses_index(query)
              else search.matches_like(query))
    if not walk and search.uses_index(query, ARCHIVE_INDEX):
        return people | search.matches_indexed(query, ArchiveRecord.id, ARCHIVE_INDEX)
    return people | ArchiveRecord.archive_number.contains(query) | ArchiveRecord.description.contains(query)


def _conditions(flt: ArchiveFilter, driver: str) -> list[pw.Expression]:
    """The filter as WHERE terms; SQLite may use the index of ``driver`` only (see ``planner``)."""
    conditions = [planner.usable(field, name, driver) == getattr(flt, name) for name, field in _EQUALITY.items()
                  if getattr(flt, name) is not None]
    if flt.retention is not None:
        year = _retention_year(flt)
        active = planner.usable(ArchiveRecord.active_until, "retention", driver) == year
        inactive = planner.usable(ArchiveRecord.inactive_until, "retention", driver) == year
        conditions.append({"active": active, "inactive": inactive, "either": active | inactive}[flt.retention])
    if flt.unplaced:
        conditions.append(_unplaced(driver))
    text = _text(flt, walk=driver == planner.WALK)
    return conditions + ([text] if text is not None else [])


def _filtered(query: pw.ModelSelect[ArchiveRecord], flt: ArchiveFilter, driver: str, people: bool = False,
              name_walk: bool = False) -> pw.ModelSelect[ArchiveRecord]:
    """``query`` (over ArchiveRecord) joined to what the filter and sort read, and narrowed.

    ``name_walk`` hides the applicant's primary key from the join, so SQLite has to read the
    applicants first, in the order of their name index, instead of sorting every record.
    """
    people = people or _searches_people(flt)
    if people or flt.year is not None:
        query = query.join(Application)
    if people:
        key = planner.not_indexed(Applicant.id) if name_walk else Applicant.id
        query = query.join(Applicant, on=(key == Application.applicant))
    conditions = _conditions(flt, driver)
    return query.where(*conditions) if conditions else query


def _full(flt: ArchiveFilter, driver: str = planner.ANY) -> pw.ModelSelect[ArchiveRecord]:
    """Every column of the rows, filtered."""
    query = _filtered(ArchiveRecord.select(*_COLUMNS), flt, driver, people=True)
    return query.switch(ArchiveRecord).join(Classification)


def _only(flt: ArchiveFilter, name: str) -> ArchiveFilter:
    return ArchiveFilter(**{name: getattr(flt, name)}, retention_year=flt.retention_year)


def _count(flt: ArchiveFilter, driver: str, limit: int | None = None) -> int:
    """Matching records, counting no further than ``limit``."""
    return planner.count_up_to(lambda column: _filtered(ArchiveRecord.select(column), flt, driver), ArchiveRecord.id,
                               limit)


def _walk_limit() -> int:
    return planner.walk_limit(ArchiveRecord)


def _count_alone(flt: ArchiveFilter) -> planner.CountAlone:
    """How many records one indexed filter keeps on its own, counted up to a cap (for ``planner``)."""
    return lambda name, cap: _count(_only(flt, name), name, cap)


def _plan(flt: ArchiveFilter, matching: int) -> str:
    return planner.page_driver(_indexed(flt), _count_alone(flt), _walk_limit(), matching, count_is_capped(flt))


def count_is_capped(flt: ArchiveFilter) -> bool:
    """Whether ``count`` stops at ``planner.COUNT_CAP + 1``, as the register's does: a text too
    short for the index is matched by reading every record, and "more than 1,000" is enough."""
    return _searches_people(flt)


def count(flt: ArchiveFilter = ArchiveFilter(), exact: bool = False) -> int:
    """How many archive records the filter lets through (at most COUNT_CAP + 1 when capped, unless ``exact``)."""
    _check(flt)
    limit = planner.COUNT_CAP + 1 if count_is_capped(flt) and not exact else None
    return _count(flt, planner.count_driver(_indexed(flt), _count_alone(flt), _walk_limit), limit)


def _rows(query: pw.ModelSelect[ArchiveRecord]) -> list[ArchiveRow]:
    return [ArchiveRow(*values) for values in tuples(query)]


def page(flt: ArchiveFilter, sort_column: str = "archived_at", descending: bool = False, offset: int = 0,
         limit: int = PAGE_SIZE, total: int | None = None) -> list[ArchiveRow]:
    """Up to ``limit`` rows from position ``offset`` in the order of ``sort_column``.

    ``total`` is ``count(flt)`` when the caller already has it (it picks the query plan).
    The offset is skipped in a query that reads record ids only, from whichever end of the
    order is nearer; then the page's rows are read.
    """
    _check(flt)
    try:
        keys = (*_SORTS[sort_column], ArchiveRecord.id)
    except KeyError:
        raise ValueError(f"unknown sort column {sort_column!r}; choose from {SORT_COLUMNS}") from None
    matching = count(flt) if total is None else total
    capped = count_is_capped(flt) and matching > planner.COUNT_CAP  # more rows than ``matching``
    if (offset >= matching and not capped) or limit <= 0:
        return []
    driver = _plan(flt, matching)
    backwards = offset > matching // 2 and not capped
    skip, take = (max(0, matching - offset - limit), min(limit, matching - offset)) if backwards else (offset, limit)
    people = sort_column in _PEOPLE_SORTS
    ids = (_filtered(ArchiveRecord.select(ArchiveRecord.id), flt, driver, people, people and driver == planner.WALK)
           .order_by(*planner.ordered(planner.sort_keys(keys, driver), descending != backwards))
           .offset(skip).limit(take))
    return _rows(_full(ArchiveFilter()).where(ArchiveRecord.id.in_(ids)).order_by(*planner.ordered(keys, descending)))


def iter_rows(flt: ArchiveFilter, sort_column: str = "archived_at", descending: bool = False,
              batch: int = 1000) -> Iterator[ArchiveRow]:
    """Every matching row in the order ``page`` gives (the browser's), read ``batch`` rows at a time.

    Pages of ``page`` itself rather than a keyset: a keyset cannot pass the empty retention
    years some sorts hold, and the printed list must be in exactly the order on screen."""
    total = count(flt)
    offset = 0
    while True:
        rows = page(flt, sort_column, descending, offset=offset, limit=batch, total=total)
        yield from rows
        if len(rows) < batch:
            return
        offset += len(rows)


def row(archive_id: int) -> ArchiveRow | None:
    """One record's line (after a change); None when it does not exist."""
    rows = _rows(_full(ArchiveFilter()).where(ArchiveRecord.id == archive_id))
    return rows[0] if rows else None


def record(archive_id: int) -> ArchiveRecord | None:
    """The record to edit, its application and applicant read with it; None when it does not exist."""
    return (ArchiveRecord.select(ArchiveRecord, Application, Applicant).join(Application).join(Applicant)
            .where(ArchiveRecord.id == archive_id).get_or_none())


def last_filed() -> ArchiveRow | None:
    """The record filed most recently: the next file usually goes into the same box."""
    last_id = ArchiveRecord.select(pw.fn.MAX(ArchiveRecord.id)).scalar()
    return row(last_id) if last_id is not None else None


def by_application(application_id: int) -> int | None:
    """The archive record of an application, if it has been archived."""
    record_id: int | None = (ArchiveRecord.select(ArchiveRecord.id)
                             .where(ArchiveRecord.application == application_id).scalar())
    return record_id


def years() -> list[int]:
    """The agenda years that have archived files, newest first (for the year filter)."""
    return [year for year in register_query.years()
            if ArchiveRecord.select().join(Application).where(Application.year == year).exists()]


def _distinct(column: pw.Field[str]) -> list[str]:
    return [value for (value,) in tuples(ArchiveRecord.select(column).where(column != "").distinct())]


def boxes() -> list[str]:
    """The box numbers in use, in number order ("2" before "10")."""
    return sorted(_distinct(ArchiveRecord.box_no), key=lambda box: (len(box), box))


def locations() -> list[str]:
    """The rooms files are kept in."""
    return sorted(_distinct(ArchiveRecord.room))


def classifications() -> list[tuple[str, str]]:
    """Every classification code with its name, by code (codes in use are always defined)."""
    return [(code, name) for code, name in
            tuples(Classification.select(Classification.code, Classification.name).order_by(Classification.code))]


def describe(flt: ArchiveFilter) -> str:
    """The filter in one Indonesian line for a report's subtitle: "Tahun 2024; klasifikasi 000.3.5"."""
    ends = {"active": "retensi aktif", "inactive": "retensi inaktif", "either": "retensi aktif atau inaktif"}
    parts = [
        f"tahun {flt.year}" if flt.year is not None else "",
        f"klasifikasi {flt.classification}" if flt.classification is not None else "",
        f"boks {flt.box}" if flt.box is not None else "",
        _labelled("ruang", flt.location) if flt.location is not None else "",
        "lokasi belum diisi" if flt.unplaced else "",
        f"nasib akhir {flt.disposition}" if flt.disposition is not None else "",
        f"{ends[flt.retention]} berakhir tahun {_retention_year(flt)}" if flt.retention in ends else "",
        f'pencarian "{search.normalize(flt.text)}"' if search.normalize(flt.text) else "",
    ]
    text = "; ".join(part for part in parts if part)
    return text[:1].upper() + text[1:] if text else "Semua arsip"


@dataclass(frozen=True)
class ScanLine:
    id: int
    filename: str
    sha256: str
    size: int
    added_at: dt.datetime


@dataclass(frozen=True)
class ArchiveDetails:
    """What the browser's side panel shows of one record: its line, the application, the scans."""

    row: ArchiveRow
    application: register_query.Details
    scans: tuple[ScanLine, ...]


def details(archive_id: int) -> ArchiveDetails | None:
    """The side panel's data for one record; None when it does not exist (any more)."""
    line = row(archive_id)
    if line is None:
        return None
    application = register_query.details(line.application_id)
    if application is None:
        return None
    scans = tuples(Scan.select(Scan.id, Scan.filename, Scan.sha256, Scan.size, Scan.added_at)
                   .where(Scan.archive == archive_id).order_by(Scan.added_at, Scan.id))
    return ArchiveDetails(line, application, tuple(ScanLine(*s) for s in scans))
