"""SOP step 5: is the file correct? The data laid out as SPSE's staff form asks for it.

Each value can be copied into SPSE with one click and must be ticked as matching the
paper documents before the file can be declared correct. A value found wrong is marked
so: if it is only a typing slip, "Perbaiki..." beside it opens the intake form to correct
it and the sheet shows the corrected data; otherwise declaring the file not correct
proposes one reason per value marked wrong. Reasons end up in a letter that is always in
Bahasa Indonesia, so they are proposed from the untranslated labels.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ukpbj_desktop import services
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, ConflictError, UserError
from ukpbj_desktop.formatting import group_nip
from ukpbj_desktop.store import models
from ukpbj_desktop.ui.steps.base import CONFLICT, StepDialog, applicant_header, applicant_header_text
from ukpbj_desktop.ui.steps.submit import SubmitDialog
from ukpbj_desktop.ui.widgets import fields as field_widgets
from ukpbj_desktop.ui.widgets.fields import CopyField, FieldRow, StatusLabel, button_bar, button_box, show_error_at
from ukpbj_desktop.ui.widgets.screen_fit import fit_to_screen

CONTEXT = "CheckValidityDialog"
# How the PPK was reached to confirm the data, as the step log records it (Indonesian, like the log).
CONTACTS = (("", QT_TRANSLATE_NOOP("CheckValidityDialog", "Tidak dihubungi")),
            ("telepon", QT_TRANSLATE_NOOP("CheckValidityDialog", "Lewat telepon")),
            ("langsung", QT_TRANSLATE_NOOP("CheckValidityDialog", "Langsung (tatap muka)")))


@dataclass(frozen=True)
class SpseField:
    key: str  # the name services use for it, so an error about it lands on its row
    label: str  # untranslated (Indonesian) label
    value: str
    tickable: bool = True


def _date(value) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def spse_fields(app: models.Application) -> list[SpseField]:
    """The application's data in the order of SPSE's staff form."""
    a = app.applicant
    certificate = app.certificate_type  # None while none was chosen (no query then)
    cert = certificate.name if certificate is not None else ""
    return [
        SpseField("name", QT_TRANSLATE_NOOP("CheckValidityDialog", "Nama"), a.name),
        SpseField("nip", QT_TRANSLATE_NOOP("CheckValidityDialog", "NIP"), group_nip(a.nip)),
        SpseField("nip_plain", QT_TRANSLATE_NOOP("CheckValidityDialog", "NIP (tanpa spasi)"), a.nip, tickable=False),
        SpseField("nik", QT_TRANSLATE_NOOP("CheckValidityDialog", "NIK"), a.nik),
        SpseField("rank", QT_TRANSLATE_NOOP("CheckValidityDialog", "Pangkat/Golongan"), a.rank),
        SpseField("position", QT_TRANSLATE_NOOP("CheckValidityDialog", "Jabatan"), a.position),
        SpseField("work_unit", QT_TRANSLATE_NOOP("CheckValidityDialog", "Satuan kerja"), a.work_unit),
        SpseField("agency", QT_TRANSLATE_NOOP("CheckValidityDialog", "Instansi"), a.agency),
        SpseField("email", QT_TRANSLATE_NOOP("CheckValidityDialog", "E-mail"), a.email),
        SpseField("phone", QT_TRANSLATE_NOOP("CheckValidityDialog", "Telepon"), a.phone),
        SpseField("mobile", QT_TRANSLATE_NOOP("CheckValidityDialog", "HP"), a.mobile),
        SpseField("address", QT_TRANSLATE_NOOP("CheckValidityDialog", "Alamat"), a.address),
        SpseField("sk_number", QT_TRANSLATE_NOOP("CheckValidityDialog", "Nomor SK"), app.sk_number),
        SpseField("sk_valid_until", QT_TRANSLATE_NOOP("CheckValidityDialog", "Masa berlaku SK"),
                  _date(app.sk_valid_until)),
        SpseField("certificate_number", QT_TRANSLATE_NOOP("CheckValidityDialog", "Nomor sertifikat"),
                  app.certificate_number),
        SpseField("certificate_type", QT_TRANSLATE_NOOP("CheckValidityDialog", "Jenis sertifikat"), cert),
    ]


class CheckValidityDialog(StepDialog):
    """Compare the file with what SPSE will hold; record it as correct (step 6 next) or not (step 7)."""
    HELP_SECTION = "check-validity"

    def __init__(self, operator: models.Operator, application: models.Application, parent: QWidget | None = None):
        super().__init__(operator, application, parent)
        self.setWindowTitle(self.tr("Pemeriksaan kebenaran berkas (langkah 5)"))
        self.fields = spse_fields(application)
        self.rows: dict[str, FieldRow] = {}
        self.copies: dict[str, CopyField] = {}
        self.ticks: dict[str, QCheckBox] = {}
        self.wrong: dict[str, QCheckBox] = {}  # marked as not matching the documents
        self.fix_buttons: dict[str, QToolButton] = {}
        self.status_label = StatusLabel(self)
        self.progress_label = StatusLabel(self, bold=True)

        box, self.valid_button = button_box(self.tr("Benar / &valid"), self)
        self.invalid_button = QPushButton(self.tr("&Tidak valid..."), self)
        box.accepted.connect(self.record_valid)
        box.rejected.connect(self.reject)
        self.invalid_button.clicked.connect(self.record_invalid)

        layout = QVBoxLayout(self)
        self.header = applicant_header(application, self)
        layout.addWidget(self.header)
        hint = QLabel(self.tr("Cocokkan setiap data dengan dokumen asli, centang \"sesuai dokumen\", lalu salin ke "
                              "formulir pegawai di SPSE."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self._fields_box(), 1)
        layout.addWidget(self._contact_box())
        layout.addWidget(self.progress_label)
        layout.addWidget(self.status_label)
        layout.addLayout(button_bar(box, self.invalid_button))
        self._ticks_changed()
        fit_to_screen(self, QSize(820, 680))

    def _fields_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data untuk formulir pegawai SPSE"), self)
        grid = QGridLayout(box)
        grid.setVerticalSpacing(2)
        for n, item in enumerate(self.fields):
            copy = CopyField(item.value, box)
            copy.copied.connect(lambda _value, label=item.label: self._copied(label))
            row = FieldRow(copy, box)
            grid.addWidget(QLabel(QCoreApplication.translate(CONTEXT, item.label), box), n, 0)
            grid.addWidget(row, n, 1)
            self.rows[item.key] = row
            self.copies[item.key] = copy
            if item.tickable:
                tick = QCheckBox(self.tr("sesuai dokumen"), box)
                wrong = QCheckBox(self.tr("tidak sesuai"), box)
                fix = QToolButton(box)
                fix.setText(self.tr("Perbaiki data..."))
                fix.setToolTip(self.tr("Buka isian permohonan untuk membetulkan {label}").format(
                    label=QCoreApplication.translate(CONTEXT, item.label)))
                fix.setVisible(False)
                fix.clicked.connect(lambda _on=False, key=item.key: self.correct(key))
                tick.toggled.connect(lambda on, other=wrong: self._marked(on, other))
                wrong.toggled.connect(lambda on, other=tick: self._marked(on, other))
                wrong.toggled.connect(fix.setVisible)
                grid.addWidget(tick, n, 2)
                grid.addWidget(wrong, n, 3)
                grid.addWidget(fix, n, 4)
                self.ticks[item.key], self.wrong[item.key], self.fix_buttons[item.key] = tick, wrong, fix
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(self.fields), 1)  # spare height below the rows, not between them
        return box

    def _contact_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Konfirmasi dengan PPK"), self)
        self.contact_group = QButtonGroup(self)
        line = QHBoxLayout()
        for n, (_code, label) in enumerate(CONTACTS):
            radio = QRadioButton(QCoreApplication.translate(CONTEXT, label), box)
            radio.setChecked(n == 0)
            self.contact_group.addButton(radio, n)
            line.addWidget(radio)
        line.addStretch(1)
        self.contact_note = QLineEdit(box)
        self.contact_note.setPlaceholderText(self.tr("Catatan konfirmasi, mis. dengan siapa dan apa hasilnya"))
        layout = QVBoxLayout(box)
        layout.addLayout(line)
        layout.addWidget(self.contact_note)
        return box

    def _copied(self, label: str) -> None:
        self.status_label.show_text(self.tr("{label} disalin ke clipboard.").format(
            label=QCoreApplication.translate(CONTEXT, label)), "info")

    def unticked(self) -> list[SpseField]:
        return [item for item in self.fields if item.tickable and not self.ticks[item.key].isChecked()]

    def marked_wrong(self) -> list[SpseField]:
        return [item for item in self.fields if item.tickable and self.wrong[item.key].isChecked()]

    def _marked(self, on: bool, other: QCheckBox) -> None:
        """A value matches the documents or it does not: ticking one box clears the other."""
        if on:
            other.setChecked(False)
        self._ticks_changed()

    # Correcting a typing slip ---------------------------------------------------------------

    def correct(self, key: str) -> None:
        """Open the intake form at ``key``'s field; back here, show the corrected data to compare again."""
        form = SubmitDialog(self.operator, self.application, self)
        form.rows[key].setFocus(Qt.FocusReason.OtherFocusReason)
        result = form.exec()
        if result == CONFLICT:  # another operator changed the file: all shown here is stale too
            self.done(CONFLICT)
            return
        if result != QDialog.DialogCode.Accepted or form.application is None:
            return
        self.application = form.application
        changed = self._show_values(spse_fields(self.application))
        if changed:
            labels = ", ".join(QCoreApplication.translate(CONTEXT, item.label) for item in changed)
            self.status_label.show_text(self.tr("Data diperbaiki: {labels}. Cocokkan lagi dengan dokumen.")
                                        .format(labels=labels), "ok")

    def _show_values(self, fields: list[SpseField]) -> list[SpseField]:
        """Show ``fields``; a value that changed must be compared again. The changed ones."""
        changed = [new for old, new in zip(self.fields, fields, strict=True) if old.value != new.value]
        self.fields = fields
        for item in changed:
            self.copies[item.key].set_value(item.value)
            self.rows[item.key].set_error("")
            if item.tickable:
                self.ticks[item.key].setChecked(False)
                self.wrong[item.key].setChecked(False)
        self.header.setText(applicant_header_text(self.application))
        return changed

    def _ticks_changed(self) -> None:
        left = len(self.unticked())
        self.valid_button.setEnabled(left == 0)
        if left:
            self.progress_label.show_text(self.tr("%n data belum dicocokkan dengan dokumen.", "", left), "warning")
        else:
            self.progress_label.show_text(self.tr("Semua data sesuai dokumen."), "ok")

    def contact(self) -> str:
        return CONTACTS[self.contact_group.checkedId()][0]

    # Verdicts ---------------------------------------------------------------------------

    def record_valid(self) -> None:
        if self.unticked():
            return
        self._record(True, [])

    def record_invalid(self) -> None:
        """Ask for the reasons, proposing one for each value marked wrong, then record."""
        proposed = [services.mismatch_reason(item.label) for item in self.marked_wrong()]
        reasons = field_widgets.ask_reasons(
            self, self.tr("Berkas tidak valid"),
            self.tr("Tuliskan mengapa berkas tidak benar, satu alasan per baris. Alasan ini dicantumkan dalam "
                    "surat pemberitahuan penolakan kepada PPK."),
            proposed, self.tr("&Simpan: tidak valid"))
        if reasons:
            self._record(False, reasons)

    def _record(self, valid: bool, reasons: list[str]) -> None:
        try:
            self.application = services.check_validity(
                self.operator, self.application, valid=valid, reasons=reasons, contact=self.contact(),
                started_at=self.started_at, note=self.contact_note.text().strip())
        except ConflictError as exc:
            self.close_on_conflict(exc)
            return
        except UserError as exc:
            show_error_at(self, exc, self.rows)
            return
        self.accept()
