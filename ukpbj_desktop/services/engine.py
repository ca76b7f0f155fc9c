"""The one write path of every SOP step: re-read, check, claim, write, log, audit.

Two operators may open the same file at once. Each write happens in one transaction that
re-reads the application, checks the move with ``workflow``, then claims it with a
conditional update (``WHERE id = ? AND current_step = ? AND version = ?``) before the use
case writes anything. Only one of two concurrent writers can match that row; the other
changes nothing and gets a ``ConflictError`` naming who changed the file and when. The
version is the one the operator saw (the object handed in), so a file that moved on while
a dialog was open is never written over, on SQLite or PostgreSQL.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import TypeVar

import peewee as pw

from ukpbj_desktop import audit, workflow
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, ConflictError
from ukpbj_desktop.store import limits
from ukpbj_desktop.store.db import write_transaction
from ukpbj_desktop.store.models import Application, ArchiveRecord, Operator, StepLog, now

T = TypeVar("T")
Record = Application | ArchiveRecord
R = TypeVar("R", Application, ArchiveRecord)  # a versioned record, one model at a time


def conflict(record: Record | None) -> ConflictError:
    """The message for an operator whose view of ``record`` is out of date."""
    who = record.updated_by if record is not None and record.updated_by_id else None
    at = record.updated_at if record is not None else None
    when = at.strftime("%H.%M") if at else "-"
    archive = isinstance(record, ArchiveRecord)
    if who is None:
        text = (QT_TRANSLATE_NOOP("Workflow", "Data arsip ini baru saja diubah pukul {time}. "
                                              "Muat ulang lalu periksa lagi.") if archive else
                QT_TRANSLATE_NOOP("Workflow", "Permohonan ini baru saja diubah pukul {time}. "
                                              "Muat ulang lalu periksa lagi."))
        return ConflictError(text, time=when)
    text = (QT_TRANSLATE_NOOP("Workflow", "Data arsip ini baru saja diubah oleh {operator} pukul {time}. "
                                          "Muat ulang lalu periksa lagi.") if archive else
            QT_TRANSLATE_NOOP("Workflow", "Permohonan ini baru saja diubah oleh {operator} pukul {time}. "
                                          "Muat ulang lalu periksa lagi."))
    return ConflictError(text, operator=who.full_name, time=when)


def claim(model: type[R], seen: R, operator: Operator, fields: Mapping[str, object],
          condition: pw.Expression | None = None) -> None:
    """Write ``fields`` to the row ``seen`` was read from, only if nobody wrote it since; bumps the version."""
    where = (model.id == seen.id) & (model.version == seen.version)
    if condition is not None:
        where &= condition
    values = {"updated_at": now(), **fields, "updated_by": operator, "version": model.version + 1}
    changed = model.update(**values).where(where).execute()
    if changed != 1:
        raise conflict(model.get_or_none(model.id == seen.id))


def edit(model: type[R], seen: R, operator: Operator, write: Callable[[R], T]) -> T:
    """Run ``write`` on a fresh copy of ``seen`` in one transaction, refusing a stale view."""

    def run() -> T:
        current = model.get_by_id(seen.id)
        if current.version != seen.version:
            raise conflict(current)
        return write(current)

    return write_transaction(run)


def log_step(application: Application, operator: Operator, move: workflow.Transition,
             started_at: dt.datetime | None, finished: dt.datetime, note: str) -> StepLog:
    """The Mutu Baku evidence of one step, and its audit event."""
    step = workflow.sop().step(move.step)
    entry = StepLog.create(application=application.id, step=move.step, outcome=move.outcome, operator=operator,
                           started_at=min(started_at or finished, finished), finished_at=finished,
                           standard_minutes=step.minutes, note=note)
    audit.record(operator, f"{move.step}:{move.outcome}", "application", application.id,
                 agenda=application.agenda_number, note=note)
    return entry


def take_step(operator: Operator, application: Application, step: str, outcome: str,
              write: Callable[[Application], str | None] | None = None, started_at: dt.datetime | None = None,
              note: str = "", changes: Mapping[str, object] | None = None) -> Application:
    """Take SOP ``step`` (a code) with ``outcome`` on the file as the operator saw it; the updated file.

    ``changes`` are application fields the step sets; ``write`` adds the use case's own rows
    once the step is claimed, and may return a line for the step log's note. Any error raised
    inside rolls everything back.
    """
    limits.fits(StepLog.note, note, "note")
    for name, value in (changes or {}).items():
        if isinstance(value, str):  # the reasons of a rejection, as the form names them
            limits.fits(Application._meta.fields[name], value, "reasons" if name == "decision_reasons" else name)

    def run(current: Application) -> Application:
        move = workflow.transition(current.current_step, step, outcome, current.decision)
        finished = now()
        claim(Application, application, operator,
              {**(changes or {}), "current_step": move.next_step, "state": move.state, "decision": move.decision,
               "step_entered_at": finished, "updated_at": finished},
              Application.current_step == step)
        extra = write(current) if write is not None else None
        log_step(current, operator, move, started_at, finished, "\n".join(filter(None, [note, extra])))
        return Application.get_by_id(current.id)

    return edit(Application, application, operator, run)
