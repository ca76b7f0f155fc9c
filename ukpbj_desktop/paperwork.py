"""Fill the documents' data from the records: the bridge between models and reports.

Kept apart from ``reports/`` so that building a document's content needs no ReportLab,
and apart from ``services`` so that the use cases stay about workflow and storage.
"""
from __future__ import annotations

import datetime as dt

from . import services
from .documents import all_documents, delivery_modes, required_documents
from .models import Application, Operator, now
from .reports.data import Applicant, Letterhead, NoticeData, ReceiptData, Signatory, SlipData
from .settings import get_setting


def letterhead() -> Letterhead:
    logo = get_setting("logo_path", "")
    return Letterhead(government=get_setting("government"), unit=get_setting("unit"),
                      subunit=get_setting("subunit"), address=get_setting("address"),
                      contact=get_setting("contact"), city=get_setting("city"), logo_path=logo or None)


def signatory(operator: Operator, title: str = "Admin Agency") -> Signatory:
    return Signatory(name=operator.full_name, nip=operator.nip, title=title)


def applicant_info(app: Application) -> Applicant:
    a = app.applicant
    return Applicant(name=a.name, nip=a.nip, position=a.position, work_unit=a.work_unit, rank=a.rank,
                     phone=a.mobile or a.phone, email=a.email)


def _notice(app: Application, operator: Operator, items: list[str], suffix: str) -> NoticeData:
    return NoticeData(letterhead=letterhead(), agenda_number=app.agenda_number,
                      letter_number=f"{app.agenda_number}/{suffix}", date=now().date(),
                      applicant=applicant_info(app), items=tuple(items), signatory=signatory(operator),
                      received_on=app.received_at.date())


def completion_notice(app: Application, operator: Operator) -> NoticeData:
    """Step 3: exactly the documents the last checklist found missing."""
    return _notice(app, operator, services.current_missing(app), "PKB")


def rejection_notice(app: Application, operator: Operator, reasons: list[str] | None = None) -> NoticeData:
    """Step 7: the reasons given at the check that rejected the file."""
    items = reasons if reasons is not None else [r for r in app.decision_reasons.splitlines() if r.strip()]
    return _notice(app, operator, items, "TLK")


def receipt(app: Application, operator: Operator) -> ReceiptData:
    """Tanda terima berkas: what the PPK handed in, by the last checklist."""
    items = {i.document_code: i for i in app.checklist}
    names = {d.code: d.name for d in all_documents()}
    rows = []
    for doc in required_documents(app.is_pa):
        item = items.get(doc.code)
        rows.append((names[doc.code], bool(item and item.present), item.note if item else ""))
    return ReceiptData(letterhead=letterhead(), agenda_number=app.agenda_number, received_at=app.received_at,
                       applicant=applicant_info(app), delivery_mode=delivery_modes()[app.delivery_mode],
                       documents=tuple(rows), receiver=signatory(operator))


def slip(app: Application, operator: Operator, user_id: str, password: str | None, verification_code: str,
         reprint: bool = False, date: dt.date | None = None) -> SlipData:
    """The handover slip; ``password=None`` for the office's archived copy."""
    return SlipData(letterhead=letterhead(), agenda_number=app.agenda_number, date=date or now().date(),
                    applicant=applicant_info(app), spse_url=get_setting("spse_url"), user_id=user_id,
                    password=password, verification_code=verification_code, officer=signatory(operator),
                    reprint=reprint)
