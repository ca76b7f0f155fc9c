"""The archiving step and corrections to filed records (the Daftar Arsip's lines)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ukpbj_desktop import audit, validation
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from ukpbj_desktop.queries import archive as archive_query
from ukpbj_desktop.services import engine
from ukpbj_desktop.services.engine import take_step
from ukpbj_desktop.store import limits
from ukpbj_desktop.store.models import Application, ArchiveRecord, Classification, Operator, now
from ukpbj_desktop.store.settings import get_setting

ARCHIVE = "archive"
DEFAULT_CLASSIFICATION = "000.3.5"  # Permendagri 83/2022: database of the procurement system's users


@dataclass
class ArchiveInput:
    classification: str
    description: str
    period: str
    quantity: int = 1
    media: str = "kertas"
    development_level: str = "asli"
    folder_no: str = ""
    box_no: str = ""
    room: str = ""
    rack: str = ""
    shelf: str = ""
    active_years: int | None = None
    inactive_years: int | None = None
    disposition: str = ""
    archive_number: str = ""

    @property
    def placed(self) -> bool:
        """Whether it says where the paper file is kept: a box, room, rack or shelf (``archive_query.PLACE_FIELDS``)."""
        return any(value.strip() for value in (self.box_no, self.room, self.rack, self.shelf))


DEFAULT_ARCHIVE_PATTERN = "ARS/{year}/{seq:05d}"


def next_archive_number(year: int) -> str:
    archived = ArchiveRecord.archived_at
    count = (ArchiveRecord.select()
             .where((archived >= dt.datetime(year, 1, 1)) & (archived < dt.datetime(year + 1, 1, 1))).count())
    pattern = get_setting("archive_pattern", DEFAULT_ARCHIVE_PATTERN)
    seq = count + 1
    while True:
        number = pattern.format(seq=seq, year=year)
        if not ArchiveRecord.select().where(ArchiveRecord.archive_number == number).exists():
            return number
        seq += 1


def retention_until(archived_at: dt.datetime, active_years: int | None,
                    inactive_years: int | None) -> tuple[int | None, int | None]:
    """The years the active and inactive retention end, counted from the year the file was archived."""
    active = archived_at.year + active_years if active_years is not None else None
    inactive = active + inactive_years if active is not None and inactive_years is not None else None
    return active, inactive


def _archive_fields(data: ArchiveInput) -> dict[str, Any]:
    """The checked filing data; retention and disposition left open follow the classification."""
    classification = Classification.get_or_none(Classification.code == data.classification)
    if classification is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Pilih kode klasifikasi arsip."), field="classification")
    description = validation.require(data.description, QT_TRANSLATE_NOOP("Validation", "Uraian"), field="description")
    period = validation.require(data.period, QT_TRANSLATE_NOOP("Validation", "Kurun waktu"), field="period")
    if data.quantity < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Jumlah berkas minimal 1."), field="quantity")
    fields = dict(
        classification=classification.code, description=description, period=period, quantity=data.quantity,
        media=data.media.strip(), development_level=data.development_level, folder_no=data.folder_no.strip(),
        box_no=data.box_no.strip(), room=data.room.strip(), rack=data.rack.strip(), shelf=data.shelf.strip(),
        active_years=data.active_years if data.active_years is not None else classification.active_years,
        inactive_years=data.inactive_years if data.inactive_years is not None else classification.inactive_years,
        disposition=data.disposition or classification.disposition)
    for name, value in fields.items():
        if isinstance(value, str):
            limits.fits(ArchiveRecord._meta.fields[name], value)
    return fields


def _check_archive_number(number: str, record_id: int | None = None) -> str:
    """``number`` when no other archive record has it (call inside the write transaction)."""
    taken = ArchiveRecord.select().where(ArchiveRecord.archive_number == number)
    if record_id is not None:
        taken = taken.where(ArchiveRecord.id != record_id)
    if taken.exists():
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Nomor arsip {number} sudah dipakai berkas lain."),
                              field="archive_number", number=number)
    return number


def _with_retention_ends(fields: dict[str, Any], archived_at: dt.datetime) -> dict[str, Any]:
    active, inactive = retention_until(archived_at, fields["active_years"], fields["inactive_years"])
    return {**fields, "active_until": active, "inactive_until": inactive}


def archive_defaults(application: Application) -> ArchiveInput:
    """What the archiving form starts with: the office's default code, an Indonesian description
    (the Daftar Arsip is an official document), the years the file was open, and the place the
    previous file went."""
    person = application.applicant
    description = f"Berkas permohonan akun PPK SPSE a.n. {person.name}, {person.work_unit}"
    if application.decision == "rejected":
        description += " (ditolak)"
    start, end = application.received_at.year, now().year
    period = str(start) if start >= end else f"{start}-{end}"
    rule = Classification.get_or_none(Classification.code == DEFAULT_CLASSIFICATION)
    defaults = ArchiveInput(classification=rule.code if rule else "", description=description, period=period,
                            archive_number=next_archive_number(now().year))
    last = archive_query.last_filed()
    if last is not None:
        defaults.box_no, defaults.room, defaults.rack, defaults.shelf = last.box_no, last.room, last.rack, last.shelf
        defaults.media = last.media
    return defaults


def archive(operator: Operator, app: Application, data: ArchiveInput,
            started_at: dt.datetime | None = None) -> Application:
    """File the application by the archiving SOP; it is closed."""
    fields = _archive_fields(data)

    def write(current: Application) -> str:
        archived_at = now()
        number = _check_archive_number(data.archive_number.strip() or next_archive_number(archived_at.year))
        ArchiveRecord.create(application=current.id, archive_number=number, archived_at=archived_at,
                             archived_by=operator, **_with_retention_ends(fields, archived_at))
        return f"Nomor arsip: {number}"

    return take_step(operator, app, ARCHIVE, "archived", write, started_at)


def update_archive(operator: Operator, record: ArchiveRecord, data: ArchiveInput) -> ArchiveRecord:
    """Correct a filed record (a box moved, a typo); a blank archive number keeps the current one.

    Retention end years are recomputed from the (possibly new) rules; the audit event lists
    each changed field with its old and new value. Nothing changed, nothing written. Like a
    step, the write lands only on the version of the record its operator saw.
    """
    fields = _archive_fields(data)

    def write(current: ArchiveRecord) -> ArchiveRecord:
        number = _check_archive_number(data.archive_number.strip() or current.archive_number, current.id)
        values = _with_retention_ends({**fields, "archive_number": number}, current.archived_at)
        changes = {name: [current.__data__.get(name), value] for name, value in values.items()
                   if current.__data__.get(name) != value}
        if changes:
            engine.claim(ArchiveRecord, record, operator, values)
            audit.record(operator, "archive_update", "archive_record", current.id, archive_number=number,
                         changes=changes)
        return ArchiveRecord.get_by_id(current.id)

    return engine.edit(ArchiveRecord, record, operator, write)
