"""Archive records as a Qt table model, read a page at a time as the view scrolls.

Filters and sorting are SQL (``archive_query``); files whose active or inactive retention
ends in the year being looked at stand out, since those are the ones to move or appraise.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ukpbj_desktop.errors import QT_TRANSLATE_NOOP
from ukpbj_desktop.queries import archive as aq
from ukpbj_desktop.store.models import now
from ukpbj_desktop.ui.widgets.formatting import date_text
from ukpbj_desktop.ui.widgets.labels import disposition_label, location_label
from ukpbj_desktop.ui.widgets.sql_table_model import TOP_LEVEL, SqlTableModel

_Role = Qt.ItemDataRole
PAGE_SIZE = 256

# (archive_query sort column, header)
COLUMNS = (
    ("archive_number", QT_TRANSLATE_NOOP("ArchiveModel", "Nomor arsip")),
    ("classification", QT_TRANSLATE_NOOP("ArchiveModel", "Klasifikasi")),
    ("name", QT_TRANSLATE_NOOP("ArchiveModel", "Pemohon")),
    ("description", QT_TRANSLATE_NOOP("ArchiveModel", "Uraian")),
    ("period", QT_TRANSLATE_NOOP("ArchiveModel", "Kurun waktu")),
    ("box_no", QT_TRANSLATE_NOOP("ArchiveModel", "Boks")),
    ("room", QT_TRANSLATE_NOOP("ArchiveModel", "Lokasi")),
    ("archived_at", QT_TRANSLATE_NOOP("ArchiveModel", "Diarsipkan")),
    ("active_until", QT_TRANSLATE_NOOP("ArchiveModel", "Aktif s.d.")),
    ("inactive_until", QT_TRANSLATE_NOOP("ArchiveModel", "Inaktif s.d.")),
    ("disposition", QT_TRANSLATE_NOOP("ArchiveModel", "Nasib akhir")),
)
COLUMN = {name: number for number, (name, _title) in enumerate(COLUMNS)}

DUE_BACKGROUND = QColor("#fff3cd")
DUE_FOREGROUND = QColor("#664d03")


def due_in(row: aq.ArchiveRow, year: int) -> bool:
    """Whether the file's active or inactive retention ends in ``year``."""
    return year in (row.active_until, row.inactive_until)


class ArchiveModel(SqlTableModel[aq.ArchiveRow, aq.ArchiveFilter]):
    """Rows of ``archive_query.page``; ``total`` counts the whole filtered archive."""

    COLUMNS = COLUMNS
    CONTEXT = "ArchiveModel"

    def __init__(self, parent=None):
        super().__init__("archived_at", True, parent)
        self._filter = aq.ArchiveFilter()
        self._complete = True
        self.due_year = now().year

    @property
    def archive_filter(self) -> aq.ArchiveFilter:
        return self._filter

    def reload(self) -> None:
        total = aq.count(self._filter)
        self.due_year = self._filter.retention_year or now().year
        self._resetting = True
        self.beginResetModel()
        self._total = total
        self._complete = True
        self._rows = self._page(0) if total else []
        self.endResetModel()
        self._resetting = False
        self.total_changed.emit(total)

    def refresh_row(self, archive_id: int) -> None:
        """Show one record's new filing data in place."""
        position = self.row_of(archive_id)
        fresh = aq.row(archive_id)
        if position is None or fresh is None:
            return
        self._rows[position] = fresh
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1))

    # --- QAbstractItemModel ---------------------------------------------------------------

    def canFetchMore(self, parent=TOP_LEVEL) -> bool:  # noqa: N802
        return not parent.isValid() and not self._resetting and not self._complete

    def fetchMore(self, parent=TOP_LEVEL) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        rows = self._page(len(self._rows))
        if not rows:  # records removed meanwhile
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex, role=_Role.DisplayRole):
        cell = self.cell(index)
        if cell is None:
            return None
        row, column = cell
        if role == _Role.DisplayRole:
            return self._text(row, column)
        if role == _Role.ToolTipRole:
            return self._tooltip(row, column)
        if due_in(row, self.due_year):
            if role == _Role.BackgroundRole:
                return QBrush(DUE_BACKGROUND)
            if role == _Role.ForegroundRole:
                return QBrush(DUE_FOREGROUND)
        return None

    # --- helpers --------------------------------------------------------------------------

    def _page(self, offset: int) -> list[aq.ArchiveRow]:
        """The rows from ``offset``; a short page means the end (a capped total is only a lower bound)."""
        rows = aq.page(self._filter, self._sort_column, self._descending, offset=offset, limit=PAGE_SIZE,
                       total=self._total)
        self._complete = len(rows) < PAGE_SIZE
        return rows

    def _text(self, row: aq.ArchiveRow, column: str) -> str:
        if column == "room":
            return location_label(row)
        if column == "archived_at":
            return date_text(row.archived_at)
        if column in ("active_until", "inactive_until"):
            year = getattr(row, column)
            return "" if year is None else str(year)
        if column == "disposition":
            return disposition_label(row.disposition)
        return str(getattr(row, column))

    def _tooltip(self, row: aq.ArchiveRow, column: str) -> str | None:
        if due_in(row, self.due_year):
            kind = self.tr("aktif") if row.active_until == self.due_year else self.tr("inaktif")
            return self.tr("Retensi {kind} berkas ini berakhir tahun {year}.").format(kind=kind, year=self.due_year)
        if column == "classification":
            return row.classification_name
        if column in ("name", "description", "room"):
            return self._text(row, column)
        return None
