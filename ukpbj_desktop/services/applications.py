"""Step 1 and the intake data: check the form, register the file, correct it before the check."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import peewee

from ukpbj_desktop import audit, validation, workflow
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, ValidationError, WorkflowError
from ukpbj_desktop.services import engine
from ukpbj_desktop.store.db import write_transaction
from ukpbj_desktop.store.models import Applicant, Application, CertificateType, Operator, Setting, StepLog, now
from ukpbj_desktop.store.settings import get_setting

DEFAULT_AGENDA_PATTERN = "027/{seq:04d}/UKPBJ/{year}"
CHECK_COMPLETENESS = "check_completeness"  # intake data may be corrected until this step is recorded


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
    sk_date: dt.date | None = None
    sk_valid_until: dt.date | None = None
    certificate_type: str | None = None
    certificate_number: str = ""
    received_at: dt.datetime | None = None


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


def check_application_input(data: ApplicationInput) -> Checked:
    """Validate every field at once so a form can show each problem next to its field."""
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
    if data.sk_date and data.sk_valid_until and data.sk_valid_until < data.sk_date:
        errors["sk_valid_until"] = ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Masa berlaku SK berakhir sebelum tanggal SK."), field="sk_valid_until")
    cleaned = replace(data, applicant=applicant, sk_number=sk_number, certificate_number=cert_number,
                      courier_name=data.courier_name.strip())
    return Checked(cleaned, errors, warnings)


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


def submit(operator: Operator, data: ApplicationInput,
                         started_at: dt.datetime | None = None) -> Application:
    """The SOP's first step: the hardcopy file arrives, gets an agenda number and waits for the next step."""
    values = _raise_first(check_application_input(data))

    def write() -> Application:
        _refuse_second_open(values.applicant.nip)
        received = values.received_at or now()
        seq, agenda = next_agenda_number(received.year)
        applicant = _save_applicant(values.applicant)
        move = workflow.register_transition()
        app = Application.create(agenda_number=agenda, year=received.year, seq=seq, applicant=applicant,
                                 received_at=received, created_by=operator, updated_by=operator,
                                 current_step=move.next_step, state=move.state, decision=move.decision,
                                 **_application_fields(values))
        engine.log_step(app, operator, move, started_at or received, now(), "")
        return Application.get_by_id(app.id)

    return write_transaction(write)


def intake_editable(application: Application) -> bool:
    """The intake data may be corrected until the completeness check has been recorded."""
    checked = StepLog.select().where((StepLog.application == application.id)
                                     & (StepLog.step == CHECK_COMPLETENESS)).exists()
    return not checked and application.current_step == CHECK_COMPLETENESS


def update_application(operator: Operator, app: Application, data: ApplicationInput) -> Application:
    """Correct the intake data, allowed only until the completeness check has been recorded."""
    values = _raise_first(check_application_input(data))

    def write(current: Application) -> Application:
        if not intake_editable(current):
            raise WorkflowError(QT_TRANSLATE_NOOP("Workflow", "Data permohonan hanya bisa diubah sebelum "
                                                              "kelengkapan berkas diperiksa."))
        if values.applicant.nip != current.applicant.nip:
            _refuse_second_open(values.applicant.nip, current)
        applicant = _save_applicant(values.applicant)
        engine.claim(Application, app, operator, {"applicant": applicant, **_application_fields(values)})
        audit.record(operator, "update", "application", current.id, agenda=current.agenda_number)
        return Application.get_by_id(current.id)

    return engine.edit(Application, app, operator, write)


def certificate_types() -> list[CertificateType]:
    return list(CertificateType.select().where(CertificateType.active).order_by(CertificateType.name))


def settings_snapshot() -> dict[str, str]:
    return {s.key: s.value for s in Setting.select()}
