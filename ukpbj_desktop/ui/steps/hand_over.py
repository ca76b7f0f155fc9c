"""SOP step 8: print the account slip and record who received it.

The slip is built in memory with the password created at step 6. When that password
is gone (the app was closed since), the only honest slip is one with a NEW password
the operator sets in SPSE first: the dialog generates it and waits for that to be
confirmed. Every slip made is recorded with its own verification code.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ukpbj_desktop import credentials, services
from ukpbj_desktop.documents import paperwork
from ukpbj_desktop.documents.export_files import safe_file_name
from ukpbj_desktop.documents.reports.data import SlipData
from ukpbj_desktop.errors import ConflictError, UserError
from ukpbj_desktop.store.models import Application, Operator
from ukpbj_desktop.ui.steps.base import StepDialog, applicant_form, grow_to_contents
from ukpbj_desktop.ui.widgets import messages
from ukpbj_desktop.ui.widgets.credentials import CredentialField, forget_clipboard
from ukpbj_desktop.ui.widgets.formatting import datetime_text
from ukpbj_desktop.ui.widgets.pdf_preview import PdfPreviewDialog


def slip_pdf(data: SlipData) -> bytes:
    """The slip's PDF bytes (ReportLab is imported on first use: it is slow to load)."""
    from ukpbj_desktop.documents.reports.slip import handover_slip_pdf
    return handover_slip_pdf(data)


class ResetPanel(QWidget):
    """No password in memory: explain, offer a new one, wait for "changed in SPSE"."""

    def __init__(self, user_id: str, reprint: bool, parent: QWidget | None = None):
        super().__init__(parent)
        text = self.tr(
            "<b>Password awal tidak lagi tersimpan</b> (aplikasi atau jendela sudah ditutup sejak akun dibuat; "
            "password memang tidak pernah disimpan). Slip hanya bisa dicetak dengan password <b>BARU</b>: "
            "buka SPSE, ganti (reset) password akun <b>{user_id}</b> menjadi password di bawah ini, lalu "
            "centang konfirmasinya.").format(user_id=user_id)
        if reprint:
            text += " " + self.tr("Slip ini akan bertanda CETAK ULANG dan slip sebelumnya tidak berlaku lagi.")
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        self.new_password = CredentialField(self.tr("Sal&in"), self.tr("Salin password"), secret=True)
        self.new_password.edit.setText(credentials.generate_password())
        self.regenerate_button = QPushButton(self.tr("Buat &ulang password"))
        self.regenerate_button.setAutoDefault(False)
        self.regenerate_button.clicked.connect(self.regenerate_password)
        self.reset_confirmed = QCheckBox(self.tr("Password sudah &diganti di SPSE"))
        row = QHBoxLayout()
        row.addWidget(self.new_password, 1)
        row.addWidget(self.regenerate_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.reset_confirmed)

    def confirmed_password(self) -> str | None:
        """The new password once the operator confirmed SPSE has it."""
        return self.new_password.value() if self.reset_confirmed.isChecked() else None

    def regenerate_password(self) -> None:
        forget_clipboard(self.new_password.value())
        self.new_password.edit.setText(credentials.generate_password())

    def lock(self, locked: bool) -> None:
        """Once the password is on a slip it stays: no new one, and the confirmation cannot be undone."""
        self.reset_confirmed.setEnabled(not locked)
        self.regenerate_button.setEnabled(not locked and not self.reset_confirmed.isChecked())


class HandOverDialog(StepDialog):
    """Print the slip (with the held password, or a new one set in SPSE), then record the handover."""
    HELP_SECTION = "hand-over"

    def __init__(self, operator: Operator, application: Application, parent: QWidget | None = None,
                 password: str | None = None):
        super().__init__(operator, application, parent)
        self.user_id = services.user_id_of(application)
        self._password = password
        self.slip_out = False  # a slip with the password was printed or saved: memory need not keep it
        self.setWindowTitle(self.tr("Penyerahan akun SPSE - {agenda}").format(agenda=application.agenda_number))

        self.print_button = QPushButton(self.tr("&Cetak slip"))
        self.print_button.clicked.connect(self.print_slip)
        self.archive_button = QPushButton(self.tr("Cetak salinan &arsip (password disamarkan)"))
        self.archive_button.clicked.connect(self.print_archive_copy)
        for button in (self.print_button, self.archive_button):
            button.setAutoDefault(False)  # Enter must not record a slip by surprise
        self.reprint_button = QPushButton(self.tr("Cetak ulang slip dengan password &baru..."))
        self.reprint_button.setAutoDefault(False)
        self.reprint_button.hide()
        self.slip_status = QLabel()
        self.slip_status.setWordWrap(True)

        slip_box = QGroupBox(self.tr("1. Slip akun"))
        slip_layout = QVBoxLayout(slip_box)
        self.reset_panel: ResetPanel | None = None  # only while no password is held
        if password is None:
            reprint = services.latest_slip(application) is not None
            self.reset_panel = ResetPanel(self.user_id, reprint)
            self.reset_panel.reset_confirmed.toggled.connect(self._refresh)
            slip_layout.addWidget(self.reset_panel)
            if reprint:  # usually only the handover is left to record
                self._collapse(self.reset_panel)
        else:
            held = QLabel(self.tr("Password awal dari pembuatan akun masih ada di memori aplikasi. "
                                  "Cetak slip, lalu serahkan kepada PPK."))
            held.setWordWrap(True)
            slip_layout.addWidget(held)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        slip_layout.addLayout(buttons)
        slip_layout.addWidget(self.slip_status)

        person = application.applicant.name
        self.self_radio = QRadioButton(self.tr("Diterima &langsung oleh PPK ({name})").format(name=person))
        self.proxy_radio = QRadioButton(self.tr("Diterima oleh &kuasa, atas nama:"))
        self.self_radio.setChecked(True)
        self.proxy_name = QLineEdit()
        self.proxy_name.setPlaceholderText(self.tr("Nama penerima kuasa"))
        self.proxy_radio.toggled.connect(self._proxy_toggled)
        self.proxy_name.setEnabled(False)
        receive_box = QGroupBox(self.tr("2. Penyerahan"))
        receive_layout = QVBoxLayout(receive_box)
        receive_layout.addWidget(self.self_radio)
        proxy_row = QHBoxLayout()
        proxy_row.addWidget(self.proxy_radio)
        proxy_row.addWidget(self.proxy_name, 1)
        receive_layout.addLayout(proxy_row)

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("Catat &penyerahan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(applicant_form(application, [(self.tr("User ID SPSE"), self.user_id)]))
        layout.addWidget(slip_box)
        layout.addWidget(receive_box)
        layout.addWidget(self.buttons)
        self._refresh()

    def _collapse(self, panel: ResetPanel) -> None:
        """Hide the new-password panel behind a "reprint" button until the operator asks for it."""
        panel.hide()
        self.print_button.hide()
        self.reprint_button.show()

        def expand():
            self.reprint_button.hide()
            self.print_button.show()
            panel.show()
            panel.new_password.setFocus()
            grow_to_contents(self)

        self.reprint_button.clicked.connect(expand)

    @property
    def held_password(self) -> str | None:
        """The password SPSE now has for this account, if this dialog knows it."""
        if self._password is None and self.reset_panel is not None:
            return self.reset_panel.confirmed_password()
        return self._password

    def _proxy_toggled(self, on: bool) -> None:
        self.proxy_name.setEnabled(on)
        if on:
            self.proxy_name.setFocus()

    def _refresh(self) -> None:
        last = services.latest_slip(self.application)
        if last is None:
            self.slip_status.setText(self.tr("Belum ada slip dicetak. Cetak slip sebelum mencatat penyerahan."))
        else:
            status = self.tr("Slip terakhir: kode {code}, dibuat {when} oleh {who}.").format(
                code=last.verification_code, when=datetime_text(last.printed_at), who=last.printed_by.full_name)
            if last.reprint:
                status += " " + self.tr("(cetak ulang)")
            self.slip_status.setText(status)
        if self.reset_panel is not None:
            self.reset_panel.lock(self._password is not None)  # the new password is in SPSE and on a slip now
        self.print_button.setEnabled(self.held_password is not None)
        self.archive_button.setEnabled(last is not None)
        self.ok_button.setEnabled(last is not None)
        grow_to_contents(self)  # the status may now take more lines

    def _preview(self, data: SlipData, title: str, save_warning: str | None = None) -> PdfPreviewDialog:
        return PdfPreviewDialog(slip_pdf(data), title, self, save_warning=save_warning,
                                suggested_name=safe_file_name("slip-akun", data.agenda_number, suffix=".pdf"))

    def print_slip(self) -> None:
        """Record a new slip with a fresh verification code, then show it to print."""
        password = self.held_password
        if password is None:
            return
        code = credentials.new_verification_code()
        try:
            slip = services.record_slip(self.operator, self.application, code)
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        self._password = password
        self._refresh()
        data = paperwork.slip(self.application, self.operator, self.user_id, password, code, reprint=slip.reprint)
        preview = self._preview(data, self.tr("Slip akun SPSE - {agenda}").format(agenda=data.agenda_number),
                                save_warning=self.tr(
                                    "Slip ini memuat password awal. Berkas PDF yang disimpan bisa tersalin, "
                                    "tersinkron ke cloud, atau dibaca orang lain, padahal password seharusnya "
                                    "hanya ada di kertas yang diterima PPK. Sebaiknya slip cukup dicetak.\n\n"
                                    "Tetap simpan sebagai berkas?"))
        preview.printed.connect(self._slip_left_memory)
        preview.saved.connect(self._slip_left_memory)
        preview.exec()

    def _slip_left_memory(self) -> None:
        self.slip_out = True

    def print_archive_copy(self) -> None:
        """The office's copy of the last slip: same code and date, password masked."""
        last = services.latest_slip(self.application)
        if last is None:
            return
        data = paperwork.slip(self.application, self.operator, self.user_id, None, last.verification_code,
                              reprint=last.reprint, date=last.printed_at.date())
        self._preview(data, self.tr("Salinan arsip slip akun - {agenda}").format(agenda=data.agenda_number)).exec()

    def accept(self) -> None:
        by_proxy = self.proxy_radio.isChecked()
        received_by = self.proxy_name.text() if by_proxy else self.application.applicant.name
        if by_proxy and not received_by.strip():
            messages.warning(self, self.tr("Periksa isian"), self.tr("Tulis nama kuasa yang menerima slip akun."))
            self.proxy_name.setFocus()
            return
        try:
            self.application = services.hand_over(self.operator, self.application, received_by, by_proxy,
                                                  self.started_at)
        except ConflictError as exc:
            self.close_on_conflict(exc)
            return
        except UserError as exc:
            messages.show_user_error(self, exc)
            if exc.field == "name" and by_proxy:
                self.proxy_name.setFocus()
                self.proxy_name.selectAll()
            return
        super().accept()

    def done(self, result: int) -> None:
        if self.reset_panel is not None:
            forget_clipboard(self.reset_panel.new_password.value())
        super().done(result)
