"""The office's exports: the register as CSV/XLSX, the archive list and one dossier as PDF.

Each export reads what it needs, reports ``progress(done, total)``, stops with
:class:`~ukpbj_desktop.documents.export_files.Cancelled` when ``cancelled()`` says so, and writes its
file all or nothing (:func:`~ukpbj_desktop.documents.export_files.atomic_write`). The register is
streamed page by page, so 100,000 applications never sit in memory at once. ReportLab and
openpyxl are imported on first use (ReportLab alone costs ~250 ms).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TypeVar

from ukpbj_desktop import workdays, workflow
from ukpbj_desktop.documents import paperwork
from ukpbj_desktop.documents.export_files import IsCancelled, Progress, atomic_write, check_cancelled, report_progress
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from ukpbj_desktop.formatting import group_nip
from ukpbj_desktop.queries import archive as archive_query, register as register_query
from ukpbj_desktop.store.models import Operator, now
from ukpbj_desktop.validation import CONTROL_CHARACTERS

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell

Row = tuple[object, ...]  # one exported line: texts, numbers, dates
T = TypeVar("T")

BATCH = 1000  # rows read per query, and between two progress reports

REGISTER_HEADERS = ("No. Agenda", "Tanggal Diterima", "Nama", "NIP", "Satuan Kerja", "Langkah", "Status",
                    "Keputusan", "Lama proses (hari kerja)", "Di Langkah Ini Sejak", "Melewati Standar Waktu")
_XLSX_WIDTHS = (24, 17, 34, 23, 44, 34, 26, 12, 12, 17, 12)  # characters, one per header
_XLSX_DATETIME = "dd/mm/yyyy hh:mm"  # the Indonesian order, whatever the PC's locale

# Typed text that a spreadsheet would run as a formula (OWASP, CSV injection), and the control characters
# that neither a worksheet nor a reader wants (tab, newline and carriage return are kept).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile(f"[{CONTROL_CHARACTERS}]")

PROGRESS_SCALE = 1000  # the archive list reports thousandths: reading, then rendering
_READ_SHARE = 200  # of PROGRESS_SCALE: reading the rows took 15-25% of the time (3,000-28,000 records)


def _typed(text: str) -> str:
    """A value someone typed, as a spreadsheet must show it: as text, never run as a formula."""
    text = _CONTROL.sub("", text)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _register_values(row: register_query.RegisterRow, at: dt.datetime) -> Row:
    """One register line; the NIP grouped with spaces also keeps Excel from making 18 digits 1.97E+17.

    "Lama proses" is the whole SOP's duration in working days: from the file's receipt to its archiving,
    the SOP's last step (a closed file's ``step_entered_at``), so it costs the export no query. It
    includes the PPK's own time (completing the file, collecting the account); a file still open has
    no figure yet.
    """
    step = f"{workflow.step_no(row.current_step)}. {workflow.step_name(row.current_step)}" if row.current_step else None
    closed = row.current_step is None
    took = workdays.working_days(row.received_at.date(), row.step_entered_at.date()) if closed else None
    decision = workflow.DECISION_LABELS.get(row.decision, "").capitalize() or None
    # An empty value is None, not "": the workbook then writes no cell at all (cells are most of its time).
    return (row.agenda_number, row.received_at, _typed(row.applicant_name), group_nip(row.nip),
            _typed(row.work_unit), step, workflow.STATE_LABELS.get(row.state, row.state), decision, took,
            row.step_entered_at if row.current_step else None, "Ya" if row.overdue(at) else None)


def _register_rows(flt: register_query.RegisterFilter, progress: Progress,
                   cancelled: IsCancelled) -> Iterator[Row]:
    """The filtered register in agenda order, one keyset page in memory at a time."""
    total, at, key, done = register_query.count(flt, exact=True), now(), None, 0
    report_progress(progress, 0, total)
    while True:
        check_cancelled(cancelled)
        batch = register_query.page(flt, "agenda_number", after_key=key, limit=BATCH, total=total)
        for row in batch:
            yield _register_values(row, at)
        done += len(batch)
        report_progress(progress, done, max(total, done))
        if len(batch) < BATCH:
            return
        key = batch[-1].key


def _write_csv(handle: BinaryIO, headers: tuple[str, ...], rows: Iterable[Row]) -> int:
    """UTF-8 with a BOM: without it Excel reads the file as ANSI and mangles accents."""
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    try:
        writer = csv.writer(text)
        writer.writerow(headers)
        written = 0
        for row in rows:
            # ISO "2026-01-05 09:30": Excel reads it as a date and time in every locale
            writer.writerow([v.isoformat(" ", "minutes") if isinstance(v, dt.datetime) else v for v in row])
            written += 1
        return written
    finally:
        text.detach()  # flushes; atomic_write closes the file itself


def _write_xlsx(handle: BinaryIO, headers: tuple[str, ...], rows: Iterable[Row]) -> int:
    """A streaming (write-only) workbook: bold header row kept in view, dates as real dates."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Register")
    sheet.freeze_panes = "A2"
    for column, width in enumerate(_XLSX_WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    bold = Font(bold=True)

    def cell(value: str | float | dt.datetime | None, **style: object) -> Cell:
        made = WriteOnlyCell(sheet, value)
        for name, setting in style.items():
            setattr(made, name, setting)
        return made

    sheet.append([cell(h, font=bold) for h in headers])
    written = 0
    try:
        for row in rows:
            sheet.append([cell(v, number_format=_XLSX_DATETIME) if isinstance(v, dt.datetime) else v for v in row])
            written += 1
    except BaseException:
        sheet.close()  # ends openpyxl's own temporary file tidily (it deletes it at exit)
        raise
    book.save(handle)
    return written


_REGISTER_WRITERS = {".csv": _write_csv, ".xlsx": _write_xlsx}


def export_register(flt: register_query.RegisterFilter, out: Path, progress: Progress = None,
                    cancelled: IsCancelled = None) -> int:
    """The filtered register as ``.csv`` or ``.xlsx`` (by ``out``'s suffix); returns the rows written."""
    out = Path(out)
    write = _REGISTER_WRITERS.get(out.suffix.lower())
    if write is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Register hanya bisa diekspor ke berkas .csv atau "
                                                              ".xlsx, bukan {name}."), field="out", name=out.name)
    with atomic_write(out) as handle:
        return write(handle, REGISTER_HEADERS, _register_rows(flt, progress, cancelled))


def _scaled(progress: Progress, start: int, end: int) -> Progress:
    """``progress`` for one phase, mapped onto ``start..end`` of PROGRESS_SCALE."""
    if progress is None:
        return None
    return lambda done, total: progress(start + (end - start) * done // max(total, 1), PROGRESS_SCALE)


def _watched(rows: Iterable[T], total: int, progress: Progress, cancelled: IsCancelled) -> Iterator[T]:
    """``rows`` passed through, with a progress report and a cancel check every BATCH rows."""
    check_cancelled(cancelled)
    done = 0
    for done, row in enumerate(rows, 1):
        yield row
        if done % BATCH == 0:
            check_cancelled(cancelled)
            report_progress(progress, done, max(total, done))
    report_progress(progress, done, max(total, done))


def export_archive_list(flt: archive_query.ArchiveFilter, out: Path, progress: Progress = None,
                        cancelled: IsCancelled = None, sort: tuple[str, bool] = ("archived_at", False),
                        made_by: Operator | None = None) -> int:
    """The Daftar Arsip of the filtered records as a PDF; returns the number of records listed.

    ``sort`` is (column, descending) as the archive browser shows them; ``made_by`` the operator
    who signs it. ``progress`` counts thousandths of the whole job: reading the rows, then rendering.
    """
    from ukpbj_desktop.documents.reports.archive_list import archive_list_pdf

    rows = _watched(archive_query.iter_rows(flt, *sort, batch=BATCH), archive_query.count(flt, exact=True),
                    _scaled(progress, 0, _READ_SHARE), cancelled)
    data = paperwork.archive_list_data(rows, flt, made_by)
    pdf = archive_list_pdf(data, _scaled(progress, _READ_SHARE, PROGRESS_SCALE), cancelled)
    check_cancelled(cancelled)
    with atomic_write(Path(out)) as handle:
        handle.write(pdf)
    return len(data.lines)


def export_dossier(application_id: int, out: Path, made_by: Operator | None = None) -> None:
    """One application's whole file as a PDF, whatever its state (unarchived: no archive block)."""
    from ukpbj_desktop.documents.reports.dossier import dossier_pdf

    pdf = dossier_pdf(paperwork.dossier_data(application_id, made_by))
    with atomic_write(Path(out)) as handle:
        handle.write(pdf)
