"""The audit trail: every change as an event chained to the one before by SHA-256.

Editing or deleting an old event breaks the chain from there on, which ``verify_chain``
reports; the trail is written inside the same transaction as the change it records.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Mapping

import peewee as pw

from ukpbj_desktop.store.models import AuditEvent, Operator, now


def _digest(prev_hash: str, at: dt.datetime, operator_id: int | None, action: str, entity: str,
            entity_id: int | None, data: str) -> str:
    payload = json.dumps([prev_hash, at.isoformat(), operator_id, action, entity, entity_id, data],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(operator: Operator | None, action: str, entity: str, entity_id: int | None, **data: object) -> AuditEvent:
    """Append one event; call inside the write transaction of the change."""
    last = AuditEvent.select(AuditEvent.hash).order_by(AuditEvent.id.desc()).first()
    prev_hash = last.hash if last else ""
    at = now()
    body = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    operator_id = operator.id if operator else None
    return AuditEvent.create(
        at=at, operator=operator_id, action=action, entity=entity, entity_id=entity_id, data=body,
        prev_hash=prev_hash, hash=_digest(prev_hash, at, operator_id, action, entity, entity_id, body),
    )


def state(record: pw.Model) -> dict[str, object]:
    """A record's stored values by field name (a foreign key as its id): what its audit event keeps."""
    return {name: record.__data__.get(name) for name in record._meta.sorted_field_names}


def track(operator: Operator | None, action: str, row: pw.Model,
          before: Mapping[str, object] | None = None, **data: object) -> AuditEvent:
    """Append the event of an insert, update or delete of ``row``: its old and new values.

    ``before`` is ``state(record)`` as read before the change (None for an insert); after a delete
    pass the deleted record with ``action="delete"``, and its values are kept as the old ones."""
    key = row.get_id()
    after = None if action == "delete" else state(row)
    old = state(row) if action == "delete" else (dict(before) if before is not None else None)
    return record(operator, action, row._meta.table_name, key if isinstance(key, int) else None,
                  key=None if isinstance(key, int) else key, old=old, new=after, **data)


def verify_chain() -> int | None:
    """The id of the first event that does not match the chain, or None when intact."""
    prev_hash = ""
    events: Iterator[AuditEvent] = AuditEvent.select().order_by(AuditEvent.id).iterator()  # untyped in peewee
    for event in events:
        expected = _digest(prev_hash, event.at, event.operator_id, event.action, event.entity,
                           event.entity_id, event.data)
        if event.prev_hash != prev_hash or event.hash != expected:
            return event.id
        prev_hash = event.hash
    return None
