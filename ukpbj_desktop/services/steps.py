"""The office's SOP steps after intake, one use case each, all through ``engine.take_step``.

Each function validates its input, then hands the engine the step's code, its outcome and
the rows the step writes; the engine does the rest in one transaction. Steps are named by
their sop.json code; a step with no use case of its own goes through ``record_step``.
"""
from __future__ import annotations

import datetime as dt

from ukpbj_desktop import audit, credentials, validation, workflow
from ukpbj_desktop.credentials import normalize_user_id
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, Translate, ValidationError, WorkflowError
from ukpbj_desktop.required_documents import CheckedDocument, missing_documents, required_documents
from ukpbj_desktop.services.engine import take_step
from ukpbj_desktop.store import limits
from ukpbj_desktop.store.db import write_transaction
from ukpbj_desktop.store.models import Application, ChecklistItem, Handover, Operator, SlipPrint, SpseAccount, now
from ukpbj_desktop.store.settings import get_setting

CHECK_COMPLETENESS, REQUEST_DOCUMENTS, SUPPLY_DOCUMENTS = "check_completeness", "request_documents", "supply_documents"
CHECK_VALIDITY, CREATE_ACCOUNT, REJECT, HAND_OVER = "check_validity", "create_account", "reject", "hand_over"
ARCHIVE = "archive"
# Steps whose records only their own use case can write; every other step is generic.
DEDICATED = (CHECK_COMPLETENESS, REQUEST_DOCUMENTS, SUPPLY_DOCUMENTS, CHECK_VALIDITY,
             CREATE_ACCOUNT, REJECT, HAND_OVER, ARCHIVE)


def _reasons(lines: list[str] | None) -> list[str]:
    return [line.strip() for line in (lines or []) if line.strip()]


def check_completeness(operator: Operator, app: Application, checked: list[CheckedDocument],
                        started_at: dt.datetime | None = None, note: str = "") -> tuple[Application, list[str]]:
    """Tick the documents: complete goes on to the validity check, incomplete to the request for documents."""
    missing = missing_documents(app.is_pa, app.delivery_mode, checked)
    required = {d.code for d in required_documents(app.is_pa)}
    for item in checked:
        limits.fits(ChecklistItem.note, item.note.strip(), f"note:{item.code}")

    def write(current: Application) -> str | None:
        ChecklistItem.delete().where(ChecklistItem.application == current.id).execute()
        stamp = now()
        for item in checked:
            if item.code in required:
                ChecklistItem.create(application=current.id, document_code=item.code, present=item.present,
                                     original_sighted=item.original_sighted, note=item.note.strip(),
                                     checked_at=stamp)
        return None

    detail = "; ".join(missing)
    text = note + ("\n" if note and detail else "") + detail
    updated = take_step(operator, app, CHECK_COMPLETENESS, "incomplete" if missing else "complete", write,
                        started_at, text)
    return updated, missing


def current_missing(app: Application, translate: Translate | None = None) -> list[str]:
    """The missing documents by the last checklist recorded (in the UI's language with ``translate``)."""
    items = [CheckedDocument(i.document_code, i.present, i.original_sighted, i.note) for i in app.checklist]
    return missing_documents(app.is_pa, app.delivery_mode, items, translate)


def request_documents(operator: Operator, app: Application, started_at: dt.datetime | None = None,
                   note: str = "") -> Application:
    """The notice to complete the file was given; the PPK now has to act."""
    return take_step(operator, app, REQUEST_DOCUMENTS, "notified", started_at=started_at, note=note)


def supply_documents(operator: Operator, app: Application, completed: bool = True,
                      note: str = "") -> Application:
    """The PPK brought what was missing (back to the completeness check), or gave up (rejection)."""
    changes = {} if completed else {"decision_reasons": note.strip() or "Berkas tidak dilengkapi oleh PPK."}
    return take_step(operator, app, SUPPLY_DOCUMENTS, "completed" if completed else "not_completed",
                     note=note, changes=changes)


SPSE_REQUIRED = (("sk_number", QT_TRANSLATE_NOOP("Validation", "Nomor SK")),
                 ("certificate_number", QT_TRANSLATE_NOOP("Validation", "Nomor sertifikat")))


def mismatch_reason(label: str) -> str:
    """The reason proposed for a value found not to match the documents: printed in the rejection letter, so
    Indonesian whatever the UI's language (``label`` is the value's Indonesian name)."""
    return f"{label} tidak sesuai dengan dokumen."


def check_validity(operator: Operator, app: Application, valid: bool, reasons: list[str] | None = None,
                    contact: str = "", started_at: dt.datetime | None = None, note: str = "") -> Application:
    """The data matches SPSE's form (valid: create the account) or not (rejection with the reasons)."""
    reasons = _reasons(reasons)
    if valid:
        for name, label in SPSE_REQUIRED:
            if not getattr(app, name):
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{label} belum diisi; SPSE memerlukannya."),
                                      field=name, label=label)
        if app.sk_valid_until and app.sk_valid_until < now().date():
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "SK sudah tidak berlaku; berkas tidak bisa "
                                                                  "dinyatakan benar."), field="sk_valid_until")
    elif not reasons:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Tuliskan alasan mengapa berkas tidak benar."),
                              field="reasons")
    text = "\n".join(filter(None, [f"Konfirmasi: {contact}" if contact else "", note]))
    return take_step(operator, app, CHECK_VALIDITY, "valid" if valid else "invalid", started_at=started_at,
                     note=text, changes={"decision_reasons": "\n".join(reasons)} if reasons else None)


def _required_reasons(lines: list[str] | None) -> list[str]:
    reasons = _reasons(lines)
    if not reasons:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Tuliskan alasan penolakan."), field="reasons")
    return reasons


def reject_at_completeness_check(operator: Operator, app: Application, reasons: list[str],
                    started_at: dt.datetime | None = None) -> Application:
    """The completeness check rejects the file outright (e.g. the applicant is not a PPK at all)."""
    text = "\n".join(_required_reasons(reasons))
    return take_step(operator, app, CHECK_COMPLETENESS, "rejected", started_at=started_at, note=text,
                     changes={"decision_reasons": text})


def reject(operator: Operator, app: Application, reasons: list[str] | None = None,
                            started_at: dt.datetime | None = None) -> Application:
    """The rejection notice was given; the file waits for archiving."""
    text = "\n".join(_required_reasons(reasons or app.decision_reasons.splitlines()))
    return take_step(operator, app, REJECT, "notified", started_at=started_at, note=text,
                     changes={"decision_reasons": text})


def user_id_taken(user_id: str) -> bool:
    return SpseAccount.select().where(SpseAccount.user_id == user_id).exists()


def create_account(operator: Operator, app: Application, user_id: str,
                   started_at: dt.datetime | None = None) -> Application:
    """The operator created the account in SPSE; its user ID is recorded, never the password."""
    user_id = normalize_user_id(user_id)

    def write(current: Application) -> str | None:
        if user_id_taken(user_id):
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "User ID {user_id} sudah dipakai akun lain."),
                                  field="user_id", user_id=user_id)
        SpseAccount.create(application=current.id, user_id=user_id, created_by=operator)
        return None

    return take_step(operator, app, CREATE_ACCOUNT, "created", write, started_at, f"User ID: {user_id}")


def account_of(app: Application) -> SpseAccount | None:
    return SpseAccount.get_or_none(SpseAccount.application == app.id)


def user_id_of(app: Application) -> str:
    """The SPSE user ID recorded when the account was created ("" when none)."""
    account = account_of(app)
    return account.user_id if account else ""


def proposed_user_id(app: Application) -> str:
    """The office's user-ID convention (setting ``user_id_convention``), falling back to the NIP
    when the name yields no free user ID."""
    person = app.applicant
    convention = get_setting("user_id_convention")
    if convention not in credentials.CONVENTIONS:
        convention = "nip"
    for choice in dict.fromkeys((convention, "nip")):
        try:
            return credentials.propose_user_id(person.name, person.nip, choice, user_id_taken)
        except ValidationError:
            continue
    return ""


def latest_slip(app: Application) -> SlipPrint | None:
    return SlipPrint.select().where(SlipPrint.application == app.id).order_by(SlipPrint.id.desc()).get_or_none()


def record_slip(operator: Operator, app: Application, verification_code: str) -> SlipPrint:
    """A handover slip was made (the hand-over step's output); a second one is a reprint with a new password."""

    def write() -> SlipPrint:
        current = Application.get_by_id(app.id)
        if current.current_step != HAND_OVER or account_of(current) is None:
            raise WorkflowError(QT_TRANSLATE_NOOP("Workflow", "Slip akun hanya bisa dicetak setelah akun SPSE "
                                                              "dibuat dan sebelum diserahkan."))
        reprint = current.slips.exists()
        slip = SlipPrint.create(application=current, verification_code=verification_code, printed_by=operator,
                                reprint=reprint)
        audit.record(operator, "slip_reprint" if reprint else "slip_print", "application", current.id,
                     agenda=current.agenda_number, code=verification_code)
        return slip

    return write_transaction(write)


def hand_over(operator: Operator, app: Application, received_by: str, by_proxy: bool = False,
              started_at: dt.datetime | None = None) -> Application:
    """The PPK (or a named proxy) received the slip; the file goes to archiving."""
    received_by = validation.normalize_name(received_by)

    def write(current: Application) -> str | None:
        if not current.slips.exists():
            raise WorkflowError(QT_TRANSLATE_NOOP("Workflow", "Cetak slip akun lebih dulu sebelum penyerahan."))
        Handover.create(application=current.id, received_by=received_by, by_proxy=by_proxy, operator=operator)
        return None

    who = f"Diterima oleh {received_by}" + (" (kuasa)" if by_proxy else "")
    return take_step(operator, app, HAND_OVER, "handed_over", write, started_at, who)


def record_step(operator: Operator, app: Application, step: str, outcome: str, note: str = "",
                started_at: dt.datetime | None = None) -> Application:
    """A step the SOP defines but no use case here writes records for (a revised SOP's new step)."""
    if step in DEDICATED or step == workflow.sop().first.code:
        raise WorkflowError(QT_TRANSLATE_NOOP("Workflow", "Langkah {name} dicatat melalui isiannya sendiri."),
                            name=workflow.step_name(step))
    return take_step(operator, app, step, outcome, started_at=started_at, note=note.strip())
