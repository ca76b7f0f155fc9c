"""The pieces the register and the archive browser share: a table of whole rows read from SQL,
its filter choices, and the pause before a typed search runs.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ukpbj_desktop.ui.widgets.sql_table_model import SqlTableModel

SEARCH_DELAY_MS = 150  # typing pauses this long before the search runs: one query a pause, not one a key
MAX_CHOICE_LENGTH = 20  # a filter's longer choices (a work unit, a classification) are cut short in the box only


def search_box(parent: QWidget, placeholder: str, name: str) -> QLineEdit:
    """The search field above a list, with a clear button."""
    search = QLineEdit(parent)
    search.setPlaceholderText(placeholder)
    search.setClearButtonEnabled(True)
    search.setAccessibleName(name)
    return search


def search_timer(search: QLineEdit, apply: Callable[[], None]) -> QTimer:
    """Runs ``apply`` once typing in ``search`` pauses; each key restarts it, so a fast typist costs one query."""
    timer = QTimer(search, singleShot=True, interval=SEARCH_DELAY_MS)
    timer.timeout.connect(apply)
    search.textChanged.connect(lambda _text: timer.start())
    return timer


def filter_bar(search: QLineEdit, clear_button: QWidget, combos: Sequence[QComboBox],
               per_row: int | None = None) -> QVBoxLayout:
    """The search field and its clear button on one line, the filter choices below, ``per_row`` to a line
    (default: all on one), so that each is wide enough for what it offers."""
    bar, search_row = QVBoxLayout(), QHBoxLayout()
    search_row.addWidget(search, 1)
    search_row.addWidget(clear_button)
    bar.addLayout(search_row)
    per_row = per_row or len(combos)
    for first in range(0, len(combos), per_row):
        filter_row = QHBoxLayout()
        for combo in combos[first:first + per_row]:
            filter_row.addWidget(combo, 1)
        bar.addLayout(filter_row)
    return bar


def _fit_to_choices(combo: QComboBox) -> None:
    """Wide enough for its longest choice, up to MAX_CHOICE_LENGTH characters; its list as wide as that choice."""
    longest = max((len(combo.itemText(i)) for i in range(combo.count())), default=0)
    combo.setMinimumContentsLength(min(longest, MAX_CHOICE_LENGTH) + 1)  # in x's: capitals are wider
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)


def filter_combo(parent: QWidget, everything: str, tooltip: str, items: list[tuple[str, object]]) -> QComboBox:
    """A filter choice ("all" is the entry whose data is None) as wide as its choices."""
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setToolTip(tooltip)
    combo.setAccessibleName(tooltip)
    combo.addItem(everything, None)
    for text, value in items:
        combo.addItem(text, value)
    _fit_to_choices(combo)
    return combo


def set_choices(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    """Replace a filter's choices (after its "all" entry), keeping the chosen one if still offered."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for text, value in items:
        combo.addItem(text, value)
    _fit_to_choices(combo)
    combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
    combo.blockSignals(False)


def configure_table(table: QTableView, model: SqlTableModel[Any, Any]) -> None:
    """A read-only list of whole rows, one line each, sorted by the model."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    header.setSortIndicator(*model.sort_order)


def current_row_id(table: QTableView, model: SqlTableModel[Any, Any]) -> int | None:
    """The id of the current row of ``table``, which shows ``model``."""
    index = table.currentIndex()
    return model.row_at(index.row()).id if index.isValid() else None


def select_row_id(table: QTableView, model: SqlTableModel[Any, Any], row_id: int) -> bool:
    """Make the row with ``row_id`` current and visible, if ``model`` (shown by ``table``) has it loaded."""
    row = model.row_of(row_id)
    if row is None:
        return False
    index = model.index(row, 0)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().setCurrentIndex(index, flags)
    table.scrollTo(index)
    return True


def reset_filters(search: QLineEdit, combos) -> None:
    """Back to "all" without a query per widget; the caller applies the filter once."""
    for widget in (search, *combos):
        widget.blockSignals(True)
    search.clear()
    for combo in combos:
        combo.setCurrentIndex(0)
    for widget in (search, *combos):
        widget.blockSignals(False)


class RowTable(QTableView):
    """The table; Enter (on a row) asks to open it, as a double click does. Ctrl+End and Ctrl+Home go to the
    last and first row of the whole table, loaded or not; scrolled to the top, the rows above are loaded."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def sql_model(self) -> SqlTableModel[Any, Any]:
        model = self.model()
        assert isinstance(model, SqlTableModel), "configure_table sets the model"
        return model

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        model = self.sql_model()
        if event.matches(QKeySequence.StandardKey.MoveToEndOfDocument):
            model.load_end()
            self._go_to(model.rowCount() - 1)
            return
        if event.matches(QKeySequence.StandardKey.MoveToStartOfDocument):
            model.load_start()
            self._go_to(0)
            return
        super().keyPressEvent(event)

    def _go_to(self, row: int) -> None:
        index = self.sql_model().index(row, max(0, self.currentIndex().column()))
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def _scrolled(self, value: int) -> None:
        if value == self.verticalScrollBar().minimum() and self.model() is not None:
            before = self.sql_model().fetch_before()
            if before:  # the row that was at the top stays there
                self.scrollTo(self.sql_model().index(before, 0), QAbstractItemView.ScrollHint.PositionAtTop)
