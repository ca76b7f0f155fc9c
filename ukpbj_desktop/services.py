"""One function per SOP use case: validate, move through the workflow, write once.

Every function takes the acting operator, checks the move with ``workflow.transition``
before touching anything, writes the change, the step log and the audit event in one
transaction, and returns the updated application. Nothing here imports Qt.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

import peewee

from ukpbj_desktop import audit, validation, workflow
from ukpbj_desktop.credentials import normalize_user_id
from ukpbj_desktop.store.db import write_transaction
from ukpbj_desktop.required_documents import CheckedDocument, missing_documents, required_documents
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, ValidationError, WorkflowError
from ukpbj_desktop.store.models import (Applicant, Application, ArchiveRecord, CertificateType, ChecklistItem, Classification, Handover, Operator, Setting, SlipPrint, SpseAccount, StepLog, now)
from ukpbj_desktop.store.settings import get_setting

DEFAULT_AGENDA_PATTERN = "027/{seq:04d}/UKPBJ/{year}"


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


def _field(errors: dict, name: str, fn, *args):
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

    def optional(name, fn, value):
        return _field(errors, name, fn, value) if value.strip() else ""

    applicant = ApplicantInput(
        nip=nip,
        name=_field(errors, "name", validation.normalize_name, a.name),
        position=_field(errors, "position", validation.require, a.position, "Jabatan"),
        work_unit=_field(errors, "work_unit", validation.require, a.work_unit, "Satuan kerja"),
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
    sk_number = optional("sk_number", lambda v: validation.normalize_letter_number(v, "Nomor SK"), data.sk_number)
    cert_number = optional("certificate_number",
                           lambda v: validation.normalize_letter_number(v, "Nomor sertifikat"),
                           data.certificate_number)
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


def _log(app: Application, operator: Operator, transition: workflow.Transition,
         started_at: dt.datetime | None, note: str = "") -> StepLog:
    finished = now()
    started = min(started_at or finished, finished)
    step = workflow.sop().step(transition.step)
    entry = StepLog.create(application=app, step=transition.step, outcome=transition.outcome, operator=operator,
                           started_at=started, finished_at=finished, standard_minutes=step.minutes, note=note)
    app.current_step = transition.next_step
    app.state = transition.state
    app.decision = transition.decision
    app.step_entered_at = finished
    app.updated_at = finished
    app.save()
    audit.record(operator, f"step{transition.step}:{transition.outcome}", "application", app.id,
                 agenda=app.agenda_number, note=note)
    return entry


def _reload(app: Application) -> Application:
    return Application.get_by_id(app.id)


def _move(app: Application, step: int, outcome: str) -> workflow.Transition:
    current = Application.get_by_id(app.id)
    return workflow.transition(current.current_step, step, outcome, current.decision)


def ensure_admin() -> Operator:
    """Until login exists the app acts as an administrator created on first run."""
    admin = Operator.select().where(Operator.role == "admin").order_by(Operator.id).first()
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
            .where((Applicant.nip == nip) & (Application.state != workflow.ARCHIVED)).first())


def find_applicant(nip_text: str) -> Applicant | None:
    try:
        nip = validation.normalize_nip(nip_text)
    except ValidationError:
        return None
    return Applicant.get_or_none(Applicant.nip == nip)


def _save_applicant(values: ApplicantInput) -> Applicant:
    data = {k: v for k, v in vars(values).items()}
    applicant = Applicant.get_or_none(Applicant.nip == values.nip)
    if applicant is None:
        return Applicant.create(**data)
    for key, value in data.items():
        setattr(applicant, key, value)
    applicant.updated_at = now()
    applicant.save()
    return applicant


def _application_fields(values: ApplicationInput) -> dict:
    return dict(delivery_mode=values.delivery_mode, courier_name=values.courier_name, is_pa=values.is_pa,
                sk_number=values.sk_number, sk_date=values.sk_date, sk_valid_until=values.sk_valid_until,
                certificate_type=values.certificate_type or None, certificate_number=values.certificate_number)


def register_application(operator: Operator, data: ApplicationInput,
                         started_at: dt.datetime | None = None) -> Application:
    """Step 1: the hardcopy file arrives; it gets an agenda number and waits for step 2."""
    values = _raise_first(check_application_input(data))

    def write():
        existing = open_application_for(values.applicant.nip)
        if existing:
            raise WorkflowError(
                QT_TRANSLATE_NOOP("Workflow", "NIP ini masih punya permohonan yang belum selesai: {agenda}. "
                                              "Lanjutkan permohonan itu, jangan membuat yang baru."),
                field="nip", agenda=existing.agenda_number)
        received = values.received_at or now()
        seq, agenda = next_agenda_number(received.year)
        applicant = _save_applicant(values.applicant)
        app = Application.create(agenda_number=agenda, year=received.year, seq=seq, applicant=applicant,
                                 received_at=received, created_by=operator, current_step=1,
                                 **_application_fields(values))
        _log(app, operator, workflow.register_transition(), started_at or received)
        return _reload(app)

    return write_transaction(write)


def update_application(operator: Operator, app: Application, data: ApplicationInput) -> Application:
    """Correct the intake data, allowed only until the completeness check has been recorded."""
    values = _raise_first(check_application_input(data))

    def write():
        current = _reload(app)
        checked = StepLog.select().where((StepLog.application == current) & (StepLog.step == 2)).exists()
        if checked or current.current_step != 2:
            raise WorkflowError(QT_TRANSLATE_NOOP("Workflow", "Data permohonan hanya bisa diubah sebelum "
                                                              "kelengkapan berkas diperiksa."))
        if values.applicant.nip != current.applicant.nip:
            other = open_application_for(values.applicant.nip)
            if other:
                raise WorkflowError(QT_TRANSLATE_NOOP("Workflow", "NIP ini masih punya permohonan yang belum "
                                                                  "selesai: {agenda}."),
                                    field="nip", agenda=other.agenda_number)
        applicant = _save_applicant(values.applicant)
        Application.update(applicant=applicant, updated_at=now(), **_application_fields(values)).where(
            Application.id == current.id).execute()
        audit.record(operator, "update", "application", current.id, agenda=current.agenda_number)
        return _reload(current)

    return write_transaction(write)


def record_completeness(operator: Operator, app: Application, checked: list[CheckedDocument],
                        started_at: dt.datetime | None = None, note: str = "") -> tuple[Application, list[str]]:
    """Step 2: tick the documents; complete goes to step 5, incomplete to step 3."""
    current = _reload(app)
    missing = missing_documents(current.is_pa, current.delivery_mode, checked)
    transition = _move(current, 2, "incomplete" if missing else "complete")
    required = {d.code for d in required_documents(current.is_pa)}

    def write():
        ChecklistItem.delete().where(ChecklistItem.application == current).execute()
        stamp = now()
        for item in checked:
            if item.code in required:
                ChecklistItem.create(application=current, document_code=item.code, present=item.present,
                                     original_sighted=item.original_sighted, note=item.note.strip(),
                                     checked_at=stamp)
        detail = "; ".join(missing)
        _log(current, operator, transition, started_at, note=(note + ("\n" if note and detail else "") + detail))
        return _reload(current)

    return write_transaction(write), missing


def current_missing(app: Application) -> list[str]:
    """The missing documents by the last checklist recorded."""
    items = [CheckedDocument(i.document_code, i.present, i.original_sighted, i.note) for i in app.checklist]
    return missing_documents(app.is_pa, app.delivery_mode, items)


def ask_completion(operator: Operator, app: Application, started_at: dt.datetime | None = None,
                   note: str = "") -> Application:
    """Step 3: the notice to complete the file was given; the PPK now has to act (step 4)."""
    current = _reload(app)
    transition = _move(current, 3, "notified")

    def write():
        _log(current, operator, transition, started_at, note)
        return _reload(current)

    return write_transaction(write)


def record_completion(operator: Operator, app: Application, completed: bool = True,
                      note: str = "") -> Application:
    """Step 4: the PPK brought what was missing (back to step 2), or gave up (rejection, step 7)."""
    current = _reload(app)
    transition = _move(current, 4, "completed" if completed else "not_completed")

    def write():
        if not completed:
            current.decision_reasons = note.strip() or "Berkas tidak dilengkapi oleh PPK."
        _log(current, operator, transition, None, note)
        return _reload(current)

    return write_transaction(write)


SPSE_REQUIRED = (("sk_number", QT_TRANSLATE_NOOP("Validation", "Nomor SK")),
                 ("certificate_number", QT_TRANSLATE_NOOP("Validation", "Nomor sertifikat")))


def record_validity(operator: Operator, app: Application, valid: bool, reasons: list[str] | None = None,
                    contact: str = "", started_at: dt.datetime | None = None, note: str = "") -> Application:
    """Step 5: the data matches SPSE's form (valid, step 6) or not (step 7 with the reasons)."""
    current = _reload(app)
    transition = _move(current, 5, "valid" if valid else "invalid")
    reasons = [r.strip() for r in (reasons or []) if r.strip()]
    if valid:
        for name, label in SPSE_REQUIRED:
            if not getattr(current, name):
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{label} belum diisi; SPSE memerlukannya."),
                                      field=name, label=label)
        if current.sk_valid_until and current.sk_valid_until < now().date():
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "SK sudah tidak berlaku; berkas tidak bisa "
                                                                  "dinyatakan benar."), field="sk_valid_until")
    elif not reasons:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Tuliskan alasan mengapa berkas tidak benar."),
                              field="reasons")

    def write():
        if reasons:
            current.decision_reasons = "\n".join(reasons)
        text = "\n".join(filter(None, [f"Konfirmasi: {contact}" if contact else "", note]))
        _log(current, operator, transition, started_at, text)
        return _reload(current)

    return write_transaction(write)


def reject_at_check(operator: Operator, app: Application, reasons: list[str],
                    started_at: dt.datetime | None = None) -> Application:
    """Step 2 with outcome rejected: the file cannot become complete (e.g. not a PPK at all)."""
    current = _reload(app)
    transition = _move(current, 2, "rejected")
    reasons = [r.strip() for r in reasons if r.strip()]
    if not reasons:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Tuliskan alasan penolakan."), field="reasons")

    def write():
        current.decision_reasons = "\n".join(reasons)
        _log(current, operator, transition, started_at, "\n".join(reasons))
        return _reload(current)

    return write_transaction(write)


def record_rejection_notice(operator: Operator, app: Application, reasons: list[str] | None = None,
                            started_at: dt.datetime | None = None) -> Application:
    """Step 7: the rejection notice was given; the file waits for archiving."""
    current = _reload(app)
    transition = _move(current, 7, "notified")
    final = [r.strip() for r in (reasons or current.decision_reasons.splitlines()) if r.strip()]
    if not final:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Tuliskan alasan penolakan."), field="reasons")

    def write():
        current.decision_reasons = "\n".join(final)
        _log(current, operator, transition, started_at, "\n".join(final))
        return _reload(current)

    return write_transaction(write)


def user_id_taken(user_id: str) -> bool:
    return SpseAccount.select().where(SpseAccount.user_id == user_id).exists()


def record_account(operator: Operator, app: Application, user_id: str,
                   started_at: dt.datetime | None = None) -> Application:
    """Step 6: the operator created the account in SPSE; its user ID is recorded, never the password."""
    current = _reload(app)
    transition = _move(current, 6, "created")
    user_id = normalize_user_id(user_id)

    def write():
        if user_id_taken(user_id):
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "User ID {user_id} sudah dipakai akun lain."),
                                  field="user_id", user_id=user_id)
        SpseAccount.create(application=current, user_id=user_id, created_by=operator)
        _log(current, operator, transition, started_at, f"User ID: {user_id}")
        return _reload(current)

    return write_transaction(write)


def record_slip(operator: Operator, app: Application, verification_code: str) -> SlipPrint:
    """A handover slip was made (step 8 output); a second one is a reprint with a new password."""
    current = _reload(app)
    if current.current_step != 8 or not current.accounts.exists():
        raise WorkflowError(QT_TRANSLATE_NOOP("Workflow", "Slip akun hanya bisa dicetak setelah akun SPSE "
                                                          "dibuat dan sebelum diserahkan."))

    def write():
        reprint = current.slips.exists()
        slip = SlipPrint.create(application=current, verification_code=verification_code, printed_by=operator,
                                reprint=reprint)
        audit.record(operator, "slip_reprint" if reprint else "slip_print", "application", current.id,
                     agenda=current.agenda_number, code=verification_code)
        return slip

    return write_transaction(write)


def hand_over(operator: Operator, app: Application, received_by: str, by_proxy: bool = False,
              started_at: dt.datetime | None = None) -> Application:
    """Step 8: the PPK (or a named proxy) received the slip; the file goes to archiving."""
    current = _reload(app)
    transition = _move(current, 8, "handed_over")
    received_by = validation.normalize_name(received_by)
    if not current.slips.exists():
        raise WorkflowError(QT_TRANSLATE_NOOP("Workflow", "Cetak slip akun lebih dulu sebelum penyerahan."))

    def write():
        Handover.create(application=current, received_by=received_by, by_proxy=by_proxy, operator=operator)
        who = f"Diterima oleh {received_by}" + (" (kuasa)" if by_proxy else "")
        _log(current, operator, transition, started_at, who)
        return _reload(current)

    return write_transaction(write)


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


DEFAULT_ARCHIVE_PATTERN = "ARS/{year}/{seq:05d}"


def next_archive_number(year: int) -> str:
    count = ArchiveRecord.select().where(ArchiveRecord.archived_at.year == year).count()
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


def _archive_fields(data: ArchiveInput) -> dict:
    """The checked filing data; retention and disposition left open follow the classification."""
    classification = Classification.get_or_none(Classification.code == data.classification)
    if classification is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Pilih kode klasifikasi arsip."), field="classification")
    description = validation.require(data.description, "Uraian", field="description")
    period = validation.require(data.period, "Kurun waktu", field="period")
    if data.quantity < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Jumlah berkas minimal 1."), field="quantity")
    return dict(
        classification=classification.code, description=description, period=period, quantity=data.quantity,
        media=data.media.strip(), development_level=data.development_level, folder_no=data.folder_no.strip(),
        box_no=data.box_no.strip(), room=data.room.strip(), rack=data.rack.strip(), shelf=data.shelf.strip(),
        active_years=data.active_years if data.active_years is not None else classification.active_years,
        inactive_years=data.inactive_years if data.inactive_years is not None else classification.inactive_years,
        disposition=data.disposition or classification.disposition)


def _check_archive_number(number: str, record_id: int | None = None) -> str:
    """``number`` when no other archive record has it (call inside the write transaction)."""
    taken = ArchiveRecord.select().where(ArchiveRecord.archive_number == number)
    if record_id is not None:
        taken = taken.where(ArchiveRecord.id != record_id)
    if taken.exists():
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Nomor arsip {number} sudah dipakai berkas lain."),
                              field="archive_number", number=number)
    return number


def _with_retention_ends(fields: dict, archived_at: dt.datetime) -> dict:
    active, inactive = retention_until(archived_at, fields["active_years"], fields["inactive_years"])
    return {**fields, "active_until": active, "inactive_until": inactive}


def archive(operator: Operator, app: Application, data: ArchiveInput,
            started_at: dt.datetime | None = None) -> Application:
    """Step 9: file the application by the archiving SOP; it is closed."""
    current = _reload(app)
    transition = _move(current, 9, "archived")
    fields = _archive_fields(data)

    def write():
        archived_at = now()
        number = _check_archive_number(data.archive_number.strip() or next_archive_number(archived_at.year))
        ArchiveRecord.create(application=current, archive_number=number, archived_at=archived_at,
                             archived_by=operator, **_with_retention_ends(fields, archived_at))
        _log(current, operator, transition, started_at, f"Nomor arsip: {number}")
        return _reload(current)

    return write_transaction(write)


def update_archive(operator: Operator, record: ArchiveRecord, data: ArchiveInput) -> ArchiveRecord:
    """Correct a filed record (a box moved, a typo); a blank archive number keeps the current one.

    Retention end years are recomputed from the (possibly new) rules; the audit event lists
    each changed field with its old and new value. Nothing changed, nothing written.
    """
    fields = _archive_fields(data)

    def write():
        current = ArchiveRecord.get_by_id(record.id)
        number = _check_archive_number(data.archive_number.strip() or current.archive_number, current.id)
        values = _with_retention_ends({**fields, "archive_number": number}, current.archived_at)
        changes = {name: [current.__data__.get(name), value] for name, value in values.items()
                   if current.__data__.get(name) != value}
        if changes:
            ArchiveRecord.update(**values).where(ArchiveRecord.id == current.id).execute()
            audit.record(operator, "archive_update", "archive_record", current.id, archive_number=number,
                         changes=changes)
        return ArchiveRecord.get_by_id(current.id)

    return write_transaction(write)


def certificate_types() -> list[CertificateType]:
    return list(CertificateType.select().where(CertificateType.active).order_by(CertificateType.name))


def settings_snapshot() -> dict[str, str]:
    return {s.key: s.value for s in Setting.select()}
