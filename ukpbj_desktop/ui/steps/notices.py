"""Letters to the PPK and the PPK's answer: SOP steps 3, 4 and 7.

A notice is recorded as given only after it was made in this dialog (previewed, and from
there printed or saved), and the letter shows exactly what will be recorded: editing the
reasons of a rejection after the preview asks for a new preview.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QButtonGroup, QFormLayout, QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget

from ukpbj_desktop import services
from ukpbj_desktop.documents import paperwork
from ukpbj_desktop.documents.reports.data import NoticeData
from ukpbj_desktop.errors import ConflictError, UserError
from ukpbj_desktop.store import models
from ukpbj_desktop.ui.steps.base import StepDialog, applicant_header, bullet_list
from ukpbj_desktop.ui.widgets import messages
from ukpbj_desktop.ui.widgets.fields import FieldRow, ReasonsEdit, StatusLabel, button_bar, button_box, show_error_at
from ukpbj_desktop.ui.widgets.pdf_preview import show_pdf
from ukpbj_desktop.ui.widgets.screen_fit import fit_to_screen


class NoticeDialog(StepDialog):
    """Make a letter to the PPK, preview and print it, then record that it was given.

    Subclasses say what the letter lists (:meth:`items_widget`), how it is drawn
    (:meth:`letter_pdf`) and which service records it (:meth:`record`).
    """

    kind = ""  # names the saved file

    def __init__(self, operator: models.Operator, application: models.Application, parent: QWidget | None = None):
        super().__init__(operator, application, parent)
        self.previewed = False
        self.setWindowTitle(self.window_title())
        self.rows: dict[str, FieldRow] = {}
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Opsional; dicetak di bawah daftar pada surat"))
        self.note_edit.textChanged.connect(self._letter_changed)
        self.preview_button = QPushButton(self.tr("&Pratinjau dan cetak surat..."), self)
        self.preview_button.clicked.connect(self.preview)
        self.hint_label = StatusLabel(self)
        box, self.record_button = button_box(self.tr("&Catat: surat sudah diberikan"), self)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.items_caption(), self.items_widget())
        form.addRow(self.tr("Catatan &surat"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(applicant_header(application, self))
        layout.addLayout(form, 1)
        layout.addWidget(self.hint_label)
        layout.addLayout(button_bar(box, self.preview_button))
        self._letter_changed()
        fit_to_screen(self, QSize(640, 260))

    def window_title(self) -> str:
        raise NotImplementedError

    def items_caption(self) -> str:
        raise NotImplementedError

    def items_widget(self) -> QWidget:
        raise NotImplementedError

    def notice_data(self) -> NoticeData:
        raise NotImplementedError

    def letter_pdf(self, data: NoticeData) -> bytes:
        raise NotImplementedError

    def record(self) -> models.Application:
        raise NotImplementedError

    def _letter_changed(self) -> None:
        """What the letter says changed: it has to be made again before it is recorded."""
        self.previewed = False
        self.record_button.setEnabled(False)
        self.preview_button.setDefault(True)
        self.hint_label.show_text(self.tr("Buka pratinjau surat dan cetak, lalu catat bahwa surat sudah diberikan "
                                          "kepada PPK."), "info")

    def preview(self) -> None:
        """The letter as it will be printed; recording is allowed once it has been seen."""
        data = replace(self.notice_data(), note=self.note_edit.text().strip())
        if not data.items:  # a letter listing nothing is no notice; only deleted reasons lead here
            for row in self.rows.values():
                row.setFocus()
            return
        show_pdf(self, self.letter_pdf(data), self.windowTitle(), self.application.agenda_number, self.kind)
        self.previewed = True
        self.record_button.setEnabled(True)
        self.record_button.setDefault(True)
        self.record_button.setFocus()
        self.hint_label.show_text(self.tr("Surat sudah dibuat. Setelah dicetak dan diberikan kepada PPK, "
                                          "klik \"Catat: surat sudah diberikan\"."), "ok")

    def save(self) -> None:
        if not self.previewed:
            return
        try:
            self.application = self.record()
        except ConflictError as exc:
            self.close_on_conflict(exc)
            return
        except UserError as exc:
            show_error_at(self, exc, self.rows)
            return
        self.accept()


class RequestDocumentsDialog(NoticeDialog):
    """Step 3: the notice asking the PPK to complete the file, listing exactly what is missing."""
    HELP_SECTION = "request-documents"
    kind = "pemberitahuan-kelengkapan"

    def window_title(self) -> str:
        return self.tr("Pemberitahuan kelengkapan berkas (langkah 3)")

    def items_caption(self) -> str:
        return self.tr("Dokumen yang kurang")

    def items_widget(self) -> QWidget:
        return bullet_list(services.current_missing(self.application, QCoreApplication.translate), self)

    def notice_data(self) -> NoticeData:
        return paperwork.completion_notice(self.application, self.operator)

    def letter_pdf(self, data: NoticeData) -> bytes:
        from ukpbj_desktop.documents.reports.notices import completion_notice_pdf
        return completion_notice_pdf(data)

    def record(self) -> models.Application:
        return services.request_documents(self.operator, self.application, started_at=self.started_at,
                                       note=self.note_edit.text().strip())


class RejectDialog(NoticeDialog):
    """Step 7: the rejection notice; its reasons start from those recorded at the check."""
    HELP_SECTION = "reject"
    kind = "penolakan"

    def window_title(self) -> str:
        return self.tr("Pemberitahuan penolakan (langkah 7)")

    def items_caption(self) -> str:
        return self.tr("&Alasan penolakan")

    def items_widget(self) -> QWidget:
        self.reasons_edit = ReasonsEdit(self)
        self.reasons_edit.set_reasons([r for r in self.application.decision_reasons.splitlines() if r.strip()])
        self.reasons_edit.textChanged.connect(self._letter_changed)
        self.rows["reasons"] = FieldRow(self.reasons_edit, self)
        return self.rows["reasons"]

    def _letter_changed(self) -> None:
        super()._letter_changed()
        if "reasons" in self.rows:
            self.rows["reasons"].set_error("" if self.reasons_edit.reasons()
                                           else self.tr("Tuliskan paling sedikit satu alasan penolakan."))

    def notice_data(self) -> NoticeData:
        return paperwork.rejection_notice(self.application, self.operator, self.reasons_edit.reasons())

    def letter_pdf(self, data: NoticeData) -> bytes:
        from ukpbj_desktop.documents.reports.notices import rejection_notice_pdf
        return rejection_notice_pdf(data)

    def record(self) -> models.Application:
        return services.reject(self.operator, self.application, self.reasons_edit.reasons(),
                                                started_at=self.started_at)


class SupplyDocumentsDialog(StepDialog):
    """Step 4: the PPK came back with the missing documents (check again), or gave up (rejection)."""
    HELP_SECTION = "supply-documents"

    def __init__(self, operator: models.Operator, application: models.Application, parent: QWidget | None = None):
        super().__init__(operator, application, parent)
        self.setWindowTitle(self.tr("Kelengkapan oleh PPK (langkah 4)"))
        self.completed_radio = QRadioButton(self.tr("PPK telah &melengkapi berkas (periksa kelengkapan lagi)"), self)
        self.not_completed_radio = QRadioButton(self.tr("PPK &tidak melengkapi berkas (permohonan ditolak)"), self)
        self.completed_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.completed_radio)
        group.addButton(self.not_completed_radio)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Berkas tidak dilengkapi oleh PPK."))
        self.reason_row = FieldRow(self.reason_edit, self)
        group.buttonToggled.connect(self._mode_changed)
        box, self.ok_button = button_box(self.tr("&Simpan"), self)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Dokumen yang diminta"),
                    bullet_list(services.current_missing(application, QCoreApplication.translate), self))
        form.addRow("", self.completed_radio)
        form.addRow("", self.not_completed_radio)
        form.addRow(self.tr("&Alasan"), self.reason_row)
        layout = QVBoxLayout(self)
        layout.addWidget(applicant_header(application, self))
        layout.addLayout(form, 1)
        layout.addWidget(box)
        self._mode_changed()
        fit_to_screen(self, QSize(600, 240))

    def _mode_changed(self) -> None:
        self.reason_edit.setEnabled(self.not_completed_radio.isChecked())

    def save(self) -> None:
        completed = self.completed_radio.isChecked()
        if not completed and not messages.confirm(
                self, self.tr("Tolak permohonan"),
                self.tr("Permohonan {agenda} akan ditolak karena berkas tidak dilengkapi. Lanjutkan?")
                .format(agenda=self.application.agenda_number), destructive=True):
            return
        try:
            self.application = services.supply_documents(self.operator, self.application, completed=completed,
                                                          note="" if completed else self.reason_edit.text())
        except ConflictError as exc:
            self.close_on_conflict(exc)
            return
        except UserError as exc:
            show_error_at(self, exc, {"reasons": self.reason_row})
            return
        self.accept()
