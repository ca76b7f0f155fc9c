"""SOP step 6: the operator creates the PPK's account in SPSE and records its user ID.

The initial password is generated here, shown large in a monospace font whose 0/O and
1/l/I differ (it is typed into SPSE and later read from paper), and handed on in
memory only: no database column, setting, log or file ever holds it.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ukpbj_desktop import credentials, services
from ukpbj_desktop.errors import ConflictError, UserError, ValidationError
from ukpbj_desktop.store.models import Application, Operator
from ukpbj_desktop.store.settings import get_setting
from ukpbj_desktop.ui.steps.base import StepDialog, applicant_form
from ukpbj_desktop.ui.widgets import messages
from ukpbj_desktop.ui.widgets.credentials import CredentialField, forget_clipboard


class CreateAccountDialog(StepDialog):
    """Propose user ID and password, wait for "created in SPSE", record the user ID."""
    HELP_SECTION = "create-account"

    def __init__(self, operator: Operator, application: Application, parent: QWidget | None = None):
        super().__init__(operator, application, parent)
        self.setWindowTitle(self.tr("Pembuatan akun SPSE - {agenda}").format(agenda=application.agenda_number))

        spse = get_setting("spse_url")
        intro = QLabel(self.tr(
            "Buat akun PPK di SPSE (<a href=\"{url}\">{url}</a>) dengan user ID dan password di bawah ini. "
            "Password hanya ada di memori aplikasi sampai slip akun dicetak; ia tidak pernah disimpan.")
            .format(url=spse))
        intro.setWordWrap(True)
        intro.setOpenExternalLinks(True)

        self.user_id = CredentialField(self.tr("S&alin"), self.tr("Salin user ID"), secret=False)
        self.user_id.edit.setText(services.proposed_user_id(application))
        self.user_id.edit.setMaxLength(credentials.USER_ID_MAX_LENGTH + 5)
        self.user_id_status = QLabel()
        self.user_id_status.setWordWrap(True)
        self.password = CredentialField(self.tr("Sal&in"), self.tr("Salin password"), secret=True)
        self.regenerate_button = QPushButton(self.tr("Buat ulan&g password"))
        self.regenerate_button.setAutoDefault(False)
        self.regenerate_button.clicked.connect(self.regenerate_password)
        self.created = QCheckBox(self.tr("Akun sudah &dibuat di SPSE dengan user ID dan password ini"))

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("&Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("&Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        user_label = QLabel(self.tr("&User ID:"))
        user_label.setBuddy(self.user_id.edit)
        form.addRow(user_label, self.user_id)
        form.addRow("", self.user_id_status)
        password_label = QLabel(self.tr("&Password awal:"))
        password_label.setBuddy(self.password.edit)
        form.addRow(password_label, self.password)
        for label, field in ((user_label, self.user_id), (password_label, self.password)):
            label.setMinimumHeight(field.sizeHint().height())  # centred beside the tall field
        regenerate_row = QHBoxLayout()
        regenerate_row.addWidget(self.regenerate_button)
        regenerate_row.addStretch(1)
        form.addRow("", regenerate_row)

        layout = QVBoxLayout(self)
        layout.addWidget(applicant_form(application))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.created)
        layout.addWidget(self.buttons)

        self.user_id.edit.textChanged.connect(self._refresh)
        self.created.toggled.connect(self._refresh)
        self.regenerate_password()
        self._refresh()
        self.user_id.edit.setFocus()

    @property
    def initial_password(self) -> str:
        """The password the operator confirmed was set in SPSE (kept in memory only)."""
        return self.password.value()

    def regenerate_password(self) -> None:
        forget_clipboard(self.password.value())
        self.password.edit.setText(credentials.generate_password())

    def _user_id_problem(self) -> str:
        """Why the typed user ID cannot be used, or "" when it can."""
        try:
            user_id = credentials.normalize_user_id(self.user_id.value())
        except ValidationError as exc:
            return messages.translate_error(exc)
        if services.user_id_taken(user_id):
            return self.tr("User ID {user_id} sudah dipakai akun lain.").format(user_id=user_id)
        return ""

    def _refresh(self) -> None:
        """Live user-ID check; confirmation locks what was confirmed and unlocks Simpan."""
        problem = self._user_id_problem()
        if problem:
            self.user_id_status.setText(problem)
            self.user_id_status.setStyleSheet("color: #a00000;")
        else:
            user_id = credentials.normalize_user_id(self.user_id.value())
            self.user_id_status.setText(
                self.tr("User ID dapat dipakai.") if user_id == self.user_id.value()
                else self.tr("User ID dapat dipakai; ketik di SPSE sebagai: {user_id}").format(user_id=user_id))
            self.user_id_status.setStyleSheet("color: #006400;")
        confirmed = self.created.isChecked()
        self.user_id.edit.setReadOnly(confirmed)
        self.regenerate_button.setEnabled(not confirmed)
        self.ok_button.setEnabled(confirmed and not problem)

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        try:
            self.application = services.create_account(self.operator, self.application, self.user_id.value(),
                                                       self.started_at)
        except ConflictError as exc:
            self.close_on_conflict(exc)
            return
        except UserError as exc:
            messages.show_user_error(self, exc)
            if exc.field == "user_id":
                self.created.setChecked(False)
                self.user_id.edit.setFocus()
                self.user_id.edit.selectAll()
            return
        super().accept()

    def reject(self) -> None:
        if self.created.isChecked() and not messages.confirm(
                self, self.tr("Akun belum dicatat"),
                self.tr("Akun sudah dibuat di SPSE tetapi belum dicatat di sini. Bila jendela ini ditutup, "
                        "password ini hilang dan harus diganti lagi di SPSE. Tetap tutup?"), destructive=True):
            return
        super().reject()

    def done(self, result: int) -> None:
        forget_clipboard(self.password.value())
        super().done(result)

