"""Fill the documents' data from the records: the bridge between models and reports.

Kept apart from ``reports/`` so that building a document's content needs no ReportLab,
and apart from ``services`` so that the use cases stay about workflow and storage.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ukpbj_desktop import services, workflow
from ukpbj_desktop.classifications import DEVELOPMENT_LEVEL_LABELS, DISPOSITION_LABELS
from ukpbj_desktop.documents.reports.data import (
    Applicant,
    ArchiveLine,
    ArchiveListData,
    DossierData,
    DossierStep,
    Letterhead,
    NoticeData,
    ReceiptData,
    Signatory,
    SlipData,
)
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from ukpbj_desktop.formatting import format_date, format_datetime, group_phone
from ukpbj_desktop.queries import archive as archive_query, register as register_query
from ukpbj_desktop.required_documents import all_documents, delivery_modes, required_documents
from ukpbj_desktop.store.models import Application, ChecklistItem, Operator, now
from ukpbj_desktop.store.settings import get_setting


def letterhead() -> Letterhead:
    logo = get_setting("logo_path", "")
    return Letterhead(government=get_setting("government"), unit=get_setting("unit"),
                      subunit=get_setting("subunit"), address=get_setting("address"),
                      contact=get_setting("contact"), city=get_setting("city"), logo_path=logo or None)


def signatory(operator: Operator, title: str = "Admin Agency") -> Signatory:
    return Signatory(name=operator.full_name, nip=operator.nip, title=title)


def unit_head() -> Signatory:
    """The head of the unit as the settings know them; no name: a blank line under the title."""
    return Signatory(name=get_setting("head_name"), nip=get_setting("head_nip"), title=get_setting("head_title"))


def applicant_info(app: Application) -> Applicant:
    a = app.applicant
    return Applicant(name=a.name, nip=a.nip, position=a.position, work_unit=a.work_unit, rank=a.rank,
                     phone=group_phone(a.mobile or a.phone), email=a.email)


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


_ORIGINAL = {True: "asli diperlihatkan", False: "asli tidak diperlihatkan", None: ""}


def _receipt_note(item: ChecklistItem | None) -> str:
    """The checker's note, and for a document present whether its original was seen."""
    if item is None:
        return ""
    return _joined(item.note.strip(), _ORIGINAL[item.original_sighted] if item.present else "", sep="; ")


def receipt(app: Application, operator: Operator) -> ReceiptData:
    """Tanda terima berkas: what the PPK handed in, by the last saved checklist."""
    items = {i.document_code: i for i in app.checklist}
    names = {d.code: d.name for d in all_documents()}
    rows = []
    for doc in required_documents(app.is_pa):
        item = items.get(doc.code)
        rows.append((names[doc.code], bool(item and item.present), _receipt_note(item)))
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


# How the archive list and the dossier word the stored codes (documents are in Bahasa Indonesia).
DECISIONS = {"accepted": "Diterima", "rejected": "Ditolak"}
def _retention(years: int | None, until: int | None) -> str:
    """``2 tahun (s.d. 2028)``; empty when the classification sets no period."""
    if years is None:
        return ""
    return f"{years} tahun (s.d. {until})" if until is not None else f"{years} tahun"


def _archive_line(number: int, row: archive_query.ArchiveRow) -> ArchiveLine:
    return ArchiveLine(
        number=number, classification=row.classification, archive_number=row.archive_number,
        description=row.description, period=row.period, quantity=f"{row.quantity} berkas",
        development_level=DEVELOPMENT_LEVEL_LABELS.get(row.development_level, row.development_level),
        folder=row.folder_no, box=row.box_no, location=row.location,
        active_retention=_retention(row.active_years, row.active_until),
        inactive_retention=_retention(row.inactive_years, row.inactive_until),
        disposition=DISPOSITION_LABELS.get(row.disposition, row.disposition), note=_archive_note(row))


def _archive_note(row: archive_query.ArchiveRow) -> str:
    """What an archivist checks beyond the columns: the medium, a rejected file, the scans kept with it."""
    medium = row.media.strip()
    return _joined(medium[:1].upper() + medium[1:], "ditolak" if row.decision == "rejected" else "",
                   f"{row.scans} pindaian" if row.scans else "", sep="; ")


def archive_list_data(rows: Iterable[archive_query.ArchiveRow], flt: archive_query.ArchiveFilter,
                      made_by: Operator | None = None) -> ArchiveListData:
    """The Daftar Arsip of ``rows`` (the records ``flt`` lets through), numbered in their order.

    ``made_by`` is the operator who prints it; without one (headless) a blank line to sign on."""
    return ArchiveListData(letterhead=letterhead(), title="DAFTAR ARSIP", subtitle=archive_query.describe(flt),
                           printed_at=now(), lines=[_archive_line(n, row) for n, row in enumerate(rows, 1)],
                           made_by=_maker(made_by), known_by=unit_head())


def _maker(operator: Operator | None) -> Signatory:
    """Who made a printed list or dossier; without one (headless) a blank line to sign on."""
    return signatory(operator) if operator is not None else Signatory("", "", "Admin Agency")


def _joined(*parts: str, sep: str = ", ") -> str:
    return sep.join(part for part in parts if part)


def _document_status(item: register_query.ChecklistLine) -> str:
    """``Ada, asli diperlihatkan; <note>``: as last checked."""
    original = _ORIGINAL[item.original_sighted]
    return _joined(_joined("Ada" if item.present else "Tidak ada", original), item.note, sep="; ")


def _dossier_step(step: register_query.StepLine) -> DossierStep:
    return DossierStep(step=workflow.step_no(step.step) or 0, step_name=workflow.step_name(step.step),
                       outcome=workflow.outcome_label(step.step, step.outcome), operator=step.operator,
                       operator_nip=step.operator_nip,
                       started_at=step.started_at, finished_at=step.finished_at,
                       standard_minutes=step.standard_minutes, overdue=step.overdue, note=step.note)


def _archive_rows(row: archive_query.ArchiveRow) -> tuple[tuple[str, str], ...]:
    """Where the paper file is first (what an auditor asks), then how it is filed and kept."""
    rows = (("Nomor arsip", row.archive_number),
            ("Lokasi simpan", row.location),
            ("Folder / boks", _joined(f"Folder {row.folder_no}" if row.folder_no else "",
                                      f"Boks {row.box_no}" if row.box_no else "")),
            ("Klasifikasi", _joined(row.classification, row.classification_name, sep=" ")),
            ("Kurun waktu", row.period),
            ("Jumlah", _joined(f"{row.quantity} berkas", row.media)),
            ("Tingkat perkembangan", DEVELOPMENT_LEVEL_LABELS.get(row.development_level, row.development_level)),
            ("Retensi aktif", _retention(row.active_years, row.active_until)),
            ("Retensi inaktif", _retention(row.inactive_years, row.inactive_until)),
            ("Nasib akhir", DISPOSITION_LABELS.get(row.disposition, row.disposition)),
            ("Diarsipkan", format_datetime(row.archived_at)))
    return tuple((label, value) for label, value in rows if value)


def dossier_data(application_id: int, made_by: Operator | None = None) -> DossierData:
    """The whole file of one application, whatever its state; never its password (none is stored).

    ``made_by`` is the operator who prints it; the head of the unit signs "Mengetahui"."""
    d = register_query.details(application_id)
    if d is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Permohonan dengan id {id} tidak ditemukan."),
                              id=application_id)
    archive_id = archive_query.by_application(application_id)
    archived = archive_query.details(archive_id) if archive_id is not None else None
    sk = _joined(d.sk_number, f"tanggal {format_date(d.sk_date)}" if d.sk_date else "",
                 f"berlaku s.d. {format_date(d.sk_valid_until)}" if d.sk_valid_until else "")
    return DossierData(
        letterhead=letterhead(), printed_at=now(), agenda_number=d.agenda_number, received_at=d.received_at,
        delivery_mode=_joined(delivery_modes().get(d.delivery_mode, d.delivery_mode),
                              f"({d.courier_name})" if d.courier_name else "", sep=" "),
        applicant=Applicant(name=d.name, nip=d.nip, position=d.position, work_unit=d.work_unit, rank=d.rank,
                            phone=group_phone(d.mobile or d.phone), email=d.email),
        role="PA" if d.is_pa else "PPK", sk=sk,
        certificate=_joined(d.certificate_name, f"({d.certificate_number})" if d.certificate_number else "",
                            sep=" "),
        documents=tuple((item.name, _document_status(item)) for item in d.checklist),
        steps=tuple(_dossier_step(step) for step in d.steps), decision=DECISIONS.get(d.decision, d.decision),
        decision_reasons=tuple(r.strip() for r in d.decision_reasons.splitlines() if r.strip()),
        user_id=d.user_id, archive=_archive_rows(archived.row) if archived else (),
        scans=tuple(scan.filename for scan in archived.scans) if archived else (),
        known_by=unit_head(), made_by=_maker(made_by))
