"""The register as a Qt table model: pages of 256 rows loaded as the view scrolls.

Filtering and sorting are new SQL queries (``register_query``), never a proxy model over
Python rows, so 100,000 applications cost what one page costs. Files waiting at an office
step longer than its time standard stand out.
"""
from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ukpbj_desktop.errors import QT_TRANSLATE_NOOP
from ukpbj_desktop.formatting import group_nip
from ukpbj_desktop.queries import register as rq
from ukpbj_desktop.store.models import now
from ukpbj_desktop.ui.widgets.formatting import date_text, datetime_text
from ukpbj_desktop.ui.widgets.labels import duration_label, state_and_decision_label, step_label
from ukpbj_desktop.ui.widgets.sql_table_model import TOP_LEVEL, SqlTableModel

_Role = Qt.ItemDataRole
ID_ROLE = _Role.UserRole  # the application id of the row
OVERDUE_ROLE = _Role.UserRole + 1  # True when the row waits beyond its step's time standard

# (register_query sort column, header); the model's columns in order.
COLUMNS = (
    ("agenda_number", QT_TRANSLATE_NOOP("RegisterModel", "No. Agenda")),
    ("received_at", QT_TRANSLATE_NOOP("RegisterModel", "Tanggal diterima")),
    ("applicant_name", QT_TRANSLATE_NOOP("RegisterModel", "Pemohon")),
    ("nip", QT_TRANSLATE_NOOP("RegisterModel", "NIP")),
    ("work_unit", QT_TRANSLATE_NOOP("RegisterModel", "Satuan kerja")),
    ("current_step", QT_TRANSLATE_NOOP("RegisterModel", "Langkah")),
    ("state", QT_TRANSLATE_NOOP("RegisterModel", "Status")),
    ("waiting", QT_TRANSLATE_NOOP("RegisterModel", "Menunggu")),
)
COLUMN = {name: number for number, (name, _title) in enumerate(COLUMNS)}

OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_FOREGROUND = QColor("#8a1c1c")


class RegisterModel(SqlTableModel[rq.RegisterRow, rq.RegisterFilter]):
    """Rows of ``register_query.page``; ``total`` is the count of the whole filtered register."""

    COLUMNS = COLUMNS
    CONTEXT = "RegisterModel"

    def __init__(self, parent=None):
        super().__init__("received_at", True, parent)
        self._filter = rq.RegisterFilter()
        self._positions: dict[int, int] = {}
        self._complete = True  # no rows after the last loaded
        self._at_start = True  # no rows before the first loaded (Ctrl+End loads the last page alone)
        self._now = now()
        self._bold = QFont()
        self._bold.setBold(True)

    # --- what the rest of the window uses -------------------------------------------------

    @property
    def register_filter(self) -> rq.RegisterFilter:
        return self._filter

    def reload(self) -> None:
        """Count and read the first page again (after a filter change, a new file, F5)."""
        total = rq.count(self._filter)
        first = rq.page(self._filter, self._sort_column, self._descending, total=total) if total else []
        self._show(total, first, complete=len(first) < rq.PAGE_SIZE, at_start=True)

    def load_start(self) -> bool:
        """Ctrl+Home after Ctrl+End: the first page again, when it is not loaded."""
        if self._at_start:
            return False
        self.reload()
        return True

    def load_end(self) -> bool:
        """Ctrl+End: the last page of the whole register (read backwards, one query), not of the rows loaded."""
        if self._complete:
            return False
        last = self._page_before(None)
        self._show(self._total, last, complete=True, at_start=len(last) < rq.PAGE_SIZE)
        return True

    def fetch_before(self) -> int:
        """Scrolled to the top of rows read from the end: the page above them; how many rows came."""
        if self._at_start or self._resetting or not self._rows:
            return 0
        rows = self._page_before(self._rows[0].key)
        self._at_start = len(rows) < rq.PAGE_SIZE
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows[:0] = rows
            self._positions = {r.id: i for i, r in enumerate(self._rows)}
            self.endInsertRows()
        return len(rows)

    def refresh_row(self, application_id: int) -> bool:
        """Show one application's new data in place, keeping its position; False if not loaded."""
        position = self._positions.get(application_id)
        if position is None:
            return False
        fresh = rq.row(application_id, self._sort_column)
        if fresh is None:  # deleted meanwhile
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self._positions = {r.id: i for i, r in enumerate(self._rows)}
            self.endRemoveRows()
            return True
        # The old keyset position stays, so the next page still follows on from this row.
        self._rows[position] = dataclasses.replace(fresh, key=self._rows[position].key)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1))
        return True

    def tick(self) -> None:
        """Let waiting times (and so overdue marks) follow the clock."""
        self._now = now()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def row_of(self, application_id: int) -> int | None:
        return self._positions.get(application_id)

    # --- QAbstractItemModel ---------------------------------------------------------------

    def canFetchMore(self, parent=TOP_LEVEL) -> bool:  # noqa: N802
        return not parent.isValid() and not self._complete and not self._resetting

    def fetchMore(self, parent=TOP_LEVEL) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        rows = self._next_page()
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._append(rows)
            self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex, role=_Role.DisplayRole):
        cell = self.cell(index)
        if cell is None:
            return None
        row, column = cell
        if role == _Role.DisplayRole:
            return self._text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == OVERDUE_ROLE:
            return row.overdue(self._now)
        if role == _Role.ToolTipRole:
            return self._tooltip(row, column)
        if row.overdue(self._now):
            if role == _Role.BackgroundRole:
                return QBrush(OVERDUE_BACKGROUND)
            if role == _Role.ForegroundRole:
                return QBrush(OVERDUE_FOREGROUND)
            if role == _Role.FontRole and column == "waiting":
                return self._bold
        return None

    # --- helpers --------------------------------------------------------------------------

    def _show(self, total: int, rows: list[rq.RegisterRow], complete: bool, at_start: bool) -> None:
        self._resetting = True
        self.beginResetModel()
        self._now = now()
        self._total, self._rows, self._positions = total, [], {}
        self._complete, self._at_start = complete, at_start
        self._append(rows)
        self.endResetModel()
        self._resetting = False
        self.total_changed.emit(self._total)

    def _page_before(self, key: tuple[Any, ...] | None) -> list[rq.RegisterRow]:
        """The rows just before ``key`` (None: the last ones), in the register's order: the sort read backwards."""
        rows = rq.page(self._filter, self._sort_column, not self._descending, after_key=key, total=self._total)
        rows.reverse()
        return rows

    def _next_page(self) -> list[rq.RegisterRow]:
        after = self._rows[-1].key if self._rows else None
        rows = rq.page(self._filter, self._sort_column, self._descending, after_key=after, total=self._total)
        self._complete = len(rows) < rq.PAGE_SIZE
        return rows

    def _append(self, rows: list[rq.RegisterRow]) -> None:
        start = len(self._rows)
        self._rows.extend(rows)
        self._positions.update((r.id, start + i) for i, r in enumerate(rows))

    def _text(self, row: rq.RegisterRow, column: str) -> str:
        if column == "agenda_number":
            return row.agenda_number
        if column == "received_at":
            return date_text(row.received_at)
        if column == "applicant_name":
            return row.applicant_name
        if column == "nip":
            return group_nip(row.nip)
        if column == "work_unit":
            return row.work_unit
        if column == "current_step":
            return step_label(row.current_step)
        if column == "state":
            return state_and_decision_label(row.state, row.decision)
        waiting = row.waiting(self._now)
        return "" if waiting is None else duration_label(waiting)

    def _tooltip(self, row: rq.RegisterRow, column: str) -> str | None:
        waiting = row.waiting(self._now)
        if waiting is not None and row.overdue(self._now):
            text = self.tr("Melewati standar waktu: menunggu {waited} di langkah {step}, standarnya {minutes} menit.")
            return text.format(waited=duration_label(waiting), step=step_label(row.current_step),
                               minutes=row.standard_minutes)
        if column == "received_at":
            return datetime_text(row.received_at)
        if column in ("applicant_name", "work_unit", "current_step", "state"):
            return self._text(row, column)  # the whole text of a cell the column may cut short
        return None
