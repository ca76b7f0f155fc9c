"""What every document is built from: the "kop surat", field lists, signature blocks, rendering.

Documents are built in memory and returned as bytes; nothing here writes a file.
"""
from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    ListFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ukpbj_desktop.documents.reports.data import Applicant, Letterhead, Signatory
from ukpbj_desktop.documents.reports.styles import BODY, BOLD, CENTER, CONTENT_W, FONT, PORTRAIT, TEXT, Page
from ukpbj_desktop.formatting import format_date, group_nip

log = logging.getLogger(__name__)

LOGO_W, LOGO_H = 22 * mm, 25.7 * mm  # the default emblem's 240:280 proportion
NAME_MIN_SIZE = 7.5  # a signatory's name shrinks to this to stay on its one underlined line
BLANK_NAME, BLANK_NIP = "(" + "." * 44 + ")", "NIP. " + "." * 36  # to be written in by hand

_PLAIN_TABLE = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]


def esc(text: str) -> str:
    """User data made safe inside Paragraph markup (names may hold '&' or '<')."""
    return escape(text or "")


def nip_text(nip: str) -> str:
    """``NIP. 19650705 199203 1 023``, as under a signature."""
    return f"NIP. {group_nip(nip)}"


def fields(rows: Sequence[tuple[str, str]], label_width: float = 38 * mm,
           style: ParagraphStyle = TEXT) -> Table:
    """``Label : value`` lines, values wrapping under themselves; empty values are left out.

    Values are markup (escape user data with ``esc``)."""
    data = [[Paragraph(label, style), Paragraph(":", style), Paragraph(value, style)]
            for label, value in rows if value]
    table = Table(data, colWidths=[label_width, 4 * mm, None], hAlign="LEFT")
    table.setStyle(TableStyle(_PLAIN_TABLE))
    return table


def applicant_rows(person: Applicant, contact: bool = True) -> list[tuple[str, str]]:
    """The PPK's identity as ``fields`` rows; empty optional ones drop out in ``fields``."""
    rows = [("Nama", f"<b>{esc(person.name)}</b>"), ("NIP", esc(group_nip(person.nip))),
            ("Pangkat/Golongan", esc(person.rank)), ("Jabatan", esc(person.position)),
            ("Unit Kerja", esc(person.work_unit))]
    if contact:
        rows += [("Telepon", esc(person.phone)), ("E-mail", esc(person.email))]
    return rows


def numbered(items: Sequence[str], style: ParagraphStyle = BODY) -> ListFlowable:
    """``1. 2. 3.`` list, items hanging under their numbers; items are markup."""
    item_style = ParagraphStyle("item", style, spaceAfter=2, alignment=0)
    return ListFlowable([Paragraph(item, item_style) for item in items],
                        bulletType="1", bulletFormat="%s.", bulletFontName=style.fontName,
                        bulletFontSize=style.fontSize, leftIndent=8 * mm, spaceAfter=7)


def _name_style(name: str, width: float) -> ParagraphStyle:
    """The name is the signature's line: set smaller until it fits on one; only a name too long
    even then wraps, inside the column."""
    size = max(NAME_MIN_SIZE, _fit(name, BOLD, CENTER.fontSize, width))
    return ParagraphStyle("signatory", CENTER, fontSize=size, leading=min(CENTER.leading, size * 1.3))


def signature(heading: Sequence[str], name: str, nip: str, width: float) -> Table:
    """Heading lines (place and date, role), room to sign, name bold and underlined, NIP."""
    rows: list[list[Flowable]] = [[Paragraph(esc(line) or "&nbsp;", CENTER)] for line in heading]
    rows.append([Spacer(1, 18 * mm)])
    if name:
        rows.append([Paragraph(f"<u><b>{esc(name)}</b></u>", _name_style(name, width))])
        if nip:
            rows.append([Paragraph(esc(nip_text(nip)), CENTER)])
    else:  # nobody known yet: lines for the name and the NIP
        rows += [[Paragraph(BLANK_NAME, CENTER)], [Paragraph(BLANK_NIP, CENTER)]]
    table = Table(rows, colWidths=[width])
    table.setStyle(TableStyle(_PLAIN_TABLE))
    return table


def signature_right(heading: Sequence[str], name: str, nip: str) -> Table:
    """One signature block in the right half, as under a letter."""
    width = 80 * mm
    table = Table([["", signature(heading, name, nip, width)]],
                  colWidths=[CONTENT_W - width, width], spaceBefore=6 * mm)
    table.setStyle(TableStyle(_PLAIN_TABLE))
    return table


def signature_pair(left: tuple[Sequence[str], str, str],
                   right: tuple[Sequence[str], str, str], width: float = CONTENT_W,
                   space_before: float = 5 * mm) -> Table:
    """Two blocks side by side (who hands over / who receives); each is (heading, name, nip).

    Headings are padded to the same number of lines so the names line up."""
    lines = max(len(left[0]), len(right[0]))
    half = width / 2
    blocks = [signature([""] * (lines - len(h)) + list(h), name, nip, half - 6 * mm)
              for h, name, nip in (left, right)]
    table = Table([blocks], colWidths=[half, half], spaceBefore=space_before)
    table.setStyle(TableStyle(_PLAIN_TABLE))
    return table


def known_and_made(known_by: Signatory | None, made_by: Signatory | None, city: str, date: dt.date,
                   made: str = "Yang membuat,", width: float = CONTENT_W, space_before: float = 5 * mm) -> Table:
    """"Mengetahui" by the head of the unit at the left, the one who made the document at the right; a
    signatory not known leaves lines to sign and write the name on."""
    nobody = Signatory("", "", "")
    head, maker = known_by or nobody, made_by or nobody
    return signature_pair((["Mengetahui,", head.title], head.name, head.nip),
                          ([f"{city}, {format_date(date)}", made, maker.title], maker.name, maker.nip),
                          width=width, space_before=space_before)


def _fit(text: str, font: str, size: float, width: float) -> float:
    """The largest size up to ``size`` at which ``text`` fits ``width``."""
    needed = stringWidth(text, font, size)
    return size if needed <= width else size * width / needed


def draw_letterhead(canvas: Canvas, head: Letterhead, page: Page = PORTRAIT) -> None:
    """Emblem left, names centred right of it, address, then the double rule."""
    top, right, rule_y = page.height - page.top, page.width - page.right, page.rule_y
    canvas.saveState()
    if head.logo.is_file():
        canvas.drawImage(str(head.logo), page.left, top - LOGO_H - 1.5 * mm, LOGO_W, LOGO_H,
                         preserveAspectRatio=True, anchor="c", mask="auto")
    else:  # a moved logo file must not stop a letter from being printed
        log.warning("Letterhead logo not found: %s", head.logo)
    text_left = page.left + LOGO_W + 3 * mm
    width = right - text_left
    centre = text_left + width / 2
    lines = [(head.government, BOLD, 13.5), (head.unit, BOLD, 15.5), (head.subunit, BOLD, 12),
             (head.address, FONT, 9.5), (head.contact, FONT, 9.5)]
    lines = [line for line in lines if line[0]]
    block = sum(size * 1.25 for _, _, size in lines)
    y = rule_y + 3 * mm + (top - rule_y - 3 * mm + block) / 2
    for text, font, size in lines:
        y -= size * 1.25
        canvas.setFont(font, _fit(text, font, size, width))
        canvas.drawCentredString(centre, y + size * 0.25, text)
    canvas.setLineWidth(2.2)
    canvas.line(page.left, rule_y, right, rule_y)
    canvas.setLineWidth(0.7)
    canvas.line(page.left, rule_y - 2.2, right, rule_y - 2.2)
    canvas.restoreState()


def draw_running_head(canvas: Canvas, head: Letterhead, text: str, page: Page) -> None:
    """The compact header of later pages: the office left, ``text`` right, a thin rule."""
    y = page.height - page.top - 4 * mm
    right = page.width - page.right
    half = page.content_w / 2 - 3 * mm
    canvas.saveState()
    canvas.setFont(BOLD, _fit(head.subunit, BOLD, 8, half))
    canvas.drawString(page.left, y, head.subunit)
    canvas.setFont(FONT, _fit(text, FONT, 8, half))
    canvas.drawRightString(right, y, text)
    canvas.setLineWidth(0.7)
    canvas.line(page.left, y - 2 * mm, right, y - 2 * mm)
    canvas.restoreState()


class PageCountCanvas(Canvas):
    """Holds pages back until the end so each can say "Halaman X dari N".

    A single page is left unnumbered unless ``number_single_page``."""

    def __init__(self, *args: Any, page: Page = PORTRAIT, number_single_page: bool = False, **kwargs: Any) -> None:
        kwargs.setdefault("pagesize", page.size)
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._page = page
        self._number_single_page = number_single_page

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's own, missing from its stubs

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            if total > 1 or self._number_single_page:
                self.setFont(FONT, 9)
                self.setFillColor(colors.black)
                self.drawCentredString(self._page.width / 2, self._page.bottom / 2,
                                       f"Halaman {number} dari {total}")
            super().showPage()
        super().save()


def render(story: list[Flowable], head: Letterhead, *, title: str,
           invariant: bool = False, one_page: bool = False, reserve_bottom: float = 0,
           decorate: Callable[[Canvas], None] | None = None,
           running_head: str | None = None, number_single_page: bool = False) -> bytes:
    """The PDF of ``story`` under the letterhead on A4, as bytes.

    ``invariant`` gives byte-identical output for identical input (fixed date and ID),
    through ReportLab's per-document setting rather than the global ``rl_config.invariant``,
    so a render on another thread is unaffected. ``one_page`` shrinks an overlong story to
    fit one page. ``decorate`` draws fixed extras on each page inside the ``reserve_bottom``
    points kept free above the bottom margin. With ``running_head`` only the first page
    carries the full letterhead; later ones get the compact header saying that text."""
    page = PORTRAIT
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=page.size, leftMargin=page.left,
                          rightMargin=page.right, topMargin=page.height - page.body_top,
                          bottomMargin=page.bottom, title=title, author=head.subunit,
                          creator="UKPBJ Desktop", invariant=1 if invariant else None)
    bottom = page.bottom + reserve_bottom

    def frame(top: float) -> Frame:
        return Frame(page.left, bottom, page.content_w, top - bottom,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    first = frame(page.body_top)
    if one_page:
        story = [KeepInFrame(first.width, first.height, story, mode="shrink", vAlign="TOP")]

    def on_first(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        draw_letterhead(canvas, head, page)
        if decorate:
            decorate(canvas)

    if running_head is None:
        templates = [PageTemplate("page", [first], onPage=on_first)]
    else:
        def on_later(canvas: Canvas, _doc: BaseDocTemplate) -> None:
            draw_running_head(canvas, head, running_head, page)
            if decorate:
                decorate(canvas)

        templates = [PageTemplate("first", [first], onPage=on_first, autoNextPageTemplate="later"),
                     PageTemplate("later", [frame(page.running_body_top)], onPage=on_later)]
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=partial(PageCountCanvas, page=page,
                                         number_single_page=number_single_page))
    return buffer.getvalue()
