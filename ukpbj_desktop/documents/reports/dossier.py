"""The dossier ("dosir") of one application for the archive and auditors: A4 portrait.

Everything the file went through on one document: identity, documents, every step with
who took it and how long it took against the standard, the decision, the SPSE user ID and
where the paper is kept. ``DossierData`` has no password field, so none can be printed.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ukpbj_desktop.documents.reports.common import (
    applicant_rows,
    esc,
    fields,
    known_and_made,
    nip_text,
    numbered,
    render,
)
from ukpbj_desktop.documents.reports.data import DossierData, DossierStep
from ukpbj_desktop.documents.reports.styles import BODY, BOLD, CENTER, CONTENT_W, SMALL, TEXT, TITLE
from ukpbj_desktop.formatting import format_date, format_datetime, format_day_date, format_time, long_duration

ROLES = {"PPK": "Pejabat Pembuat Komitmen (PPK)",
         "PA": "Pengguna Anggaran yang merangkap PPK (PA)"}
OVERDUE_FILL = colors.HexColor("#fde8e8")
DARK_RED = "#a00000"

_SECTION = ParagraphStyle("section", BODY, fontName=BOLD, spaceBefore=3 * mm, spaceAfter=1.5 * mm)
_CELL = ParagraphStyle("cell", SMALL, fontSize=8.5, leading=10.5)
_CELL_CENTRE = ParagraphStyle("cell-centre", _CELL, alignment=TA_CENTER)
_PRINTED = ParagraphStyle("printed", SMALL, alignment=TA_CENTER)
_WHERE = ParagraphStyle("where", TEXT, fontSize=12, leading=16)


def _section(title: str, *content: Flowable, long: bool = False) -> list[Flowable]:
    """A heading kept with its content. A ``long`` one (a table that may run over pages) starts
    wherever a few rows still fit; a short one moves to the next page whole rather than split."""
    heading = Paragraph(title, _SECTION)
    if long:
        return [CondPageBreak(35 * mm), heading, *content]
    return [KeepTogether([heading, *content])]


def _when(start: datetime, end: datetime) -> str:
    """Start and finish; the date is not repeated for a step finished the same day."""
    if start.date() == end.date():
        return f"{format_date(start)}<br/>{format_time(start)} s.d. {format_time(end)}"
    return f"{format_datetime(start)}<br/>s.d. {format_datetime(end)}"


def _grid(header: list[str], rows: list[list[Flowable]], widths: list[float],
          extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    """A ruled table whose header row repeats on every page it runs onto."""
    head = [Paragraph(f"<b>{esc(h)}</b>", _CELL_CENTRE) for h in header]
    table = Table([head, *rows], colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)  # a long note runs on
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6"),
                               ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                               ("VALIGN", (0, 1), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4), *extra]))
    return table


def _documents(data: DossierData) -> Flowable:
    if not data.documents:
        return Paragraph("Tidak ada dokumen tercatat.", TEXT)
    rows: list[list[Flowable]] = [[Paragraph(f"{n}.", _CELL_CENTRE), Paragraph(esc(name), _CELL),
                                   Paragraph(esc(status), _CELL)]
            for n, (name, status) in enumerate(data.documents, 1)]
    return _grid(["No", "Dokumen", "Status"], rows, [10 * mm, 105 * mm, CONTENT_W - 115 * mm])


def _step_row(step: DossierStep) -> list[Flowable]:
    what = f"<b>{esc(step.step_name)}</b>"
    if step.outcome:
        what += f"<br/>{esc(step.outcome)}"
    if step.note:
        what += f"<br/><i>{esc(step.note)}</i>"
    took = long_duration((step.finished_at - step.started_at).total_seconds() / 60)
    if step.standard_minutes is not None:
        took += f"<br/>standar {long_duration(step.standard_minutes)}"
    if step.overdue:
        took += f"<br/><font color='{DARK_RED}'><b>MELEBIHI STANDAR</b></font>"
    return [Paragraph(str(step.step), _CELL_CENTRE), Paragraph(what, _CELL),
            Paragraph(esc(step.operator) + (f"<br/><font size='7.5'>{esc(nip_text(step.operator_nip))}</font>"
                                            if step.operator_nip else ""), _CELL),
            Paragraph(_when(step.started_at, step.finished_at), _CELL), Paragraph(took, _CELL)]


def _steps(data: DossierData) -> Flowable:
    if not data.steps:
        return Paragraph("Belum ada langkah tercatat.", TEXT)
    tint = [("BACKGROUND", (0, n), (-1, n), OVERDUE_FILL)
            for n, step in enumerate(data.steps, 1) if step.overdue]
    return _grid(["Langkah", "Uraian dan hasil", "Petugas", "Waktu", "Durasi"],
                 [_step_row(step) for step in data.steps],
                 [17 * mm, 40 * mm, 40 * mm, 40 * mm, CONTENT_W - 137 * mm], tint)


def _decision(data: DossierData) -> list[Flowable]:
    story: list[Flowable] = [fields([
        ("Keputusan", f"<b>{esc(data.decision)}</b>" if data.decision else "Belum diputuskan"),
        ("User ID SPSE", esc(data.user_id) if data.user_id else "Belum dibuat"),
    ])]
    if data.decision_reasons:
        story += [Spacer(1, 2 * mm), Paragraph("Alasan:", TEXT),
                  numbered([esc(reason) for reason in data.decision_reasons])]
    return story


def _archive(data: DossierData) -> Flowable:
    """Where the paper file is, framed and in larger type: what an auditor asks first."""
    if not data.archive:
        return Paragraph("Berkas belum diarsipkan.", TEXT)
    rows = [(esc(label), esc(value)) for label, value in data.archive]
    table = Table([[fields(rows, label_width=45 * mm, style=_WHERE)]], colWidths=[CONTENT_W])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                               ("BACKGROUND", (0, 0), (-1, -1), "#f2f2f2"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8),
                               ("TOPPADDING", (0, 0), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return table


def dossier_pdf(data: DossierData, invariant: bool = False) -> bytes:
    """The dossier as PDF bytes; long histories run onto further pages, numbered."""
    received = data.received_at
    role = ROLES.get(data.role, data.role)
    story = [
        Paragraph("DOSIR PERMOHONAN AKUN PPK PADA APLIKASI SPSE", TITLE),
        Paragraph(f"Nomor Agenda: {esc(data.agenda_number)}", CENTER),
        Paragraph(f"Dicetak: {format_datetime(data.printed_at)}", _PRINTED),
        *_section("A. Identitas Pemohon", fields(applicant_rows(data.applicant))),
        *_section("B. Permohonan", fields([
            ("Diterima pada", f"{format_day_date(received)} pukul {format_time(received)}"),
            ("Cara penyerahan", esc(data.delivery_mode)),
            ("Kedudukan", esc(role)),
            ("Surat Keputusan", esc(data.sk)),
            ("Sertifikat", esc(data.certificate))])),
        *_section("C. Kelengkapan Dokumen", _documents(data), long=True),
        *_section("D. Riwayat Proses", _steps(data), long=True),
        *_section("E. Keputusan dan Akun", *_decision(data)),
        *_section("F. Lokasi Arsip", _archive(data)),
        # the signatures close the last section, never alone on a page
        *_section("G. Hasil Pindai", numbered([esc(name) for name in data.scans], TEXT)
                  if data.scans else Paragraph("Tidak ada hasil pindai.", TEXT),
                  known_and_made(data.known_by, data.made_by, data.letterhead.city, data.printed_at.date(),
                                 "Yang mencetak,", space_before=3 * mm)),
    ]
    return render(story, data.letterhead, title=f"Dosir Permohonan - {data.agenda_number}",
                  invariant=invariant, number_single_page=True,
                  running_head=f"Dosir Permohonan Akun PPK - {data.agenda_number}")
