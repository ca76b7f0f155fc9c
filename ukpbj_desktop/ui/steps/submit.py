"""SOP step 1: the PPK hands in the file; record who applies and what they brought.

Every edit re-runs ``services.check_application_input`` on the whole form, so the rules
live in the core and each problem is written under its field as soon as the user has
left that field. A NIP already on record offers to fill the form from the stored data,
and one with an unfinished application says so at once, naming its agenda number.
The same form corrects a file's data later (until its SPSE account exists); closing it
after typing anything asks first, so a stray Esc loses nothing.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ukpbj_desktop import choices, services
from ukpbj_desktop.errors import ConflictError, UserError
from ukpbj_desktop.store import models
from ukpbj_desktop.store.settings import get_setting
from ukpbj_desktop.ui.steps.base import BaseStepDialog
from ukpbj_desktop.ui.widgets import messages
from ukpbj_desktop.ui.widgets.fields import (
    DateField,
    FieldRow,
    StatusLabel,
    button_box,
    copy_to_clipboard,
    line_edit_of,
    show_error_at,
    suggestion_combo,
    tab_in_layout_order,
)
from ukpbj_desktop.ui.widgets.screen_fit import fit_to_screen

APPLICANT_TEXT_FIELDS = ("nip", "name", "nik", "position", "rank", "work_unit", "agency", "email", "phone", "mobile",
                         "address")


class SubmitDialog(BaseStepDialog):
    """Register a new application (step 1), or correct one whose account has not been created yet."""
    HELP_SECTION = "submit"

    def __init__(self, operator: models.Operator, application: models.Application | None = None,
                 parent: QWidget | None = None):
        super().__init__(operator, parent)
        self.application = application  # None until the new file is saved
        self._touched: set[str] = set()
        self._known: models.Applicant | None = None
        self.rows: dict[str, FieldRow] = {}
        self.edits: dict[str, QLineEdit] = {}  # every free-text input (combos by their line edit)
        self.setWindowTitle(self.tr("Ubah data permohonan {agenda}").format(agenda=application.agenda_number)
                            if application else self.tr("Permohonan baru (langkah 1: penyampaian berkas)"))
        self._build()
        tab_in_layout_order(self)
        if application is not None:
            self._load(application)
        self._connect()
        self._refresh()
        self._as_opened = self.gather()
        self.nip_edit.setFocus()

    # Building -------------------------------------------------------------------

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        """A free-text input, registered by field name in :attr:`edits`."""
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        self.edits[name] = edit
        return edit

    def _row(self, form: QFormLayout, name: str, label: str, editor: QWidget) -> FieldRow:
        row = FieldRow(editor, self)
        form.addRow(label, row)
        self.rows[name] = row
        return row

    def _build(self) -> None:
        self.nip_edit = self._line("nip", self.tr("18 digit, mis. 19650705 199203 1 023"))
        self.name_edit = self._line("name", self.tr("Nama lengkap dengan gelar, sesuai SK"))
        self.nik_edit = self._line("nik", self.tr("16 digit, sesuai KTP"))
        self.position_edit = self._line("position")
        self.rank_combo = suggestion_combo(choices.rank_choices(), self)
        self.work_unit_combo = suggestion_combo(choices.work_unit_choices(), self)
        self.edits.update(rank=line_edit_of(self.rank_combo), work_unit=line_edit_of(self.work_unit_combo))
        self.agency_edit = self._line("agency")
        self.agency_edit.setText(get_setting("agency"))
        self.email_edit = self._line("email", self.tr("nama@contoh.go.id"))
        self.phone_edit = self._line("phone", self.tr("mis. 0914 21000"))
        self.mobile_edit = self._line("mobile", self.tr("mis. 0812 3456 7890"))
        self.address_edit = self._line("address")

        person = QFormLayout()
        nip_row = self._row(person, "nip", self.tr("&NIP"), self.nip_edit)
        self.known_label = StatusLabel(self)
        self.fill_button = QPushButton(self.tr("&Isi dari data tersimpan"), self)
        self.fill_button.setAutoDefault(False)
        self.fill_button.clicked.connect(self.fill_from_known)
        self.fill_button.setVisible(False)
        nip_row.column.addWidget(self.known_label)
        nip_row.column.addWidget(self.fill_button, 0, Qt.AlignmentFlag.AlignLeft)
        QWidget.setTabOrder(self.nip_edit, self.fill_button)  # created last, shown right under the NIP
        self._row(person, "name", self.tr("Na&ma"), self.name_edit)
        self._row(person, "nik", self.tr("NI&K"), self.nik_edit)
        self._row(person, "position", self.tr("&Jabatan"), self.position_edit)
        self._row(person, "rank", self.tr("&Pangkat/golongan"), self.rank_combo)
        self._row(person, "work_unit", self.tr("Satuan ke&rja"), self.work_unit_combo)
        self._row(person, "agency", self.tr("Instansi"), self.agency_edit)
        self._row(person, "email", self.tr("&E-mail"), self.email_edit)
        self._row(person, "phone", self.tr("Telepon"), self.phone_edit)
        self._row(person, "mobile", self.tr("&HP"), self.mobile_edit)
        self._row(person, "address", self.tr("Alamat"), self.address_edit)

        self.in_person_radio = QRadioButton(self.tr("Diserahkan langsung"), self)
        self.courier_radio = QRadioButton(self.tr("Melalui kurir"), self)
        self.in_person_radio.setChecked(True)
        self.delivery_group = QButtonGroup(self)
        self.delivery_group.addButton(self.in_person_radio)
        self.delivery_group.addButton(self.courier_radio)
        modes = QWidget(self)
        modes_layout = QHBoxLayout(modes)
        modes_layout.setContentsMargins(0, 0, 0, 0)
        modes_layout.addWidget(self.in_person_radio)
        modes_layout.addWidget(self.courier_radio)
        modes_layout.addStretch(1)
        self.courier_edit = self._line("courier_name", self.tr("Nama kurir atau perantara"))
        self.pa_check = QCheckBox(self.tr("PA yang merangkap PPK (menyerahkan SK Pelantikan)"), self)
        self.sk_number_edit = self._line("sk_number")
        self.sk_date_edit = DateField(parent=self)
        self.sk_valid_until_edit = DateField(dt.date(dt.date.today().year, 12, 31), self)  # one budget year
        self.edits.update(sk_date=self.sk_date_edit.edit, sk_valid_until=self.sk_valid_until_edit.edit)
        self.certificate_combo = QComboBox(self)
        self.certificate_combo.addItem(self.tr("(belum dipilih)"), None)
        for cert in services.certificate_types():
            self.certificate_combo.addItem(cert.name, cert.code)
        self.certificate_number_edit = self._line("certificate_number")

        file = QFormLayout()
        self._row(file, "delivery_mode", self.tr("Cara penyampaian"), modes)
        self._row(file, "courier_name", self.tr("Nama k&urir"), self.courier_edit)
        file.addRow("", self.pa_check)
        self._row(file, "sk_number", self.tr("N&omor SK"), self.sk_number_edit)
        self._row(file, "sk_date", self.tr("Tanggal SK"), self.sk_date_edit)
        self._row(file, "sk_valid_until", self.tr("SK berlaku sampai"), self.sk_valid_until_edit)
        self._row(file, "certificate_type", self.tr("Jenis sertifika&t"), self.certificate_combo)
        self._row(file, "certificate_number", self.tr("Nomor sertifikat"), self.certificate_number_edit)
        if self.application is None:  # when a file came in is recorded once, at intake
            received = self._line("received_at", self.tr("kosong = saat ini; mis. 17-08-2026 08.30"))
            received.setToolTip(self.tr("Isi bila berkas diterima lebih awal daripada dicatat: standar waktu "
                                        "dihitung sejak berkas diterima"))
            reason = self._line("received_reason", self.tr("mis. komputer mati, diterima sebelum aplikasi dipakai"))
            self._row(file, "received_at", self.tr("Diterima pada"), received)
            self._row(file, "received_reason", self.tr("Alasan terlambat"), reason)

        columns = QHBoxLayout()
        columns.addWidget(self._group(self.tr("Data PPK (pemohon)"), person), 3, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(self._group(self.tr("Berkas permohonan"), file), 2, Qt.AlignmentFlag.AlignTop)
        self.summary_label = StatusLabel(self, bold=True)
        box, self.save_button = button_box(self.tr("&Simpan"), self)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addWidget(self.summary_label)
        layout.addWidget(box)
        fit_to_screen(self, QSize(1000, 600))

    def _group(self, title: str, form: QFormLayout) -> QGroupBox:
        group = QGroupBox(title, self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        group.setLayout(form)
        return group

    def _connect(self) -> None:
        for name, edit in self.edits.items():
            edit.textChanged.connect(self._refresh)
            edit.editingFinished.connect(lambda name=name: self._touch(name))
        self.delivery_group.buttonToggled.connect(self._refresh)
        self.pa_check.toggled.connect(self._refresh)
        self.certificate_combo.currentIndexChanged.connect(self._refresh)

    # Reading and writing the form -------------------------------------------------

    def _load(self, app: models.Application) -> None:
        self._fill_applicant(app.applicant)
        (self.courier_radio if app.delivery_mode == "courier" else self.in_person_radio).setChecked(True)
        self.courier_edit.setText(app.courier_name)
        self.pa_check.setChecked(app.is_pa)
        self.sk_number_edit.setText(app.sk_number)
        self.sk_date_edit.set_value(app.sk_date)
        self.sk_valid_until_edit.set_value(app.sk_valid_until)
        self.certificate_combo.setCurrentIndex(max(0, self.certificate_combo.findData(app.certificate_type_id)))
        self.certificate_number_edit.setText(app.certificate_number)

    def _fill_applicant(self, applicant: models.Applicant) -> None:
        for name in APPLICANT_TEXT_FIELDS:
            self.edits[name].setText(getattr(applicant, name))

    def gather(self) -> services.ApplicationInput:
        """The form as the service takes it, uncleaned."""
        text = {name: edit.text() for name, edit in self.edits.items()}
        applicant = services.ApplicantInput(**{name: text[name] for name in APPLICANT_TEXT_FIELDS})
        return services.ApplicationInput(
            applicant=applicant,
            delivery_mode="courier" if self.courier_radio.isChecked() else "in_person",
            courier_name=text["courier_name"] if self.courier_radio.isChecked() else "",
            is_pa=self.pa_check.isChecked(), sk_number=text["sk_number"], sk_date=text["sk_date"],
            sk_valid_until=text["sk_valid_until"], certificate_type=self.certificate_combo.currentData(),
            certificate_number=text["certificate_number"],
            received_at=text.get("received_at"), received_reason=text.get("received_reason", ""))

    # Live validation ----------------------------------------------------------------

    def _touch(self, *names: str) -> None:
        self._touched.update(names)
        self._refresh()

    def _refresh(self) -> None:
        """Write each touched field's problem under it; look the NIP up once it is valid."""
        self.courier_edit.setEnabled(self.courier_radio.isChecked())
        if "received_at" in self.edits:  # a new file
            self.edits["received_reason"].setEnabled(bool(self.edits["received_at"].text().strip()))
        checked = services.check_application_input(self.gather())
        errors = {name: messages.translate_error(exc) for name, exc in checked.errors.items()}
        open_app = self._look_up(None if "nip" in errors else checked.value.applicant.nip)
        if open_app is not None:
            errors["nip"] = self.tr("NIP ini masih punya permohonan yang belum selesai: {agenda}. Lanjutkan "
                                    "permohonan itu, jangan membuat yang baru.").format(agenda=open_app.agenda_number)
        for name, row in self.rows.items():
            row.set_error(errors.get(name, "") if name in self._touched or name == "nip" and open_app else "")
        warnings = [QCoreApplication.translate("Validation", w) for w in checked.warnings]
        self.rows["nip"].set_warning("\n".join(warnings) if "nip" not in errors else "")
        if self.summary_label.text():  # shown by a refused save: keep its count current
            self._show_summary()

    def _faulty(self) -> list[FieldRow]:
        return [row for row in self.rows.values() if row.error()]

    def _show_summary(self) -> None:
        faulty = len(self._faulty())
        if faulty:
            self.summary_label.show_text(
                self.tr("Belum disimpan: %n isian perlu diperbaiki (ditandai merah).", "", faulty), "error")
        else:
            self.summary_label.clear_text()

    def _look_up(self, nip: str | None) -> models.Application | None:
        """Return the NIP's unfinished application, if any; else offer the stored record of a known NIP."""
        open_app = services.open_application_for(nip) if nip else None
        if open_app is not None and self.application is not None and open_app.id == self.application.id:
            open_app = None
        known = services.find_applicant(nip) if nip and open_app is None else None
        self._known = known if known is not None and not self._matches(known) else None
        if self._known is not None:
            self.known_label.show_text(self.tr("PPK ini sudah pernah terdaftar: {name}, {unit}.")
                                       .format(name=self._known.name, unit=self._known.work_unit), "info")
        else:
            self.known_label.clear_text()
        self.fill_button.setVisible(self._known is not None)
        return open_app

    def _matches(self, applicant: models.Applicant) -> bool:
        return all(self.edits[name].text().strip() == getattr(applicant, name)
                   for name in APPLICANT_TEXT_FIELDS if name != "nip")

    def fill_from_known(self) -> None:
        """The "Isi dari data tersimpan" button: copy the stored applicant into the form."""
        if self._known is None:
            return
        self._fill_applicant(self._known)
        self._touch(*APPLICANT_TEXT_FIELDS)
        self.name_edit.setFocus()

    # Saving -----------------------------------------------------------------------------

    def save(self) -> None:
        """The Simpan button: refuse with the first faulty field focused, else record and accept."""
        self._touch(*self.rows)
        faulty = self._faulty()
        if faulty:
            self._show_summary()
            faulty[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            if self.application is None:
                saved = services.submit(self.operator, self.gather(), started_at=self.started_at)
            else:
                saved = services.update_application(self.operator, self.application, self.gather())
        except ConflictError as exc:
            self.close_on_conflict(exc)
            return
        except UserError as exc:
            show_error_at(self, exc, self.rows)
            return
        created = self.application is None
        self.application = saved
        if created:
            copy_to_clipboard(saved.agenda_number)
            messages.info(self, self.tr("Permohonan tercatat"),
                          self.tr("Nomor agenda: {agenda}\n\nNomor ini sudah disalin ke clipboard. Tuliskan pada "
                                  "sampul berkas, lalu lanjutkan dengan pemeriksaan kelengkapan (langkah 2).")
                          .format(agenda=saved.agenda_number))
        self.accept()

    # Leaving ----------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Batal and the window's close button: ask before throwing typed data away."""
        if self.gather() != self._as_opened and not messages.confirm(
                self, self.windowTitle(),
                self.tr("Isian yang sudah diketik belum disimpan dan akan dibuang. Tutup tanpa menyimpan?"),
                destructive=True):
            return
        super().reject()
