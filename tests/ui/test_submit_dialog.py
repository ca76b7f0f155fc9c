"""Step 1: the operator types the application in; problems show at their field, nothing bad is saved."""
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QPushButton

from tests.factories import application_input
from ukpbj_desktop import services
from ukpbj_desktop.formatting import format_datetime
from ukpbj_desktop.queries import register as rq
from ukpbj_desktop.store.models import Applicant, Application
from ukpbj_desktop.ui.steps.submit import SubmitDialog
from ukpbj_desktop.ui.widgets import messages
from ukpbj_desktop.ui.widgets.application_details import DetailsPanel

VALID = {
    "nip": "19650705 199203 1 023",
    "name": "Drs. Japar Kwairumaratu",
    "nik": "8106011507650003",
    "position": "Kepala Bidang Bina Marga",
    "rank": "Pembina (IV/a)",
    "work_unit": "Dinas Pekerjaan Umum dan Penataan Ruang",
    "email": "japar@serambagiantimurkab.go.id",
    "mobile": "0812-3456-7890",
    "sk_number": "800/123/KEP/2026",
    "certificate_number": "LV1-0001234",
}


@pytest.fixture(autouse=True)
def discard_when_closed(monkeypatch):
    """A form still open at the end of a test is thrown away without a (modal) question."""
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, destructive=False: True)


@pytest.fixture
def shown(monkeypatch):
    """Message boxes the dialog showed, as (kind, title, text)."""
    calls = []
    for kind in ("error", "warning", "info"):
        monkeypatch.setattr(messages, kind, lambda parent, title, text, kind=kind: calls.append((kind, title, text)))
    return calls


@pytest.fixture
def dialog(store, show):
    return show(SubmitDialog(store))


def type_into(qtbot, dlg, **values):
    """Type each value into its field and leave the field, as a user tabbing through the form would."""
    for name, text in values.items():
        edit = dlg.edits[name]
        edit.setFocus()
        edit.clear()
        qtbot.keyClicks(edit, text)
        edit.editingFinished.emit()


def save(qtbot, dlg):
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)


def test_saving_registers_the_application_and_shows_its_agenda_number(dialog, qtbot, shown):
    type_into(qtbot, dialog, **VALID)
    save(qtbot, dialog)

    app = Application.get()
    agenda = f"027/0001/UKPBJ/{dt.date.today().year}"
    assert app.agenda_number == agenda
    assert (app.applicant.nip, app.applicant.mobile) == ("196507051992031023", "081234567890")
    assert app.current_step == "check_completeness"
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.application.id == app.id
    [(kind, _title, text)] = shown
    assert kind == "info" and f"Nomor agenda: {agenda}" in text
    assert QGuiApplication.clipboard().text() == agenda


@pytest.mark.parametrize("field, text, message", [
    ("nip", "19650705199203102", "NIP harus 18 digit, bukan 17."),
    ("nip", "196502311992031023", "Tanggal lahir pada NIP (digit 1-8: 31-02-1965) bukan tanggal yang ada."),
    ("email", "japar@", "Domain e-mail (setelah @) tidak lengkap atau tidak valid"),
    ("name", "", "Nama wajib diisi."),
])
def test_bad_input_is_shown_at_its_field_and_nothing_is_saved(dialog, qtbot, shown, field, text, message):
    type_into(qtbot, dialog, **{**VALID, field: text})
    assert message in dialog.rows[field].error()  # shown once the field is left, before saving
    save(qtbot, dialog)

    assert message in dialog.rows[field].error_label.text()
    assert dialog.rows[field].error_label.isVisible()
    assert "1 isian perlu diperbaiki" in dialog.summary_label.text()
    assert dialog.edits[field].hasFocus()
    assert Application.select().count() == 0
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert shown == []


def test_an_error_disappears_as_soon_as_it_is_corrected(dialog, qtbot):
    type_into(qtbot, dialog, nip="1965070519920310")
    assert "bukan 16" in dialog.rows["nip"].error()
    qtbot.keyClicks(dialog.edits["nip"], "23")
    assert dialog.rows["nip"].error() == ""


def test_untouched_fields_stay_quiet_until_saving(dialog, qtbot):
    type_into(qtbot, dialog, nip=VALID["nip"])
    assert all(row.error() == "" for row in dialog.rows.values())
    save(qtbot, dialog)
    assert dialog.rows["name"].error() == "Nama wajib diisi."
    assert dialog.rows["email"].error() == "E-mail wajib diisi."


def test_pppk_nip_is_warned_about_in_amber_but_saved(dialog, qtbot, shown):
    type_into(qtbot, dialog, **{**VALID, "nip": "198501012021211001"})
    warning = dialog.rows["nip"].warning_label
    assert warning.isVisible() and "PPPK" in warning.text()
    assert "#8a5300" in warning.styleSheet()
    save(qtbot, dialog)
    assert Application.select().count() == 1


def test_known_nip_offers_to_fill_the_form_from_the_stored_record(dialog, qtbot, shown):
    Applicant.create(nip="196507051992031023", name="Drs. Japar Kwairumaratu", position="Sekretaris",
                     work_unit="Dinas Kesehatan", email="japar@contoh.go.id", mobile="081234567890",
                     nik="8106011507650003")
    type_into(qtbot, dialog, nip="19650705 199203 1 023")
    assert dialog.fill_button.isVisible()
    assert "Drs. Japar Kwairumaratu" in dialog.known_label.text()

    qtbot.mouseClick(dialog.fill_button, Qt.MouseButton.LeftButton)
    assert dialog.edits["name"].text() == "Drs. Japar Kwairumaratu"
    assert dialog.work_unit_combo.currentText() == "Dinas Kesehatan"
    assert dialog.edits["email"].text() == "japar@contoh.go.id"
    assert not dialog.fill_button.isVisible()

    save(qtbot, dialog)
    assert Application.get().applicant.work_unit == "Dinas Kesehatan"
    assert Applicant.select().count() == 1


def test_nip_with_an_open_application_is_named_at_once_and_refused(store, dialog, qtbot, shown):
    existing = services.submit(store, application_input())
    type_into(qtbot, dialog, nip="196507051992031023")
    assert existing.agenda_number in dialog.rows["nip"].error()
    assert not dialog.fill_button.isVisible()  # continue that application instead

    type_into(qtbot, dialog, **{k: v for k, v in VALID.items() if k != "nip"})
    save(qtbot, dialog)
    assert Application.select().count() == 1
    assert existing.agenda_number in dialog.rows["nip"].error()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_courier_and_pa_are_recorded(dialog, qtbot, shown):
    type_into(qtbot, dialog, **VALID)
    assert not dialog.courier_edit.isEnabled()
    qtbot.mouseClick(dialog.courier_radio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.pa_check, Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog, courier_name="La Ode Samsul")
    save(qtbot, dialog)
    app = Application.get()
    assert (app.delivery_mode, app.courier_name, app.is_pa) == ("courier", "La Ode Samsul", True)


def test_sk_validity_before_the_sk_date_is_shown_at_the_field(dialog, qtbot, shown):
    type_into(qtbot, dialog, **VALID)
    dialog.sk_date_edit.set_value(dt.date(2026, 1, 5))
    dialog.sk_valid_until_edit.set_value(dt.date(2025, 12, 31))
    save(qtbot, dialog)
    assert "sebelum tanggal SK" in dialog.rows["sk_valid_until"].error()
    assert Application.select().count() == 0


def test_edit_mode_corrects_the_data_without_a_new_agenda_number(store, qtbot, shown):
    app = services.submit(store, application_input())
    dlg = SubmitDialog(store, app)
    qtbot.addWidget(dlg)
    assert dlg.edits["name"].text() == "Drs. Japar Kwairumaratu"
    assert dlg.rows["nip"].error() == ""  # its own open application is no obstacle
    type_into(qtbot, dlg, name="Drs. Japar Kwairumaratu, M.Si.")
    save(qtbot, dlg)
    assert Application.select().count() == 1
    assert Application.get().applicant.name == "Drs. Japar Kwairumaratu, M.Si."
    assert dlg.result() == QDialog.DialogCode.Accepted


def test_tab_walks_the_form_down_to_the_buttons_and_around(dialog):
    """Pressing Tab from the first field reaches Save and Cancel, then comes back to the NIP field."""
    dialog.nip_edit.setFocus()
    visited = []
    for _ in range(60):
        dialog.focusNextChild()
        widget = QGuiApplication.focusObject()
        if widget is dialog.nip_edit:
            break
        visited.append(widget)
    else:
        pytest.fail("Tab never came back to the NIP field")
    assert dialog.save_button in visited
    assert dialog.edits["email"] in visited and dialog.edits["certificate_number"] in visited


# --- dates ------------------------------------------------------------------------------------

def focus_by(how, qtbot, dlg, edit):
    """Give ``edit`` the focus the way a user (or the program) does."""
    if how == "mouse":
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=edit.rect().center())
    elif how == "tab":
        dlg.edits["sk_number"].setFocus()
        qtbot.keyClick(QGuiApplication.focusObject(), Qt.Key.Key_Tab)
    else:
        edit.setFocus()
    assert edit.hasFocus()


@pytest.mark.parametrize("how", ["mouse", "tab", "program"])
def test_a_date_is_typed_however_its_field_got_the_focus(dialog, qtbot, shown, how):
    type_into(qtbot, dialog, **VALID)
    edit = dialog.edits["sk_date"]
    focus_by(how, qtbot, dialog, edit)
    qtbot.keyClicks(edit, "17-08-2026")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    save(qtbot, dialog)
    assert Application.get().sk_date == dt.date(2026, 8, 17)


def test_an_impossible_date_is_named_at_its_field_and_never_moved(dialog, qtbot, shown):
    type_into(qtbot, dialog, **VALID)
    edit = dialog.edits["sk_date"]
    focus_by("mouse", qtbot, dialog, edit)
    qtbot.keyClicks(edit, "31-02-2026")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert dialog.rows["sk_date"].error() == "Tanggal 31-02-2026 tidak ada: bulan 02-2026 hanya sampai tanggal 28."
    save(qtbot, dialog)
    assert Application.select().count() == 0 and edit.text() == "31-02-2026"
    assert edit.hasFocus()


def test_a_date_picked_from_the_calendar_is_written_into_its_field(dialog, qtbot):
    field = dialog.sk_valid_until_edit
    qtbot.mouseClick(field.pick_button, Qt.MouseButton.LeftButton)
    assert field.calendar.isVisible()
    assert field.calendar.selectedDate().toPython() == dt.date(dt.date.today().year, 12, 31)
    field.calendar.clicked.emit(field.calendar.selectedDate().addDays(-1))
    assert field.text() == f"30-12-{dt.date.today().year}" and not field.calendar.isVisible()


# --- received earlier than recorded ---------------------------------------------------------------

def test_a_file_received_days_ago_is_recorded_with_its_time_and_reason(dialog, qtbot, shown):
    received = (dt.datetime.now() - dt.timedelta(days=2)).replace(second=0, microsecond=0)
    type_into(qtbot, dialog, **VALID, received_at=received.strftime("%d-%m-%Y %H.%M"))
    save(qtbot, dialog)
    assert "Tuliskan mengapa" in dialog.rows["received_reason"].error()
    assert Application.select().count() == 0
    type_into(qtbot, dialog, received_reason="komputer mati")
    save(qtbot, dialog)
    app = Application.get()
    assert app.received_at == received
    assert app.steps.get().note.endswith("komputer mati")
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_details(rq.details(app.id))
    assert "komputer mati" in panel.text() and format_datetime(received) in panel.text()


def test_a_receipt_time_in_the_future_is_refused_at_its_field(dialog, qtbot, shown):
    later = dt.datetime.now() + dt.timedelta(days=1)
    type_into(qtbot, dialog, **VALID, received_at=later.strftime("%d-%m-%Y %H.%M"))
    assert "setelah saat ini" in dialog.rows["received_at"].error()


def test_the_receipt_time_is_not_offered_when_correcting(store, qtbot):
    dlg = SubmitDialog(store, services.submit(store, application_input()))
    qtbot.addWidget(dlg)
    assert "received_at" not in dlg.rows


# --- the error banner, and leaving --------------------------------------------------------------------

def test_the_error_count_follows_the_fields_as_they_are_fixed(dialog, qtbot, shown):
    type_into(qtbot, dialog, **{**VALID, "name": "", "email": "japar@"})
    save(qtbot, dialog)
    assert "2 isian perlu diperbaiki" in dialog.summary_label.text()
    type_into(qtbot, dialog, name="Drs. Japar Kwairumaratu")
    assert "1 isian perlu diperbaiki" in dialog.summary_label.text()
    type_into(qtbot, dialog, email=VALID["email"])
    assert not dialog.summary_label.isVisible()


@pytest.mark.parametrize("leave", [
    lambda qtbot, dlg: qtbot.keyClick(dlg.edits["name"], Qt.Key.Key_Escape),
    lambda qtbot, dlg: qtbot.mouseClick(dlg.findChild(QPushButton, "cancel") or next(
        b for b in dlg.findChildren(QPushButton) if b.text() == "&Batal"), Qt.MouseButton.LeftButton),
    lambda qtbot, dlg: dlg.close(),
], ids=["esc", "batal", "close-button"])
def test_leaving_a_typed_form_asks_first(dialog, qtbot, boxes, leave):
    asked, answers = boxes
    type_into(qtbot, dialog, name="Drs. Japar")
    leave(qtbot, dialog)
    assert len(asked) == 1 and "dibuang" in asked[0]
    assert dialog.isVisible()  # answered no: nothing lost
    answers.append(True)
    leave(qtbot, dialog)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_leaving_an_untouched_form_asks_nothing(dialog, qtbot, boxes):
    asked, _ = boxes
    qtbot.keyClick(dialog.edits["name"], Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()
