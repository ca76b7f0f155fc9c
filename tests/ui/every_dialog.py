"""Every window and dialog of the application, opened as the user meets it: the one list the fit and
keyboard tests (test_every_dialog.py) go through.

Adding a window or dialog to ukpbj_desktop/ui? Add an entry to DIALOGS (or, for a base class never
opened itself, to BASES): test_every_dialog fails naming each QDialog or QMainWindow subclass under
ukpbj_desktop/ui that no entry opens.
"""
from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox, QWidget

import ukpbj_desktop.ui
from tests.factories import advance, all_present, application_input
from ukpbj_desktop import services
from ukpbj_desktop.required_documents import CheckedDocument
from ukpbj_desktop.store.models import Application, ArchiveRecord, Operator
from ukpbj_desktop.ui.widgets import messages


def new_application(operator: Operator) -> Application:
    """A file just registered, each with its own NIP (one unfinished application per NIP)."""
    n = Application.select().count()
    born = 1950 + n % 45
    return services.submit(operator, application_input(nip=f"{born}0101 {born + 25}01 1 {n % 999 + 1:03d}"))


def at(step: str) -> Callable[[Operator], Application]:
    """An application waiting at ``step``, walked there along the SOP."""
    def make(operator: Operator) -> Application:
        app = new_application(operator)
        if step in ("request_documents", "supply_documents"):
            checked = [CheckedDocument("SURAT_PERMOHONAN", True), CheckedDocument("SK_PPK", True, False)]
            app = services.check_completeness(operator, app, checked)[0]
            return services.request_documents(operator, app) if step == "supply_documents" else app
        if step == "reject":
            app = services.check_completeness(operator, app, all_present(app))[0]
            return services.check_validity(operator, app, valid=False, reasons=["Nomor SK tidak sesuai."])
        return advance(operator, app, step)
    return make


def archived(operator: Operator) -> ArchiveRecord:
    app = advance(operator, new_application(operator), "archive")
    services.archive(operator, app, services.ArchiveInput("000.3.5", "Berkas akun PPK", "2026", box_no="12",
                                                            room="Ruang Arsip A", rack="Rak 2", shelf="3"))
    return ArchiveRecord.get(ArchiveRecord.application == app.id)


def message_box(show: Callable[[], object]) -> QMessageBox:
    """The message box ``show`` opens through ``messages.exec_box``, caught before it runs."""
    caught: list[QMessageBox] = []
    original = messages.exec_box
    messages.exec_box = lambda box: caught.append(box)  # type: ignore[assignment]
    try:
        show()
    finally:
        messages.exec_box = original
    return caught[0]


def _main_window(operator: Operator) -> QWidget:
    from ukpbj_desktop.ui.main_window import MainWindow

    window = MainWindow(operator)
    window.setWindowState(Qt.WindowState.WindowNoState)  # the size it asks for, not the screen's
    return window


def _main_window_showing(application: Callable[[Operator], Application]) -> Callable[[Operator], QWidget]:
    """The main window with ``application``'s details shown (its buttons differ by state)."""
    def make(operator: Operator) -> QWidget:
        app = application(operator)
        window = _main_window(operator)
        window.register.select_id(app.id)
        return window
    return make


def _step(step: str, **options) -> Callable[[Operator], QWidget]:
    def make(operator: Operator) -> QWidget:
        from ukpbj_desktop.ui.steps import dispatch

        return dispatch.dialog_class(step)(operator, at(step)(operator), **options)
    return make


def _generic(operator: Operator) -> QWidget:
    from ukpbj_desktop.ui.steps.generic import GenericStepDialog

    return GenericStepDialog(operator, at("check_validity")(operator))


def _submit(operator: Operator) -> QWidget:
    from ukpbj_desktop.ui.steps.submit import SubmitDialog

    return SubmitDialog(operator)


def _submit_edit(operator: Operator) -> QWidget:
    from ukpbj_desktop.ui.steps.submit import SubmitDialog

    return SubmitDialog(operator, new_application(operator))


def _archive_edit(operator: Operator) -> QWidget:
    from ukpbj_desktop.ui.steps.archive import ArchiveDialog

    record = archived(operator)
    return ArchiveDialog(operator, record.application, record=record)


def _archive_browser(operator: Operator) -> QWidget:
    from ukpbj_desktop.ui.archive.browser import ArchiveBrowser

    archived(operator)
    return ArchiveBrowser(operator)


def _classifications(operator: Operator) -> QWidget:
    from ukpbj_desktop.ui.archive.classifications import ClassificationDialog

    return ClassificationDialog(operator)


def _classification_editor(operator: Operator) -> QWidget:
    from ukpbj_desktop import classifications
    from ukpbj_desktop.ui.archive.classifications import ClassificationEditor

    return ClassificationEditor(operator, classifications.find_classification("000.3.5"), used=1)


def _slip_verify(_operator: Operator) -> QWidget:
    from ukpbj_desktop.ui.steps.slip_verify import SlipVerifyDialog

    return SlipVerifyDialog()


def _pdf_preview(operator: Operator) -> QWidget:
    from ukpbj_desktop.documents import paperwork
    from ukpbj_desktop.documents.reports.dossier import dossier_pdf
    from ukpbj_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

    record = archived(operator)
    return PdfPreviewDialog(dossier_pdf(paperwork.dossier_data(record.application_id)), "Berkas permohonan")


def _help(_operator: Operator) -> QWidget:
    from ukpbj_desktop.ui.help.window import HelpWindow

    return HelpWindow(section="check-validity")


def _reasons(_operator: Operator) -> QWidget:
    from ukpbj_desktop.ui.widgets.fields import ReasonsDialog

    return ReasonsDialog("Alasan penolakan", "Tuliskan alasannya, satu per baris.", ["Nomor SK tidak sesuai."],
                         "&Tolak")


def _export_progress(_operator: Operator) -> QWidget:
    from ukpbj_desktop.ui.widgets.export_runner import ExportRunner

    owner = QWidget()
    runner = ExportRunner(owner)
    dialog, _bar = runner._make_dialog("Ekspor register")
    dialog.destroyed.connect(owner.deleteLater)
    return dialog


def _save_file(_operator: Operator) -> QWidget:
    dialog = QFileDialog(None, "Ekspor register")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the dialog Linux desktops show
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return dialog


def _print(_operator: Operator) -> QWidget:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    dialog.kept_printer = printer  # type: ignore[attr-defined]  # the dialog does not own it
    return dialog


def _about(operator: Operator) -> QWidget:
    window = _main_window(operator)
    box = message_box(window.about)
    box.kept_parent = window  # type: ignore[attr-defined]  # Python would collect the box's parent
    return box


def _question(_operator: Operator) -> QWidget:
    return message_box(lambda: messages.confirm(None, "Langkah berikutnya", "Lanjutkan sekarang?"))


@dataclass(frozen=True)
class Entry:
    name: str
    opens: str  # the class it builds, by name (the coverage check compares names)
    build: Callable[[Operator], QWidget]
    ours: bool = True  # False for Qt's own dialogs: only their size is ours to check


DIALOGS: list[Entry] = [
    Entry("main_window", "MainWindow", _main_window),
    Entry("main_window_waiting", "MainWindow", _main_window_showing(at("check_validity"))),
    Entry("main_window_archived", "MainWindow", _main_window_showing(lambda op: archived(op).application)),
    Entry("submit", "SubmitDialog", _submit),
    Entry("submit_edit", "SubmitDialog", _submit_edit),
    *(Entry(step, name, _step(step)) for step, name in (
        ("check_completeness", "CheckCompletenessDialog"), ("request_documents", "RequestDocumentsDialog"),
        ("supply_documents", "SupplyDocumentsDialog"), ("check_validity", "CheckValidityDialog"),
        ("create_account", "CreateAccountDialog"), ("reject", "RejectDialog"), ("hand_over", "HandOverDialog"),
        ("archive", "ArchiveDialog"))),
    Entry("hand_over_with_password", "HandOverDialog", _step("hand_over", password="Xy7#kLm9pQ")),
    Entry("generic_step", "GenericStepDialog", _generic),
    Entry("archive_edit", "ArchiveDialog", _archive_edit),
    Entry("archive_browser", "ArchiveBrowser", _archive_browser),
    Entry("classifications", "ClassificationDialog", _classifications),
    Entry("classification_editor", "ClassificationEditor", _classification_editor),
    Entry("slip_verify", "SlipVerifyDialog", _slip_verify),
    Entry("pdf_preview", "PdfPreviewDialog", _pdf_preview),
    Entry("reasons", "ReasonsDialog", _reasons),
    Entry("help", "HelpWindow", _help),
    Entry("export_progress", "QProgressDialog", _export_progress),
    Entry("about", "QMessageBox", _about),
    Entry("question", "QMessageBox", _question),
    Entry("save_file", "QFileDialog", _save_file, ours=False),
    Entry("print", "QPrintDialog", _print, ours=False),
]

# Bases of the dialogs above, never opened themselves.
BASES = {"BaseStepDialog", "StepDialog", "NoticeDialog"}


def window_classes() -> set[str]:
    """Every QDialog and QMainWindow subclass defined under ukpbj_desktop/ui, found by importing it all."""
    found = set()
    for module_info in pkgutil.walk_packages(ukpbj_desktop.ui.__path__, "ukpbj_desktop.ui."):
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, (QDialog, QMainWindow))
                    and value.__module__ == module.__name__):
                found.add(value.__name__)
    return found
