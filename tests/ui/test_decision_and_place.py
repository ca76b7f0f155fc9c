"""The register shows and filters a file's decision after archiving; filing with no location is asked about
and such records can be listed in the archive browser."""
import pytest

from tests.factories import advance, application_input
from tests.ui.test_archive_browser import listed
from ukpbj_desktop import services
from ukpbj_desktop.queries import register as rq
from ukpbj_desktop.store.models import Application, ArchiveRecord
from ukpbj_desktop.ui import i18n
from ukpbj_desktop.ui.archive.browser import UNPLACED, ArchiveBrowser
from ukpbj_desktop.ui.register.model import COLUMN
from ukpbj_desktop.ui.register.view import RegisterView
from ukpbj_desktop.ui.steps.archive import ArchiveDialog
from ukpbj_desktop.ui.widgets.application_details import DetailsPanel

PLACE = services.ArchiveInput("000.3.5", "Berkas akun PPK", "2026", box_no="4", room="Ruang A")


@pytest.fixture
def closed(store):
    """One file accepted and one rejected, both archived (with a place), and one still being checked."""
    accepted = advance(store, services.submit(store, application_input(name="Diterima Satu")), "archive")
    services.archive(store, accepted, PLACE)
    rejected = services.submit(store, application_input(nip="19700101 199503 2 001", name="Ditolak Dua"))
    rejected = services.reject(store, services.reject_at_completeness_check(store, rejected, ["Bukan PPK."]))
    services.archive(store, rejected, PLACE)
    services.submit(store, application_input(nip="19800615 200501 1 003", name="Menunggu Tiga"))


@pytest.fixture
def register(closed, show):
    view = show(RegisterView())
    view.start()
    return view


def states(view):
    model = view.model
    return {model.row_at(r).applicant_name: model.index(r, COLUMN["state"]).data() for r in range(model.rowCount())}


def test_an_archived_file_shows_the_decision_it_was_filed_with(register):
    assert states(register) == {"Diterima Satu": "Diarsipkan · diterima", "Ditolak Dua": "Diarsipkan · ditolak",
                                "Menunggu Tiga": "Dalam proses"}


def test_the_details_panel_says_it_too(closed, show):
    panel = show(DetailsPanel())
    rejected = Application.get(Application.decision == "rejected")
    panel.show_details(rq.details(rejected.id))
    assert "Diarsipkan · ditolak" in panel.title.text()


def test_in_english_too(closed, show, qapp):
    assert i18n.install_translator(qapp, "en")
    try:
        view = show(RegisterView())
        view.start()
        assert states(view)["Ditolak Dua"] == "Archived · rejected"
    finally:
        i18n.install_translator(qapp, "id")


@pytest.mark.parametrize("decision, expected", [("rejected", ["Ditolak Dua"]), ("accepted", ["Diterima Satu"]),
                                                ("", ["Menunggu Tiga"])])
def test_the_decision_filter_finds_archived_files_too(register, decision, expected):
    combo = register.decision_filter
    combo.setCurrentIndex(combo.findData(decision))
    assert sorted(states(register)) == expected
    register.clear_filters()
    assert len(states(register)) == 3


@pytest.fixture
def at_archive(store):
    return advance(store, services.submit(store, application_input()), "archive")


def test_filing_with_no_location_asks_and_no_goes_back_to_the_form(store, at_archive, show, shown):
    dialog = show(ArchiveDialog(store, at_archive))
    assert (dialog.folder.text(), dialog.box.text(), dialog.room.text(), dialog.rack.text(),
            dialog.shelf.text()) == ("",) * 5  # the first file: no previous place to start from
    shown.answers.append(False)
    dialog.ok_button.click()
    assert [kind for kind, _title, _text in shown] == ["confirm"] and "Arsipkan tanpa lokasi?" in shown[0][2]
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.focusWidget() is dialog.box
    assert ArchiveRecord.select().count() == 0
    shown.answers.append(True)
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted and ArchiveRecord.select().count() == 1


def test_filing_with_a_location_asks_nothing(store, at_archive, show, shown):
    dialog = show(ArchiveDialog(store, at_archive))
    dialog.shelf.setText("Baris 2")
    dialog.ok_button.click()
    assert shown == [] and dialog.result() == dialog.DialogCode.Accepted


def test_the_question_is_in_the_users_language(store, at_archive, show, shown, qapp):
    assert i18n.install_translator(qapp, "en")
    try:
        dialog = show(ArchiveDialog(store, at_archive))
        shown.answers.append(False)
        dialog.ok_button.click()
    finally:
        i18n.install_translator(qapp, "id")
    assert shown[0][1] == "No location yet" and "without a location?" in shown[0][2]


def test_the_browser_lists_the_records_with_no_location(store, closed, show):
    nowhere = advance(store, services.submit(store, application_input(nip="19851111 201001 1 005",
                                                                      name="Tanpa Lokasi")), "archive")
    services.archive(store, nowhere, services.ArchiveInput("000.3.5", "Berkas akun PPK", "2026"))
    browser = show(ArchiveBrowser(store))
    browser.refresh_choices()
    combo = browser.location_filter
    assert combo.itemText(1) == "Lokasi belum diisi"
    combo.setCurrentIndex(combo.findData(UNPLACED))
    assert listed(browser) == ["Tanpa Lokasi"] and browser.model.archive_filter.unplaced
    combo.setCurrentIndex(combo.findData("Ruang A"))
    assert listed(browser) == ["Diterima Satu", "Ditolak Dua"] and not browser.model.archive_filter.unplaced
