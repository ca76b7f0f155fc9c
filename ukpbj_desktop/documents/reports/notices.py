"""Letters to the PPK (SOP steps 3 and 7) and the receipt for a delivered file (step 2)."""
from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ukpbj_desktop.documents.reports.common import (
    applicant_rows,
    esc,
    fields,
    numbered,
    render,
    signature_pair,
    signature_right,
)
from ukpbj_desktop.documents.reports.data import NoticeData, ReceiptData
from ukpbj_desktop.documents.reports.styles import BODY, CENTER, CONTENT_W, RIGHT_TEXT, SMALL, TEXT, TITLE
from ukpbj_desktop.formatting import format_date, format_day_date, format_time

_INDENTED = ParagraphStyle("indented", TEXT, leftIndent=8 * mm)

_ABOUT = ("Menindaklanjuti permohonan pembuatan akun Pejabat Pembuat Komitmen (PPK) pada Aplikasi "
          "Sistem Pengadaan Secara Elektronik (SPSE) yang Saudara sampaikan dengan nomor agenda "
          "<b>{agenda}</b> dan kami terima pada tanggal {received}, ")


def _letter(data: NoticeData, *, subject: str, finding: str, request: str,
            invariant: bool) -> bytes:
    """A one-subject letter: the finding, the numbered ``items``, what the PPK should do."""
    head = data.letterhead
    about = _ABOUT.format(agenda=esc(data.agenda_number),
                          received=format_date(data.received_on or data.date))
    person = data.applicant
    story = [
        Paragraph(esc(f"{head.city}, {format_date(data.date)}"), RIGHT_TEXT),
        Spacer(1, 3 * mm),
        fields([("Nomor", esc(data.letter_number)), ("Lampiran", "-"), ("Perihal", esc(subject))],
               label_width=22 * mm),
        Spacer(1, 6 * mm),
        Paragraph("Kepada Yth.", TEXT),
        Paragraph(f"<b>{esc(person.name)}</b>", TEXT),
        Paragraph(esc(person.position), TEXT),
        Paragraph(esc(person.work_unit), TEXT),
        Paragraph("di", TEXT),
        Paragraph("Tempat", _INDENTED),
        Spacer(1, 6 * mm),
        Paragraph("Dengan hormat,", BODY),
        Paragraph(about + finding, BODY),
        numbered([esc(item) for item in data.items]),
        Paragraph(request, BODY),
    ]
    if data.note:
        story.append(Paragraph(f"Catatan: {esc(data.note)}", BODY))
    story += [
        Paragraph("Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan "
                  "terima kasih.", BODY),
        signature_right([data.signatory.title + ","], data.signatory.name, data.signatory.nip),
    ]
    return render(story, head, title=f"{subject} - {data.agenda_number}", invariant=invariant)


def completion_notice_pdf(data: NoticeData, invariant: bool = False) -> bytes:
    """SOP step 3: the file is incomplete; ``items`` are the missing documents."""
    return _letter(
        data, invariant=invariant,
        subject="Pemberitahuan Kelengkapan Berkas Permohonan Akun PPK SPSE",
        finding="dengan ini kami beritahukan bahwa berkas permohonan tersebut "
                "<b>belum lengkap</b>. Dokumen yang belum dilampirkan adalah sebagai berikut:",
        request="Sehubungan dengan hal tersebut, mohon Saudara melengkapi dokumen di atas dan "
                "menyampaikannya kembali kepada kami agar permohonan dapat diproses lebih lanjut.")


def rejection_notice_pdf(data: NoticeData, invariant: bool = False) -> bytes:
    """SOP step 7: the application is refused; ``items`` are the reasons."""
    return _letter(
        data, invariant=invariant,
        subject="Penolakan Permohonan Akun PPK SPSE",
        finding="setelah kami lakukan pemeriksaan kelengkapan dan keabsahan berkas, dengan ini "
                "kami beritahukan bahwa permohonan tersebut <b>tidak dapat kami proses "
                "(ditolak)</b> dengan alasan sebagai berikut:",
        request="Saudara dapat mengajukan permohonan baru setelah hal-hal tersebut di atas "
                "diperbaiki atau dipenuhi.")


def receipt_pdf(data: ReceiptData, invariant: bool = False) -> bytes:
    """SOP step 2: what the PPK handed in, signed by both sides."""
    received = data.received_at
    cell = ParagraphStyle("cell", SMALL, fontSize=10, leading=12.5)
    middle = ParagraphStyle("middle", cell, alignment=TA_CENTER)
    table = Table(
        [[Paragraph(f"<b>{h}</b>", middle) for h in ("No", "Dokumen", "Ada/Tidak", "Keterangan")]]
        + [[Paragraph(f"{n}.", middle), Paragraph(esc(name), cell),
            Paragraph("Ada" if present else "<b>Tidak ada</b>", middle), Paragraph(esc(note), cell)]
           for n, (name, present, note) in enumerate(data.documents, 1)],
        colWidths=[10 * mm, 84 * mm, 22 * mm, CONTENT_W - 116 * mm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6"),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    person, receiver = data.applicant, data.receiver
    story = [
        Paragraph("TANDA TERIMA BERKAS PERMOHONAN AKUN PPK", TITLE),
        Paragraph(f"Nomor Agenda: {esc(data.agenda_number)}", CENTER),
        Spacer(1, 6 * mm),
        fields([("Diterima pada", f"{format_day_date(received)} pukul {format_time(received)}"),
                ("Cara penyerahan", esc(data.delivery_mode))]),
        Spacer(1, 4 * mm),
        Paragraph("<b>Identitas pemohon</b>", BODY),
        fields(applicant_rows(person)),
        Spacer(1, 4 * mm),
        Paragraph("<b>Dokumen yang diserahkan</b>", BODY),
        table,
        signature_pair(
            (["Yang menyerahkan,", "Pemohon"], person.name, person.nip),
            ([f"{data.letterhead.city}, {format_date(received)}", "Yang menerima,", receiver.title],
             receiver.name, receiver.nip)),
    ]
    return render(story, data.letterhead, invariant=invariant,
                  title=f"Tanda Terima Berkas - {data.agenda_number}")
