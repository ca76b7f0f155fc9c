"""The UI speaks its language throughout: core-built values in English, and Qt's own dialogs in Indonesian.

Documents and stored texts stay Indonesian whatever the UI's language (see the records tests);
what the screen shows follows the language switch of ``ui.i18n``.
"""
import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QDate, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QCalendarWidget,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTextBrowser,
    QToolButton,
)

from tests import factories
from ukpbj_desktop import services, workflow
from ukpbj_desktop.errors import WorkflowError
from ukpbj_desktop.formatting import format_date, format_datetime
from ukpbj_desktop.queries import archive as aq, register as rq
from ukpbj_desktop.ui import i18n
from ukpbj_desktop.ui.archive.details import ArchiveDetails
from ukpbj_desktop.ui.main_window import MainWindow
from ukpbj_desktop.ui.steps.archive import ArchiveDialog
from ukpbj_desktop.ui.widgets import messages
from ukpbj_desktop.ui.widgets.application_details import DetailsPanel
from ukpbj_desktop.ui.widgets.formatting import date_text, datetime_text, number_text

RECEIVED = dt.datetime(2026, 8, 14, 9, 5)


@pytest.fixture
def received(store):
    """A file received on 14 August 2026 at 09.05, in person."""
    return services.submit(store, factories.application_input(received_at=RECEIVED))


@pytest.fixture
def archived(store, received):
    """That file archived on paper in rack 5, shelf 5 (the rack typed with its Indonesian label)."""
    app = factories.advance(store, received, "archive")
    services.archive(store, app, services.ArchiveInput("000.3.5", "Berkas akun PPK", "2026", rack="Rak 5",
                                                       shelf="5"))
    return aq.page(aq.ArchiveFilter(), "archive_number", False, offset=0, limit=1)[0]


def details_text(application_id):
    panel = DetailsPanel()
    panel.show_details(rq.details(application_id))
    return panel.text()


# --- English: what the core builds is shown in English ----------------------------------------

def test_english_dates_and_times_are_english(language, received):
    language("en")
    text = details_text(received.id)
    assert "14 August 2026 09:05" in text
    [note] = [step.note for step in received.steps if step.note]  # the back-dating, a stored record: Indonesian
    assert "Agustus" in note and "Agustus" not in text.replace(note, "")


def test_english_message_names_the_field_in_english(language, store):
    language("en")
    data = factories.application_input()
    data.applicant.position = ""
    checked = services.check_application_input(data)
    assert messages.translate_error(checked.errors["position"]) == "Position is required."


def test_english_message_names_the_step_in_english(language):
    language("en")
    with pytest.raises(WorkflowError) as caught:
        workflow.transition("check_completeness", "check_validity", "valid")
    assert messages.translate_error(caught.value) == (
        "Step 5 (Validity check) cannot be done now: the application is waiting for step 2 (Completeness check).")


def test_english_values_are_english(language, archived):
    language("en")
    assert "Delivery\nDelivered in person" in details_text(archived.application_id)
    details = ArchiveDetails(None)
    details.show_record(archived.id)
    assert "1 file(s), paper" in details.text()
    assert details.place.text().startswith("Rack 5, Shelf 5")


def test_english_archive_form_offers_media_in_english_and_stores_them_in_indonesian(language, store, received,
                                                                                   show):
    language("en")
    dialog = show(ArchiveDialog(store, factories.advance(store, received, "archive")))
    assert [dialog.media.itemText(i) for i in range(dialog.media.count())] == [
        "paper", "electronic", "paper and electronic"]
    assert dialog.media.currentText() == "paper"
    dialog.media.setCurrentIndex(2)
    assert dialog.value().media == "kertas dan elektronik"
    dialog.media.setCurrentText("mikrofilm")
    assert dialog.value().media == "mikrofilm"


def test_english_counts_group_thousands_with_a_comma(language, store, show):
    language("en")
    window = show(MainWindow(store))
    window._show_total(19_600)
    assert window.count_label.text() == "Applications: 19,600"


def test_indonesian_ui_writes_them_as_the_documents_do(received, archived):
    assert "14 Agustus 2026 09.05" in details_text(received.id)
    assert (date_text(RECEIVED.date()), datetime_text(RECEIVED), number_text(19_600)) == (
        "14 Agustus 2026", "14 Agustus 2026 09.05", "19.600")
    assert "Diserahkan langsung" in details_text(received.id)
    details = ArchiveDetails(None)
    details.show_record(archived.id)
    assert "1 berkas, kertas" in details.text()
    assert details.place.text().startswith("Rak 5, Baris 5")


def test_indonesian_ui_dates_are_the_documents_dates_in_every_month():
    for month in range(1, 13):
        moment = dt.datetime(2026, month, 9, 7, 3)
        assert (date_text(moment.date()), datetime_text(moment)) == (format_date(moment), format_datetime(moment))


# --- Indonesian: Qt's own texts in Indonesian ------------------------------------------------------

def texts(widget, kind):
    return {w.text() for w in widget.findChildren(kind)}


def file_dialog(qtbot):
    dialog = QFileDialog(None, "Simpan")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    return dialog


def question_box(qtbot):
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?", buttons)
    qtbot.addWidget(box)
    return {button.text() for button in box.buttons()}


def calendar_month(qtbot):
    calendar = QCalendarWidget()
    calendar.setSelectedDate(QDate(2026, 8, 14))
    qtbot.addWidget(calendar)
    return calendar.findChild(QToolButton, "qt_calendar_monthbutton").text()


def test_qt_dialogs_speak_indonesian(qtbot):
    dialog = file_dialog(qtbot)
    assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"} <= texts(dialog, QLabel)
    assert {"&Simpan", "Batal"} <= texts(dialog.findChild(QDialogButtonBox), QAbstractButton)
    assert question_box(qtbot) == {"&Ya", "&Tidak"}
    assert calendar_month(qtbot) == "Agustus"
    edit = QLineEdit("x")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert {"&Urungkan", "Po&tong", "&Salin", "T&empel", "Pilih semua"} <= {a.text().split("\t")[0]
                                                                         for a in menu.actions()}


def test_print_dialog_speaks_indonesian(qtbot):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    assert "&Cetak" in texts(dialog, QAbstractButton)
    assert "Batal" in texts(dialog, QAbstractButton)


class Recorder(QTranslator):
    """Asked first, translates nothing: notes which Qt texts the widgets ask for."""

    def __init__(self):
        super().__init__()
        self.asked = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return ""

    def isEmpty(self):  # noqa: N802 - Qt's name
        return False


def catalogue(path):
    root = ET.parse(path).getroot()
    return {(context.findtext("name"), message.findtext("source"))
            for context in root.iter("context") for message in context.iter("message")}


# Qt texts left in English on purpose: paper and envelope names (A4, Letter, DL), key names (Ctrl),
# the layout direction and the progress bar's "%p%".
LEFT_AS_QT_WRITES_THEM = {"QPageSize", "QShortcut", "QGuiApplication", "QProgressBar"}


def test_every_qt_text_of_the_dialogs_the_app_shows_is_in_the_indonesian_catalogue(qapp, qtbot):
    """A Qt upgrade that rewords a text shows up here, not as English in the Indonesian UI."""
    from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter

    recorder = Recorder()
    qapp.installTranslator(recorder)
    try:
        printer = QPrinter()
        every_button = QMessageBox.StandardButton.NoButton
        for button in QMessageBox.StandardButton:
            if button.value & 0x0FFFFC00:  # the standard buttons, not the masks and flags around them
                every_button |= button
        for widget in (file_dialog(qtbot), QPrintDialog(printer), QPageSetupDialog(printer), QCalendarWidget(),
                       QMessageBox(QMessageBox.Icon.Question, "?", "?", every_button)):
            widget.show()
            widget.close()
        for edit in (QLineEdit("x"), QTextBrowser()):
            qtbot.addWidget(edit)
            edit.createStandardContextMenu()
    finally:
        qapp.removeTranslator(recorder)
    missing = {(c, s) for c, s in recorder.asked if c not in LEFT_AS_QT_WRITES_THEM}
    missing -= catalogue(i18n.translations_dir() / "qtbase_id.ts")
    assert not missing, sorted(missing)


def test_switching_to_english_and_back(language, qtbot):
    assert language("en")
    assert question_box(qtbot) == {"&Yes", "&No"}
    assert calendar_month(qtbot) == "August"
    assert "Cancel" in texts(file_dialog(qtbot).findChild(QDialogButtonBox), QAbstractButton)
    assert language("id")
    assert question_box(qtbot) == {"&Ya", "&Tidak"}
    assert calendar_month(qtbot) == "Agustus"
