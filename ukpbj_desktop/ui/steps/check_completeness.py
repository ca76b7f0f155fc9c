"""SOP step 2: tick the documents of the file; complete goes on to step 5, incomplete to step 3.

The verdict is worked out by ``documents.missing_documents`` as the boxes are ticked, so
the operator sees before saving where the file will go. The receipt can be printed at any
time and shows the ticks on screen: it is handed to whoever brought the file, often
before the result is saved.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
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


class DocumentRow:
    """The inputs of one required document: present, original sighted (SK in person only), note."""

    def __init__(self, document: Document, delivery_mode: str, previous: models.ChecklistItem | None,
                 parent: QWidget):
        self.document = document
        self.name_label = QLabel(document.name, parent)
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

    def receipt_note(self) -> str:
        """The note as the receipt prints it, saying whether the original was seen."""
        parts = [self.note.text().strip()]
        if self.original is not None and self.present.isChecked():
            parts.append("asli diperlihatkan" if self.original.isChecked() else "asli tidak diperlihatkan")
        return "; ".join(p for p in parts if p)


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
        self.receipt_button = QPushButton(self.tr("Cetak &tanda terima..."), self)
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
        self.resize(860, 360)
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
        return missing_documents(self.application.is_pa, self.application.delivery_mode, self.checked_documents())

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
        """The receipt as ticked on screen, saved or not."""
        from ukpbj_desktop.documents.reports.notices import receipt_pdf
        rows = tuple((row.document.name, row.present.isChecked(), row.receipt_note()) for row in self.document_rows)
        data = replace(paperwork.receipt(self.application, self.operator), documents=rows)
        show_pdf(self, receipt_pdf(data), self.tr("Tanda terima berkas"), self.application.agenda_number,
                 "tanda-terima")

    def save(self) -> None:
        """Record the check; for an incomplete file, offer the notice to complete it right away."""
        try:
            self.application, missing = services.check_completeness(
                self.operator, self.application, self.checked_documents(), started_at=self.started_at)
        except ConflictError as exc:
            self.close_on_conflict(exc)
            return
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        self.accept()

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
