"""Step 2: ticking the file's documents; the verdict says where the file goes before it is saved."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from tests.factories import application_input
from ukpbj_desktop import services
from ukpbj_desktop.store.models import Application, ChecklistItem
from ukpbj_desktop.ui.steps.check_completeness import CheckCompletenessDialog
from ukpbj_desktop.ui.widgets import fields as field_widgets, messages

SK_PPK = "Surat Keputusan Pengangkatan sebagai PPK"
CERTIFICATE = "Sertifikat PBJ Tingkat Dasar (atau sertifikat kompetensi yang berlaku)"


class Boxes(list):
    """Message boxes shown, as (kind, text); confirmations are answered from ``answers`` (default: no)."""

    def __init__(self):
        super().__init__()
        self.answers = []

    def confirm(self, parent, title, text, destructive=False):
        self.append(("confirm", text))
        return self.answers.pop(0) if self.answers else False


@pytest.fixture
def asked(monkeypatch):
    boxes = Boxes()
    monkeypatch.setattr(messages, "confirm", boxes.confirm)
    for kind in ("error", "warning", "info"):
        monkeypatch.setattr(messages, kind, lambda parent, title, text, kind=kind: boxes.append((kind, text)))
    return boxes


def open_checklist(store, qtbot, **kind):
    app = services.submit(store, application_input(**kind))
    dlg = CheckCompletenessDialog(store, app)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def row(dlg, name_part):
    return next(r for r in dlg.document_rows if name_part in r.document.name)


def click(qtbot, widget):
    """Click near the left edge: on a check box that is its indicator, whatever the column width."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def tick_all(qtbot, dlg):
    for r in dlg.document_rows:
        click(qtbot, r.present)
        if r.original is not None:
            click(qtbot, r.original)


def test_complete_file_goes_to_the_validity_check(store, qtbot, asked):
    dlg = open_checklist(store, qtbot)
    assert dlg.verdict_label.text().startswith("TIDAK LENGKAP")
    tick_all(qtbot, dlg)
    assert dlg.verdict_label.text() == "LENGKAP"
    assert "langkah 5" in dlg.next_label.text()

    click(qtbot, dlg.save_button)
    assert Application.get().current_step == "check_validity"
    assert ChecklistItem.select().count() == 3
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert asked == []


def test_incomplete_file_lists_what_is_missing_and_goes_to_step_3(store, qtbot, asked):
    dlg = open_checklist(store, qtbot)
    tick_all(qtbot, dlg)
    click(qtbot, row(dlg, "Sertifikat").present)  # untick the certificate
    assert dlg.verdict_label.text() == f"TIDAK LENGKAP: {CERTIFICATE}"
    assert "langkah 3" in dlg.next_label.text()

    click(qtbot, dlg.save_button)
    assert Application.get().current_step == "request_documents"
    assert asked == []  # the dispatcher, not this dialog, offers the notice next
    assert dlg.result() == QDialog.DialogCode.Accepted


def test_pa_brings_the_sk_pelantikan_instead_of_the_sk_ppk(store, qtbot, asked):
    dlg = open_checklist(store, qtbot, is_pa=True)
    names = [r.name_label.text() for r in dlg.document_rows]
    assert any("SK Pelantikan" in n for n in names)
    assert not any(SK_PPK in n for n in names)
    assert "SK Pelantikan" in dlg.verdict_label.text()


def test_original_sk_must_be_sighted_when_delivered_in_person(store, qtbot, asked):
    dlg = open_checklist(store, qtbot)
    sk = row(dlg, SK_PPK)
    assert not sk.original.isEnabled()  # nothing to sight before the SK is there
    for r in dlg.document_rows:
        click(qtbot, r.present)
    assert sk.original.isEnabled()
    assert dlg.verdict_label.text() == f"TIDAK LENGKAP: {SK_PPK} (asli wajib diperlihatkan)"
    click(qtbot, sk.original)
    assert dlg.verdict_label.text() == "LENGKAP"


def test_by_courier_no_original_is_asked_for(store, qtbot, asked):
    dlg = open_checklist(store, qtbot, delivery_mode="courier", courier_name="La Ode Samsul")
    assert all(r.original is None for r in dlg.document_rows)
    assert "La Ode Samsul" in dlg.delivery_label.text()
    tick_all(qtbot, dlg)
    assert dlg.verdict_label.text() == "LENGKAP"


def test_the_receipt_is_printed_from_the_saved_check_so_paper_and_record_agree(store, qtbot, asked, previews):
    dlg = open_checklist(store, qtbot)
    tick_all(qtbot, dlg)
    click(qtbot, row(dlg, "Sertifikat").present)
    row(dlg, "Sertifikat").note.setText("menyusul besok")
    click(qtbot, dlg.receipt_button)

    saved = {item.document_code: item for item in ChecklistItem.select()}
    assert len(saved) == 3 and Application.get().current_step == "request_documents"
    assert dlg.result() == QDialog.DialogCode.Accepted  # nothing left to cancel: the paper is the record
    [text] = previews
    assert "TANDA TERIMA BERKAS" in text and dlg.application.agenda_number in text
    assert "Tidak ada menyusul besok" in text
    assert "Ada asli diperlihatkan" in text


def test_no_receipt_when_the_check_cannot_be_saved(store, qtbot, asked, previews):
    dlg = open_checklist(store, qtbot)
    services.reject_at_completeness_check(store, Application.get(), ["Pemohon bukan PPK."])  # another operator
    click(qtbot, dlg.receipt_button)
    assert previews == [] and ChecklistItem.select().count() == 0


def test_rejecting_at_the_check_needs_reasons_and_a_confirmation(store, qtbot, asked, monkeypatch):
    proposals = []
    monkeypatch.setattr(field_widgets, "ask_reasons", lambda parent, title, prompt, reasons, ok: (
        proposals.append(reasons), ["Pemohon bukan PPK."])[1])
    dlg = open_checklist(store, qtbot)

    asked.answers = [False]  # "reject?" - no
    click(qtbot, dlg.reject_button)
    assert Application.get().current_step == "check_completeness"

    asked.answers = [True]  # reject: yes
    click(qtbot, dlg.reject_button)
    app = Application.get()
    assert (app.current_step, app.decision, app.decision_reasons) == ("reject", "rejected", "Pemohon bukan PPK.")
    assert proposals == [[], []]
    assert dlg.result() == QDialog.DialogCode.Accepted
