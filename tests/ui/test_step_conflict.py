"""Another operator changed the file while a step dialog was open: the dialog says who and when, closes,
writes nothing, and the window that opened it shows the file as it now is."""
import pytest
from PySide6.QtCore import Qt

from tests.factories import advance, all_present, application_input
from ukpbj_desktop import services
from ukpbj_desktop.store.models import Application, ArchiveRecord, ChecklistItem, Operator, StepLog
from ukpbj_desktop.ui.archive.browser import ArchiveBrowser
from ukpbj_desktop.ui.main_window import MainWindow
from ukpbj_desktop.ui.register.model import COLUMN
from ukpbj_desktop.ui.steps.archive import ArchiveDialog
from ukpbj_desktop.ui.steps.base import CONFLICT
from ukpbj_desktop.ui.steps.check_completeness import CheckCompletenessDialog
from ukpbj_desktop.ui.steps.check_validity import CheckValidityDialog
from ukpbj_desktop.ui.steps.create_account import CreateAccountDialog
from ukpbj_desktop.ui.steps.hand_over import HandOverDialog
from ukpbj_desktop.ui.steps.notices import RejectDialog, RequestDocumentsDialog, SupplyDocumentsDialog
from ukpbj_desktop.ui.steps.submit import SubmitDialog
from ukpbj_desktop.ui.widgets.labels import step_label


@pytest.fixture
def siti(store):
    """The operator at the other desk."""
    return Operator.create(username="siti", full_name="Siti Rumalutur", role="operator")


def conflict_boxes(shown):
    return [text for kind, _title, text in shown if kind == "warning" and "baru saja diubah oleh" in text]


def test_a_step_dialog_closes_on_a_conflict_and_the_register_shows_the_winner(store, siti, show, qtbot, shown,
                                                                               monkeypatch):
    app = services.submit(store, application_input())
    window = show(MainWindow(store))
    seen = {}

    def both_desks(dialog):
        """This desk ticks every document; meanwhile Siti records the file as incomplete; then Simpan here."""
        dialog.show()
        qtbot.waitExposed(dialog)
        for row in dialog.document_rows:
            row.present.setChecked(True)
            if row.original is not None:
                row.original.setChecked(True)
        other = Application.get_by_id(app.id)
        ticked = all_present(other)[1:]  # the first document is missing
        seen["siti ticked"] = {doc.code for doc in ticked}
        services.check_completeness(siti, other, ticked)
        dialog.save_button.click()
        seen.update(dialog=dialog, visible=dialog.isVisible())
        return dialog.result()

    monkeypatch.setattr(CheckCompletenessDialog, "exec", both_desks)
    assert window.register.select_id(app.id)
    qtbot.keyClick(window.register.table, Qt.Key.Key_Return)

    [message] = conflict_boxes(shown)
    assert "Permohonan ini baru saja diubah oleh Siti Rumalutur pukul" in message
    assert message.endswith("Muat ulang lalu periksa lagi.")
    assert seen["dialog"].result() == CONFLICT and not seen["visible"]
    assert [kind for kind, _title, _text in shown] == ["warning"]  # no next step was offered

    current = Application.get_by_id(app.id)
    assert (current.current_step, current.updated_by_id) == ("request_documents", siti.id)
    checks = StepLog.select().where((StepLog.application == app.id) & (StepLog.step == "check_completeness"))
    assert [entry.operator_id for entry in checks] == [siti.id]
    assert {item.document_code for item in ChecklistItem.select().where(ChecklistItem.application == app.id)} == (
        seen["siti ticked"])

    model = window.register.model
    cell = model.index(model.row_of(app.id), COLUMN["current_step"])
    assert cell.data() == step_label("request_documents")
    assert window.register.current_id() == app.id
    assert step_label("request_documents") in window.details.text()


def test_an_archive_record_edited_at_another_desk_closes_the_edit_and_the_browser_shows_it(store, siti, show,
                                                                                            shown, monkeypatch,
                                                                                            qtbot):
    app = advance(store, services.submit(store, application_input()), None)
    record = ArchiveRecord.get(ArchiveRecord.application == app.id)
    browser = show(ArchiveBrowser(store))
    assert browser.select_id(record.id)

    def both_desks(dialog):
        services.update_archive(siti, ArchiveRecord.get_by_id(record.id),
                                services.ArchiveInput("000.3.5", "Berkas akun PPK", "2026", box_no="77"))
        dialog.box.setText("88")
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(ArchiveDialog, "exec", both_desks)
    with qtbot.waitSignal(browser.application_changed) as changed:  # the register follows too
        browser.edit_action.trigger()

    [message] = conflict_boxes(shown)
    assert message.startswith("Data arsip ini baru saja diubah oleh Siti Rumalutur pukul")
    assert ArchiveRecord.get_by_id(record.id).box_no == "77"
    assert browser.details.where.text() == "Boks 77"
    assert changed.args == [app.id]



def incomplete(store, app):
    return services.check_completeness(store, app, all_present(app)[1:])[0]


# step -> (the file brought to that step, the dialog built on it, what the operator does to record)
EVERY_DIALOG = {
    "intake correction": (lambda s, a: a, lambda s, a: SubmitDialog(s, a), lambda d: d.save()),
    "check_completeness": (lambda s, a: a, lambda s, a: CheckCompletenessDialog(s, a), lambda d: d.save()),
    "request_documents": (incomplete, lambda s, a: RequestDocumentsDialog(s, a),
                          lambda d: (d.preview(), d.save())),
    "supply_documents": (lambda s, a: services.request_documents(s, incomplete(s, a)),
                         lambda s, a: SupplyDocumentsDialog(s, a), lambda d: d.save()),
    "check_validity": (lambda s, a: advance(s, a, "check_validity"), lambda s, a: CheckValidityDialog(s, a),
                       lambda d: ([tick.setChecked(True) for tick in d.ticks.values()], d.record_valid())),
    "reject": (lambda s, a: services.check_validity(s, advance(s, a, "check_validity"), False, ["Tidak sesuai."]),
               lambda s, a: RejectDialog(s, a), lambda d: (d.preview(), d.save())),
    "create_account": (lambda s, a: advance(s, a, "create_account"), lambda s, a: CreateAccountDialog(s, a),
                       lambda d: (d.created.setChecked(True), d.accept())),
    "hand_over": (lambda s, a: services.record_slip(s, advance(s, a, "hand_over"), "TEST000001").application,
                  lambda s, a: HandOverDialog(s, a), lambda d: d.accept()),
    "archive": (lambda s, a: advance(s, a, "archive"), lambda s, a: ArchiveDialog(s, a), lambda d: d.accept()),
}


@pytest.mark.parametrize("step", EVERY_DIALOG)
def test_every_step_dialog_closes_on_a_conflict_and_records_nothing(store, siti, show, shown, previews, step):
    bring, build, record = EVERY_DIALOG[step]
    app = Application.get_by_id(bring(store, services.submit(store, application_input())).id)
    dialog = show(build(store, app))
    Application.update(version=Application.version + 1, updated_by=siti).where(Application.id == app.id).execute()
    record(dialog)
    assert dialog.result() == CONFLICT and not dialog.isVisible()
    assert len(conflict_boxes(shown)) == 1
    current = Application.get_by_id(app.id)
    assert (current.current_step, current.version) == (app.current_step, app.version + 1)
    assert StepLog.select().where(StepLog.application == app.id).count() == len(app.steps)
