"""Step 6: the operator creates the SPSE account with the proposed user ID and password."""
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtWidgets import QDialog

from ukpbj_desktop import credentials, services
from ukpbj_desktop.required_documents import CheckedDocument, required_documents
from ukpbj_desktop.store.models import Application, AuditEvent, SpseAccount, StepLog
from ukpbj_desktop.store.settings import set_setting
from ukpbj_desktop.ui.steps.create_account import CreateAccountDialog

SOP_NIP = "196507051992031023"


def application_awaiting_account(operator, nip: str = SOP_NIP, name: str = "Drs. Yohanis Rumalutur, M.Si.",
                                 ) -> Application:
    """A file registered, found complete and valid through the services: it waits at step 6."""
    data = services.ApplicationInput(
        applicant=services.ApplicantInput(nip=nip, name=name, position="Kepala Bidang Bina Marga",
                                          work_unit="Dinas Pekerjaan Umum", email="yohanis@example.go.id"),
        sk_number="800/12/SK/2026", sk_date=dt.date(2026, 1, 5), certificate_type="LEVEL-1",
        certificate_number="LKPP-1/2025/0042")
    app = services.submit(operator, data)
    app, _ = services.check_completeness(operator, app, [CheckedDocument(d.code, True, True)
                                                         for d in required_documents(False)])
    return services.check_validity(operator, app, valid=True)


@pytest.fixture
def app6(store):
    return application_awaiting_account(store)


@pytest.fixture
def dialog(qtbot, store, app6):
    dlg = CreateAccountDialog(store, app6)
    qtbot.addWidget(dlg)
    return dlg


def test_proposes_a_free_user_id_by_the_office_convention_and_a_strong_password(dialog, store):
    assert dialog.user_id.value() == SOP_NIP  # default convention: the NIP
    password = dialog.password.value()
    assert credentials.spse_accepts(password) and len(password) >= 12
    assert dialog.password.edit.isReadOnly()
    assert dialog.user_id_status.text() == "User ID dapat dipakai."
    assert not dialog.ok_button.isEnabled()  # nothing confirmed yet


def test_name_convention_skips_a_taken_user_id(qtbot, store):
    set_setting("user_id_convention", "name")
    first = application_awaiting_account(store)
    services.create_account(store, first, "yohanis.rumalutur")
    other = application_awaiting_account(store, nip="197001021995032001", name="Yohanis Rumalutur")
    assert services.proposed_user_id(other) == "yohanis.rumalutur2"


def test_password_is_shown_large_in_a_monospace_font(dialog):
    info = QFontInfo(dialog.password.edit.font())
    assert info.fixedPitch()
    assert info.pointSize() >= 18
    assert info.family() == "DejaVu Sans Mono"  # the shipped font, whose 0/O and 1/l/I differ


def test_live_check_refuses_bad_and_taken_user_ids(dialog, store, qtbot):
    dialog.user_id.edit.setText("budi santoso")
    assert "spasi" in dialog.user_id_status.text()
    other = application_awaiting_account(store, nip="197001021995032001", name="Budi Santoso")
    services.create_account(store, other, "budi.s")
    dialog.user_id.edit.setText("budi.s")
    assert dialog.user_id_status.text() == "User ID budi.s sudah dipakai akun lain."
    dialog.created.setChecked(True)
    assert not dialog.ok_button.isEnabled()
    dialog.created.setChecked(False)
    dialog.user_id.edit.setText("Budi.Santoso")
    assert "budi.santoso" in dialog.user_id_status.text()  # told how SPSE will hold it
    dialog.created.setChecked(True)
    assert dialog.ok_button.isEnabled()


def test_password_can_be_regenerated_only_until_confirmed(dialog, qtbot):
    first = dialog.password.value()
    qtbot.mouseClick(dialog.regenerate_button, Qt.MouseButton.LeftButton)
    second = dialog.password.value()
    assert second != first and credentials.spse_accepts(second)
    qtbot.mouseClick(dialog.created, Qt.MouseButton.LeftButton)
    assert dialog.created.isChecked()
    assert not dialog.regenerate_button.isEnabled()
    assert dialog.user_id.edit.isReadOnly()  # what was confirmed cannot drift
    assert dialog.ok_button.isEnabled()


def test_copy_buttons_put_each_value_on_the_clipboard_and_closing_forgets_the_password(dialog, qtbot, shown):
    clipboard = QGuiApplication.clipboard()
    qtbot.mouseClick(dialog.user_id.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == SOP_NIP
    qtbot.mouseClick(dialog.password.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == dialog.password.value()
    assert bytes(clipboard.mimeData().data("x-kde-passwordManagerHint")) == b"secret"
    dialog.reject()
    assert clipboard.text() == ""


def test_ok_records_the_user_id_and_never_the_password(dialog, store, qtbot, shown):
    password = dialog.password.value()
    dialog.show()
    dialog.user_id.edit.setText("yohanis.r")
    dialog.created.setChecked(True)
    qtbot.keyClick(dialog.user_id.edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.application.current_step == "hand_over"
    assert dialog.initial_password == password
    assert SpseAccount.get().user_id == "yohanis.r"
    step = StepLog.get(StepLog.step == "create_account")
    assert step.started_at == dialog.started_at
    for text in [step.note, *(e.data for e in AuditEvent.select())]:
        assert password not in text
    assert shown == []


def test_user_id_taken_meanwhile_is_shown_and_the_dialog_stays(dialog, store, qtbot, shown):
    other = application_awaiting_account(store, nip="197001021995032001", name="Budi Santoso")
    dialog.created.setChecked(True)
    services.create_account(store, other, SOP_NIP)  # another operator was faster
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert shown[0][0] == "warning" and f"User ID {SOP_NIP} sudah dipakai" in shown[0][2]
    assert not dialog.created.isChecked()  # the operator must pick another ID and confirm again
    assert SpseAccount.select().count() == 1


def test_closing_after_confirming_warns_that_the_password_would_be_lost(dialog, qtbot, shown):
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.created.setChecked(True)
    shown.answers += [False, True]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # "No": stays open
    assert shown[-1][0] == "confirm" and "password ini hilang" in shown[-1][2]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert SpseAccount.select().count() == 0
