"""The archive browser as an auditor uses it: files archived through the step-9 dialog are found
by every filter, their place and scans shown, and the Daftar Arsip printed for the filter."""

import pytest
from PySide6.QtCore import Qt

from tests.factories import advance, application_input
from ukpbj_desktop import scans, services
from ukpbj_desktop.store.models import Application, ArchiveRecord, Scan, now
from ukpbj_desktop.ui.archive.browser import ArchiveBrowser
from ukpbj_desktop.ui.archive.model import COLUMN
from ukpbj_desktop.ui.steps.archive import ArchiveDialog
from ukpbj_desktop.ui.widgets import export_runner

# (name, NIP, classification, box, room, disposition picked in the dialog)
FILES = (
    ("Ahmad Rumalutur", "19700101 199503 1 001", "000.3.5", "12", "Ruang Arsip A", "permanen"),
    ("Siti Wattimena", "19800202 200501 2 002", "000.3.5", "12", "Ruang Arsip A", "permanen"),
    ("Budi Keliobas", "19900303 201503 1 003", "027", "13", "Gudang B", "musnah"),
)


def archive_through_dialog(show, operator, application, classification, box, room, disposition):
    dialog = show(ArchiveDialog(operator, application))
    dialog.classification.setCurrentIndex(dialog.classification.findData(classification))
    dialog.box.setText(box)
    dialog.room.setText(room)
    dialog.rack.setText("Rak 2")
    dialog.disposition.setCurrentIndex(dialog.disposition.findData(disposition))
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    return dialog.application


@pytest.fixture
def archived(store, show):
    """Three applications filed through the dialog; returns their archive numbers by name."""
    numbers = {}
    for name, nip, classification, box, room, disposition in FILES:
        app = services.submit(store, application_input(nip=nip, name=name))
        app = advance(store, app, "archive")
        archive_through_dialog(show, store, app, classification, box, room, disposition)
        numbers[name] = ArchiveRecord.get(ArchiveRecord.application == app.id).archive_number
    return numbers


@pytest.fixture
def browser(store, archived, show):
    return show(ArchiveBrowser(store))


def listed(browser):
    model = browser.model
    return sorted(model.row_at(i).name for i in range(model.rowCount()))


def choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def test_the_dialog_files_the_application_and_closes_it(store, archived):
    app = Application.get(Application.agenda_number.is_null(False))
    assert app.state == "archived" and app.current_step is None
    record = ArchiveRecord.get(ArchiveRecord.archive_number == archived["Budi Keliobas"])
    assert (record.classification_id, record.box_no, record.room, record.disposition) == (
        "027", "13", "Gudang B", "musnah")
    assert record.active_until == now().year + record.active_years


@pytest.mark.parametrize("combo, value, expected", [
    ("class_filter", "027", ["Budi Keliobas"]),
    ("box_filter", "12", ["Ahmad Rumalutur", "Siti Wattimena"]),
    ("location_filter", "Gudang B", ["Budi Keliobas"]),
    ("disposition_filter", "permanen", ["Ahmad Rumalutur", "Siti Wattimena"]),
    ("year_filter", now().year, ["Ahmad Rumalutur", "Budi Keliobas", "Siti Wattimena"]),
])
def test_each_filter_narrows_the_list(browser, combo, value, expected):
    assert len(listed(browser)) == 3
    choose(getattr(browser, combo), value)
    assert listed(browser) == expected
    browser.clear_filters()
    assert len(listed(browser)) == 3


@pytest.mark.parametrize("text, expected", [
    ("wattimena", ["Siti Wattimena"]),
    ("19900303 201503", ["Budi Keliobas"]),
    ("199001", []),
])
def test_search_by_name_nip_and_archive_number(browser, qtbot, text, expected):
    qtbot.keyClicks(browser.search, text)
    qtbot.waitUntil(lambda: listed(browser) == expected, timeout=2000)


def test_search_by_archive_number(browser, archived, qtbot):
    browser.search.setText(archived["Ahmad Rumalutur"])
    browser.apply_filter()
    assert listed(browser) == ["Ahmad Rumalutur"]


def test_retention_due_this_year_is_announced_and_filtered(store, archived, show):
    record = ArchiveRecord.get(ArchiveRecord.archive_number == archived["Siti Wattimena"])
    data = services.ArchiveInput(record.classification_id, record.description, record.period, active_years=0,
                                 inactive_years=5, box_no=record.box_no, room=record.room)
    services.update_archive(store, record, data)
    browser = show(ArchiveBrowser(store))
    assert browser.due_label.isVisibleTo(browser)
    assert f"berakhir tahun {now().year}" in browser.due_label.text()
    browser.show_due()
    assert listed(browser) == ["Siti Wattimena"]


def test_details_show_where_the_file_is_and_its_history(browser, archived):
    browser.search.setText("Budi")
    browser.apply_filter()
    text = browser.details.text()
    assert browser.details.where.text() == "Boks 13"
    assert "Gudang B" in browser.details.place.text()
    assert archived["Budi Keliobas"] in text
    history = browser.details.history.text()
    assert "diarsipkan" in history and "Budi Keliobas" in history


def test_a_scan_is_attached_and_a_changed_one_is_reported_damaged(browser, tmp_path, boxes):
    scan_file = tmp_path / "sk.pdf"
    scan_file.write_bytes(b"%PDF-1.4 scanned SK pengangkatan PPK")
    browser.details.attach([str(scan_file)])
    assert browser.details.scan_list.count() == 1
    assert browser.details.tabs.tabText(2) == "&Pindaian (1)"
    assert not browser.details.scan_list.item(0).text().startswith("RUSAK")

    scans.stored_path(Scan.get()).write_bytes(b"%PDF-1.4 altered")
    browser.details.show_record(browser.details.archive_id)
    assert browser.details.scan_list.item(0).text().startswith("RUSAK")
    shown, _answers = boxes
    browser.details.open_scan()
    assert any("rusak" in text.lower() for text in shown)

    scans.stored_path(Scan.get()).unlink()
    browser.details.show_record(browser.details.archive_id)
    assert browser.details.scan_list.item(0).text().startswith("HILANG")


def test_moving_a_box_through_the_edit_dialog(browser, monkeypatch, qtbot):
    choose(browser.box_filter, "13")

    def edit(dialog):
        dialog.box.setText("14")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ArchiveDialog, "exec", edit)
    browser.table.setFocus()
    qtbot.keyClick(browser.table, Qt.Key.Key_Return)  # Enter on the row, as F2 or a double click
    assert ArchiveRecord.get(ArchiveRecord.room == "Gudang B").box_no == "14"
    assert browser.details.where.text() == "Boks 14"


def test_dossier_of_the_selected_file_is_previewed(browser, archived, previews):
    browser.search.setText("Ahmad")
    browser.apply_filter()
    browser.dossier_action.trigger()
    assert archived["Ahmad Rumalutur"] in previews[0]
    assert "Ahmad Rumalutur" in previews[0]


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_daftar_arsip_is_made_by_the_worker_in_the_browsers_order_and_previewed_to_print_or_save(
        browser, archived, qtbot, boxes, previews, order):
    browser.table.sortByColumn(COLUMN["name"], order)
    shown = [browser.model.row_at(i).archive_number for i in range(browser.model.rowCount())]
    browser.list_action.trigger()
    out = browser._runner.job.out
    with qtbot.waitSignal(browser._runner.finished, timeout=60_000):
        pass
    [text] = previews  # the preview offers Cetak (the print dialog) and Simpan (save as PDF)
    assert [text.index(number) for number in shown] == sorted(text.index(number) for number in shown)
    assert "Yang membuat" in text and browser.operator.full_name in text and "Mengetahui" in text
    assert boxes[0] == [] and not out.exists()  # nothing asked, no file left behind


def test_daftar_arsip_of_the_filter(browser, archived, qtbot, boxes, previews):
    choose(browser.box_filter, "12")
    browser.list_action.trigger()
    with qtbot.waitSignal(browser._runner.finished, timeout=60_000):
        pass
    [text] = previews
    for name in ("Ahmad Rumalutur", "Siti Wattimena"):
        assert text.count(archived[name]) == 1
    assert archived["Budi Keliobas"] not in text
    assert "Halaman 1 dari 1" in text


def test_exporting_an_empty_filter_says_so_instead(browser, monkeypatch, boxes):
    started = []
    monkeypatch.setattr(export_runner.ExportRunner, "start", lambda self, *args, **kwargs: started.append(args))
    browser.search.setText("tidak ada orang ini")
    browser.apply_filter()
    browser.list_action.trigger()
    assert not started and "Tidak ada arsip" in boxes[0][0]


def test_the_worker_command_carries_the_filter_the_sort_and_the_operator(browser, monkeypatch):
    started = []
    monkeypatch.setattr(export_runner.ExportRunner, "start",
                        lambda self, command, out, title, **kwargs: started.append((command, out)))
    choose(browser.class_filter, "027")
    browser.list_action.trigger()
    command, out = started[0]
    assert command[:3] == ["export-archive", "--out", str(out)]
    assert command[3:] == ["--classification", "027", "--sort", "archived_at", "--descending",
                           "--operator", browser.operator.username]


def test_an_archive_number_already_taken_is_refused_at_its_field(browser, archived, monkeypatch, boxes):
    choose(browser.box_filter, "13")
    taken = archived["Ahmad Rumalutur"]

    def edit(dialog):
        dialog.archive_number.setText(taken)
        dialog.box.setText("99")
        dialog.accept()
        assert dialog.archive_number.hasFocus() or not dialog.isVisible()
        return dialog.result()

    monkeypatch.setattr(ArchiveDialog, "exec", edit)
    browser.edit_action.trigger()
    record = ArchiveRecord.get(ArchiveRecord.room == "Gudang B")
    assert (record.archive_number, record.box_no) == (archived["Budi Keliobas"], "13")  # nothing half-saved
    assert any(taken in text for text in boxes[0])


def test_the_next_file_starts_in_the_box_the_last_one_went_into(store, archived, show):
    app = advance(store, services.submit(store, application_input(nip="19991231 202012 1 009")), "archive")
    dialog = show(ArchiveDialog(store, app))
    assert (dialog.box.text(), dialog.room.text(), dialog.rack.text()) == ("13", "Gudang B", "Rak 2")
    assert dialog.classification.currentData() == "000.3.5"  # the procurement users' database by default
    assert dialog.description.text().startswith("Berkas permohonan akun PPK SPSE a.n. Drs. Japar")


def test_a_code_added_from_the_dialog_can_be_picked_at_once_with_its_retention(store, show, monkeypatch):
    from ukpbj_desktop import classifications
    from ukpbj_desktop.ui.archive.classifications import ClassificationDialog

    app = advance(store, services.submit(store, application_input()), "archive")
    dialog = show(ArchiveDialog(store, app))

    def add_code(manager):
        classifications.save_classification(store, classifications.ClassificationInput(
            code="000.3.7", name="Layanan Akun SPSE", active_years=4, inactive_years=6, disposition="musnah"))
        return 1

    monkeypatch.setattr(ClassificationDialog, "exec", add_code)
    dialog.manage_button.click()
    dialog.classification.setCurrentIndex(dialog.classification.findData("000.3.7"))
    assert (dialog.active_years.value(), dialog.inactive_years.value()) == (4, 6)
    assert dialog.disposition.currentData() == "musnah"


def test_first_letters_show_more_than_the_cap_and_every_record_still_scrolls_in(browser, qtbot, monkeypatch):
    from ukpbj_desktop.queries import planner
    from ukpbj_desktop.ui.archive import model as archive_model

    monkeypatch.setattr(planner, "COUNT_CAP", 1)
    monkeypatch.setattr(archive_model, "PAGE_SIZE", 1)
    browser.search.setText("a")
    browser.apply_filter()
    assert browser.count_label.text() == "lebih dari 1 arsip"
    while browser.model.canFetchMore():
        browser.model.fetchMore()
    assert listed(browser) == ["Ahmad Rumalutur", "Budi Keliobas", "Siti Wattimena"]
