"""One archive record: where the paper file is (shown big), its filing data, the whole
history of the application, and its scans with their integrity checked on showing.

A scan whose bytes no longer match the hash recorded when it was attached is shown as
damaged and cannot be opened as if it were the original.
"""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ukpbj_desktop import scans
from ukpbj_desktop.errors import UserError
from ukpbj_desktop.queries import archive as aq
from ukpbj_desktop.store.models import Operator, Scan
from ukpbj_desktop.ui.widgets import messages
from ukpbj_desktop.ui.widgets.application_details import DetailsPanel
from ukpbj_desktop.ui.widgets.formatting import datetime_text
from ukpbj_desktop.ui.widgets.labels import disposition_label, level_label, location_label, media_label
from ukpbj_desktop.ui.widgets.rich_text import html_table, html_value

DAMAGED_COLOUR = QColor("#b3261e")
SCAN_ID_ROLE = Qt.ItemDataRole.UserRole


def size_text(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{max(1, size // 1024)} KB"


class ArchiveDetails(QWidget):
    """Shows :class:`archive_query.ArchiveDetails`; ``changed`` after scans were added or removed."""

    changed = Signal(int)  # archive id

    def __init__(self, operator: Operator, parent: QWidget | None = None):
        super().__init__(parent)
        self.operator = operator
        self.details: aq.ArchiveDetails | None = None
        self.where = QLabel(self)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2)
        big.setBold(True)
        self.where.setFont(big)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.place = QLabel(self)
        self.place.setWordWrap(True)
        self.place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.record = QTextBrowser(self)
        self.history = DetailsPanel(self)
        self.scan_list = QListWidget(self)
        self.scan_list.itemActivated.connect(lambda _item: self.open_scan())
        self.scan_list.currentRowChanged.connect(lambda _row: self._enable_scan_buttons())
        self.add_button = QPushButton(self.tr("&Tambah pindaian..."), self)
        self.add_button.clicked.connect(self.add_scans)
        self.open_button = QPushButton(self.tr("B&uka"), self)
        self.open_button.clicked.connect(self.open_scan)
        self.remove_button = QPushButton(self.tr("Hapus pi&ndaian"), self)
        self.remove_button.clicked.connect(self.remove_scan)
        self.remove_button.setShortcut(QKeySequence.StandardKey.Delete)

        scans_page = QWidget(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        scans_layout = QVBoxLayout(scans_page)
        scans_layout.addWidget(self.scan_list, 1)
        scans_layout.addLayout(buttons)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.record, self.tr("Ar&sip"))
        self.tabs.addTab(self.history, self.tr("&Riwayat permohonan"))
        self.tabs.addTab(scans_page, self.tr("&Pindaian"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.where)
        layout.addWidget(self.place)
        layout.addWidget(self.tabs, 1)
        self.show_record(None)

    @property
    def archive_id(self) -> int | None:
        return self.details.row.id if self.details else None

    def show_record(self, archive_id: int | None) -> None:
        details = self.details = aq.details(archive_id) if archive_id is not None else None
        self.add_button.setEnabled(details is not None)
        if details is None:
            self.where.setText(self.tr("Tidak ada arsip dipilih"))
            self.place.setText(self.tr("Pilih satu baris untuk melihat letak berkasnya."))
            self.record.clear()
            self.history.show_details(None)
            self.scan_list.clear()
            self._enable_scan_buttons()
            return
        row = details.row
        self.where.setText(self.tr("Boks {box}").format(box=row.box_no) if row.box_no else self.tr("Boks belum diisi"))
        parts = [location_label(row)] if row.location else []
        if row.folder_no:
            parts.append(self.tr("Folder {folder}").format(folder=row.folder_no))
        self.place.setText(" · ".join(parts) or self.tr("Lokasi simpan belum diisi"))
        self.record.setHtml(self._record_html(row))
        self.history.show_details(details.application)
        self._fill_scans()

    def text(self) -> str:
        """What the panel shows, as plain text (for tests)."""
        return "\n".join((self.where.text(), self.place.text(), self.record.toPlainText(),
                          *(self.scan_list.item(i).text() for i in range(self.scan_list.count()))))

    # --- scans ----------------------------------------------------------------------------

    def add_scans(self) -> None:
        if self.details is None:
            return
        patterns = " ".join(f"*{suffix}" for suffix in scans.ALLOWED_SUFFIXES)
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Tambah pindaian berkas"), "",
                                                self.tr("Pindaian ({patterns})").format(patterns=patterns))
        self.attach(paths)

    def attach(self, paths: list[str]) -> None:
        """Attach each file; one refused file does not stop the others."""
        archive_id = self.archive_id
        record = aq.record(archive_id) if archive_id is not None else None
        if record is None:
            return
        added = 0
        for path in paths:
            try:
                scans.add_scan(self.operator, record, Path(path))
                added += 1
            except UserError as exc:
                messages.show_user_error(self, exc)
        if added:
            self.show_record(record.id)
            self.tabs.setCurrentIndex(2)
            self.changed.emit(record.id)

    def open_scan(self) -> None:
        scan = self._current_scan()
        if scan is None:
            return
        try:
            path = scans.open_verified(scan)
        except UserError as exc:
            messages.show_user_error(self, exc)
            self._fill_scans()
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_scan(self) -> None:
        scan = self._current_scan()
        if scan is None or not messages.confirm(
                self, self.tr("Hapus pindaian"),
                self.tr("Hapus pindaian \"{name}\" dari arsip ini? Berkas kertasnya tidak terpengaruh.").format(
                    name=scan.filename), destructive=True):
            return
        try:
            scans.remove_scan(self.operator, scan)
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        self.show_record(self.archive_id)
        self.changed.emit(self.archive_id)

    def _current_scan(self) -> Scan | None:
        item = self.scan_list.currentItem()
        return scans.find_scan(item.data(SCAN_ID_ROLE)) if item is not None else None

    def _fill_scans(self) -> None:
        self.scan_list.clear()
        lines = self.details.scans if self.details else ()
        for line in lines:
            status = scans.verify(line)
            text = f"{line.filename}  ({size_text(line.size)}, {datetime_text(line.added_at)})"
            item = QListWidgetItem(text)
            item.setData(SCAN_ID_ROLE, line.id)
            item.setToolTip(f"SHA-256 {line.sha256}")
            if status == scans.DAMAGED:
                self._mark(item, self.tr("RUSAK"),
                           self.tr("Isi berkas tidak sama dengan saat dilampirkan; pulihkan dari cadangan."))
            elif status == scans.MISSING:
                self._mark(item, self.tr("HILANG"), self.tr("Berkas pindaian tidak ditemukan di folder data."))
            self.scan_list.addItem(item)
        self.tabs.setTabText(2, self.tr("&Pindaian ({n})").format(n=len(lines)))
        if lines:
            self.scan_list.setCurrentRow(0)
        self._enable_scan_buttons()

    @staticmethod
    def _mark(item: QListWidgetItem, label: str, explanation: str) -> None:
        """A scan that is not what was attached: said first, in red, with what to do."""
        item.setText(f"{label}: {item.text()}")
        item.setForeground(QBrush(DAMAGED_COLOUR))
        item.setToolTip(explanation)

    def _enable_scan_buttons(self) -> None:
        chosen = self.scan_list.currentItem() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # --- text -----------------------------------------------------------------------------

    def _record_html(self, row: aq.ArchiveRow) -> str:
        def years(count: int | None, until: int | None) -> str:
            if count is None:
                return "&mdash;"
            return html.escape(self.tr("{n} tahun (s.d. {year})").format(n=count, year=until))

        rows = [(self.tr("Nomor arsip"), f"<b>{html_value(row.archive_number)}</b>"),
                (self.tr("Klasifikasi"), html_value(f"{row.classification} - {row.classification_name}")),
                (self.tr("Uraian"), html_value(row.description)),
                (self.tr("Kurun waktu"), html_value(row.period)),
                (self.tr("Jumlah"), html_value(self.tr("{n} berkas, {media}").format(n=row.quantity,
                                                                                     media=media_label(row.media)))),
                (self.tr("Tingkat perkembangan"), html_value(level_label(row.development_level))),
                (self.tr("Retensi aktif"), years(row.active_years, row.active_until)),
                (self.tr("Retensi inaktif"), years(row.inactive_years, row.inactive_until)),
                (self.tr("Nasib akhir"), html_value(disposition_label(row.disposition))),
                (self.tr("Diarsipkan"), html_value(datetime_text(row.archived_at))),
                (self.tr("No. agenda"), html_value(row.agenda_number))]
        return html_table(rows)
