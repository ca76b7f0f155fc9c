"""Handover slip of the SPSE account (SOP step 8), signed by the Admin Agency and the PPK.

The user ID and password are typed from this paper, so they are printed large in
DejaVu Sans Mono, whose 0/O and 1/l/I differ. The QR code carries only the agenda
number and a verification code, never a credential.
"""
from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from ukpbj_desktop.config import resources_dir
from ukpbj_desktop.documents.reports.common import applicant_rows, esc, fields, numbered, render, signature_pair
from ukpbj_desktop.documents.reports.data import SlipData
from ukpbj_desktop.documents.reports.styles import BODY, BOLD, BOTTOM, CENTER, CONTENT_W, LEFT, SMALL, TEXT, TITLE
from ukpbj_desktop.formatting import format_date, format_day_date

MONO = "DejaVuSansMono"
MASK = "\u2022" * 8
QR_SIZE = 26 * mm
STRIP_H = 22 * mm  # the detachable archive strip at the foot of the page
DARK_RED = colors.HexColor("#a00000")

_CREDENTIAL = ParagraphStyle("credential", TEXT, fontName=MONO, fontSize=18, leading=23)
_CODE = ParagraphStyle("code", CENTER, fontName=MONO, fontSize=11, leading=14)
_LABEL = ParagraphStyle("label", SMALL, leading=12)
_CAPTION = ParagraphStyle("caption", _LABEL, alignment=CENTER.alignment)
_REPRINT = ParagraphStyle("reprint", CENTER, fontName=BOLD, textColor=DARK_RED)
_WARNING = ParagraphStyle("warning", BODY, fontSize=10, leading=13)

_RULES = (
    "PPK <b>WAJIB mengganti password awal</b> ini pada saat login pertama kali ke SPSE.",
    "User ID dan password bersifat <b>RAHASIA</b>: jangan diberitahukan kepada siapa pun, termasuk "
    "petugas UKPBJ/LPSE.",
    "Password membedakan huruf besar dan huruf kecil; ketik persis seperti tercetak.",
    "Segala aktivitas dalam SPSE yang menggunakan akun ini menjadi tanggung jawab pemilik akun.",
)


def _register_mono() -> None:
    """Register the TTF once per process (parsing it is the costly part)."""
    if MONO not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(MONO, str(resources_dir() / "fonts" / "DejaVuSansMono.ttf")))


def qr_payload(data: SlipData) -> str:
    """What the QR code says: enough to look the handover up, nothing to log in with."""
    return f"UKPBJ-SLIP|{data.agenda_number}|{data.verification_code}"


def _qr(payload: str) -> Drawing:
    drawing = Drawing(QR_SIZE, QR_SIZE)
    drawing.add(QrCodeWidget(payload, barWidth=QR_SIZE, barHeight=QR_SIZE, barLevel="M"))
    return drawing


def _boxed(content: list[Flowable], background: colors.Color | None = None,
           border: colors.Color = colors.black) -> Table:
    """A full-width framed cell."""
    table = Table([[content]], colWidths=[CONTENT_W])
    style = TableStyle([("BOX", (0, 0), (-1, -1), 0.9, border),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])
    if background:
        style.add("BACKGROUND", (0, 0), (-1, -1), background)
    table.setStyle(style)
    return table


def _account(data: SlipData) -> Table:
    """SPSE address, user ID and password beside the QR code and its verification code."""
    if data.password is None:
        password = Paragraph(f"{MASK} <font name='{TEXT.fontName}' size='10'>"
                             "(disamarkan untuk arsip)</font>", _CREDENTIAL)
    else:
        password = Paragraph(esc(data.password), _CREDENTIAL)
    details = Table([
        [Paragraph("Alamat SPSE", _LABEL), Paragraph(f"<b>{esc(data.spse_url)}</b>", TEXT)],
        [Paragraph("User ID", _LABEL), Paragraph(esc(data.user_id), _CREDENTIAL)],
        [Paragraph("Password awal", _LABEL), password],
    ], colWidths=[28 * mm, None])
    details.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 5),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                                 ("LINEBELOW", (0, 0), (-1, 1), 0.4, colors.grey)]))
    qr = Table([[_qr(qr_payload(data))], [Paragraph("Kode verifikasi", _CAPTION)],
                [Paragraph(esc(data.verification_code), _CODE)]])
    qr.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"),
                            ("TOPPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    side = QR_SIZE + 12 * mm
    table = Table([[details, qr]], colWidths=[CONTENT_W - side, side])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                               ("LINEBEFORE", (1, 0), (1, 0), 0.4, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (0, 0), 8)]))
    return table


def _archive_strip(data: SlipData) -> Callable[[Canvas], None]:
    """Draws the cut-off strip the office keeps: who got which user ID, password masked."""
    person = data.applicant

    def draw(canvas: Canvas) -> None:
        top = BOTTOM + STRIP_H
        canvas.saveState()
        canvas.setDash(4, 3)
        canvas.setLineWidth(0.6)
        canvas.line(LEFT - 10 * mm, top, LEFT + CONTENT_W + 10 * mm, top)
        canvas.setDash()
        canvas.setFont(SMALL.fontName, 7.5)
        canvas.drawRightString(LEFT + CONTENT_W, top + 1.2 * mm, "gunting di sini - arsip kantor")
        rows = [("Nomor agenda", esc(data.agenda_number)),
                ("Tanggal", format_date(data.date)),
                ("Nama PPK", esc(person.name)),
                ("User ID", f"<font name='{MONO}'>{esc(data.user_id)}</font>"),
                ("Password", f"<font name='{MONO}'>{MASK}</font> (disamarkan)"),
                ("Kode verifikasi", f"<font name='{MONO}'>{esc(data.verification_code)}</font>")]
        columns = [fields(rows[:3], 24 * mm, SMALL), fields(rows[3:], 24 * mm, SMALL)]
        strip = Table([[Paragraph("<b>ARSIP<br/>KANTOR</b>", SMALL), *columns]],
                      colWidths=[20 * mm, 80 * mm, CONTENT_W - 100 * mm])
        strip.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        fitted = KeepInFrame(CONTENT_W, STRIP_H - 4 * mm, [strip], mode="shrink", vAlign="TOP")
        _, height = fitted.wrapOn(canvas, CONTENT_W, STRIP_H - 4 * mm)
        fitted.drawOn(canvas, LEFT, top - 3 * mm - height)
        canvas.restoreState()

    return draw


def _agenda_line(data: SlipData) -> Table:
    """The agenda number under the title, with a boxed "CETAK ULANG" beside it on a reprint."""
    side = 34 * mm
    marker: str | Table = ""
    if data.reprint:
        marker = Table([[Paragraph("CETAK ULANG", _REPRINT)]], colWidths=[side],
                       style=[("BOX", (0, 0), (-1, -1), 1.2, DARK_RED)])
    table = Table([["", Paragraph(f"Nomor Agenda: {esc(data.agenda_number)}", CENTER), marker]],
                  colWidths=[side, CONTENT_W - 2 * side, side])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def handover_slip_pdf(data: SlipData, invariant: bool = False) -> bytes:
    """One A4 page; ``data.password=None`` gives the archive copy with the password masked."""
    _register_mono()
    person, officer = data.applicant, data.officer
    story = [
        Paragraph("TANDA TERIMA AKUN PPK PADA APLIKASI SPSE", TITLE),
        _agenda_line(data),
        Spacer(1, 4 * mm),
        Paragraph(f"Pada hari ini, {format_day_date(data.date)}, telah diserahkan akun Pejabat "
                  "Pembuat Komitmen (PPK) pada Aplikasi Sistem Pengadaan Secara Elektronik (SPSE) "
                  "kepada:", BODY),
        fields(applicant_rows(person, contact=False)),
        Spacer(1, 4 * mm),
        _account(data),
        Spacer(1, 3 * mm),
        _boxed([Paragraph("<b>PERHATIAN</b>", _WARNING), numbered(_RULES, _WARNING)],
               background=colors.HexColor("#f2f2f2")),
        signature_pair(
            (["Yang menyerahkan,", officer.title], officer.name, officer.nip),
            ([f"{data.letterhead.city}, {format_date(data.date)}", "Yang menerima,",
              "Pejabat Pembuat Komitmen"], person.name, person.nip)),
    ]
    return render(story, data.letterhead, invariant=invariant, one_page=True,
                  reserve_bottom=STRIP_H + 2 * mm,
                  decorate=_archive_strip(data),
                  title=f"Tanda Terima Akun PPK - {data.agenda_number}")
