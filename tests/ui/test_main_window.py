"""The main window as the office uses it: the register, search, sort, details, new file, next step."""
import datetime as dt
import importlib
import sys
import types

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from ukpbj_desktop import demo
from ukpbj_desktop.queries import planner, register as rq
from ukpbj_desktop.store.models import Applicant, Application, now
from ukpbj_desktop.ui.main_window import MainWindow
from ukpbj_desktop.ui.register.model import COLUMN, OVERDUE_ROLE
from ukpbj_desktop.ui.widgets import messages
from ukpbj_desktop.ui.widgets.tables import SEARCH_DELAY_MS


@pytest.fixture
def dispatch(monkeypatch):
    """``ukpbj_desktop.ui.steps.dispatch`` with the calls recorded and answered by the test."""
    try:
        module = importlib.import_module("ukpbj_desktop.ui.steps.dispatch")
    except ImportError:
        module = types.ModuleType("ukpbj_desktop.ui.steps.dispatch")
        monkeypatch.setitem(sys.modules, module.__name__, module)
    calls = types.SimpleNamespace(new=[], open=[], answer=None)

    def new_application(parent, operator):
        calls.new.append((parent, operator))
        return calls.answer() if calls.answer else None

    def open_step(parent, operator, application, recorded=None):
        calls.open.append((parent, operator, application))
        return calls.answer() if calls.answer else None

    monkeypatch.setattr(module, "new_application", new_application, raising=False)
    monkeypatch.setattr(module, "open_step", open_step, raising=False)
    return calls


@pytest.fixture
def window(store, show):
    demo.generate(300)
    return show(MainWindow(store))


def model_of(window):
    return window.register.model


def shown_texts(window, column):
    model = model_of(window)
    return [model.index(r, COLUMN[column]).data() for r in range(model.rowCount())]


def select_row(qtbot, window, row):
    table = window.register.table
    rect = table.visualRect(model_of(window).index(row, COLUMN["applicant_name"]))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_window_lists_the_applications_newest_first(window):
    model = model_of(window)
    newest = Application.select().order_by(Application.received_at.desc(), Application.id.desc()).first()
    assert model.total == 300 and model.rowCount() > 0
    assert shown_texts(window, "agenda_number")[0] == newest.agenda_number
    assert window.count_label.text() == "300 permohonan"
    assert window.db_label.text().endswith("test.sqlite3")


def test_typing_in_the_search_box_filters_after_a_pause(window, qtbot):
    part = Applicant.select().where(Applicant.name.contains("Rumakat")).first().name.split()[-1][:5].lower()
    expected = rq.count(rq.RegisterFilter(text=part))
    window.register.focus_search()
    qtbot.keyClicks(window.register.search, part)
    assert model_of(window).total == 300  # nothing is queried while the user is still typing
    qtbot.waitUntil(lambda: model_of(window).total == expected, timeout=SEARCH_DELAY_MS * 10)
    assert 0 < expected < 300 and window.count_label.text() == f"{expected} permohonan"
    assert all(part in name.lower() for name in shown_texts(window, "applicant_name"))


def test_search_that_finds_nothing_says_so(window, qtbot):
    qtbot.keyClicks(window.register.search, "zzzq")
    qtbot.waitUntil(lambda: model_of(window).total == 0, timeout=SEARCH_DELAY_MS * 10)
    assert window.register.empty_label.isVisible() and not window.register.table.isVisible()
    assert "Tidak ada permohonan" in window.register.empty_label.text()
    window.register.clear_button.click()
    assert model_of(window).total == 300 and window.register.table.isVisible()


def test_once_painted_the_register_has_the_focus_and_its_first_file_is_shown(window, qtbot):
    qtbot.waitUntil(window.register.table.hasFocus)
    first = model_of(window).row_at(0)
    qtbot.waitUntil(lambda: first.agenda_number in window.details.text())


def test_filters_narrow_the_register(window, qtbot):
    state = window.register.state_filter
    state.setCurrentIndex(state.findData("archived"))
    assert model_of(window).total == rq.count(rq.RegisterFilter(state="archived"))
    assert set(shown_texts(window, "state")) == {"Diarsipkan · diterima", "Diarsipkan · ditolak"}
    unit = window.register.unit_filter
    qtbot.waitUntil(lambda: unit.findData("Dinas Kesehatan") > 0)  # offered once the window has painted
    unit.setCurrentIndex(unit.findData("Dinas Kesehatan"))
    assert set(shown_texts(window, "work_unit")) == {"Dinas Kesehatan"}


def test_header_click_sorts_by_that_column(window, qtbot):
    header = window.register.table.horizontalHeader()
    section = COLUMN["applicant_name"]
    point = QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    first = shown_texts(window, "applicant_name")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    second = shown_texts(window, "applicant_name")
    everyone = sorted(a.name for a in Applicant.select())
    assert {tuple(first[:5]), tuple(second[:5])} == {tuple(everyone[:5]), tuple(sorted(everyone, reverse=True)[:5])}


def test_selecting_a_row_shows_its_details(window, qtbot):
    select_row(qtbot, window, 2)
    row = model_of(window).row_at(2)
    app = Application.get_by_id(row.id)
    text = window.details.text()
    assert app.agenda_number in text and app.applicant.name in text and app.applicant.nik in text
    assert "Riwayat langkah" in text and "Administrator" in text
    assert "1 · Penyampaian berkas" in text


def test_ctrl_n_registers_a_new_file_and_shows_it(window, qtbot, dispatch, store):
    def create():
        source = Application.get_by_id(1)
        data = {f.name: getattr(source, f.name) for f in Application._meta.sorted_fields if f.name != "id"}
        return Application.create(**{**data, "agenda_number": "027/7777/UKPBJ/2099", "seq": 7777, "year": 2099,
                                     "received_at": now() + dt.timedelta(days=1)})

    dispatch.answer = create
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dispatch.new == [(window, store)]
    assert model_of(window).total == 301
    assert shown_texts(window, "agenda_number")[0] == "027/7777/UKPBJ/2099"
    assert "027/7777/UKPBJ/2099" in window.details.text()
    assert window.register.year_filter.findData(2099) > 0


def test_cancelled_new_file_changes_nothing(window, qtbot, dispatch):
    window.new_action.trigger()
    assert len(dispatch.new) == 1 and model_of(window).total == 300


def test_enter_opens_the_step_and_the_row_follows(window, qtbot, dispatch, store):
    select_row(qtbot, window, 4)
    row = model_of(window).row_at(4)

    def step_taken():
        app = Application.get_by_id(row.id)
        Applicant.update(name="Theodora Kuswandari").where(Applicant.id == app.applicant_id).execute()
        return app

    dispatch.answer = step_taken
    qtbot.keyClick(window.register.table, Qt.Key.Key_Return)
    assert [(p, o, a.id) for p, o, a in dispatch.open] == [(window, store, row.id)]
    assert shown_texts(window, "applicant_name")[4] == "Theodora Kuswandari"
    assert "Theodora Kuswandari" in window.details.text()
    assert window.register.current_id() == row.id


def test_double_click_opens_the_step(window, qtbot, dispatch):
    table = window.register.table
    rect = table.visualRect(model_of(window).index(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double click
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # starts with a click
    assert [a.id for _p, _o, a in dispatch.open] == [model_of(window).row_at(1).id]


def test_overdue_file_is_highlighted(store, qtbot, show):
    demo.generate(300)
    late = Application.select().order_by(Application.received_at.desc()).first()
    Application.update(current_step="check_completeness", state="in_progress",
                       step_entered_at=now() - dt.timedelta(hours=2)).where(Application.id == late.id).execute()
    window = show(MainWindow(store))
    model = model_of(window)
    row = model.row_of(late.id)
    assert model.index(row, COLUMN["waiting"]).data(OVERDUE_ROLE) is True
    assert model.index(row, COLUMN["waiting"]).data(Qt.ItemDataRole.BackgroundRole) is not None
    window.register.select_id(late.id)
    assert "Melewati standar waktu 5 menit" in window.details.text()


def test_ctrl_f_goes_to_the_search_box(window, qtbot):
    window.register.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.register.search


def test_f5_shows_changes_made_elsewhere(window, qtbot):
    Application.delete().where(Application.id == model_of(window).row_at(0).id).execute()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert model_of(window).total == 299 and window.count_label.text() == "299 permohonan"


def test_about_names_the_sop(window, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "info", lambda parent, title, text: shown.append(text))
    window.about_action.trigger()
    assert shown and "SOP" in shown[0]


def test_layout_is_remembered(window, qtbot, store, show):
    window.showNormal()
    window.resize(760, 560)
    window.splitter.setSizes([480, 270])
    sizes = window.splitter.sizes()
    window.close()
    again = show(MainWindow(store))
    assert again.size() == window.size() and again.splitter.sizes() == sizes
    again.details_action.trigger()  # F9: hide the details
    again.close()
    third = show(MainWindow(store))
    assert not third.details.isVisible() and not third.details_action.isChecked()


def test_archive_menu_opens_one_archive_window(window):
    window.archive_action.trigger()
    first = window.archive_browser
    assert first.isVisible() and first.model.total > 0
    window.archive_action.trigger()
    assert window.archive_browser is first


def test_register_export_writes_what_the_register_shows(window, monkeypatch, qtbot, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "register"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    monkeypatch.setattr(messages, "confirm", lambda *args, **kwargs: False)
    choose_state = window.register.state_filter
    choose_state.setCurrentIndex(choose_state.findData("rejected"))
    shown = window.register.model.total
    window.export_action.trigger()
    with qtbot.waitSignal(window._runner.finished, timeout=60_000):
        pass
    rows = list(load_workbook(out.with_suffix(".xlsx"), read_only=True).active.iter_rows(values_only=True))
    assert len(rows) == shown + 1  # the header, then exactly the filtered applications


def test_backup_writes_a_zip_with_the_database(window, monkeypatch, qtbot, tmp_path):
    import sqlite3
    import zipfile

    out = tmp_path / "cadangan.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    monkeypatch.setattr(messages, "confirm", lambda *args, **kwargs: False)
    window.backup_action.trigger()
    with qtbot.waitSignal(window._runner.finished, timeout=60_000):
        pass
    with zipfile.ZipFile(out) as archive:
        archive.extract("ukpbj.sqlite3", tmp_path / "restored")
    restored = sqlite3.connect(tmp_path / "restored" / "ukpbj.sqlite3")
    assert restored.execute("SELECT COUNT(*) FROM application").fetchone()[0] == Application.select().count()
    restored.close()


def test_an_archived_file_is_shown_in_the_archive_from_its_details(window):
    archived = Application.select().where(Application.state == "archived").order_by(Application.id).first()
    window.register.search.setText(archived.agenda_number)
    window.register.apply_filter()
    window.register.select_id(archived.id)
    assert window.details.archive_button.isVisibleTo(window)
    window.details.archive_button.click()
    browser = window.archive_browser
    row = browser.model.row_at(browser.table.currentIndex().row())
    assert row.application_id == archived.id
    assert browser.details.history.text().startswith(archived.agenda_number)


def test_a_file_still_under_way_offers_no_archive_link(window):
    open_one = Application.select().where(Application.current_step.is_null(False)).first()
    window.register.search.setText(open_one.agenda_number)
    window.register.apply_filter()
    window.register.select_id(open_one.id)
    assert window.details.open_button.isVisibleTo(window)
    assert not window.details.archive_button.isVisibleTo(window)


def test_first_letters_typed_show_more_than_the_cap(window, qtbot, monkeypatch):
    monkeypatch.setattr(planner, "COUNT_CAP", 10)
    qtbot.keyClicks(window.register.search, "a")
    qtbot.waitUntil(lambda: window.count_label.text() == "lebih dari 10 permohonan", timeout=2000)
    qtbot.keyClicks(window.register.search, "ma")
    qtbot.waitUntil(lambda: not window.count_label.text().startswith("lebih"), timeout=2000)


def select_application(qtbot, window, application_id):
    window.register.select_id(application_id)
    window.register.table.setFocus()
    assert window.register.current_id() == application_id


def test_f2_corrects_the_selected_file_and_the_register_shows_the_correction(window, qtbot, monkeypatch, shown):
    from ukpbj_desktop.ui.steps.submit import SubmitDialog

    app = Application.select().where(Application.current_step == "check_validity").first()
    select_application(qtbot, window, app.id)

    def correct(form):
        form.edits["name"].setText("Theodora Kuswandari")
        form.save()
        return form.result()

    monkeypatch.setattr(SubmitDialog, "exec", correct)
    qtbot.keyClick(window.register.table, Qt.Key.Key_F2)
    assert Application.get_by_id(app.id).applicant.name == "Theodora Kuswandari"
    assert "Theodora Kuswandari" in window.details.text()
    assert Application.get_by_id(app.id).current_step == "check_validity"


def test_a_file_whose_account_exists_is_not_corrected_and_the_operator_is_told_why(window, qtbot, shown):
    app = Application.select().where(Application.current_step == "hand_over").first()
    select_application(qtbot, window, app.id)
    qtbot.keyClick(window.register.table, Qt.Key.Key_F2)
    [(kind, _title, text)] = shown
    assert kind == "warning" and "sudah dibuat" in text and app.agenda_number in text


def test_correction_and_slip_check_are_in_the_menus_and_the_row_menu(window, monkeypatch):
    from ukpbj_desktop.ui.steps.slip_verify import SlipVerifyDialog

    file_menu = window.menuBar().actions()[0].menu()
    assert window.correct_action in file_menu.actions() and window.verify_slip_action in file_menu.actions()
    table = window.register.table
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert window.correct_action in table.actions() and window.open_action in table.actions()
    opened = []
    monkeypatch.setattr(SlipVerifyDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window.verify_slip_action.trigger()
    assert len(opened) == 1


def test_the_details_show_phone_numbers_grouped(window, qtbot):
    app = Application.get_by_id(model_of(window).row_at(0).id)
    Applicant.update(mobile="081234567890", phone="091421000").where(Applicant.id == app.applicant_id).execute()
    select_application(qtbot, window, app.id)
    window.reload()
    text = window.details.text()
    assert "0812-3456-7890" in text and "0914-21000" in text
