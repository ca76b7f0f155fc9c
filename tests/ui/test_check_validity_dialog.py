"""Step 5: the file's data laid out for SPSE, ticked against the documents, judged valid or not."""
import datetime as dt
import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from tests.factories import all_present, application_input
from ukpbj_desktop import services, workflow
from ukpbj_desktop.store.models import Application, AuditEvent, StepLog
from ukpbj_desktop.ui.steps.check_validity import CheckValidityDialog
from ukpbj_desktop.ui.steps.submit import SubmitDialog
from ukpbj_desktop.ui.widgets import fields as field_widgets


def open_validity(store, qtbot, **extra):
    app = services.submit(store, application_input(**extra))
    app = services.check_completeness(store, app, all_present(app))[0]
    dlg = CheckValidityDialog(store, app)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def tick(qtbot, dlg, *keys):
    for key in keys or dlg.ticks:
        click(qtbot, dlg.ticks[key])


def test_data_is_laid_out_as_spse_asks_for_it(store, qtbot):
    dlg = open_validity(store, qtbot)
    values = {key: copy.value() for key, copy in dlg.copies.items()}
    assert values["nip"] == "19650705 199203 1 023"
    assert values["nip_plain"] == "196507051992031023"
    assert values["sk_number"] == "800/123/KEP/2026"
    assert values["sk_valid_until"] == "31-12-2099"
    assert values["certificate_type"] == "Sertifikat Kompetensi PBJ Level-1"
    assert all(copy.edit.isReadOnly() for copy in dlg.copies.values())


def test_copy_button_puts_the_value_on_the_clipboard(store, qtbot):
    dlg = open_validity(store, qtbot)
    click(qtbot, dlg.copies["nip_plain"].button)
    assert QGuiApplication.clipboard().text() == "196507051992031023"
    click(qtbot, dlg.copies["email"].button)
    assert QGuiApplication.clipboard().text() == "japar@serambagiantimurkab.go.id"
    assert "E-mail disalin" in dlg.status_label.text()


def test_valid_only_once_every_value_is_ticked_then_step_6(store, qtbot, boxes):
    dlg = open_validity(store, qtbot)
    assert not dlg.valid_button.isEnabled()
    tick(qtbot, dlg, *list(dlg.ticks)[:-1])
    assert not dlg.valid_button.isEnabled()
    assert dlg.progress_label.text() == "1 data belum dicocokkan dengan dokumen."
    tick(qtbot, dlg, list(dlg.ticks)[-1])
    assert dlg.valid_button.isEnabled()

    click(qtbot, dlg.contact_group.button(1))  # confirmed by phone
    qtbot.keyClicks(dlg.contact_note, "Dengan Pak Japar")
    click(qtbot, dlg.valid_button)
    app = Application.get()
    assert (app.current_step, app.state) == ("create_account", workflow.IN_PROGRESS)
    log = StepLog.get(StepLog.step == "check_validity")
    assert "Konfirmasi: telepon" in log.note and "Dengan Pak Japar" in log.note
    assert dlg.result() == QDialog.DialogCode.Accepted


def test_invalid_proposes_a_reason_only_per_value_marked_wrong_and_goes_to_step_7(store, qtbot, boxes,
                                                                                  monkeypatch):
    proposals = []

    def ask(parent, title, prompt, reasons, ok_text):
        proposals.append(reasons)
        return reasons + ["Tanda tangan pada SK tidak ada."]

    monkeypatch.setattr(field_widgets, "ask_reasons", ask)
    dlg = open_validity(store, qtbot)
    tick(qtbot, dlg, "name", "nip")  # the rest not compared yet: no reason proposed for them
    click(qtbot, dlg.wrong["sk_number"])
    click(qtbot, dlg.wrong["certificate_number"])
    click(qtbot, dlg.invalid_button)

    assert proposals == [["Nomor SK tidak sesuai dengan dokumen.", "Nomor sertifikat tidak sesuai dengan dokumen."]]
    app = Application.get()
    assert (app.current_step, app.decision) == ("reject", "rejected")
    assert app.decision_reasons.splitlines() == ["Nomor SK tidak sesuai dengan dokumen.",
                                                 "Nomor sertifikat tidak sesuai dengan dokumen.",
                                                 "Tanda tangan pada SK tidak ada."]


def test_a_value_is_either_matching_or_wrong(store, qtbot):
    dlg = open_validity(store, qtbot)
    click(qtbot, dlg.wrong["nik"])
    assert dlg.fix_buttons["nik"].isVisible() and not dlg.fix_buttons["email"].isVisible()
    click(qtbot, dlg.ticks["nik"])
    assert not dlg.wrong["nik"].isChecked() and not dlg.fix_buttons["nik"].isVisible()


def test_a_value_marked_wrong_is_corrected_from_the_sheet_and_shown_corrected(store, qtbot, boxes, monkeypatch):
    opened = []

    def correct_there(form):
        opened.append(form.focusWidget())
        form.edits["email"].setText("japar.k@serambagiantimurkab.go.id")
        form.save()
        return form.result()

    monkeypatch.setattr(SubmitDialog, "exec", correct_there)
    dlg = open_validity(store, qtbot)
    tick(qtbot, dlg)
    click(qtbot, dlg.wrong["email"])
    click(qtbot, dlg.fix_buttons["email"])

    assert opened == [dlg.findChildren(SubmitDialog)[0].edits["email"]]  # the form opens at that field
    assert dlg.copies["email"].value() == "japar.k@serambagiantimurkab.go.id"
    assert not dlg.ticks["email"].isChecked() and not dlg.wrong["email"].isChecked()  # compare it again
    assert dlg.ticks["name"].isChecked()  # what did not change stays ticked
    assert "Data diperbaiki: E-mail" in dlg.status_label.text()
    event = AuditEvent.select().where(AuditEvent.action == "update").get()
    assert json.loads(event.data)["changes"] == {
        "email": ["japar@serambagiantimurkab.go.id", "japar.k@serambagiantimurkab.go.id"]}

    tick(qtbot, dlg, "email")
    click(qtbot, dlg.valid_button)  # the sheet holds the corrected file: no conflict with itself
    assert Application.get().current_step == "create_account"


def test_cancelled_reasons_record_nothing(store, qtbot, boxes, monkeypatch):
    monkeypatch.setattr(field_widgets, "ask_reasons", lambda *args: None)
    dlg = open_validity(store, qtbot)
    click(qtbot, dlg.invalid_button)
    assert Application.get().current_step == "check_validity"
    assert dlg.result() != QDialog.DialogCode.Accepted


def test_expired_sk_cannot_be_declared_valid_and_is_shown_at_its_row(store, qtbot, boxes):
    shown, _ = boxes
    dlg = open_validity(store, qtbot, sk_valid_until=dt.date(2026, 1, 31))
    tick(qtbot, dlg)
    click(qtbot, dlg.valid_button)
    assert Application.get().current_step == "check_validity"
    assert "SK sudah tidak berlaku" in dlg.rows["sk_valid_until"].error()
    assert any("SK sudah tidak berlaku" in text for text in shown)


def test_reasons_dialog_starts_from_the_proposal_and_refuses_none(qtbot):
    dlg = field_widgets.ReasonsDialog("Berkas tidak valid", "Tuliskan alasan.", ["Nomor SK tidak sesuai."],
                                      "&Simpan: tidak valid")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClick(dlg.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dlg.edit, "Cap dinas tidak ada.")
    assert dlg.edit.reasons() == ["Nomor SK tidak sesuai.", "Cap dinas tidak ada."]

    dlg.edit.clear()
    click(qtbot, dlg.ok_button)
    assert dlg.row.error() == "Tuliskan paling sedikit satu alasan."
    assert dlg.result() != QDialog.DialogCode.Accepted
