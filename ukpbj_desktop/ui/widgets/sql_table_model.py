"""What the register and the archive tables share: rows read from SQL a page at a time,
sorted by a header click that reads them again in the new order.

A subclass names its columns (``COLUMNS``: sort key and header text, marked for
translation in ``CONTEXT``), keeps its query's filter in ``_filter`` and says how to read
(``reload``, ``fetchMore``).
"""
from __future__ import annotations

from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

TOP_LEVEL = QModelIndex()  # the invalid index, Qt's "no parent": a read-only value, so one default serves all calls


class Row(Protocol):
    """A loaded row: a frozen query result that names its record."""

    @property
    def id(self) -> int: ...


RowT = TypeVar("RowT", bound=Row)
FilterT = TypeVar("FilterT")


class SqlTableModel(QAbstractTableModel, Generic[RowT, FilterT]):
    COLUMNS: tuple[tuple[str, str], ...] = ()
    CONTEXT = ""
    _filter: FilterT

    total_changed = Signal(int)

    def __init__(self, sort_column: str, descending: bool, parent=None):
        super().__init__(parent)
        self._sort_column = sort_column
        self._descending = descending
        self._rows: list[RowT] = []
        self._total = 0
        self._resetting = False  # views may ask to fetch while told a reset is coming: nothing to fetch then

    @property
    def total(self) -> int:
        """Rows of the whole filtered table, loaded or not."""
        return self._total

    @property
    def sort_key(self) -> tuple[str, bool]:
        """(sort column, descending): the order the rows are read in now."""
        return self._sort_column, self._descending

    @property
    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        column = next(i for i, (name, _title) in enumerate(self.COLUMNS) if name == self._sort_column)
        return column, order

    def set_filter(self, flt: FilterT) -> None:
        """Read again for a new filter; the filter already shown reads nothing."""
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def load_end(self) -> bool:
        """Load the last rows of the whole table when they are not (Ctrl+End); False when nothing was read."""
        return False

    def load_start(self) -> bool:
        """Load the first rows of the whole table when they are not (Ctrl+Home); False when nothing was read."""
        return False

    def fetch_before(self) -> int:
        """Load the rows before the first loaded; how many came (0: the first loaded row is the first)."""
        return 0

    def row_at(self, row: int) -> RowT:
        """The loaded row object at ``row``."""
        return self._rows[row]

    def row_of(self, row_id: int) -> int | None:
        """Where the row with ``row_id`` is among the loaded rows."""
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), None)

    def rowCount(self, parent=TOP_LEVEL) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=TOP_LEVEL) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the same filter read again in the new order."""
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sort_column = self.COLUMNS[column][0]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.COLUMNS)):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section][1])
        return None  # never the base class: it crashes some PySide6 releases on Python 3.11

    def cell(self, index: QModelIndex | QPersistentModelIndex) -> tuple[RowT, str] | None:
        """(row object, column name) of a valid index, else None."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()], self.COLUMNS[index.column()][0]
