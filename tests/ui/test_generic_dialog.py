"""A revised SOP's new step, taken in the generic step dialog: everything it shows comes from sop.json."""
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from tests.factories import advance, application_input
from ukpbj_desktop import services, workflow
from ukpbj_desktop.store.models import Application, StepLog
from ukpbj_desktop.ui.steps import dispatch
from ukpbj_desktop.ui.steps.base import CONFLICT
from ukpbj_desktop.ui.steps.generic import GenericStepDialog

REVISED_SOP = Path(__file__).resolve().parents[1] / "resources" / "sop_revised.json"


@pytest.fixture
def revised(monkeypatch):
    monkeypatch.setenv("UKPBJ_SOP", str(REVISED_SOP))
    workflow.sop.cache_clear()
    yield
    workflow.sop.cache_clear()


def test_the_new_step_opens_the_generic_dialog_and_records_the_chosen_outcome(revised, store, qtbot, show, boxes):
    app = advance(store, services.submit(store, application_input()), "check_validity")
    app = services.check_validity(store, app, True)
    assert dispatch.dialog_class(app.current_step) is GenericStepDialog
    dlg = show(GenericStepDialog(store, app))
    text = " ".join(label.text() for label in dlg.findChildren(QLabel))
    assert "Langkah 6: Verifikasi akses instansi" in dlg.windowTitle()
    assert "INAPROC" in text and "10 menit" in text and "Verifikator Akses Instansi" in text
    assert sorted(dlg.outcome_buttons) == ["refused", "verified"]
    qtbot.keyClicks(dlg.note, "Akses diperiksa di INAPROC")
    dlg.outcome_buttons["verified"].click()
    assert dlg.result() == dlg.DialogCode.Accepted
    assert dlg.application.current_step == "create_account"
    log = StepLog.select().order_by(StepLog.id.desc()).first()
    assert (log.step, log.outcome, log.note, log.standard_minutes) == ("verify_access", "verified",
                                                                       "Akses diperiksa di INAPROC", 10)


def test_the_generic_dialog_closes_on_a_conflict(revised, store, show, boxes):
    app = services.check_validity(store, advance(store, services.submit(store, application_input()),
                                                 "check_validity"), True)
    dlg = show(GenericStepDialog(store, app))
    services.record_step(store, app, "verify_access", "verified")  # at the other desk, first
    dlg.outcome_buttons["refused"].click()
    assert dlg.result() == CONFLICT and not dlg.isVisible()
    assert any("baru saja diubah oleh" in text for text in boxes[0])
    assert Application.get_by_id(app.id).current_step == "create_account"
