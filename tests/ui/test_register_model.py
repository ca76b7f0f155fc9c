"""The register model: lazy pages, SQL sorting, in-place refresh, overdue highlight."""
import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from ukpbj_desktop import demo, workflow
from ukpbj_desktop.queries import register as rq
from ukpbj_desktop.store.models import Applicant, Application, now
from ukpbj_desktop.ui.register.model import COLUMN, ID_ROLE, OVERDUE_BACKGROUND, OVERDUE_ROLE, RegisterModel
from ukpbj_desktop.ui.widgets.labels import duration_label

Role = Qt.ItemDataRole


@pytest.fixture
def model(store, qapp):
    demo.generate(300)
    register = RegisterModel()
    register.reload()
    return register


def load_all(model):
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def column_texts(model, name):
    return [model.index(r, COLUMN[name]).data() for r in range(model.rowCount())]


def test_passes_the_model_testers(model, qtmodeltester, qtlog):
    qtmodeltester.check(model, force_py=True)
    load_all(model)
    model.sort(COLUMN["applicant_name"], Qt.SortOrder.AscendingOrder)
    model.refresh_row(model.row_at(3).id)
    qtmodeltester.check(model)  # Qt's own tester reports through warnings
    model.set_filter(rq.RegisterFilter(text="rum"))
    load_all(model)
    assert not [m for m in qtlog.records if "FAIL" in m.message]


def test_loads_pages_of_256_until_every_row_is_there(model):
    assert model.total == 300 and model.rowCount() == rq.PAGE_SIZE and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 300 and not model.canFetchMore(QModelIndex())
    assert len({model.index(r, 0).data(ID_ROLE) for r in range(300)}) == 300


def test_shows_the_columns_as_the_office_reads_them(model):
    app = Application.get_by_id(model.row_at(0).id)
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "No. Agenda", "Tanggal diterima", "Pemohon", "NIP", "Satuan kerja", "Langkah", "Status", "Menunggu"]
    assert texts[0] == app.agenda_number
    assert texts[1].endswith(str(app.received_at.year)) and texts[1].split()[1] in (
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "November", "Desember")
    assert texts[3].replace(" ", "") == app.applicant.nip and texts[3].count(" ") == 3


def test_step_state_and_waiting_are_spelled_out(model):
    row = next(r for r in range(model.rowCount()) if model.row_at(r).current_step is not None)
    step = model.row_at(row).current_step
    step_def = workflow.sop().step(step)
    assert model.index(row, COLUMN["current_step"]).data() == f"{step_def.no} · {step_def.name}"
    assert model.index(row, COLUMN["state"]).data() in ("Dalam proses", "Menunggu kelengkapan PPK", "Akun dibuat",
                                                        "Ditolak")
    archived = next(r for r in range(model.rowCount()) if model.row_at(r).current_step is None)
    decision = workflow.DECISION_LABELS[model.row_at(archived).decision]
    assert model.index(archived, COLUMN["state"]).data() == f"Diarsipkan · {decision}"  # the decision it was filed with
    assert model.index(archived, COLUMN["waiting"]).data() == ""


@pytest.mark.parametrize("minutes, text", [(0, "< 1 m"), (45, "45 m"), (135, "2 j 15 m"), (60 * 24 * 3 + 5, "3 hari")])
def test_waiting_reads_short(qapp, minutes, text):
    assert duration_label(dt.timedelta(minutes=minutes)) == text


def test_header_click_sorts_with_a_new_query(model):
    model.sort(COLUMN["applicant_name"], Qt.SortOrder.AscendingOrder)
    load_all(model)
    names = column_texts(model, "applicant_name")
    assert names == sorted(names) and len(names) == 300
    model.sort(COLUMN["applicant_name"], Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == rq.PAGE_SIZE  # a fresh first page, not the old rows re-ordered
    load_all(model)
    assert column_texts(model, "applicant_name") == sorted(names, reverse=True)
    assert model.sort_order == (COLUMN["applicant_name"], Qt.SortOrder.DescendingOrder)


def test_refresh_row_updates_one_row_in_place(model, qtbot):
    target = model.row_at(5)
    Applicant.update(name="Theodora Kuswandari").where(Applicant.id == Application.get_by_id(target.id).applicant_id
                                                      ).execute()
    with qtbot.waitSignal(model.dataChanged) as changed, qtbot.assertNotEmitted(model.modelReset):
        assert model.refresh_row(target.id)
    assert changed.args[0].row() == 5 == changed.args[1].row()
    assert model.index(5, COLUMN["applicant_name"]).data() == "Theodora Kuswandari"
    assert model.rowCount() == rq.PAGE_SIZE
    model.fetchMore(QModelIndex())  # the next page still follows on without a gap or a repeat
    assert len({model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())}) == 300


def test_refresh_of_a_row_not_loaded_does_nothing(model):
    assert model.refresh_row(10**6) is False


def test_filter_change_reloads_count_and_rows(model, qtbot):
    with qtbot.waitSignal(model.total_changed) as total:
        model.set_filter(rq.RegisterFilter(state="archived"))
    assert total.args == [rq.count(rq.RegisterFilter(state="archived"))]
    load_all(model)
    assert set(column_texts(model, "state")) == {"Diarsipkan · diterima", "Diarsipkan · ditolak"}


def _waiting_at_check(app_id, minutes_ago):
    Application.update(current_step="check_completeness", state="in_progress",
                       step_entered_at=now() - dt.timedelta(minutes=minutes_ago)).where(
        Application.id == app_id).execute()


def test_overdue_rows_stand_out(model):
    late, fresh = model.row_at(0).id, model.row_at(1).id
    _waiting_at_check(late, 60)  # the completeness check's standard is 5 minutes
    _waiting_at_check(fresh, 1)
    model.reload()
    late_row, fresh_row = model.row_of(late), model.row_of(fresh)
    wait = model.index(late_row, COLUMN["waiting"])
    assert wait.data(OVERDUE_ROLE) is True and wait.data() == "1 j 0 m"
    assert model.index(late_row, COLUMN["agenda_number"]).data(Role.BackgroundRole) == QBrush(OVERDUE_BACKGROUND)
    assert model.index(late_row, COLUMN["agenda_number"]).data(Role.ForegroundRole) is not None
    assert isinstance(wait.data(Role.FontRole), QFont) and wait.data(Role.FontRole).bold()
    assert "5 menit" in wait.data(Role.ToolTipRole)
    assert model.index(fresh_row, COLUMN["waiting"]).data(OVERDUE_ROLE) is False
    assert model.index(fresh_row, COLUMN["agenda_number"]).data(Role.BackgroundRole) is None


def test_unhandled_roles_give_none(model):
    index = model.index(0, 0)
    assert index.data(Role.DecorationRole) is None and index.data(Role.UserRole + 99) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Role.UserRole + 99) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert QModelIndex().data() is None
