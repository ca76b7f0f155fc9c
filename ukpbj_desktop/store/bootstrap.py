"""Open the office database ready for work: connect, migrate, seed reference data."""
from __future__ import annotations

import json

import peewee

from ukpbj_desktop.config import database_url, resources_dir
from ukpbj_desktop.queries.register import ensure_step_order_index
from ukpbj_desktop.services import ensure_admin
from ukpbj_desktop.store import migrations
from ukpbj_desktop.store.db import database, open_database, require_existing, storage_error
from ukpbj_desktop.store.models import CertificateType, Classification, Operator


def _seed_reference() -> None:
    """Fill the editable reference tables once, from ``resources/``; never overwrite edits."""
    if not CertificateType.select().exists():
        data = json.loads((resources_dir() / "certificates.json").read_text(encoding="utf-8"))
        for item in data["types"]:
            CertificateType.create(code=item["code"], name=item["name"], note=item.get("note", ""))
    if not Classification.select().exists():
        data = json.loads((resources_dir() / "classification.json").read_text(encoding="utf-8"))
        for item in data["codes"]:
            Classification.create(code=item["code"], name=item["name"], scheme=item.get("scheme", ""),
                                  active_years=item.get("active_years"), inactive_years=item.get("inactive_years"),
                                  disposition=item.get("disposition", ""), note=item.get("active_note", ""))


def open_store(target: str | None = None, create: bool = True) -> Operator:
    """Open ``target`` (path or URL; default from config), bring it up to date, return the acting operator.

    With ``create`` False a missing file is refused (StorageError) instead of started as a new register."""
    location = database_url(target)
    if not create:
        require_existing(location)
    db = open_database(location)
    try:
        migrations.migrate(db)
        ensure_step_order_index()
        with database.atomic():
            _seed_reference()
        return ensure_admin()
    except peewee.DatabaseError as exc:  # locked by another process past the busy timeout, damaged, disk full
        db.close()
        raise storage_error(exc) from exc
