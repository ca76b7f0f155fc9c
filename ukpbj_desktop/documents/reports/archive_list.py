"""The Daftar Arsip (archive list) on A4 landscape, drawn straight on the canvas.

Platypus is too slow for 10,000 lines (one LongTable is super-linear, a Paragraph per cell
doubles the time), so cells are wrapped from cached glyph widths, rows measured and pages broken
here. The first page carries the full letterhead, later ones a compact header; every page
repeats the column headers. A row taller than a page continues on the next one: nothing is cut.
"""
from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table

from ukpbj_desktop.documents.export_files import IsCancelled, Progress, check_cancelled, report_progress
from ukpbj_desktop.documents.reports.common import (
    PageCountCanvas,
    draw_letterhead,
    draw_running_head,
    known_and_made,
)
from ukpbj_desktop.documents.reports.data import ArchiveLine, ArchiveListData
from ukpbj_desktop.documents.reports.styles import BOLD, FONT, LANDSCAPE
from ukpbj_desktop.formatting import format_datetime, group_thousands

PAGE = LANDSCAPE
SIZE, LEADING = 7.5, 9.0  # body cells
HEAD_SIZE, HEAD_LEADING = 7.0, 8.2  # column headers
PAD_X, PAD_Y = 1.5 * mm, 2.2
BREAK_AFTER = "/-._,;:)"  # where an over-long word is best broken
HEADER_FILL = colors.HexColor("#e6e6e6")


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    field: str
    centred: bool


def _columns(*spec: tuple[str, float | None, str, bool]) -> tuple[Column, ...]:
    """Widths in mm; the one column given ``None`` takes the rest of the page."""
    rest = PAGE.content_w - sum(width * mm for _, width, _, _ in spec if width)
    return tuple(Column(title, width * mm if width else rest, field, centred)
                 for title, width, field, centred in spec)


# The official columns (resources/classification.json, "daftar_arsip_columns").
COLUMNS = _columns(
    ("No", 11, "number", True),
    ("Kode Klasifikasi", 16, "classification", True),
    ("Nomor Berkas", 29, "archive_number", False),
    ("Uraian Informasi", None, "description", False),
    ("Kurun Waktu", 14, "period", True),
    ("Jumlah", 14, "quantity", True),
    ("Tingkat Perkembangan", 21, "development_level", True),
    ("Nomor Folder", 12, "folder", True),
    ("Nomor Boks", 12, "box", True),
    ("Lokasi Simpan", 28, "location", False),
    ("Retensi Aktif", 16, "active_retention", True),
    ("Retensi Inaktif", 16, "inactive_retention", True),
    ("Nasib Akhir", 16, "disposition", True),
    ("Keterangan", 22, "note", False),  # medium; rejected; scans
)
# Left edges of the columns, and the right edge of the table last.
EDGES = tuple(PAGE.left + sum(c.width for c in COLUMNS[:i]) for i in range(len(COLUMNS) + 1))


class Measure:
    """Widths of text in one font and size, from cached character widths.

    ReportLab's Type 1 widths have no kerning, so a string is as wide as its characters
    together; summing cached widths is several times faster than ``stringWidth`` per call."""

    def __init__(self, font: str, size: float) -> None:
        self.font, self.size = font, size
        self._chars: dict[str, float] = {}

    def __call__(self, text: str) -> float:
        chars = self._chars
        try:
            return sum(map(chars.__getitem__, text))
        except KeyError:
            for ch in set(text) - chars.keys():
                chars[ch] = stringWidth(ch, self.font, self.size)
            return sum(map(chars.__getitem__, text))


BODY_W = Measure(FONT, SIZE)
HEAD_W = Measure(BOLD, HEAD_SIZE)


def _break_word(word: str, width: float, measure: Measure) -> list[str]:
    """A word wider than ``width`` in pieces that fit, cut after a separator where possible."""
    pieces = []
    while measure(word) > width:
        cut, used = 0, 0.0
        while cut < len(word) and used + measure(word[cut]) <= width:
            used += measure(word[cut])
            cut += 1
        cut = max(cut, 1)
        separator = max(word.rfind(ch, 0, cut) for ch in BREAK_AFTER)
        if separator > 0:
            cut = separator + 1
        pieces.append(word[:cut])
        word = word[cut:]
    return pieces + [word] if word else pieces


def wrap(text: str, width: float, measure: Measure = BODY_W) -> list[str]:
    """``text`` as lines no wider than ``width``: at spaces, inside a word only when it must."""
    text = text.strip()
    if "\n" not in text and measure(text) <= width:
        return [text] if text else []
    space = measure(" ")
    lines: list[str] = []
    for paragraph in text.splitlines():
        line: list[str] = []
        used = 0.0
        for word in paragraph.split():
            wide = measure(word)
            if wide > width:
                if line:
                    lines.append(" ".join(line))
                *whole, word = _break_word(word, width, measure)
                lines += whole
                line, used = [], 0.0
                wide = measure(word)
            if line and used + space + wide > width:
                lines.append(" ".join(line))
                line, used = [], 0.0
            used += (space if line else 0.0) + wide
            line.append(word)
        if line:
            lines.append(" ".join(line))
    return lines


@dataclass
class _Row:
    """A line's cells as wrapped text; ``cells[i]`` are the lines of column i."""

    cells: list[Sequence[str]]

    @property
    def lines(self) -> int:
        return max(1, *(len(c) for c in self.cells))

    def height(self) -> float:
        return self.lines * LEADING + 2 * PAD_Y

    def split(self, lines: int) -> _Row:
        """Keep the first ``lines`` lines here; return the rest as the row's continuation."""
        rest = _Row([c[lines:] for c in self.cells])
        self.cells = [c[:lines] for c in self.cells]
        return rest


@lru_cache(maxsize=4096)
def _cell(text: str, width: float) -> tuple[str, ...]:
    """Most cells repeat (period, level, box, location, retention): wrap each text once."""
    return tuple(wrap(text, width))


def _row(line: ArchiveLine) -> _Row:
    return _Row([_cell(str(getattr(line, c.field)), c.width - 2 * PAD_X) for c in COLUMNS])


def _nothing() -> _Row:
    """The single row of an empty list, saying so under "Uraian Informasi"."""
    return _Row([_cell("Tidak ada arsip yang sesuai." if c.field == "description" else "",
                       c.width - 2 * PAD_X) for c in COLUMNS])


_HEADER = _Row([wrap(c.title, c.width - 2 * PAD_X, HEAD_W) for c in COLUMNS])
HEADER_H = _HEADER.lines * HEAD_LEADING + 2 * PAD_Y


def _about(data: ArchiveListData) -> str:
    """Title and subtitle on one line, for the compact header and the PDF's title."""
    return " - ".join(filter(None, (data.title, data.subtitle)))


class _Layout:
    """Puts rows on pages: headers at the top of each, grid drawn when a page is done."""

    def __init__(self, data: ArchiveListData, canvas: Canvas, progress: Progress,
                 cancelled: IsCancelled) -> None:
        self.data, self.canvas = data, canvas
        self.progress, self.cancelled = progress, cancelled
        self.total = len(data.lines)
        self.done = 0  # lines placed
        self.started = False
        self.y = self.table_top = 0.0
        self.rules: list[float] = []  # the y of each horizontal rule on the page

    # pages -------------------------------------------------------------
    def start_page(self, table: bool = True) -> None:
        """Close the page in hand and open the next; ``table=False`` for the signature alone."""
        check_cancelled(self.cancelled)
        report_progress(self.progress, self.done, self.total)
        if self.started:
            self.finish_page()
            self.canvas.showPage()
            draw_running_head(self.canvas, self.data.letterhead, _about(self.data), PAGE)
            self.y = PAGE.running_body_top
        else:
            draw_letterhead(self.canvas, self.data.letterhead, PAGE)
            self.y = self.title_block()
        self.started = True
        self.rules = []
        if table:
            self.table_top = self.y
            self.draw_header(self.y)
            self.y -= HEADER_H
            self.rules = [self.table_top, self.y]

    def title_block(self) -> float:
        """Title, what the list covers, count and print date; returns the table's top."""
        c, data = self.canvas, self.data
        centre = PAGE.left + PAGE.content_w / 2
        y = PAGE.body_top - 2 * mm
        c.setFont(BOLD, 12)
        c.drawCentredString(centre, y, data.title)
        c.setFont(FONT, 9)
        for line in wrap(data.subtitle, PAGE.content_w, Measure(FONT, 9)):
            y -= 11
            c.drawCentredString(centre, y, line)
        y -= 13
        c.setFont(FONT, 8)
        count = group_thousands(self.total)
        c.drawString(PAGE.left, y, f"Jumlah: {count} berkas")
        c.drawRightString(EDGES[-1], y, f"Dicetak: {format_datetime(data.printed_at)}")
        return y - 2.5 * mm

    def finish_page(self) -> None:
        """The grid: a rule under every row, column lines down to the last row."""
        if not self.rules:
            return
        self.canvas.setLineWidth(0.4)
        self.canvas.lines([(EDGES[0], y, EDGES[-1], y) for y in self.rules]
                          + [(x, self.table_top, x, self.rules[-1]) for x in EDGES])
        self.rules = []

    def draw_header(self, top: float) -> None:
        c = self.canvas
        c.setFillColor(HEADER_FILL)
        c.rect(EDGES[0], top - HEADER_H, EDGES[-1] - EDGES[0], HEADER_H, stroke=0, fill=1)
        c.setFillColor(colors.black)
        text = c.beginText()
        text.setFont(BOLD, HEAD_SIZE)
        for column, x, lines in zip(COLUMNS, EDGES, _HEADER.cells, strict=False):
            # vertically centred in the header row
            y = top - (HEADER_H - len(lines) * HEAD_LEADING) / 2 - HEAD_SIZE
            for line in lines:
                text.setTextOrigin(x + (column.width - HEAD_W(line)) / 2, y)
                text.textOut(line)
                y -= HEAD_LEADING
        c.drawText(text)

    # rows --------------------------------------------------------------
    def room(self) -> float:
        return self.y - PAGE.bottom

    def add(self, row: _Row, keep_below: float = 0) -> None:
        """Place ``row``, on a new page if it does not fit; split it if no page could hold it.

        ``keep_below`` is extra room wanted under the row (the signature after the last line)."""
        full = PAGE.running_body_top - HEADER_H - PAGE.bottom  # an empty later page
        if row.height() + keep_below > full:
            keep_below = 0  # cannot be kept together anyway
        while row.height() + keep_below > self.room():
            has_rows = len(self.rules) > 2
            fits = int((self.room() - 2 * PAD_Y) // LEADING)
            if (has_rows and row.height() + keep_below <= full) or fits < 1:
                self.start_page()
                continue
            rest = row.split(fits)
            self.draw_row(row)
            self.start_page()
            row = rest
        self.draw_row(row)

    def draw_row(self, row: _Row) -> None:
        top = self.y
        first = top - PAD_Y - SIZE
        text = self.canvas.beginText()
        text.setFont(FONT, SIZE, LEADING)
        for column, x, lines in zip(COLUMNS, EDGES, row.cells, strict=False):
            if not lines:
                continue
            if column.centred:
                for n, line in enumerate(lines):
                    text.setTextOrigin(x + (column.width - BODY_W(line)) / 2, first - n * LEADING)
                    text.textLine(line)  # unlike textOut, does not measure the line again
            else:  # one origin, then T* moves down a line
                text.setTextOrigin(x + PAD_X, first)
                for line in lines:
                    text.textLine(line)
        self.canvas.drawText(text)
        self.y = top - row.height()
        self.rules.append(self.y)

    def signatures(self) -> None:
        """"Mengetahui" at the left and "Yang membuat" at the right, under the last line."""
        block = self._signature_block()
        if block is not None:
            height = block.wrapOn(self.canvas, PAGE.content_w, PAGE.height)[1]
            block.drawOn(self.canvas, EDGES[0], self.y - 5 * mm - height)

    def signature_height(self) -> float:
        block = self._signature_block()
        if block is None:
            return 0
        height: float = block.wrapOn(self.canvas, PAGE.content_w, PAGE.height)[1]
        return height + 5 * mm

    def _signature_block(self) -> Table | None:
        data = self.data
        if data.made_by is None and data.known_by is None:
            return None
        return known_and_made(data.known_by, data.made_by, data.letterhead.city, data.printed_at.date(),
                              width=PAGE.content_w)


def archive_list_pdf(data: ArchiveListData, progress: Progress = None, cancelled: IsCancelled = None,
                     invariant: bool = False) -> bytes:
    """The Daftar Arsip as PDF bytes.

    ``progress(done, total)`` is called at each page with the lines placed so far;
    ``cancelled()`` returning True stops the work with ``Cancelled``. ``invariant`` gives
    byte-identical output for identical input."""
    buffer = io.BytesIO()
    canvas = PageCountCanvas(buffer, page=PAGE, number_single_page=True,
                             invariant=1 if invariant else None)
    canvas.setTitle(_about(data))
    canvas.setAuthor(data.letterhead.subunit)
    canvas.setCreator("UKPBJ Desktop")
    layout = _Layout(data, canvas, progress, cancelled)
    layout.start_page()
    lines: Sequence[ArchiveLine] = data.lines
    last = len(lines) - 1
    for index, line in enumerate(lines):
        layout.add(_row(line), layout.signature_height() if index == last else 0)
        layout.done = index + 1
    if not lines:
        layout.add(_nothing())
    if layout.signature_height():
        if layout.signature_height() > layout.room():
            layout.start_page(table=False)
        layout.signatures()
    layout.finish_page()
    canvas.showPage()
    report_progress(progress, layout.done, layout.total)
    canvas.save()
    return buffer.getvalue()
