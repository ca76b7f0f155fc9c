"""Steps 3, 4 and 7: the letters to the PPK, and the PPK's answer to the first."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from tests.factories import all_present, application_input
from ukpbj_desktop import services, workflow
from ukpbj_desktop.formatting import format_date
from ukpbj_desktop.required_documents import CheckedDocument
from ukpbj_desktop.store.models import Application, now
from ukpbj_desktop.ui.steps.notices import RejectDialog, RequestDocumentsDialog, SupplyDocumentsDialog

SURAT = "Surat Permohonan Pembuatan Akun PPK pada Aplikasi SPSE"
SK_PPK = "Surat Keputusan Pengangkatan sebagai PPK"
CERTIFICATE = "Sertifikat PBJ Tingkat Dasar (atau sertifikat kompetensi yang berlaku)"


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def incomplete(store):
    """An application whose certificate is missing and whose SK original was not shown."""
    app = services.submit(store, application_input())
    checked = [CheckedDocument("SURAT_PERMOHONAN", True), CheckedDocument("SK_PPK", True, False)]
    return services.check_completeness(store, app, checked)[0]


def rejected(store, reasons=("Nomor SK tidak sesuai dengan dokumen.",)):
    app = services.submit(store, application_input())
    app = services.check_completeness(store, app, all_present(app))[0]
    return services.check_validity(store, app, valid=False, reasons=list(reasons))


def test_completion_notice_lists_exactly_the_missing_documents(store, qtbot, previews, boxes):
    app = incomplete(store)
    dlg = show(qtbot, RequestDocumentsDialog(store, app))
    assert not dlg.record_button.isEnabled()  # nothing to record before the letter exists

    click(qtbot, dlg.preview_button)
    [text] = previews
    assert f"{SK_PPK} (asli wajib diperlihatkan)" in text
    assert CERTIFICATE in text
    assert SURAT not in text
    assert app.agenda_number in text
    assert format_date(now().date()) in text  # e.g. "25 November 2026"

    assert dlg.record_button.isEnabled()
    click(qtbot, dlg.record_button)
    app = Application.get()
    assert (app.current_step, app.state) == ("supply_documents", workflow.AWAITING_PPK)
    assert dlg.result() == QDialog.DialogCode.Accepted


def test_completion_notice_prints_the_operator_note(store, qtbot, previews, boxes):
    dlg = show(qtbot, RequestDocumentsDialog(store, incomplete(store)))
    qtbot.keyClicks(dlg.note_edit, "Paling lambat 7 hari kerja.")
    click(qtbot, dlg.preview_button)
    assert "Catatan: Paling lambat 7 hari kerja." in previews[0]


def test_ppk_completing_the_file_goes_back_to_the_checklist(store, qtbot, boxes, monkeypatch):
    asked, answers = boxes
    app = services.request_documents(store, incomplete(store))
    dlg = show(qtbot, SupplyDocumentsDialog(store, app))
    assert not dlg.reason_edit.isEnabled()
    click(qtbot, dlg.ok_button)
    assert Application.get().current_step == "check_completeness"
    assert asked == []  # the dispatcher offers the check next


def test_ppk_not_completing_the_file_leads_to_rejection(store, qtbot, boxes):
    asked, answers = boxes
    app = services.request_documents(store, incomplete(store))
    dlg = show(qtbot, SupplyDocumentsDialog(store, app))
    click(qtbot, dlg.not_completed_radio)
    assert dlg.reason_edit.isEnabled()
    qtbot.keyClicks(dlg.reason_edit, "Sertifikat tidak diserahkan dalam 14 hari.")

    click(qtbot, dlg.ok_button)  # "reject?" answered no
    assert Application.get().current_step == "supply_documents"

    answers.append(True)  # reject: yes
    click(qtbot, dlg.ok_button)
    app = Application.get()
    assert (app.current_step, app.decision) == ("reject", "rejected")
    assert app.decision_reasons == "Sertifikat tidak diserahkan dalam 14 hari."


def test_rejection_notice_lists_the_reasons_and_closes_the_file(store, qtbot, previews, boxes):
    app = rejected(store)
    dlg = show(qtbot, RejectDialog(store, app))
    assert dlg.reasons_edit.reasons() == ["Nomor SK tidak sesuai dengan dokumen."]
    dlg.reasons_edit.setFocus()
    qtbot.keyClick(dlg.reasons_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dlg.reasons_edit, "Sertifikat sudah tidak berlaku.")

    click(qtbot, dlg.preview_button)
    [text] = previews
    assert "1. Nomor SK tidak sesuai dengan dokumen." in text
    assert "2. Sertifikat sudah tidak berlaku." in text
    assert "ditolak" in text and app.agenda_number in text

    click(qtbot, dlg.record_button)
    app = Application.get()
    assert app.current_step == "archive"
    assert app.decision_reasons == "Nomor SK tidak sesuai dengan dokumen.\nSertifikat sudah tidak berlaku."


def test_editing_the_reasons_after_the_preview_asks_for_a_new_letter(store, qtbot, previews, boxes):
    dlg = show(qtbot, RejectDialog(store, rejected(store)))
    click(qtbot, dlg.preview_button)
    assert dlg.record_button.isEnabled()
    qtbot.keyClicks(dlg.reasons_edit, " (lihat lampiran)")
    assert not dlg.record_button.isEnabled()
    click(qtbot, dlg.record_button)
    assert Application.get().current_step == "reject"


def test_rejection_notice_without_reasons_cannot_be_made(store, qtbot, previews, boxes):
    dlg = show(qtbot, RejectDialog(store, rejected(store)))
    dlg.reasons_edit.clear()
    assert "alasan" in dlg.rows["reasons"].error()
    click(qtbot, dlg.preview_button)
    assert previews == []
    assert Application.get().current_step == "reject"
