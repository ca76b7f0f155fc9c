"""Step 8: the slip is printed with the password from step 6 (or a new one) and handed over."""
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from test_create_account_dialog import application_awaiting_account

from tests.unit.test_secret_at_rest import files_containing, tree
from ukpbj_desktop import config, credentials, services
from ukpbj_desktop.documents import paperwork
from ukpbj_desktop.documents.reports.slip import qr_payload
from ukpbj_desktop.store.db import sqlite_path
from ukpbj_desktop.store.models import ArchiveRecord, Handover, SlipPrint, now
from ukpbj_desktop.ui.steps.archive import ArchiveDialog
from ukpbj_desktop.ui.steps.create_account import CreateAccountDialog
from ukpbj_desktop.ui.steps.hand_over import HandOverDialog
from ukpbj_desktop.ui.steps.slip_verify import SlipVerifyDialog
from ukpbj_desktop.ui.widgets.pdf_preview import PdfPreviewDialog


@pytest.fixture
def previews(monkeypatch):
    """PdfPreviewDialog.exec replaced: records each preview's text, title and save warning, and 'prints' it."""
    opened = []

    def exec_(self):
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(self._pdf_bytes)).pages)
        opened.append({"text": text, "title": self.windowTitle(), "save_warning": self._save_warning})
        self.printed.emit()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PdfPreviewDialog, "exec", exec_)
    return opened


def created_account(store, qtbot) -> CreateAccountDialog:
    """Step 6 done through its dialog, as the operator does it."""
    dialog = CreateAccountDialog(store, application_awaiting_account(store))
    qtbot.addWidget(dialog)
    dialog.user_id.edit.setText("yohanis.r")
    dialog.created.setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    return dialog


def handover_dialog(qtbot, store, application, password=None) -> HandOverDialog:
    dialog = HandOverDialog(store, application, password=password)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_account_then_slip_then_handover_to_a_proxy(store, qtbot, shown, previews):
    account = created_account(store, qtbot)
    password = account.initial_password
    dialog = handover_dialog(qtbot, store, account.application, password)
    assert not dialog.ok_button.isEnabled()  # no slip yet

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    slip = previews[0]["text"]
    assert "yohanis.r" in slip and password in slip
    assert "19650705 199203 1 023" in slip  # the NIP grouped as on official papers
    assert "WAJIB mengganti password awal" in slip
    assert "CETAK ULANG" not in slip
    assert "password awal" in previews[0]["save_warning"]  # saving it to disk is discouraged
    code = SlipPrint.get().verification_code
    assert code in slip and not SlipPrint.get().reprint
    assert dialog.slip_out and code in dialog.slip_status.text()

    qtbot.mouseClick(dialog.proxy_radio, Qt.MouseButton.LeftButton)
    dialog.accept()  # proxy chosen but not named
    assert shown[-1][0] == "warning" and "nama kuasa" in shown[-1][2]
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.proxy_name.setText("Maria Kelian")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.application.current_step == "archive"
    handover = Handover.get()
    assert (handover.received_by, handover.by_proxy) == ("Maria Kelian", True)

    # None of it left the password on disk: database, WAL, data folder.
    database = sqlite_path()
    stored = [database, Path(f"{database}-wal"), Path(f"{database}-shm"), *tree(config.data_dir())]
    assert files_containing(password, stored) == []


def test_second_print_in_the_same_sitting_is_recorded_as_a_reprint(store, qtbot, shown, previews):
    account = created_account(store, qtbot)
    dialog = handover_dialog(qtbot, store, account.application, account.initial_password)
    dialog.print_slip()
    dialog.print_slip()
    assert [s.reprint for s in SlipPrint.select().order_by(SlipPrint.id)] == [False, True]
    assert "CETAK ULANG" in previews[1]["text"]
    assert len({s.verification_code for s in SlipPrint.select()}) == 2


def test_without_the_password_a_reprint_needs_a_new_one_set_in_spse(store, qtbot, shown, previews):
    account = created_account(store, qtbot)
    old_password = account.initial_password
    first = handover_dialog(qtbot, store, account.application, old_password)
    first.print_slip()
    first.reject()  # the PPK is not here yet; later the app is restarted and the slip is lost

    dialog = handover_dialog(qtbot, store, account.application)
    assert dialog.ok_button.isEnabled()  # the slip printed earlier can simply be handed over
    assert dialog.reprint_button.isVisibleTo(dialog) and not dialog.print_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.reprint_button, Qt.MouseButton.LeftButton)
    assert dialog.print_button.isVisibleTo(dialog) and not dialog.print_button.isEnabled()
    new_password = dialog.reset_panel.new_password.value()
    assert new_password != old_password and credentials.spse_accepts(new_password)

    qtbot.mouseClick(dialog.reset_panel.reset_confirmed, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))  # the box itself
    assert not dialog.reset_panel.regenerate_button.isEnabled()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    reprint = previews[-1]["text"]
    assert "CETAK ULANG" in reprint and new_password in reprint and old_password not in reprint
    assert SlipPrint.select().order_by(SlipPrint.id.desc()).first().reprint
    assert not dialog.reset_panel.reset_confirmed.isEnabled()  # that password is in SPSE and on paper now


def test_new_password_is_asked_at_once_when_no_slip_was_ever_printed(store, qtbot, shown, previews):
    account = created_account(store, qtbot)
    dialog = handover_dialog(qtbot, store, account.application)
    assert not dialog.reprint_button.isVisibleTo(dialog)
    assert dialog.reset_panel.reset_confirmed.isVisibleTo(dialog) and not dialog.print_button.isEnabled()
    before = dialog.reset_panel.new_password.value()
    qtbot.mouseClick(dialog.reset_panel.regenerate_button, Qt.MouseButton.LeftButton)
    assert dialog.reset_panel.new_password.value() != before
    assert dialog.held_password is None  # not until SPSE has it
    dialog.reset_panel.reset_confirmed.setChecked(True)
    assert dialog.held_password == dialog.reset_panel.new_password.value()
    dialog.print_slip()
    assert not SlipPrint.get().reprint and "CETAK ULANG" not in previews[0]["text"]


def test_archive_copy_masks_the_password_and_repeats_the_last_code(store, qtbot, shown, previews):
    account = created_account(store, qtbot)
    dialog = handover_dialog(qtbot, store, account.application, account.initial_password)
    assert not dialog.archive_button.isEnabled()
    dialog.print_slip()
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    copy = previews[-1]["text"]
    assert account.initial_password not in copy and "disamarkan" in copy
    assert SlipPrint.get().verification_code in copy
    assert SlipPrint.select().count() == 1  # a copy is not a new slip
    assert previews[-1]["save_warning"] is None


def test_handover_by_the_ppk_in_person(store, qtbot, shown, previews):
    account = created_account(store, qtbot)
    dialog = handover_dialog(qtbot, store, account.application, account.initial_password)
    dialog.print_slip()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    handover = Handover.get()
    assert (handover.received_by, handover.by_proxy) == ("Drs. Yohanis Rumalutur, M.Si.", False)


def test_handover_before_any_slip_is_refused(store, qtbot, shown, previews):
    account = created_account(store, qtbot)
    dialog = handover_dialog(qtbot, store, account.application, account.initial_password)
    dialog.ok_button.setEnabled(True)  # even if the button were pressed
    dialog.accept()
    assert "Cetak slip akun lebih dulu" in shown[-1][2]
    assert Handover.select().count() == 0


def scan(qtbot, dialog: SlipVerifyDialog, text: str) -> str:
    """Type as a USB scanner does (keys, then Enter); the answer shown."""
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, text)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    return dialog.result_label.text()


def test_a_printed_slip_is_verified_by_code_or_qr_and_a_forged_one_is_not(store, qtbot, shown, previews):
    account = created_account(store, qtbot)
    handover = handover_dialog(qtbot, store, account.application, account.initial_password)
    handover.print_slip()
    first = SlipPrint.get()
    verify = SlipVerifyDialog()
    qtbot.addWidget(verify)
    verify.show()
    qtbot.waitExposed(verify)

    payload = qr_payload(paperwork.slip(account.application, store, "yohanis.r", None, first.verification_code))
    answer = scan(qtbot, verify, payload)
    assert verify.isVisible()  # the scanner's Enter checks; it does not close the dialog
    assert "Slip asli" in answer
    for shown_value in (account.application.agenda_number, "Drs. Yohanis Rumalutur, M.Si.", "19650705 199203 1 023",
                        "yohanis.r", first.verification_code, "belum diserahkan"):
        assert shown_value in answer
    assert account.initial_password not in answer
    assert verify.code.selectedText() == payload  # the next scan replaces it

    typed = first.verification_code.replace("-", "").lower()
    assert "Slip asli" in scan(qtbot, verify, typed)

    handover.print_slip()  # a reprint makes the first paper void
    assert "SUDAH TIDAK BERLAKU" in scan(qtbot, verify, first.verification_code)

    assert "slip mungkin palsu" in scan(qtbot, verify, "K7QXM-3HRTA")
    assert verify.found is None
    forged = payload.replace(account.application.agenda_number, "027/9999/UKPBJ/2026")
    assert "slip mungkin palsu" in scan(qtbot, verify, forged)
    assert "tanpa I, L, O" in scan(qtbot, verify, "K7QXM-3HRT0")


def handed_over(store, qtbot, nip: str, name: str):
    app = application_awaiting_account(store, nip=nip, name=name)
    app = services.create_account(store, app, nip)
    services.record_slip(store, app, credentials.new_verification_code())
    return services.hand_over(store, app, name)


def test_after_handover_the_file_is_archived_by_its_classification(store, qtbot, shown):
    app = handed_over(store, qtbot, "196507051992031023", "Yohanis Rumalutur")
    dialog = ArchiveDialog(store, app)
    qtbot.addWidget(dialog)
    assert dialog.classification.currentData() == "000.3.5"
    assert dialog.description.text() == "Berkas permohonan akun PPK SPSE a.n. Yohanis Rumalutur, Dinas Pekerjaan Umum"
    assert dialog.period.text() == str(app.received_at.year)
    assert dialog.archive_number.text() == services.next_archive_number(now().year)
    assert (dialog.active_years.value(), dialog.inactive_years.value()) == (2, 3)
    assert dialog.disposition.currentData() == "permanen"
    dialog.classification.setCurrentIndex(dialog.classification.findData("027"))
    assert dialog.disposition.currentData() == "musnah"  # the retention rule follows the code
    dialog.classification.setCurrentIndex(dialog.classification.findData("000.3.5"))

    dialog.description.clear()
    dialog.accept()
    assert "Uraian wajib diisi" in shown[-1][2] and dialog.result() != QDialog.DialogCode.Accepted
    dialog.description.setText("Berkas akun PPK a.n. Yohanis Rumalutur")
    dialog.box.setText("B-07")
    dialog.room.setText("Ruang Arsip UKPBJ")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.application.current_step is None and dialog.application.state == "archived"
    record = ArchiveRecord.get()
    assert (record.classification_id, record.disposition, record.active_years, record.box_no) == (
        "000.3.5", "permanen", 2, "B-07")

    other = handed_over(store, qtbot, "197001021995032001", "Maria Kelian")
    following = ArchiveDialog(store, other)
    qtbot.addWidget(following)
    assert (following.box.text(), following.room.text()) == ("B-07", "Ruang Arsip UKPBJ")  # filed next to it
    assert following.archive_number.text() != record.archive_number


def test_the_slip_prints_to_a_file_named_by_default_and_saves_under_a_safe_name(store, qtbot, shown, monkeypatch,
                                                                                 tmp_path):
    """The agenda number's slashes must not turn Qt's default "print to file" name into missing folders."""
    printed, suggested = [], []

    def print_to_default_file(preview):
        def choose(printer):  # what Qt's dialog offers for "print to file": the document's name
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(tmp_path / printer.docName()))
            printed.append(Path(printer.outputFileName()))
            return True
        monkeypatch.setattr(preview, "choose_printer", choose)
        suggested.append(preview._suggested_name)
        preview.print_document()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PdfPreviewDialog, "exec", print_to_default_file)
    account = created_account(store, qtbot)
    assert "/" in account.application.agenda_number
    dialog = handover_dialog(qtbot, store, account.application, account.initial_password)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert not [kind for kind, *_ in shown if kind == "error"]
    [out] = printed
    assert out.parent == tmp_path and out.read_bytes().startswith(b"%PDF")
    assert suggested == [f"slip-akun-{account.application.agenda_number.replace('/', '-')}.pdf"]


def squeezed(dialog) -> list[str]:
    """Texts of the visible labels, fields and buttons shown lower than they need (descenders cut)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

    found = []
    for widget in dialog.findChildren(QWidget):
        if widget.isVisible() and isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            needed = (widget.heightForWidth(widget.width()) if widget.hasHeightForWidth()
                      else widget.sizeHint().height())
            if widget.height() < needed:
                found.append(widget.text())
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
def test_nothing_is_cut_off_after_printing_whichever_way_the_slip_is_made(store, qtbot, qapp, shown, previews,
                                                                           lang):
    from ukpbj_desktop.ui import i18n

    i18n.install_translator(qapp, lang)
    try:
        account = created_account(store, qtbot)
        held = handover_dialog(qtbot, store, account.application, account.initial_password)
        qtbot.mouseClick(held.print_button, Qt.MouseButton.LeftButton)
        qtbot.wait(10)
        assert squeezed(held) == []
        held.reject()

        dialog = handover_dialog(qtbot, store, account.application)  # reprint: the panel opens on request
        qtbot.mouseClick(dialog.reprint_button, Qt.MouseButton.LeftButton)
        qtbot.wait(10)
        assert squeezed(dialog) == []
        dialog.reset_panel.reset_confirmed.setChecked(True)
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        qtbot.wait(10)
        assert squeezed(dialog) == []
    finally:
        i18n.install_translator(qapp, "id")
