"""SOP step 2: tick the documents of the file; complete goes on to step 5, incomplete to step 3.

The verdict is worked out by ``documents.missing_documents`` as the boxes are ticked, so
the operator sees before saving where the file will go. The receipt is handed to whoever
brought the file as proof of what was handed in, so it must say what the record says: its
button saves the check first and prints the saved result (ticks printed and then cancelled
would leave paper and record disagreeing, and a receipt of nothing saved yet is no use at the desk).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ukpbj_desktop import services
from ukpbj_desktop.documents import paperwork
from ukpbj_desktop.errors import ConflictError, UserError
from ukpbj_desktop.required_documents import (
    CheckedDocument,
    Document,
    missing_documents,
    needs_original,
    required_documents,
)
from ukpbj_desktop.store import models
from ukpbj_desktop.ui.steps.base import StepDialog, applicant_header
from ukpbj_desktop.ui.widgets import fields as field_widgets, messages
from ukpbj_desktop.ui.widgets.fields import StatusLabel, button_bar, button_box
from ukpbj_desktop.ui.widgets.pdf_preview import show_pdf
from ukpbj_desktop.ui.widgets.screen_fit import fit_to_screen


class DocumentRow:
    """The inputs of one required document: present, original sighted (SK in person only), note."""

    def __init__(self, document: Document, delivery_mode: str, previous: models.ChecklistItem | None,
                 parent: QWidget):
        self.document = document
        self.name_label = QLabel(QCoreApplication.translate("Documents", document.name), parent)
        self.name_label.setWordWrap(True)
        self.present = QCheckBox(QCoreApplication.translate("CheckCompletenessDialog", "Ada"), parent)
        self.original = (QCheckBox(QCoreApplication.translate("CheckCompletenessDialog", "Asli diperlihatkan"), parent)
                         if needs_original(document, delivery_mode) else None)
        self.note = QLineEdit(parent)
        self.note.setPlaceholderText(QCoreApplication.translate("CheckCompletenessDialog", "Catatan (opsional)"))
        if previous is not None:
            self.present.setChecked(previous.present)
            self.note.setText(previous.note)
            if self.original is not None:
                self.original.setChecked(bool(previous.original_sighted))
        self.present.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        if self.original is not None:
            self.original.setEnabled(self.present.isChecked())

    def checked(self) -> CheckedDocument:
        sighted = None if self.original is None else self.present.isChecked() and self.original.isChecked()
        return CheckedDocument(self.document.code, self.present.isChecked(), sighted, self.note.text())


class CheckCompletenessDialog(StepDialog):
    """Tick what the file holds, print the receipt, record the result or reject the application."""
    HELP_SECTION = "check-completeness"

    def __init__(self, operator: models.Operator, application: models.Application, parent: QWidget | None = None):
        super().__init__(operator, application, parent)
        self.setWindowTitle(self.tr("Pemeriksaan kelengkapan berkas (langkah 2)"))
        previous = {item.document_code: item for item in application.checklist}
        self.document_rows = [DocumentRow(doc, application.delivery_mode, previous.get(doc.code), self)
                              for doc in required_documents(application.is_pa)]

        self.verdict_label = StatusLabel(self, bold=True)
        self.next_label = StatusLabel(self)
        self.receipt_button = QPushButton(self.tr("Simpan dan cetak &tanda terima..."), self)
        self.receipt_button.setToolTip(self.tr("Simpan hasil pemeriksaan, lalu cetak tanda terima sesuai yang "
                                               "tersimpan"))
        self.reject_button = QPushButton(self.tr("T&olak permohonan..."), self)
        box, self.save_button = button_box(self.tr("&Simpan hasil"), self)
        self.receipt_button.clicked.connect(self.print_receipt)
        self.reject_button.clicked.connect(self.reject_application)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(applicant_header(application, self))
        self.delivery_label = self._delivery_label()
        layout.addWidget(self.delivery_label)
        layout.addWidget(self._documents_box())
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.next_label)
        layout.addStretch(1)
        layout.addLayout(button_bar(box, self.receipt_button, self.reject_button))
        for row in self.document_rows:
            row.present.toggled.connect(self.update_verdict)
            if row.original is not None:
                row.original.toggled.connect(self.update_verdict)
        self.update_verdict()
        fit_to_screen(self, QSize(860, 360))
        self.document_rows[0].present.setFocus()

    def _delivery_label(self) -> QLabel:
        app = self.application
        if app.delivery_mode == "courier":
            text = self.tr("Berkas disampaikan melalui kurir/perantara: {name}.").format(name=app.courier_name or "-")
        else:
            text = self.tr("Berkas diserahkan langsung: SK asli wajib diperlihatkan.")
        if app.is_pa:
            text += " " + self.tr("Pemohon adalah PA yang merangkap PPK: menyerahkan SK Pelantikan, bukan SK PPK.")
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def _documents_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Dokumen yang wajib ada"), self)
        grid = QGridLayout(box)
        originals = any(row.original is not None for row in self.document_rows)
        titles = (self.tr("Dokumen"), self.tr("Ada/Tidak ada"), self.tr("Asli") if originals else "",
                  self.tr("Catatan"))
        for column, title in enumerate(titles):
            grid.addWidget(QLabel(f"<b>{title}</b>", box), 0, column)
        for n, row in enumerate(self.document_rows, 1):
            grid.addWidget(row.name_label, n, 0)
            grid.addWidget(row.present, n, 1)
            if row.original is not None:
                grid.addWidget(row.original, n, 2)
            grid.addWidget(row.note, n, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 2)
        return box

    def checked_documents(self) -> list[CheckedDocument]:
        return [row.checked() for row in self.document_rows]

    def missing(self) -> list[str]:
        return missing_documents(self.application.is_pa, self.application.delivery_mode, self.checked_documents(),
                                 QCoreApplication.translate)

    def update_verdict(self) -> None:
        missing = self.missing()
        if missing:
            self.verdict_label.show_text(self.tr("TIDAK LENGKAP: {missing}").format(missing="; ".join(missing)),
                                         "error")
            self.next_label.show_text(self.tr("Setelah disimpan: langkah 3, surat pemberitahuan kelengkapan "
                                              "kepada PPK."), "info")
        else:
            self.verdict_label.show_text(self.tr("LENGKAP"), "ok")
            self.next_label.show_text(self.tr("Setelah disimpan: langkah 5, pemeriksaan kebenaran berkas."), "info")

    # Actions ------------------------------------------------------------------------

    def print_receipt(self) -> None:
        """Save the check, then print the receipt of what was saved."""
        from ukpbj_desktop.documents.reports.notices import receipt_pdf
        if not self._record():
            return
        show_pdf(self, receipt_pdf(paperwork.receipt(self.application, self.operator)), self.tr("Tanda terima berkas"),
                 self.application.agenda_number, "tanda-terima")
        self.accept()

    def save(self) -> None:
        """Record the check; the dispatcher then offers the notice for an incomplete file."""
        if self._record():
            self.accept()

    def _record(self) -> bool:
        """Record the check as ticked; False when refused (said why) or closed on another operator's change."""
        try:
            self.application, _missing = services.check_completeness(
                self.operator, self.application, self.checked_documents(), started_at=self.started_at)
        except ConflictError as exc:
            self.close_on_conflict(exc)
            return False
        except UserError as exc:
            messages.show_user_error(self, exc)
            return False
        return True

    def reject_application(self) -> None:
        """The file can never become complete (e.g. the applicant is not a PPK): reject it now."""
        reasons = field_widgets.ask_reasons(
            self, self.tr("Tolak permohonan"),
            self.tr("Tuliskan alasan penolakan, satu per baris. Alasan ini dicantumkan dalam surat "
                    "pemberitahuan penolakan kepada PPK."),
            [], self.tr("&Tolak permohonan"))
        if not reasons or not messages.confirm(
                self, self.tr("Tolak permohonan"),
                self.tr("Permohonan {agenda} akan ditolak dan tidak dapat dilanjutkan. Lanjutkan?")
                .format(agenda=self.application.agenda_number), destructive=True):
            return
        try:
            self.application = services.reject_at_completeness_check(self.operator, self.application, reasons,
                                                        started_at=self.started_at)
        except ConflictError as exc:
            self.close_on_conflict(exc)
            return
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        self.accept()
