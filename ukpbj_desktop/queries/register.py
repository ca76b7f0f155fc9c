"""The register's queries: filter, sort and page through every application in SQL.

The register must stay quick with 100,000 applications, so nothing here loads all rows:
``page`` uses keyset pagination (``WHERE (sort key, id) > (last row's) ORDER BY ... LIMIT``),
which costs the same on the first page as on the thousandth, and every sort key is backed
by an index (migration 0002). The plan (start from a filter's index, or walk the sort's)
is chosen from counts by ``planner``, as the archive's is. ``details`` gathers what the
side panel shows of one application in a few indexed queries.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Final

import peewee as pw

from ukpbj_desktop import workflow
from ukpbj_desktop.queries import planner, search
from ukpbj_desktop.required_documents import all_documents
from ukpbj_desktop.store.db import is_sqlite, tuples
from ukpbj_desktop.store.models import (
    Applicant,
    Application,
    ArchiveRecord,
    CertificateType,
    ChecklistItem,
    Operator,
    SpseAccount,
    StepLog,
)

PAGE_SIZE = planner.PAGE_SIZE


@dataclass(frozen=True)
class RegisterFilter:
    """What the user narrowed the register to; None means "any"."""

    text: str = ""
    state: str | None = None
    decision: str | None = None  # "accepted" | "rejected" | "" (not decided yet); kept once archived
    step: str | None = None  # a step code
    year: int | None = None
    work_unit: str | None = None


@dataclass(frozen=True)
class _Sort:
    keys: tuple[pw.ColumnBase, ...]  # SQL expressions, most significant first; Application.id always breaks ties
    reverse: bool = False  # ascending on the column means descending on the keys


STEP_ORDER_INDEX = "application_step_order"


def step_order() -> pw.ColumnBase:
    """The SOP position of the step a file waits at (closed files last), written with literals inline
    so SQLite can use ``ensure_step_order_index``'s index; it follows the SOP in force."""
    definition = workflow.sop()
    last = pw.SQL(str(len(definition.steps) + 1))
    return pw.Case(Application.current_step, [(pw.SQL(f"'{code}'"), pw.SQL(str(definition.order(code))))
                                              for code in definition.steps], last)


def ensure_step_order_index() -> None:
    """(Re)make the index of the step sort when the SOP in force changed its steps (SQLite).

    The index expression must match ``step_order`` to be used, and that follows sop.json, so
    a revised SOP gets its index at the next start-up (one query when nothing changed)."""
    if not is_sqlite():
        return
    definition = workflow.sop()
    whens = " ".join(f"WHEN '{code}' THEN {definition.order(code)}" for code in definition.steps)
    wanted = (f"CREATE INDEX {STEP_ORDER_INDEX} ON application "
              f"((CASE current_step {whens} ELSE {len(definition.steps) + 1} END), received_at)")
    db = Application._meta.database
    found = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                           (STEP_ORDER_INDEX,)).fetchone()
    if found is None or found[0] != wanted:
        with db.atomic():
            db.execute_sql(f"DROP INDEX IF EXISTS {STEP_ORDER_INDEX}")
            db.execute_sql(wanted)


# The expressions must stay written exactly as migrations 0002 and 0007 (and ensure_step_order_index) index them
# (literals inline).
_SORTS = {
    "agenda_number": _Sort((Application.year, Application.seq)),
    "received_at": _Sort((Application.received_at,)),
    "applicant_name": _Sort((Applicant.name, Applicant.id)),
    "nip": _Sort((Applicant.nip,)),
    "work_unit": _Sort((Applicant.work_unit, Applicant.id)),
    "current_step": _Sort((step_order(), Application.received_at)),
    "state": _Sort((pw.Case(Application.state, [(pw.SQL(f"'{state}'"), pw.SQL(str(rank)))
                                                for rank, state in enumerate(workflow.STATES, 1)], pw.SQL("6")),
                    Application.received_at)),
    # Archived files wait for nothing: they sort with the shortest waits.
    "waiting": _Sort((Application.current_step.is_null(), Application.step_entered_at), reverse=True),
}
SORT_COLUMNS = tuple(_SORTS)


def standard_minutes(step: str | None) -> int | None:
    """The time standard the office is held to at ``step`` (None for the PPK's steps and unknown codes)."""
    definition = workflow.sop()
    if step not in definition.steps or not definition.by_office(step):
        return None
    return definition.step(step).minutes


def _waiting(current_step: str | None, since: dt.datetime, at: dt.datetime) -> dt.timedelta | None:
    return None if current_step is None else max(at - since, dt.timedelta(0))


def _over(duration: dt.timedelta | None, minutes: int | None) -> bool:
    return duration is not None and minutes is not None and duration > dt.timedelta(minutes=minutes)


@dataclass(frozen=True)
class RegisterRow:
    """One line of the register; ``key`` is its keyset position in the sort it was read with."""

    id: int
    agenda_number: str
    received_at: dt.datetime
    applicant_name: str
    nip: str
    work_unit: str
    current_step: str | None
    state: str
    decision: str  # "" | accepted | rejected
    step_entered_at: dt.datetime
    standard_minutes: int | None
    key: tuple[Any, ...] = field(default=(), compare=False)

    def waiting(self, at: dt.datetime) -> dt.timedelta | None:
        """How long the file has waited at its current step; None once archived."""
        return _waiting(self.current_step, self.step_entered_at, at)

    def overdue(self, at: dt.datetime) -> bool:
        """Waiting at an office step for longer than its time standard."""
        return _over(self.waiting(at), self.standard_minutes)


_ROW_COLUMNS = (Application.id, Application.agenda_number, Application.received_at, Applicant.name, Applicant.nip,
                Applicant.work_unit, Application.current_step, Application.state, Application.decision,
                Application.step_entered_at)
_STEP_COLUMN: Final = 6  # where current_step is in _ROW_COLUMNS


# Filter name -> the column it compares; "text" is the search (module search).
_EQUALITY: dict[str, pw.Field[Any]] = {"state": Application.state, "decision": Application.decision,
                                       "step": Application.current_step, "year": Application.year,
                                       "work_unit": Applicant.work_unit}


def _active(flt: RegisterFilter) -> list[str]:
    names = [name for name in _EQUALITY if getattr(flt, name) is not None]
    return names + ["text"] if search.normalize(flt.text) else names


def _where(query: pw.ModelSelect[Any], flt: RegisterFilter, driver: str = planner.ANY) -> pw.ModelSelect[Any]:
    """``query`` narrowed by ``flt``, SQLite starting from ``driver``'s index only (see ``planner``)."""
    conditions = []
    for name, column in _EQUALITY.items():
        value = getattr(flt, name)
        if value is not None:
            conditions.append(planner.usable(column, name, driver) == value)
    text = search.matches(flt.text, drive=planner.may_use_index("text", driver))
    if text is not None:
        conditions.append(text)
    return query.where(*conditions) if conditions else query


def _needs_applicant(flt: RegisterFilter) -> bool:
    return flt.work_unit is not None or bool(search.normalize(flt.text) and not search.uses_index(flt.text))


def _count(flt: RegisterFilter, driver: str, limit: int | None = None) -> int:
    """Matching rows, counting no further than ``limit``."""
    if _active(flt) == ["text"] and search.uses_index(flt.text):
        return search.count_indexed(flt.text, limit)

    def select(column: pw.Node) -> pw.ModelSelect[Application]:
        query = Application.select(column)
        return _where(query.join(Applicant) if _needs_applicant(flt) else query, flt, driver)

    return planner.count_up_to(select, Application.id, limit)


def _walk_limit() -> int:
    return planner.walk_limit(Application)


def _count_alone(flt: RegisterFilter) -> planner.CountAlone:
    """How many rows one of the filter's parts keeps on its own, counted up to a cap (for ``planner``)."""
    return lambda name, cap: _count(RegisterFilter(**{name: getattr(flt, name)}), name, cap)


def count_is_capped(flt: RegisterFilter) -> bool:
    """Whether ``count`` stops at ``COUNT_CAP + 1``: a text too short for the index matches by a
    full scan, and a user typing its first letters needs "more than 1,000", not the exact figure."""
    text = search.normalize(flt.text)
    return bool(text) and not search.uses_index(text)


def count(flt: RegisterFilter = RegisterFilter(), exact: bool = False) -> int:
    """How many applications the filter lets through (at most ``COUNT_CAP + 1`` when capped, unless ``exact``)."""
    limit = planner.COUNT_CAP + 1 if count_is_capped(flt) and not exact else None
    return _count(flt, planner.count_driver(_active(flt), _count_alone(flt), _walk_limit), limit)


def _sort(sort_column: str) -> _Sort:
    try:
        return _SORTS[sort_column]
    except KeyError:
        raise ValueError(f"unknown sort column {sort_column!r}; choose from {SORT_COLUMNS}") from None


def _row(values: tuple[Any, ...]) -> RegisterRow:
    data: tuple[int, str, dt.datetime, str, str, str, str | None, str, str, dt.datetime] = values[:len(_ROW_COLUMNS)]
    key = values[len(_ROW_COLUMNS):]
    return RegisterRow(*data, standard_minutes=standard_minutes(data[_STEP_COLUMN]), key=(*key, data[0]))


def _select(sort: _Sort) -> pw.ModelSelect[Application]:
    return Application.select(*_ROW_COLUMNS, *sort.keys).join(Applicant)


def page(flt: RegisterFilter, sort_column: str = "received_at", descending: bool = False,
         after_key: tuple[Any, ...] | None = None, limit: int = PAGE_SIZE,
         total: int | None = None) -> list[RegisterRow]:
    """Up to ``limit`` rows following the row whose ``key`` is ``after_key`` (None: from the top).

    ``total`` is ``count(flt)`` when the caller already has it (it picks the query plan).
    """
    sort = _sort(sort_column)
    keys = (*sort.keys, Application.id)
    backwards = descending != sort.reverse
    matching = count(flt) if total is None else total
    if not matching:
        return []
    driver = planner.page_driver(_active(flt), _count_alone(flt), _walk_limit(), matching, count_is_capped(flt))
    query = _where(_select(sort), flt, driver)
    if after_key is not None:
        query = query.where(planner.after(keys, after_key, backwards))
    return [_row(values) for values in tuples(query.order_by(*planner.ordered(keys, backwards)).limit(limit))]


def row(application_id: int, sort_column: str = "received_at") -> RegisterRow | None:
    """One application's register line (after a change), keyed for ``sort_column``."""
    values = _select(_sort(sort_column)).where(Application.id == application_id).tuples().first()
    return _row(values) if values else None


def application(application_id: int) -> Application | None:
    """The application to take a step on, its applicant read with it; None once it is gone."""
    return (Application.select(Application, Applicant).join(Applicant)
            .where(Application.id == application_id).get_or_none())


def years() -> list[int]:
    """The years that have applications, newest first (for the year filter)."""
    return [y for (y,) in tuples(Application.select(Application.year).distinct().order_by(Application.year.desc()))]


def work_units() -> list[str]:
    """The work units applicants belong to (for the work unit filter)."""
    return [w for (w,) in tuples(Applicant.select(Applicant.work_unit).distinct().order_by(Applicant.work_unit))]


@dataclass(frozen=True)
class ChecklistLine:
    code: str
    name: str
    present: bool
    original_sighted: bool | None
    note: str


@dataclass(frozen=True)
class StepLine:
    step: str
    outcome: str
    operator: str
    operator_nip: str
    started_at: dt.datetime
    finished_at: dt.datetime
    standard_minutes: int | None  # the standard in force when the step was taken
    note: str

    @property
    def duration(self) -> dt.timedelta:
        return self.finished_at - self.started_at

    @property
    def overdue(self) -> bool:
        return _over(self.duration, self.standard_minutes)


@dataclass(frozen=True)
class Details:
    """Everything the side panel shows of one application, read in one go."""

    id: int
    agenda_number: str
    received_at: dt.datetime
    delivery_mode: str
    courier_name: str
    is_pa: bool
    sk_number: str
    sk_date: dt.date | None
    sk_valid_until: dt.date | None
    certificate_type: str | None
    certificate_name: str
    certificate_number: str
    state: str
    current_step: str | None
    step_entered_at: dt.datetime
    standard_minutes: int | None
    decision: str
    decision_reasons: str
    nip: str
    nik: str
    name: str
    position: str
    rank: str
    work_unit: str
    agency: str
    email: str
    phone: str
    mobile: str
    address: str
    checklist: tuple[ChecklistLine, ...]
    steps: tuple[StepLine, ...]
    user_id: str | None
    archive_number: str | None

    def waiting(self, at: dt.datetime) -> dt.timedelta | None:
        return _waiting(self.current_step, self.step_entered_at, at)

    def overdue(self, at: dt.datetime) -> bool:
        return _over(self.waiting(at), self.standard_minutes)


def details(application_id: int) -> Details | None:
    """The side panel's data for one application; None when it does not exist (any more)."""
    app = (Application.select(Application, Applicant, CertificateType).join(Applicant)
           .switch(Application).join(CertificateType, pw.JOIN.LEFT_OUTER)
           .where(Application.id == application_id).get_or_none())
    if app is None:
        return None
    names = {d.code: d.name for d in all_documents()}
    checklist = tuple(
        ChecklistLine(c.document_code, names.get(c.document_code, c.document_code), c.present, c.original_sighted,
                      c.note)
        for c in ChecklistItem.select().where(ChecklistItem.application == application_id).order_by(ChecklistItem.id))
    steps = tuple(
        StepLine(*values) for values in
        tuples(StepLog.select(StepLog.step, StepLog.outcome, Operator.full_name, Operator.nip, StepLog.started_at,
                              StepLog.finished_at, StepLog.standard_minutes, StepLog.note).join(Operator)
               .where(StepLog.application == application_id).order_by(StepLog.finished_at, StepLog.id)))
    user_id = SpseAccount.select(SpseAccount.user_id).where(SpseAccount.application == application_id).scalar()
    archive_number = (ArchiveRecord.select(ArchiveRecord.archive_number)
                      .where(ArchiveRecord.application == application_id).scalar())
    person, certificate = app.applicant, app.certificate_type
    return Details(
        id=app.id, agenda_number=app.agenda_number, received_at=app.received_at, delivery_mode=app.delivery_mode,
        courier_name=app.courier_name, is_pa=app.is_pa, sk_number=app.sk_number, sk_date=app.sk_date,
        sk_valid_until=app.sk_valid_until, certificate_type=certificate.code if certificate else None,
        certificate_name=certificate.name if certificate else "", certificate_number=app.certificate_number,
        state=app.state, current_step=app.current_step, step_entered_at=app.step_entered_at,
        standard_minutes=standard_minutes(app.current_step), decision=app.decision,
        decision_reasons=app.decision_reasons, nip=person.nip, nik=person.nik, name=person.name,
        position=person.position, rank=person.rank, work_unit=person.work_unit, agency=person.agency,
        email=person.email, phone=person.phone, mobile=person.mobile, address=person.address,
        checklist=checklist, steps=steps, user_id=user_id, archive_number=archive_number)
