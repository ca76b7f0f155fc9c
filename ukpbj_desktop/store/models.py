"""Peewee models and nothing else: the records the SOP produces.

The applicant mirrors SPSE's staff record (table ``pegawai``) so the validity check can
lay the data out as SPSE asks for it. No model ever holds an initial password.

Each model declares its ``id`` and annotates what peewee adds at run time (``<foreign key>_id``
and backrefs), so type checks see the attributes the code reads.
"""
from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

import peewee as pw

from ukpbj_desktop.store.db import database, is_sqlite

EPOCH = dt.datetime(1970, 1, 1)


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Moment(pw.DateTimeField):
    """An office wall-clock time to the second.

    SQLite keeps it as whole seconds since 1970-01-01, the naive time counted as if it were UTC, so
    the number means the same on a PC in any time zone and ``datetime(x, 'unixepoch')`` reads it back.
    An integer takes 4 to 6 bytes where ISO text takes 19: 56 MB of 299 on 100,000 applications, in the
    tables and in the indexes that sort by time. PostgreSQL keeps its own 8-byte timestamp.
    """

    def db_value(self, value: Any) -> Any:
        value = super().db_value(value)  # type: ignore[no-untyped-call]  # untyped in the stubs; parses ISO text
        if isinstance(value, dt.date) and is_sqlite(self.model._meta.database):
            return calendar.timegm(value.timetuple())
        return value

    def python_value(self, value: Any) -> Any:
        if isinstance(value, int):
            return EPOCH + dt.timedelta(seconds=value)
        return super().python_value(value)  # type: ignore[no-untyped-call]  # untyped in the stubs


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class Setting(BaseModel):
    """Office settings (letterhead, agenda pattern, SPSE address...) as key/value text."""

    key = pw.CharField(primary_key=True, max_length=64)
    value = pw.TextField()


class Operator(BaseModel):
    """An office staff member who uses the app. Passwords arrive with login (scrypt hash)."""

    id = pw.AutoField()
    username = pw.CharField(unique=True, max_length=40)
    full_name = pw.CharField(max_length=120)
    nip = pw.CharField(max_length=18, default="")
    role = pw.CharField(max_length=20, default="operator")  # admin | operator | supervisor
    password_hash = pw.CharField(max_length=255, null=True)
    active = pw.BooleanField(default=True)
    created_at = Moment(default=now)


class CertificateType(BaseModel):
    code = pw.CharField(primary_key=True, max_length=20)
    name = pw.CharField(max_length=120)
    note = pw.CharField(max_length=200, default="")
    active = pw.BooleanField(default=True)


class Applicant(BaseModel):
    """The PPK as SPSE's staff record knows them; the latest known data wins."""

    id = pw.AutoField()
    nip = pw.CharField(unique=True, max_length=18)
    nik = pw.CharField(max_length=16, default="")
    name = pw.CharField(max_length=120)
    position = pw.CharField(max_length=200, default="")  # jabatan
    rank = pw.CharField(max_length=60, default="")  # pangkat/golongan
    work_unit = pw.CharField(max_length=200, index=True)  # satuan kerja / OPD
    agency = pw.CharField(max_length=200, default="")  # instansi
    email = pw.CharField(max_length=120, default="")
    phone = pw.CharField(max_length=20, default="")
    mobile = pw.CharField(max_length=20, default="")
    address = pw.TextField(default="")
    created_at = Moment(default=now)
    updated_at = Moment(default=now)
    applications: pw.ModelSelect[Application]


class Application(BaseModel):
    """One permohonan: the hardcopy file carried through the SOP.

    SK and certificate data belong to the application, not the person: a PPK brings a new
    SK each budget year and the file must show what was checked at the time.
    """

    id = pw.AutoField()
    agenda_number = pw.CharField(unique=True, max_length=60)
    year = pw.IntegerField()
    seq = pw.IntegerField()
    applicant = pw.ForeignKeyField(Applicant, backref="applications", on_delete="RESTRICT")
    applicant_id: int
    received_at = Moment(default=now)
    delivery_mode = pw.CharField(max_length=20, default="in_person")  # in_person | courier
    courier_name = pw.CharField(max_length=120, default="")
    is_pa = pw.BooleanField(default=False)  # a PA doubling as PPK brings the SK Pelantikan
    sk_number = pw.CharField(max_length=100, default="")
    sk_date = pw.DateField(null=True)
    sk_valid_until = pw.DateField(null=True)
    certificate_type = pw.ForeignKeyField(CertificateType, null=True, on_delete="SET NULL", index=False)
    certificate_type_id: str | None
    certificate_number = pw.CharField(max_length=100, default="")
    current_step = pw.CharField(max_length=40, null=True)  # the sop.json code of the step awaiting action
    state = pw.CharField(max_length=20, default="open")  # see workflow.STATES
    step_entered_at = Moment(default=now)
    decision = pw.CharField(max_length=20, default="")  # "" | accepted | rejected
    decision_reasons = pw.TextField(default="")
    created_by = pw.ForeignKeyField(Operator, on_delete="RESTRICT", index=False)
    created_by_id: int
    updated_at = Moment(default=now)
    # Bumped by every write: a write lands only on the version its operator saw (services.engine).
    version = pw.IntegerField(default=1)
    updated_by = pw.ForeignKeyField(Operator, null=True, on_delete="RESTRICT", backref="+", index=False)
    updated_by_id: int | None
    checklist: pw.ModelSelect[ChecklistItem]
    steps: pw.ModelSelect[StepLog]
    accounts: pw.ModelSelect[SpseAccount]
    slips: pw.ModelSelect[SlipPrint]
    handovers: pw.ModelSelect[Handover]
    archive: pw.ModelSelect[ArchiveRecord]

    class Meta:
        indexes = (
            (("year", "seq"), True),
            (("state", "received_at"), False),
            (("current_step", "received_at"), False),
        )


class ChecklistItem(BaseModel):
    """One required document of an application, as last checked."""

    id = pw.AutoField()
    application = pw.ForeignKeyField(Application, backref="checklist", on_delete="CASCADE", index=False)
    application_id: int
    document_code = pw.CharField(max_length=40)
    present = pw.BooleanField(default=False)
    original_sighted = pw.BooleanField(null=True)  # only asked for the SK delivered in person
    note = pw.CharField(max_length=300, default="")
    checked_at = Moment(default=now)

    class Meta:
        indexes = ((("application", "document_code"), True),)


class StepLog(BaseModel):
    """Who did which SOP step when, and how long it took: the Mutu Baku evidence."""

    id = pw.AutoField()
    application = pw.ForeignKeyField(Application, backref="steps", on_delete="CASCADE")
    application_id: int
    step = pw.CharField(max_length=40)  # the sop.json step code
    outcome = pw.CharField(max_length=30, default="done")
    operator = pw.ForeignKeyField(Operator, on_delete="RESTRICT", index=False)
    operator_id: int
    started_at = Moment()
    finished_at = Moment()
    standard_minutes = pw.IntegerField(null=True)  # the time standard in force at the time
    note = pw.TextField(default="")

    class Meta:
        indexes = ((("step", "finished_at"), False),)


class SpseAccount(BaseModel):
    """The account created in SPSE: its user ID, never its password."""

    id = pw.AutoField()
    application = pw.ForeignKeyField(Application, unique=True, backref="accounts", on_delete="CASCADE")
    application_id: int
    user_id = pw.CharField(unique=True, max_length=30)
    created_at = Moment(default=now)
    created_by = pw.ForeignKeyField(Operator, on_delete="RESTRICT", index=False)
    created_by_id: int


class SlipPrint(BaseModel):
    """Each handover slip made; its verification code lets a paper slip be checked."""

    id = pw.AutoField()
    application = pw.ForeignKeyField(Application, backref="slips", on_delete="CASCADE")
    application_id: int
    verification_code = pw.CharField(unique=True, max_length=12)
    printed_at = Moment(default=now)
    printed_by = pw.ForeignKeyField(Operator, on_delete="RESTRICT", index=False)
    printed_by_id: int
    reprint = pw.BooleanField(default=False)


class Handover(BaseModel):
    """The PPK (or a proxy) received the slip."""

    id = pw.AutoField()
    application = pw.ForeignKeyField(Application, unique=True, backref="handovers", on_delete="CASCADE")
    application_id: int
    received_by = pw.CharField(max_length=120)
    by_proxy = pw.BooleanField(default=False)
    handed_at = Moment(default=now)
    operator = pw.ForeignKeyField(Operator, on_delete="RESTRICT", index=False)
    operator_id: int


class Classification(BaseModel):
    """Archive classification codes with their retention rule (editable by the office)."""

    code = pw.CharField(primary_key=True, max_length=20)
    name = pw.CharField(max_length=200)
    scheme = pw.CharField(max_length=60, default="")
    active_years = pw.IntegerField(null=True)
    inactive_years = pw.IntegerField(null=True)
    disposition = pw.CharField(max_length=20, default="")  # musnah | permanen | dinilai kembali
    note = pw.CharField(max_length=200, default="")


class ArchiveRecord(BaseModel):
    """A filed application, as a line of the Daftar Arsip."""

    id = pw.AutoField()
    application = pw.ForeignKeyField(Application, unique=True, backref="archive", on_delete="RESTRICT")
    application_id: int
    archive_number = pw.CharField(unique=True, max_length=60)
    classification = pw.ForeignKeyField(Classification, on_delete="RESTRICT")
    classification_id: str
    description = pw.TextField()
    period = pw.CharField(max_length=40, index=True)  # kurun waktu
    quantity = pw.IntegerField(default=1)
    media = pw.CharField(max_length=40, default="kertas")
    development_level = pw.CharField(max_length=20, default="asli")  # asli | salinan
    folder_no = pw.CharField(max_length=20, default="")
    box_no = pw.CharField(max_length=20, default="", index=True)
    room = pw.CharField(max_length=60, default="", index=True)
    rack = pw.CharField(max_length=60, default="")
    shelf = pw.CharField(max_length=60, default="")
    active_years = pw.IntegerField(null=True)
    inactive_years = pw.IntegerField(null=True)
    # The years the retention periods end (counted from the year of archiving), stored so
    # "whose retention ends this year" is an indexed lookup; services keep them in step.
    active_until = pw.IntegerField(null=True, index=True)
    inactive_until = pw.IntegerField(null=True, index=True)
    disposition = pw.CharField(max_length=20, default="", index=True)
    archived_at = Moment(default=now, index=True)
    archived_by = pw.ForeignKeyField(Operator, on_delete="RESTRICT", index=False)
    archived_by_id: int
    version = pw.IntegerField(default=1)  # as Application.version
    updated_at = Moment(null=True)
    updated_by = pw.ForeignKeyField(Operator, null=True, on_delete="RESTRICT", backref="+", index=False)
    updated_by_id: int | None
    scans: pw.ModelSelect[Scan]


class Scan(BaseModel):
    """A scanned page set stored under its SHA-256 in the data folder."""

    id = pw.AutoField()
    archive = pw.ForeignKeyField(ArchiveRecord, backref="scans", on_delete="CASCADE")
    archive_id: int
    sha256 = pw.CharField(max_length=64, index=True)
    filename = pw.CharField(max_length=255)
    size = pw.IntegerField()
    added_at = Moment(default=now)

    class Meta:
        indexes = ((("archive", "sha256"), True),)  # the same content is attached to a record once


class AuditEvent(BaseModel):
    """Every change, chained by hash so a later edit of the trail shows."""

    id = pw.AutoField()
    at = Moment(default=now, index=True)
    operator = pw.ForeignKeyField(Operator, null=True, on_delete="RESTRICT")
    operator_id: int | None
    action = pw.CharField(max_length=40)
    entity = pw.CharField(max_length=40)
    entity_id = pw.IntegerField(null=True)
    data = pw.TextField(default="{}")
    prev_hash = pw.CharField(max_length=64, default="")
    hash = pw.CharField(max_length=64)


ALL_MODELS = (
    Setting, Operator, CertificateType, Applicant, Application, ChecklistItem, StepLog,
    SpseAccount, SlipPrint, Handover, Classification, ArchiveRecord, Scan, AuditEvent,
)
