"""The register view: search box, filters and the table of applications.

Typing searches as you type (after a short pause, so a fast typist costs one query, not
one per key); a filter or a header click reads the register again in SQL. Enter or a
double click asks for the current file's next step.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QStackedWidget, QToolButton, QVBoxLayout, QWidget

from ukpbj_desktop import workflow
from ukpbj_desktop.queries import register as rq
from ukpbj_desktop.ui.register.model import COLUMN, RegisterModel
from ukpbj_desktop.ui.widgets.first_paint import after_first_paint
from ukpbj_desktop.ui.widgets.labels import decision_label, every_state_label, state_label, step_label
from ukpbj_desktop.ui.widgets.tables import (
    RowTable,
    configure_table,
    current_row_id,
    filter_bar,
    filter_combo,
    reset_filters,
    search_box,
    search_timer,
    select_row_id,
    set_choices,
)

# Columns of a fixed format start as wide as a sample of it; the work unit, the step and the state as their
# longest text up to a share of what is left (the state as the longest it can be, rows or none: it is what an
# operator reads first); the applicant's name takes the rest.
SAMPLES = {"agenda_number": "027/0000/UKPBJ/2026", "received_at": "30 September 2026",
           "nip": "19650705 199203 1 023", "waiting": "23 j 59 m"}
SHARES = {"work_unit": 0.15, "current_step": 0.15, "state": 0.4}
PADDING = 12  # around a cell's text
SORT_INDICATOR = 24  # beside a header's title


class RegisterView(QWidget):
    """Search, filters and table; says which application is current and which to open."""

    current_changed = Signal(object)  # application id, or None
    open_requested = Signal(int)  # application id
    total_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RegisterModel(self)
        self._build_filters()
        self._build_table()
        self._search_timer = search_timer(self.search, self.apply_filter)
        self.search.returnPressed.connect(self._search_entered)
        self.model.total_changed.connect(self._show_total)
        self._kept_id: int | None = None
        self.columns_fitted = False  # set when the user's own widths were restored
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._filter_bar)
        layout.addWidget(self._stack, 1)

    def _build_filters(self) -> None:
        self.search = search_box(self, self.tr("Cari no. agenda, nama, NIP, atau satuan kerja (Ctrl+F)"),
                                 self.tr("Cari"))
        self.state_filter = self._combo(self.tr("Semua status"), self.tr("Saring menurut status"),
                                        [(state_label(s), s) for s in workflow.STATES])
        self.decision_filter = self._combo(
            self.tr("Semua keputusan"), self.tr("Saring menurut keputusan, juga setelah berkas diarsipkan"),
            [*((decision_label(d).capitalize(), d) for d in workflow.DECIDED), (self.tr("Belum diputuskan"), "")])
        self.step_filter = self._combo(self.tr("Semua langkah"), self.tr("Saring menurut langkah yang ditunggu"),
                                       [(step_label(code), code) for code in workflow.sop().steps
                                        if code != workflow.sop().first.code])  # no file waits at the first
        self.year_filter = self._combo(self.tr("Semua tahun"), self.tr("Saring menurut tahun agenda"), [])
        self.unit_filter = self._combo(self.tr("Semua satuan kerja"), self.tr("Saring menurut satuan kerja"), [])
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("&Hapus saringan"))
        self.clear_button.setToolTip(self.tr("Tampilkan semua permohonan lagi"))
        self.clear_button.clicked.connect(self.clear_filters)
        self._filter_bar = filter_bar(self.search, self.clear_button, self._combos())
        # Reading every year and work unit costs more than the first page on 100,000 files; the
        # "all" entries shown until then are the same.
        after_first_paint(self, self.refresh_choices)

    def _combos(self) -> tuple[QComboBox, ...]:
        return self.state_filter, self.decision_filter, self.step_filter, self.year_filter, self.unit_filter

    def _combo(self, everything: str, tooltip: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = filter_combo(self, everything, tooltip, items)
        combo.currentIndexChanged.connect(self.apply_filter)
        return combo

    def _build_table(self) -> None:
        self.table = RowTable(self)
        configure_table(self.table, self.model)
        self.table.doubleClicked.connect(lambda _index: self._open_current())
        self.table.open_requested.connect(self._open_current)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty_label)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Stretched, the name column takes what the window gives or the other columns leave.
        self.table.horizontalHeader().setSectionResizeMode(COLUMN["applicant_name"], QHeaderView.ResizeMode.Stretch)
        if not self.columns_fitted:
            self.columns_fitted = True
            QTimer.singleShot(0, self, self.fit_columns)  # once the window has its final size

    # --- public ---------------------------------------------------------------------------

    def start(self) -> None:
        """First read of the register, in the sort the header shows (perhaps restored)."""
        self.table.setSortingEnabled(True)  # sorts (reads) once by the header's indicator

    def fit_columns(self) -> None:
        """Size the columns to their content (first start, before the user resized any)."""
        header, metrics = self.table.horizontalHeader(), self.table.fontMetrics()

        def title(name: str) -> int:
            return header.fontMetrics().horizontalAdvance(self.model.headerData(COLUMN[name],
                                                                                Qt.Orientation.Horizontal)) + PADDING

        def content(name: str) -> int:
            shown = self.table.sizeHintForColumn(COLUMN[name])  # the rows in view
            if name == "state":
                shown = max(shown, *(metrics.horizontalAdvance(label) + PADDING for label in every_state_label()))
            return max(shown, title(name) - PADDING + SORT_INDICATOR)

        sizes = {name: max(metrics.horizontalAdvance(sample) + PADDING, content(name))
                 for name, sample in SAMPLES.items()}
        left = self._table_width() - sum(sizes.values())
        sizes |= {name: max(title(name), min(content(name), int(left * share))) for name, share in SHARES.items()}
        for name, width in sizes.items():
            header.resizeSection(COLUMN[name], width)

    def _table_width(self) -> int:
        """The width rows get: the table's, or (while the empty register's message stands in) what it will get."""
        if self.table.isVisible():
            return self.table.viewport().width()
        return self._stack.width() - 2 * self.table.frameWidth() - self.table.verticalScrollBar().sizeHint().width()

    def current_filter(self) -> rq.RegisterFilter:
        return rq.RegisterFilter(text=self.search.text(), state=self.state_filter.currentData(),
                                 decision=self.decision_filter.currentData(), step=self.step_filter.currentData(),
                                 year=self.year_filter.currentData(), work_unit=self.unit_filter.currentData())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def reload(self) -> None:
        """Read everything again (F5, or after a new file): choices, count, rows."""
        self.refresh_choices()
        self.model.reload()

    def refresh(self, application_id: int) -> None:
        """One application changed: show it in place, and tell whoever shows its details."""
        self.model.refresh_row(application_id)
        if self.current_id() == application_id:
            self.current_changed.emit(application_id)

    def current_id(self) -> int | None:
        return current_row_id(self.table, self.model)

    def select_id(self, application_id: int) -> bool:
        """Make the application current if it is among the loaded rows."""
        return select_row_id(self.table, self.model, application_id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_filters(self) -> None:
        reset_filters(self.search, self._combos())
        self.apply_filter()

    def refresh_choices(self) -> None:
        """Offer the years and work units on record, keeping what is chosen."""
        set_choices(self.year_filter, [(str(year), year) for year in rq.years()])
        set_choices(self.unit_filter, [(unit, unit) for unit in rq.work_units()])

    # --- slots ----------------------------------------------------------------------------

    def _remember_current(self) -> None:
        self._kept_id = self.current_id()

    def _restore_current(self) -> None:
        """After a new filter, sort or reload, the same application stays current if still listed."""
        if self._kept_id is None or not self.select_id(self._kept_id):
            self.current_changed.emit(None)

    def _search_entered(self) -> None:
        self.apply_filter()
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.select_id(self.model.row_at(0).id)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.model.row_at(current.row()).id if current.isValid() else None)

    def _open_current(self) -> None:
        application_id = self.current_id()
        if application_id is not None:
            self.open_requested.emit(application_id)

    def _show_total(self, total: int) -> None:
        filtered = self.model.register_filter != rq.RegisterFilter()
        if filtered:
            self.empty_label.setText(self.tr("Tidak ada permohonan yang cocok dengan pencarian dan saringan ini."))
        else:
            self.empty_label.setText(self.tr("Belum ada permohonan. Catat berkas yang masuk dengan "
                                             "Permohonan baru (Ctrl+N)."))
        self._stack.setCurrentWidget(self.table if total else self.empty_label)
        self.total_changed.emit(total)
