"""SOP step 9: file the application as a line of the Daftar Arsip (and, later, correct it).

Retention and final disposition follow the chosen classification code (the office's
editable rules); the storage place starts from where the previous file went, since
files are boxed one after another. Given an existing record, the same form edits it:
a box moved to another room, a typo in the description.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ukpbj_desktop import classifications, services
from ukpbj_desktop.classifications import DEVELOPMENT_LEVEL_LABELS, DISPOSITIONS
from ukpbj_desktop.errors import ConflictError, UserError
from ukpbj_desktop.store.models import Application, ArchiveRecord, Operator
from ukpbj_desktop.ui.steps.base import StepDialog, applicant_form
from ukpbj_desktop.ui.widgets import messages
from ukpbj_desktop.ui.widgets.labels import MEDIA, disposition_label, level_label, media_label, media_value


class ArchiveDialog(StepDialog):
    """Classification, description and storage place of the file -> services.archive."""
    HELP_SECTION = "archive"

    def __init__(self, operator: Operator, application: Application, parent: QWidget | None = None,
                 record: ArchiveRecord | None = None):
        super().__init__(operator, application, parent)
        self.record = record
        title = self.tr("Ubah data arsip - {agenda}") if record else self.tr("Pengarsipan berkas - {agenda}")
        self.setWindowTitle(title.format(agenda=application.agenda_number))

        defaults = services.archive_defaults(application)
        self.archive_number = QLineEdit(defaults.archive_number)
        self.classification = QComboBox()
        self._fill_classifications(defaults.classification)
        self.classification.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.classification.setMinimumContentsLength(70)
        self.description = QLineEdit(defaults.description)
        self.description.setCursorPosition(0)
        self.period = QLineEdit(defaults.period)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 999)
        self.quantity.setSuffix(self.tr(" berkas"))
        self.media = QComboBox()
        self.media.setEditable(True)
        for medium in MEDIA:
            self.media.addItem(media_label(medium), medium)
        self.level = QComboBox()
        for value in DEVELOPMENT_LEVEL_LABELS:
            self.level.addItem(level_label(value), value)
        self.folder, self.box = QLineEdit(), QLineEdit()
        self.room, self.rack, self.shelf = QLineEdit(), QLineEdit(), QLineEdit()
        self.active_years, self.inactive_years = self._years(), self._years()
        self.disposition = QComboBox()
        for value in DISPOSITIONS:
            self.disposition.addItem(disposition_label(value), value)
        self.classification.currentIndexChanged.connect(self._apply_retention)
        if record is None:
            self._place(defaults)
            self._apply_retention()
        else:
            self._show_record(record)
        self.manage_button = QPushButton(self.tr("Kelola ko&de..."))
        self.manage_button.setToolTip(self.tr("Tambah atau ubah kode klasifikasi dan retensinya"))
        self.manage_button.clicked.connect(self._manage_classifications)

        form = QFormLayout()
        form.addRow(self.tr("&Nomor arsip:"), self.archive_number)
        form.addRow(self.tr("&Klasifikasi:"), self._row(self.classification, self.manage_button))
        form.addRow(self.tr("&Uraian:"), self.description)
        form.addRow(self.tr("Kurun &waktu:"), self.period)
        form.addRow(self.tr("&Jumlah:"), self._row(self.quantity, self.tr("&Media:"), self.media))
        form.addRow(self.tr("&Tingkat perkembangan:"), self.level)
        form.addRow(self.tr("Nomor &folder:"), self._row(self.folder, self.tr("Nomor b&oks:"), self.box))
        form.addRow(self.tr("&Ruang:"), self._row(self.room, self.tr("R&ak/lemari:"), self.rack,
                                                  self.tr("&Baris:"), self.shelf))
        form.addRow(self.tr("R&etensi aktif:"), self._row(self.active_years, self.tr("Retensi &inaktif:"),
                                                          self.inactive_years))
        form.addRow(self.tr("Nasib ak&hir:"), self.disposition)

        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("&Simpan") if record else self.tr("Arsi&pkan"),
                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Bata&l"), QDialogButtonBox.ButtonRole.RejectRole)
        ok.setDefault(True)
        self.ok_button = ok
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(applicant_form(application))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.fields = {"classification": self.classification, "description": self.description,
                       "period": self.period, "quantity": self.quantity, "archive_number": self.archive_number}
        self.classification.setFocus()

    def _years(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 99)
        spin.setSuffix(self.tr(" tahun"))
        spin.setSpecialValueText(self.tr("-"))  # 0: no rule; the classification's applies
        return spin

    def _row(self, first: QWidget, *pairs) -> QWidget:
        """``first`` followed by (label, widget) pairs on one line; labels take their mnemonic buddy.

        A single extra widget (a button) follows without a label."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(first, 1)
        if len(pairs) == 1:
            layout.addWidget(pairs[0])
            return row
        for text, widget in zip(pairs[::2], pairs[1::2], strict=True):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget, 1)
        return row

    def _fill_classifications(self, chosen: str) -> None:
        """The office's code table, keeping ``chosen`` selected when it still exists."""
        self.classification.blockSignals(True)
        self.classification.clear()
        for row in classifications.list_classifications():
            self.classification.addItem(f"{row.code} - {row.name}", row.code)
            self.classification.setItemData(self.classification.count() - 1, f"{row.name} ({row.scheme})",
                                            Qt.ItemDataRole.ToolTipRole)
        self.classification.setCurrentIndex(max(0, self.classification.findData(chosen)))
        self.classification.blockSignals(False)

    def _manage_classifications(self) -> None:
        from ukpbj_desktop.ui.archive.classifications import ClassificationDialog

        chosen = self.classification.currentData()
        ClassificationDialog(self.operator, self).exec()
        self._fill_classifications(chosen)
        self._apply_retention()

    def _show_record(self, record: ArchiveRecord) -> None:
        """The filed values as they are, not the classification's defaults."""
        self.archive_number.setText(record.archive_number)
        self.classification.setCurrentIndex(max(0, self.classification.findData(record.classification_id)))
        self.description.setText(record.description)
        self.description.setCursorPosition(0)
        self.period.setText(record.period)
        self.quantity.setValue(record.quantity)
        self.media.setCurrentText(media_label(record.media))
        self.level.setCurrentIndex(max(0, self.level.findData(record.development_level)))
        for edit, value in ((self.folder, record.folder_no), (self.box, record.box_no), (self.room, record.room),
                            (self.rack, record.rack), (self.shelf, record.shelf)):
            edit.setText(value)
        self.active_years.setValue(record.active_years or 0)
        self.inactive_years.setValue(record.inactive_years or 0)
        self.disposition.setCurrentIndex(max(0, self.disposition.findData(record.disposition)))

    def _place(self, defaults: services.ArchiveInput) -> None:
        """Where the previous file went, as the core proposes."""
        for edit, value in ((self.box, defaults.box_no), (self.room, defaults.room), (self.rack, defaults.rack),
                            (self.shelf, defaults.shelf)):
            edit.setText(value)
        self.media.setCurrentText(media_label(defaults.media))

    def _apply_retention(self) -> None:
        rule = classifications.find_classification(self.classification.currentData())
        if rule is None:
            return
        self.active_years.setValue(rule.active_years or 0)
        self.inactive_years.setValue(rule.inactive_years or 0)
        found = self.disposition.findData(rule.disposition)
        if found >= 0:
            self.disposition.setCurrentIndex(found)

    def value(self) -> services.ArchiveInput:
        return services.ArchiveInput(
            classification=self.classification.currentData() or "", description=self.description.text(),
            period=self.period.text(), quantity=self.quantity.value(), media=media_value(self.media.currentText()),
            development_level=self.level.currentData(), folder_no=self.folder.text().strip(),
            box_no=self.box.text().strip(), room=self.room.text().strip(), rack=self.rack.text().strip(),
            shelf=self.shelf.text().strip(), active_years=self.active_years.value() or None,
            inactive_years=self.inactive_years.value() or None, disposition=self.disposition.currentData(),
            archive_number=self.archive_number.text().strip())

    def _back_to_place(self) -> bool:
        """Whether, asked about filing with no location, the operator chose to fill it in first."""
        if self.record is not None or self.value().placed:
            return False
        going_on = messages.confirm(
            self, self.tr("Lokasi belum diisi"),
            self.tr("Boks, ruang, rak, dan baris belum diisi, jadi berkas kertasnya akan sulit ditemukan. "
                    "Arsipkan tanpa lokasi?"))
        if not going_on:
            self.box.setFocus()
        return not going_on

    def accept(self) -> None:
        if self._back_to_place():
            return
        try:
            if self.record is None:
                self.application = services.archive(self.operator, self.application, self.value(), self.started_at)
            else:
                self.record = services.update_archive(self.operator, self.record, self.value())
        except ConflictError as exc:
            self.close_on_conflict(exc)
            return
        except UserError as exc:
            messages.show_user_error(self, exc)
            widget = self.fields.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return
        super().accept()
