"""The archive browser: find any filed application years later, see where its paper file
is, and print the official lists.

Auditors ask "the file of the PPK of the education office in 2024", "everything in box
12", "what may be destroyed this year": each is a search or a filter here, and the Daftar
Arsip of what is shown is one click away. Long exports run in a child process
(``ExportRunner``) so the window keeps responding.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QSplitter, QToolButton, QVBoxLayout, QWidget

from ukpbj_desktop.classifications import DISPOSITIONS
from ukpbj_desktop.cli import archive_options, archive_sort_options
from ukpbj_desktop.documents.export_files import safe_file_name
from ukpbj_desktop.errors import UserError
from ukpbj_desktop.queries import archive as aq, planner
from ukpbj_desktop.store.models import Operator, now
from ukpbj_desktop.ui.archive.details import ArchiveDetails
from ukpbj_desktop.ui.archive.model import COLUMN, ArchiveModel
from ukpbj_desktop.ui.widgets import layout_memory, messages
from ukpbj_desktop.ui.widgets.actions import add_action
from ukpbj_desktop.ui.widgets.formatting import number_text
from ukpbj_desktop.ui.widgets.labels import disposition_label
from ukpbj_desktop.ui.widgets.screen_fit import fit_to_screen
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

if TYPE_CHECKING:  # imported when first used
    from ukpbj_desktop.ui.widgets.export_runner import ExportRunner


class _Unplaced:
    """The location filter's "lokasi belum diisi" choice; every other choice is a room's name."""


UNPLACED = _Unplaced()


class ArchiveBrowser(QMainWindow):
    """Search and filters over the archive, the records, and the selected one's details."""
    HELP_SECTION = "archive-browser"

    application_changed = Signal(int)  # an archived application's data changed (for the register)

    def __init__(self, operator: Operator, parent: QWidget | None = None):
        super().__init__(parent)
        self.operator = operator
        self.setWindowTitle(self.tr("Arsip berkas permohonan"))
        self.model = ArchiveModel(self)
        self.details = ArchiveDetails(operator, self)
        self.details.changed.connect(self._record_changed)
        self._build_filters()
        self._build_table()
        self._build_actions()
        self._search_timer = search_timer(self.search, self.apply_filter)
        self.search.returnPressed.connect(self.apply_filter)
        self.model.total_changed.connect(self._show_total)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self._kept_id: int | None = None
        self._runner: ExportRunner | None = None  # the last export, kept alive while it runs

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self._filter_bar)
        left_layout.addWidget(self.due_label)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.count_label = QLabel(self)
        self.statusBar().addWidget(self.count_label)
        fit_to_screen(self, QSize(1280, 760))
        self._restore_layout()
        self.refresh_choices()
        self.table.setSortingEnabled(True)  # first read, in the header's order
        self.table.setFocus()

    # --- building -------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.search = search_box(self, self.tr("Cari nama, NIP, no. agenda, nomor arsip, atau uraian (Ctrl+F)"),
                                 self.tr("Cari arsip"))
        self.year_filter = self._combo(self.tr("Semua tahun"), self.tr("Saring menurut tahun agenda"))
        self.class_filter = self._combo(self.tr("Semua klasifikasi"), self.tr("Saring menurut kode klasifikasi"))
        self.box_filter = self._combo(self.tr("Semua boks"), self.tr("Saring menurut nomor boks"))
        self.location_filter = self._combo(self.tr("Semua lokasi"), self.tr("Saring menurut ruang simpan"))
        self.disposition_filter = self._combo(
            self.tr("Semua nasib akhir"), self.tr("Saring menurut nasib akhir"),
            [(disposition_label(value), value) for value in DISPOSITIONS])
        year = now().year
        self.retention_filter = self._combo(
            self.tr("Semua retensi"), self.tr("Berkas yang retensinya berakhir tahun ini"),
            [(self.tr("Retensi berakhir {year}").format(year=year), "either"),
             (self.tr("Retensi aktif berakhir {year}").format(year=year), "active"),
             (self.tr("Retensi inaktif berakhir {year}").format(year=year), "inactive")])
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("&Hapus saringan"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.due_label = QLabel(self)
        self.due_label.setTextFormat(Qt.TextFormat.RichText)
        self.due_label.linkActivated.connect(lambda _link: self.show_due())
        self._filter_bar = filter_bar(self.search, self.clear_button, self._combos, per_row=3)

    @property
    def _combos(self):
        return (self.year_filter, self.class_filter, self.box_filter, self.location_filter,
                self.disposition_filter, self.retention_filter)

    def _combo(self, everything: str, tooltip: str, items=()):
        combo = filter_combo(self, everything, tooltip, list(items))
        combo.currentIndexChanged.connect(self.apply_filter)
        return combo

    def _build_table(self) -> None:
        self.table = RowTable(self)
        configure_table(self.table, self.model)
        self.table.open_requested.connect(self.edit_record)
        header = self.table.horizontalHeader()
        header.resizeSection(COLUMN["archive_number"], 140)
        header.resizeSection(COLUMN["description"], 260)
        header.resizeSection(COLUMN["name"], 180)
        header.resizeSection(COLUMN["room"], 200)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_record())

    def _build_actions(self) -> None:
        self.list_action = add_action(self, self.tr("Cetak &Daftar Arsip..."), self.export_list, "Ctrl+P",
                                      self.tr("Daftar Arsip (PDF) dari arsip yang tampil sesuai saringan (Ctrl+P)"))
        self.dossier_action = add_action(self, self.tr("Cetak &berkas permohonan..."), self.show_dossier, "Ctrl+D",
                                         self.tr("Riwayat lengkap permohonan terpilih sebagai PDF (Ctrl+D)"))
        self.edit_action = add_action(self, self.tr("&Ubah data arsip..."), self.edit_record, "F2",
                                      self.tr("Ubah letak simpan atau data arsip terpilih (F2)"))
        self.scan_action = add_action(self, self.tr("&Tambah pindaian..."), self.details.add_scans, "Ctrl+T",
                                      self.tr("Lampirkan pindaian berkas ke arsip terpilih (Ctrl+T)"))
        self.classes_action = add_action(self, self.tr("&Kode klasifikasi..."), self.edit_classifications, None,
                                         self.tr("Ubah tabel kode klasifikasi dan retensinya"))
        self.find_action = add_action(self, self.tr("&Cari"), self.focus_search, "Ctrl+F")
        self.reload_action = add_action(self, self.tr("&Muat ulang"), self.reload, "F5")
        self.close_action = add_action(self, self.tr("Tutu&p"), self.close, QKeySequence.StandardKey.Close)
        menu = self.menuBar().addMenu(self.tr("&Arsip"))
        menu.addActions([self.list_action, self.dossier_action])
        menu.addSeparator()
        menu.addActions([self.edit_action, self.scan_action, self.classes_action])
        menu.addSeparator()
        menu.addActions([self.find_action, self.reload_action])
        menu.addSeparator()
        menu.addAction(self.close_action)
        toolbar = self.addToolBar(self.tr("Alat arsip"))
        toolbar.setObjectName("archive_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.list_action, self.dossier_action, self.edit_action, self.scan_action])
        self._enable_record_actions(False)

    # --- filters --------------------------------------------------------------------------

    def current_filter(self) -> aq.ArchiveFilter:
        place = self.location_filter.currentData()
        return aq.ArchiveFilter(
            text=self.search.text().strip(), year=self.year_filter.currentData(),
            classification=self.class_filter.currentData(), box=self.box_filter.currentData(),
            location=place if isinstance(place, str) else None, unplaced=place is UNPLACED,
            disposition=self.disposition_filter.currentData(), retention=self.retention_filter.currentData())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        reset_filters(self.search, self._combos)
        self.apply_filter()

    def show_due(self) -> None:
        """Only the files whose retention ends this year."""
        self.retention_filter.setCurrentIndex(self.retention_filter.findData("either"))

    def refresh_choices(self) -> None:
        set_choices(self.year_filter, [(str(year), year) for year in aq.years()])
        set_choices(self.class_filter, [(f"{code} - {name}", code) for code, name in aq.classifications()])
        set_choices(self.box_filter, [(self.tr("Boks {box}").format(box=box), box) for box in aq.boxes()])
        set_choices(self.location_filter, [(self.tr("Lokasi belum diisi"), UNPLACED),
                                           *((room, room) for room in aq.locations())])
        due = aq.count(aq.ArchiveFilter(retention="either"))
        self.due_label.setVisible(due > 0)
        self.due_label.setText(self.tr("<b>{n}</b> berkas retensinya berakhir tahun {year}. "
                                       "<a href='due'>Tampilkan</a>").format(n=due, year=now().year))

    def reload(self) -> None:
        self.refresh_choices()
        self.model.reload()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- records --------------------------------------------------------------------------

    def current_id(self) -> int | None:
        return current_row_id(self.table, self.model)

    def select_id(self, archive_id: int) -> bool:
        return select_row_id(self.table, self.model, archive_id)

    def show_application(self, application_id: int) -> None:
        """Find one application's file (asked from the register): its archive number, selected."""
        archive_id = aq.by_application(application_id)
        row = aq.row(archive_id) if archive_id is not None else None
        if row is None:
            return
        reset_filters(self.search, self._combos)
        self.search.setText(row.archive_number)
        self.apply_filter()
        self.select_id(row.id)
        self.table.setFocus()

    def edit_record(self) -> None:
        from ukpbj_desktop.ui.steps.archive import ArchiveDialog

        archive_id = self.current_id()
        if archive_id is None:
            return
        record = aq.record(archive_id)
        if record is None:
            self.reload()
            return
        dialog = ArchiveDialog(self.operator, record.application, self, record=record)
        if dialog.exec() != QDialog.DialogCode.Rejected:  # saved, or closed on another operator's change
            self._record_changed(archive_id)
            self.refresh_choices()

    def edit_classifications(self) -> None:
        from ukpbj_desktop.ui.archive.classifications import ClassificationDialog

        ClassificationDialog(self.operator, self).exec()
        self.refresh_choices()

    # --- printing -------------------------------------------------------------------------

    def export_list(self) -> None:
        """The Daftar Arsip of what is shown, in the order shown, signed by this operator.

        The worker process writes it to a private temporary folder (a long list must not stall
        the window); the preview then offers the print dialog and saving it as a PDF."""
        from ukpbj_desktop.ui.widgets.export_runner import ExportRunner

        flt = self.model.archive_filter
        if not self.model.total:
            messages.info(self, self.tr("Daftar Arsip"), self.tr("Tidak ada arsip yang cocok dengan saringan ini."))
            return
        folder = Path(tempfile.mkdtemp(prefix="ukpbj-daftar-arsip-"))
        out = folder / "daftar-arsip.pdf"
        suggested = safe_file_name("daftar-arsip", str(flt.year or now().year), suffix=".pdf")
        self._runner = runner = ExportRunner(self)
        runner.finished.connect(lambda path: self._preview_list(path, suggested))
        runner.failed.connect(lambda _text: shutil.rmtree(folder, ignore_errors=True))
        runner.cancelled.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
        runner.start(["export-archive", "--out", str(out), *archive_options(flt),
                      *archive_sort_options(*self.model.sort_key), "--operator", self.operator.username],
                     out, self.tr("Daftar Arsip"), ask_to_open=False)

    def _preview_list(self, path: Path, suggested: str) -> None:
        """Show the finished list to print or save; its temporary copy goes at once."""
        from ukpbj_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

        try:
            pdf = path.read_bytes()
        except OSError as exc:
            messages.error(self, self.tr("Daftar Arsip"), self.tr("Daftar Arsip yang sudah dibuat tidak dapat dibaca:\n"
                                                                  "{reason}").format(reason=exc.strerror or exc))
            return
        finally:
            shutil.rmtree(path.parent, ignore_errors=True)
        PdfPreviewDialog(pdf, self.tr("Daftar Arsip"), self, suggested_name=suggested).exec()

    def show_dossier(self) -> None:
        from ukpbj_desktop.documents import paperwork
        from ukpbj_desktop.documents.reports.dossier import dossier_pdf
        from ukpbj_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

        archive_id = self.current_id()
        if archive_id is None:
            return
        row = self.model.row_at(self.table.currentIndex().row())
        try:
            pdf = dossier_pdf(paperwork.dossier_data(row.application_id, self.operator))
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        PdfPreviewDialog(pdf, self.tr("Berkas permohonan {agenda}").format(agenda=row.agenda_number), self,
                         suggested_name=safe_file_name("berkas", row.agenda_number, suffix=".pdf")).exec()

    # --- slots ----------------------------------------------------------------------------

    def _record_changed(self, archive_id: int) -> None:
        self.model.refresh_row(archive_id)
        if self.current_id() == archive_id:
            self.details.show_record(archive_id)
        row = aq.row(archive_id)
        if row is not None:
            self.application_changed.emit(row.application_id)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        archive_id = self.model.row_at(current.row()).id if current.isValid() else None
        self.details.show_record(archive_id)
        self._enable_record_actions(archive_id is not None)

    def _enable_record_actions(self, enabled: bool) -> None:
        for action in (self.dossier_action, self.edit_action, self.scan_action):
            action.setEnabled(enabled)

    def _remember_current(self) -> None:
        self._kept_id = self.current_id()

    def _restore_current(self) -> None:
        if self._kept_id is None or not self.select_id(self._kept_id):
            if self.model.rowCount():
                self.select_id(self.model.row_at(0).id)
            else:
                self.details.show_record(None)
                self._enable_record_actions(False)

    def _show_total(self, total: int) -> None:
        if total > planner.COUNT_CAP and aq.count_is_capped(self.model.archive_filter):
            text = self.tr("lebih dari {n} arsip").format(n=number_text(planner.COUNT_CAP))
        else:
            text = self.tr("{n} arsip").format(n=number_text(total))
        self.count_label.setText(text)

    # --- layout memory --------------------------------------------------------------------

    def _restore_layout(self) -> None:
        stored = layout_memory.settings()
        geometry = stored.value("archive_browser/geometry")
        if geometry is not None and self.restoreGeometry(geometry) and not self.isMaximized():
            fit_to_screen(self)  # perhaps saved on a larger screen
        splitter = stored.value("archive_browser/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([820, 460])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        stored = layout_memory.settings()
        stored.setValue("archive_browser/geometry", self.saveGeometry())
        stored.setValue("archive_browser/splitter", self.splitter.saveState())
        super().closeEvent(event)
