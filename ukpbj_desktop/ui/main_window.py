"""The main window: the register of applications beside the selected one's details.

Every step starts here: "Permohonan baru" registers a file that came in, Enter (or a
double click) opens the dialog of the step the selected file waits at. After a step the
row is updated in place, so the operator keeps their place in a long list.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QSplitter, QWidget

from ukpbj_desktop import __version__, health
from ukpbj_desktop.config import APP_NAME
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, StorageError
from ukpbj_desktop.queries import planner, register as rq
from ukpbj_desktop.store.db import database, hold_writes, location_text, release_writes, sqlite_path
from ukpbj_desktop.store.models import Application, Operator
from ukpbj_desktop.ui.backup.automatic import AutomaticBackups
from ukpbj_desktop.ui.register.view import RegisterView
from ukpbj_desktop.ui.widgets import layout_memory, messages
from ukpbj_desktop.ui.widgets.actions import add_action
from ukpbj_desktop.ui.widgets.application_details import DetailsPanel
from ukpbj_desktop.ui.widgets.background import run_in_background
from ukpbj_desktop.ui.widgets.first_paint import after_first_paint
from ukpbj_desktop.ui.widgets.formatting import number_text
from ukpbj_desktop.ui.widgets.screen_fit import fit_to_screen, room
from ukpbj_desktop.workflow import sop

if TYPE_CHECKING:  # imported when first used, keeping start-up light
    from ukpbj_desktop.ui.archive.browser import ArchiveBrowser
    from ukpbj_desktop.ui.widgets.export_runner import ExportRunner

CLOCK_INTERVAL_MS = 60_000  # waiting times shown in minutes
DETAILS_WIDTH = 330  # the details panel's width at first start
MIN_DETAILS_WIDTH = 200  # narrower, it opens at DETAILS_WIDTH (or a third of the window)
WIDE_SCREEN = 1200  # below this free width the details panel starts closed: the register's columns need the room


class MainWindow(QMainWindow):
    def __init__(self, operator: Operator, parent: QWidget | None = None):
        super().__init__(parent)
        self.operator = operator
        self.archive_browser: ArchiveBrowser | None = None
        self._runner: ExportRunner | None = None  # the last export, kept alive while it runs
        self.setWindowTitle(APP_NAME)
        self.register = RegisterView(self)
        self.details = DetailsPanel(self, archive_link=True)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.register)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, True)  # dragged to the edge, the panel closes as F9 closes it
        self.splitter.splitterMoved.connect(self._splitter_moved)
        self.setCentralWidget(self.splitter)
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()

        self.register.current_changed.connect(self._show_details)
        self.register.open_requested.connect(self.open_step)
        self.register.total_changed.connect(self._show_total)
        self.details.open_requested.connect(self.open_step)
        self.details.archive_requested.connect(self.show_in_archive)
        self._clock = QTimer(self, interval=CLOCK_INTERVAL_MS)
        self._clock.timeout.connect(self.register.model.tick)
        self._clock.start()

        fit_to_screen(self, QSize(1280, 760))
        self._restore_layout()
        self.register.start()
        after_first_paint(self, self.register.table.setFocus)  # focus selects a row: its details come after
        after_first_paint(self, self._check_store)

    # --- building -------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = add_action(self, self.tr("Permohonan &baru..."), self.new_application, "Ctrl+N",
                                     self.tr("Catat berkas permohonan yang baru masuk (Ctrl+N)"))
        self.open_action = add_action(self, self.tr("&Proses langkah..."), self.open_current, None,
                                      self.tr("Buka isian langkah yang ditunggu permohonan terpilih (Enter)"))
        self.correct_action = add_action(self, self.tr("&Ubah data permohonan..."), self.correct_current, "F2",
                                         self.tr("Betulkan data permohonan terpilih selama akun SPSE-nya belum "
                                                 "dibuat (F2)"))
        self.verify_slip_action = add_action(self, self.tr("Periksa &slip akun..."), self.verify_slip, None,
                                             self.tr("Periksa keaslian slip akun dari kode verifikasi atau kode "
                                                     "QR-nya"))
        self.quit_action = add_action(self, self.tr("&Keluar"), self.close, "Ctrl+Q")
        self.find_action = add_action(self, self.tr("&Cari"), self.register.focus_search, "Ctrl+F",
                                      self.tr("Cari no. agenda, nama, NIP, atau satuan kerja (Ctrl+F)"))
        self.reload_action = add_action(self, self.tr("&Muat ulang"), self.reload, "F5",
                                        self.tr("Baca ulang daftar dari basis data (F5)"))
        self.details_action = add_action(self, self.tr("Panel &rincian"), None, "F9",
                                         self.tr("Tampilkan atau sembunyikan rincian permohonan terpilih (F9)"))
        self.details_action.setCheckable(True)
        self.details_action.setChecked(True)
        self.details_action.toggled.connect(self._show_details_panel)
        self.archive_action = add_action(self, self.tr("&Telusuri arsip..."), self.open_archive, "Ctrl+Shift+A",
                                         self.tr("Cari berkas yang sudah diarsipkan dan cetak Daftar Arsip "
                                                 "(Ctrl+Shift+A)"))
        self.classes_action = add_action(self, self.tr("Kode &klasifikasi..."), self.edit_classifications, None,
                                         self.tr("Ubah tabel kode klasifikasi arsip dan retensinya"))
        self.export_action = add_action(self, self.tr("&Ekspor register..."), self.export_register, "Ctrl+E",
                                        self.tr("Simpan permohonan yang tampil sebagai CSV atau Excel (Ctrl+E)"))
        self.backup_action = add_action(self, self.tr("&Cadangkan data..."), self.backup, None,
                                        self.tr("Simpan basis data dan semua pindaian ke satu berkas .zip"))
        self.backup_action.setEnabled(sqlite_path() is not None)  # a PostgreSQL server is backed up by its admin
        self.restore_action = add_action(self, self.tr("Pu&lihkan dari cadangan..."), self.restore, None,
                                         self.tr("Ganti register dengan isi berkas cadangan; berkas yang sekarang "
                                                 "disimpan, tidak dihapus"))
        self.restore_action.setEnabled(sqlite_path() is not None)
        self.manual_action = add_action(self, self.tr("&Panduan"), self.show_manual,
                                        QKeySequence.StandardKey.HelpContents,
                                        self.tr("Buka panduan pemakaian aplikasi (F1)"))
        self.about_action = add_action(self, self.tr("&Tentang {app}").format(app=APP_NAME), self.about)
        self.open_action.setEnabled(False)
        self.correct_action.setEnabled(False)

    def _build_menus_and_toolbar(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&Berkas"))
        file_menu.addActions([self.new_action, self.open_action, self.correct_action])
        file_menu.addSeparator()
        file_menu.addAction(self.verify_slip_action)
        file_menu.addSeparator()
        file_menu.addActions([self.export_action, self.backup_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = menus.addMenu(self.tr("&Lihat"))
        view_menu.addActions([self.find_action, self.reload_action])
        view_menu.addSeparator()
        view_menu.addAction(self.details_action)
        archive_menu = menus.addMenu(self.tr("A&rsip"))
        archive_menu.addActions([self.archive_action, self.classes_action])
        menus.addMenu(self.tr("B&antuan")).addActions([self.manual_action, self.about_action])
        table = self.register.table  # a row's own menu: what the operator can do with that file
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addActions([self.open_action, self.correct_action])
        toolbar = self.addToolBar(self.tr("Alat"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.open_action])
        toolbar.addSeparator()
        toolbar.addActions([self.archive_action, self.reload_action])

    def _build_status_bar(self) -> None:
        self.count_label = QLabel(self)
        self.db_label = QLabel(location_text(), self)
        self.db_label.setToolTip(self.tr("Basis data yang dipakai"))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.damage_label = QLabel(self)
        self.damage_label.setStyleSheet("color: #a00000; font-weight: bold")
        self.damage_label.hide()
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.damage_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.backups = AutomaticBackups(self, self.statusBar())

    def _check_store(self) -> None:
        """SQLite's quick check off the GUI thread once the window is up; writes wait for its answer."""
        checked = database.obj  # the answer is about this file, whatever is open when it comes
        hold_writes()
        run_in_background(self, lambda: health.quick_check(checked),
                          lambda findings: self._store_checked(findings, checked),
                          lambda exc: self._store_checked([str(exc)], checked))

    def _store_checked(self, findings: list[str], checked: object) -> None:
        if checked is not database.obj:
            return  # another file was opened meanwhile: its own check answers for it
        if not findings:
            release_writes()
            return
        text = self.tr("Berkas basis data ini rusak ({finding}). Aplikasi tidak akan menulis apa pun ke berkas ini: "
                       "data yang ada tetap bisa dibaca dan dicetak. Tutup aplikasi, lalu pulihkan dari cadangan "
                       "terbaru (Berkas > Pulihkan dari cadangan) atau hubungi pengelola TI.")
        release_writes(StorageError(QT_TRANSLATE_NOOP("Storage", "Berkas basis data rusak; tidak ada yang ditulis. "
                                                                 "Pulihkan dari cadangan terbaru.")))
        self.damage_label.setText(self.tr("Basis data rusak: hanya baca"))
        self.damage_label.show()
        messages.error(self, self.tr("Basis data rusak"), text.format(finding=findings[0]))

    # --- slots ----------------------------------------------------------------------------

    def new_application(self) -> None:
        from ukpbj_desktop.ui.steps import dispatch as step_dispatch

        created = step_dispatch.new_application(self, self.operator)
        if created is not None:
            self.register.reload()
            self.register.select_id(created.id)
            self._show_details(created.id)

    def open_current(self) -> None:
        application_id = self.register.current_id()
        if application_id is not None:
            self.open_step(application_id)

    def open_step(self, application_id: int) -> None:
        from ukpbj_desktop.ui.steps import dispatch as step_dispatch

        application = rq.application(application_id)
        if application is None:  # removed meanwhile (another seat)
            self.reload()
            return
        updated = step_dispatch.open_step(self, self.operator, application, recorded=self._show_recorded)
        if updated is not None:
            self._show_recorded(updated)

    def _show_recorded(self, application: Application) -> None:
        self.register.refresh(application.id)
        self._show_details(application.id)

    def correct_current(self) -> None:
        """Correct the selected file's data (F2), while its SPSE account is not created yet."""
        from ukpbj_desktop.ui.steps import dispatch as step_dispatch

        application_id = self.register.current_id()
        application = rq.application(application_id) if application_id is not None else None
        if application is None:
            return
        updated = step_dispatch.correct_application(self, self.operator, application)
        if updated is not None:
            self.register.refresh(updated.id)
            self._show_details(updated.id)

    def verify_slip(self) -> None:
        from ukpbj_desktop.ui.steps import dispatch as step_dispatch

        step_dispatch.verify_slip(self)

    def open_archive(self) -> ArchiveBrowser:
        """One archive window, brought to the front when already open."""
        from ukpbj_desktop.ui.archive.browser import ArchiveBrowser

        browser = self.archive_browser
        if browser is None:
            browser = self.archive_browser = ArchiveBrowser(self.operator)
            browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            browser.destroyed.connect(self._archive_closed)
            browser.application_changed.connect(self._application_changed)
        browser.show()
        browser.raise_()
        browser.activateWindow()
        return browser

    def show_in_archive(self, application_id: int) -> None:
        self.open_archive().show_application(application_id)

    def edit_classifications(self) -> None:
        from ukpbj_desktop.ui.archive.classifications import ClassificationDialog

        ClassificationDialog(self.operator, self).exec()

    def export_register(self) -> None:
        """The register as filtered now, to CSV (Excel opens it) or XLSX, written by a child process."""
        from ukpbj_desktop.cli import register_options
        from ukpbj_desktop.ui.register.export import ask_register_file
        from ukpbj_desktop.ui.widgets.export_runner import ExportRunner

        out = ask_register_file(self)
        if out is None:
            return
        self._runner = runner = ExportRunner(self)
        runner.start(["export-register", "--out", str(out), *register_options(self.register.current_filter())],
                     out, self.tr("Ekspor register"))

    def backup(self) -> None:
        """A consistent copy of the database with every scan, written by a child process."""
        from ukpbj_desktop.store.backup import default_path
        from ukpbj_desktop.ui.widgets.export_runner import ExportRunner

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Cadangkan data"), str(default_path()),
                                              self.tr("Arsip ZIP (*.zip)"))
        if not path:
            return
        out = Path(path).with_suffix(".zip")
        self._runner = runner = ExportRunner(self)
        runner.start(["backup", "--out", str(out)], out, self.tr("Cadangkan data"))

    def restore(self) -> None:
        from ukpbj_desktop.ui.backup.restore import choose_and_restore

        choose_and_restore(self, self.operator.username)

    def _archive_closed(self) -> None:
        self.archive_browser = None

    def _application_changed(self, application_id: int) -> None:
        self.register.refresh(application_id)

    def reload(self) -> None:
        self.register.reload()
        self._show_details(self.register.current_id())

    def show_manual(self) -> None:
        from ukpbj_desktop.ui.help.shortcut import show_help

        show_help(self)

    def about(self) -> None:
        text = self.tr("{app} {version}\n\nMenjalankan {title}\n({number}) tanpa server dan tanpa internet.").format(
            app=APP_NAME, version=__version__, title=sop().title, number=sop().number)
        messages.info(self, self.tr("Tentang {app}").format(app=APP_NAME), text)

    def _show_details(self, application_id: int | None) -> None:
        details = rq.details(application_id) if application_id is not None else None
        self.details.show_details(details)
        self.open_action.setEnabled(details is not None and details.current_step is not None)
        self.correct_action.setEnabled(details is not None)  # one no longer correctable is told why

    def _show_details_panel(self, shown: bool) -> None:
        self.details.setVisible(shown)
        if shown:
            QTimer.singleShot(0, self, self._widen_details)  # once the splitter has placed the panel again

    def _widen_details(self) -> None:
        """A panel closed by dragging, or never opened yet, opens at its usual width."""
        if self.splitter.sizes()[1] < MIN_DETAILS_WIDTH:
            self.splitter.setSizes(self._default_split())

    def _splitter_moved(self, _position: int, _index: int) -> None:
        if self.splitter.sizes()[1] == 0:
            self.details_action.setChecked(False)

    def _default_split(self) -> list[int]:
        width = max(self.splitter.width(), 1)
        panel = min(DETAILS_WIDTH, width // 3)
        return [width - panel, panel]

    def _show_total(self, total: int) -> None:
        if total > planner.COUNT_CAP and rq.count_is_capped(self.register.model.register_filter):
            text = self.tr("lebih dari {n} permohonan").format(n=number_text(planner.COUNT_CAP))
        else:
            text = self.tr("{n} permohonan").format(n=number_text(total))
        self.count_label.setText(text)

    # --- layout memory --------------------------------------------------------------------

    def _restore_layout(self) -> None:
        stored = layout_memory.settings()
        geometry = stored.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.setWindowState(Qt.WindowState.WindowMaximized)
        elif not self.isMaximized():
            fit_to_screen(self)  # perhaps saved on a larger screen
        splitter = stored.value("main_window/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([1000, DETAILS_WIDTH])
        # On a narrow screen the register needs the whole width at first; F9 opens the panel.
        wide = room(self).width() >= WIDE_SCREEN
        self.details_action.setChecked(bool(stored.value("main_window/details_visible", wide, type=bool)))
        self.details.setVisible(self.details_action.isChecked())
        header = stored.value("main_window/register_header")
        if header is not None:
            self.register.columns_fitted = self.register.table.horizontalHeader().restoreState(header)

    def save_layout(self) -> None:
        stored = layout_memory.settings()
        stored.setValue("main_window/geometry", self.saveGeometry())
        stored.setValue("main_window/splitter", self.splitter.saveState())
        stored.setValue("main_window/details_visible", self.details_action.isChecked())
        stored.setValue("main_window/register_header", self.register.table.horizontalHeader().saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_layout()
        self.backups.on_close()
        if self.archive_browser is not None:
            self.archive_browser.close()
        super().closeEvent(event)
