"""Step 1 and the intake data: check the form, register the file, correct it until the account exists."""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import peewee

from ukpbj_desktop import audit, validation, workflow
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, ValidationError, WorkflowError
from ukpbj_desktop.formatting import format_datetime
from ukpbj_desktop.services import engine
from ukpbj_desktop.store import limits
from ukpbj_desktop.store.db import write_transaction
from ukpbj_desktop.store.models import Applicant, Application, CertificateType, Operator, now
from ukpbj_desktop.store.settings import get_setting

DEFAULT_AGENDA_PATTERN = "027/{seq:04d}/UKPBJ/{year}"
BACKDATE_GRACE = dt.timedelta(minutes=10)  # recorded later than this after receipt, a file needs a reason
FUTURE_GRACE = dt.timedelta(minutes=1)  # two PCs' clocks may differ a little
EARLIEST_RECEIPT = dt.datetime(2022, 1, 7)  # the day the SOP was approved: no file of it came in before


@dataclass
class ApplicantInput:
    nip: str
    name: str
    position: str = ""
    work_unit: str = ""
    rank: str = ""
    nik: str = ""
    agency: str = ""
    email: str = ""
    phone: str = ""
    mobile: str = ""
    address: str = ""


@dataclass
class ApplicationInput:
    applicant: ApplicantInput
    delivery_mode: str = "in_person"
    courier_name: str = ""
    is_pa: bool = False
    sk_number: str = ""
    sk_date: dt.date | str | None = None  # as typed ("31-12-2026") until checked
    sk_valid_until: dt.date | str | None = None
    certificate_type: str | None = None
    certificate_number: str = ""
    received_at: dt.datetime | str | None = None  # None: now
    received_reason: str = ""  # why a file is recorded well after it came in


@dataclass
class Checked:
    """The result of validating a form: cleaned values, errors by field, warnings."""

    value: ApplicationInput
    errors: dict[str, ValidationError] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _field(errors: dict[str, ValidationError], name: str, fn: Callable[..., Any], *args: Any) -> Any:
    try:
        return fn(*args)
    except ValidationError as exc:
        errors[name] = ValidationError(exc.text, field=name, **exc.params)
        return args[0] if args else ""


def _moment(errors: dict[str, ValidationError], name: str, value: Any, parse: Callable[[str], Any]) -> Any:
    """A typed date or time parsed (its problem kept under ``name``); a value already parsed as it is."""
    return _field(errors, name, parse, value) if isinstance(value, str) else value


def _check_receipt(errors: dict[str, ValidationError], received: dt.datetime | None, reason: str,
                   at: dt.datetime) -> None:
    """A back-dated file: not in the future, not before the SOP, and with its reason when much earlier."""
    if not isinstance(received, dt.datetime):
        return
    if received > at + FUTURE_GRACE:
        errors["received_at"] = ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Waktu diterima tidak boleh setelah saat ini ({now})."),
            field="received_at", now=format_datetime(at))
    elif received < EARLIEST_RECEIPT:
        errors["received_at"] = ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Waktu diterima tidak boleh sebelum SOP berlaku ({date})."),
            field="received_at", date=format_datetime(EARLIEST_RECEIPT))
    elif received < at - BACKDATE_GRACE and not reason:
        errors["received_reason"] = ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Tuliskan mengapa berkas dicatat setelah diterima, mis. \"komputer "
                                            "mati\" atau \"diterima sebelum aplikasi dipakai\"."),
            field="received_reason")


def check_application_input(data: ApplicationInput, at: dt.datetime | None = None) -> Checked:
    """Validate every field at once so a form can show each problem next to its field (``at``: now)."""
    errors: dict[str, ValidationError] = {}
    warnings: list[str] = []
    a = data.applicant
    nip_check = _field(errors, "nip", validation.check_nip, a.nip)
    nip = nip_check.nip if isinstance(nip_check, validation.NipCheck) else a.nip
    if isinstance(nip_check, validation.NipCheck):
        warnings.extend(nip_check.warnings)

    def optional(name: str, fn: Callable[[str], Any], value: str) -> Any:
        return _field(errors, name, fn, value) if value.strip() else ""

    applicant = ApplicantInput(
        nip=nip,
        name=_field(errors, "name", validation.normalize_name, a.name),
        position=_field(errors, "position", validation.require, a.position,
                        QT_TRANSLATE_NOOP("Validation", "Jabatan")),
        work_unit=_field(errors, "work_unit", validation.require, a.work_unit,
                         QT_TRANSLATE_NOOP("Validation", "Satuan kerja")),
        rank=a.rank.strip(),
        nik=optional("nik", validation.normalize_nik, a.nik),
        agency=a.agency.strip(),
        email=_field(errors, "email", validation.normalize_email, a.email),
        phone=optional("phone", validation.normalize_phone, a.phone),
        mobile=optional("mobile", validation.normalize_phone, a.mobile),
        address=a.address.strip(),
    )
    if data.delivery_mode not in ("in_person", "courier"):
        errors["delivery_mode"] = ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Pilih cara penyampaian berkas."), field="delivery_mode")
    sk_number = optional("sk_number", lambda v: validation.normalize_letter_number(
        v, QT_TRANSLATE_NOOP("Validation", "Nomor SK")), data.sk_number)
    cert_number = optional("certificate_number", lambda v: validation.normalize_letter_number(
        v, QT_TRANSLATE_NOOP("Validation", "Nomor sertifikat")), data.certificate_number)
    if data.certificate_type and validation.storable(data.certificate_type) and not CertificateType.select().where(
            CertificateType.code == data.certificate_type).exists():
        errors["certificate_type"] = ValidationError(  # a code from outside the list, never a foreign-key error
            QT_TRANSLATE_NOOP("Validation", "Jenis sertifikat \"{code}\" tidak dikenal; pilih dari daftar."),
            field="certificate_type", code=data.certificate_type)
    sk_date = _moment(errors, "sk_date", data.sk_date, validation.parse_date)
    sk_valid_until = _moment(errors, "sk_valid_until", data.sk_valid_until, validation.parse_date)
    if (isinstance(sk_date, dt.date) and isinstance(sk_valid_until, dt.date) and sk_valid_until < sk_date
            and "sk_valid_until" not in errors):
        errors["sk_valid_until"] = ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Masa berlaku SK berakhir sebelum tanggal SK."), field="sk_valid_until")
    received = _moment(errors, "received_at", data.received_at, validation.parse_datetime)
    reason = " ".join(data.received_reason.split())
    _check_receipt(errors, received, reason, at or now())
    cleaned = replace(data, applicant=applicant, sk_number=sk_number, certificate_number=cert_number,
                      courier_name=data.courier_name.strip(), sk_date=sk_date, sk_valid_until=sk_valid_until,
                      received_at=received, received_reason=reason)
    _check_storable(errors, data, cleaned)
    return Checked(cleaned, errors, warnings)


def _check_storable(errors: dict[str, ValidationError], typed: ApplicationInput, cleaned: ApplicationInput) -> None:
    """Each text as typed free of control and broken characters (that message wins: any other would quote
    the broken character), and as it would be stored within its column's length."""
    for name, value in (*vars(typed.applicant).items(), *vars(typed).items()):
        if isinstance(value, str) and not validation.storable(value):
            errors[name] = ValidationError(validation.UNSTORABLE_MESSAGE, field=name)
    columns = {**Application._meta.fields, **Applicant._meta.fields}
    for name, value in (*vars(cleaned.applicant).items(), *vars(cleaned).items()):
        if isinstance(value, str) and name not in errors:
            most = limits.REASON_LIMIT if name == "received_reason" else limits.limit(columns[name])
            _field(errors, name, limits.checked_text, value, most, name)


def _raise_first(checked: Checked) -> ApplicationInput:
    if checked.errors:
        raise next(iter(checked.errors.values()))
    return checked.value


def ensure_admin() -> Operator:
    """Until login exists the app acts as an administrator created on first run."""
    admin = Operator.select().where(Operator.role == "admin").order_by(Operator.id).get_or_none()
    if admin:
        return admin
    return write_transaction(lambda: Operator.create(username="admin", full_name="Administrator", role="admin"))


def next_agenda_number(year: int) -> tuple[int, str]:
    last = Application.select(peewee.fn.MAX(Application.seq)).where(Application.year == year).scalar() or 0
    pattern = get_setting("agenda_pattern", DEFAULT_AGENDA_PATTERN)
    seq = last + 1
    return seq, pattern.format(seq=seq, year=year)


def open_application_for(nip: str) -> Application | None:
    """An application of this NIP that is not archived yet, if any."""
    return (Application.select().join(Applicant)
            .where((Applicant.nip == nip) & (Application.state != workflow.ARCHIVED)).get_or_none())


def find_applicant(nip_text: str) -> Applicant | None:
    try:
        nip = validation.normalize_nip(nip_text)
    except ValidationError:
        return None
    return Applicant.get_or_none(Applicant.nip == nip)


def _save_applicant(values: ApplicantInput) -> Applicant:
    data = dict(vars(values))
    applicant = Applicant.get_or_none(Applicant.nip == values.nip)
    if applicant is None:
        return Applicant.create(**data)
    for key, value in data.items():
        setattr(applicant, key, value)
    applicant.updated_at = now()
    applicant.save()
    return applicant


def _application_fields(values: ApplicationInput) -> dict[str, Any]:
    return dict(delivery_mode=values.delivery_mode, courier_name=values.courier_name, is_pa=values.is_pa,
                sk_number=values.sk_number, sk_date=values.sk_date, sk_valid_until=values.sk_valid_until,
                certificate_type=values.certificate_type or None, certificate_number=values.certificate_number)


def _refuse_second_open(nip: str, current: Application | None = None) -> None:
    existing = open_application_for(nip)
    if existing is not None and (current is None or existing.id != current.id):
        raise WorkflowError(
            QT_TRANSLATE_NOOP("Workflow", "NIP ini masih punya permohonan yang belum selesai: {agenda}. "
                                          "Lanjutkan permohonan itu, jangan membuat yang baru."),
            field="nip", agenda=existing.agenda_number)


def submit(operator: Operator, data: ApplicationInput, started_at: dt.datetime | None = None) -> Application:
    """The SOP's first step: the hardcopy file arrives, gets an agenda number and waits for the next step.

    A file recorded well after it came in keeps the time it came in (``received_at``), since the time
    standard runs from then, and the reason goes into the step log and the audit."""
    values = _raise_first(check_application_input(data))

    def write() -> Application:
        _refuse_second_open(values.applicant.nip)
        recorded = now()
        received = values.received_at if isinstance(values.received_at, dt.datetime) else recorded
        seq, agenda = next_agenda_number(received.year)
        applicant = _save_applicant(values.applicant)
        move = workflow.register_transition()
        app = Application.create(agenda_number=agenda, year=received.year, seq=seq, applicant=applicant,
                                 received_at=received, step_entered_at=received, created_by=operator,
                                 updated_by=operator, current_step=move.next_step, state=move.state,
                                 decision=move.decision, **_application_fields(values))
        note = ""
        if received < recorded - BACKDATE_GRACE or values.received_reason:
            note = (f"Diterima {format_datetime(received)}, dicatat {format_datetime(recorded)}: "
                    f"{values.received_reason}")
            audit.record(operator, "backdate", "application", app.id, agenda=agenda, received_at=received,
                         recorded_at=recorded, reason=values.received_reason)
        engine.log_step(app, operator, move, min(started_at or received, received), recorded, note)
        return Application.get_by_id(app.id)

    return write_transaction(write)


def correction_refusal(application: Application) -> WorkflowError | None:
    """Why the intake data may no longer be corrected, or None while they may (until the account exists)."""
    if application.decision == "accepted" or application.accounts.exists():
        return WorkflowError(QT_TRANSLATE_NOOP("Workflow", "Akun SPSE permohonan {agenda} sudah dibuat, jadi datanya "
                                                           "tidak bisa diubah lagi di sini."),
                             agenda=application.agenda_number)
    if application.decision or application.current_step is None:
        return WorkflowError(QT_TRANSLATE_NOOP("Workflow", "Permohonan {agenda} sudah ditolak atau diarsipkan, jadi "
                                                           "datanya tidak bisa diubah lagi."),
                             agenda=application.agenda_number)
    return None


_CORRECTABLE_APPLICANT = tuple(f.name for f in dataclasses.fields(ApplicantInput))


def _snapshot(app: Application) -> dict[str, object]:
    """The values a correction may change, by field name, for the audit's before and after."""
    values: dict[str, object] = {name: getattr(app.applicant, name) for name in _CORRECTABLE_APPLICANT}
    values.update({name: getattr(app, name) for name in ("delivery_mode", "courier_name", "is_pa", "sk_number",
                                                           "sk_date", "sk_valid_until", "certificate_number")})
    values["certificate_type"] = app.certificate_type_id
    return values


def _keep_what_the_checklist_used(current: Application, values: ApplicationInput) -> None:
    """Once the documents were checked, whether a PA applies and how the file came decide what was checked."""
    if current.checklist.exists() and (values.is_pa, values.delivery_mode) != (current.is_pa, current.delivery_mode):
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Status PA dan cara penyampaian menentukan dokumen yang "
                                                              "sudah diperiksa pada pemeriksaan kelengkapan, jadi "
                                                              "tidak bisa diubah lagi."), field="delivery_mode")


def update_application(operator: Operator, app: Application, data: ApplicationInput) -> Application:
    """Correct the intake data (a typo found at the validity check), allowed until the account is created.

    The audit event keeps each changed field's old and new value."""
    values = _raise_first(check_application_input(replace(data, received_at=None)))

    def write(current: Application) -> Application:
        refusal = correction_refusal(current)
        if refusal is not None:
            raise refusal
        if values.applicant.nip != current.applicant.nip:
            _refuse_second_open(values.applicant.nip, current)
        _keep_what_the_checklist_used(current, values)
        before = _snapshot(current)
        applicant = _save_applicant(values.applicant)
        engine.claim(Application, app, operator, {"applicant": applicant, **_application_fields(values)})
        updated = Application.get_by_id(current.id)
        after = _snapshot(updated)
        changes = {name: [before[name], after[name]] for name in before if before[name] != after[name]}
        audit.record(operator, "update", "application", current.id, agenda=current.agenda_number, changes=changes)
        return updated

    return engine.edit(Application, app, operator, write)


def certificate_types() -> list[CertificateType]:
    return list(CertificateType.select().where(CertificateType.active).order_by(CertificateType.name))
