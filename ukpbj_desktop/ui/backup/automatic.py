"""Automatic copies while the main window is open: every few hours off the GUI thread, and once on close;
the status bar says when no copy went off this PC for too long, or when a copy failed."""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QStatusBar

from ukpbj_desktop.errors import UserError
from ukpbj_desktop.formatting import format_date
from ukpbj_desktop.store import autobackup, db
from ukpbj_desktop.store.backup import last_offsite
from ukpbj_desktop.ui.widgets import messages
from ukpbj_desktop.ui.widgets.background import run_in_background

log = logging.getLogger(__name__)


class AutomaticBackups(QObject):
    """Owns the timer and the status-bar warning; the copies themselves are ``store.autobackup``'s."""

    def __init__(self, parent: QObject, status_bar: QStatusBar):
        super().__init__(parent)
        self.warning = QLabel(status_bar)
        self.warning.setStyleSheet("color: #8a4b00")
        self.warning.hide()
        status_bar.addPermanentWidget(self.warning)
        self._running = False
        self.timer = QTimer(self, interval=autobackup.INTERVAL_HOURS * 3600 * 1000)
        self.timer.timeout.connect(self.run_now)
        self.timer.start()
        self.show_offsite_state()

    def _enabled(self) -> bool:
        return db.sqlite_path() is not None and db.write_refusal() is None  # never copy a damaged file

    def run_now(self) -> None:
        """One copy off the GUI thread (skipped by the core when nothing changed)."""
        if self._running or not self._enabled():
            return
        self._running = True
        run_in_background(self, autobackup.make_auto_backup, self._done, self._failed)

    def _done(self, outcome: autobackup.Outcome) -> None:
        self._running = False
        problems = []
        if outcome.left_out:
            problems.append(self.tr("{count} pindaian tidak ikut disalin (hilang atau rusak)").format(
                count=len(outcome.left_out)))
        if outcome.second_place:
            problems.append(self.tr("folder kedua tidak bisa ditulis ({detail})").format(detail=outcome.second_place))
        self.show_offsite_state(problems)

    def _failed(self, exc: Exception) -> None:
        self._running = False
        log.warning("automatic backup failed: %s", exc)
        text = messages.translate_error(exc) if isinstance(exc, UserError) else str(exc)
        self.show_offsite_state([self.tr("salinan otomatis gagal: {detail}").format(detail=text)])

    def show_offsite_state(self, problems: list[str] | None = None) -> None:
        lines = list(problems or [])
        if autobackup.offsite_overdue():
            last = last_offsite()
            lines.append(self.tr("belum ada salinan di luar PC ini") if last is None else
                         self.tr("salinan terakhir di luar PC ini: {date}").format(date=format_date(last)))
        self.warning.setText(self.tr("Cadangan: {what}").format(what="; ".join(lines)) if lines else "")
        self.warning.setToolTip(self.tr("Buat cadangan ke flashdisk (Berkas > Cadangkan data) atau pilih folder kedua "
                                        "untuk salinan otomatis di pengaturan."))
        self.warning.setVisible(bool(lines))

    def on_close(self) -> None:
        """The copy made as the window closes: quick (online backup, no compression), so it runs here."""
        if not self._enabled():
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            autobackup.make_auto_backup()
        except UserError as exc:
            messages.warning(None, self.tr("Salinan otomatis"), messages.translate_error(exc))
        except OSError as exc:
            log.warning("automatic backup on close failed: %s", exc)
        finally:
            QApplication.restoreOverrideCursor()
