"""The dialog of an SOP step that has no dialog of its own (a revised SOP's new step).

Everything it shows comes from sop.json: the activity, its inputs and output, who acts,
the time standard and the SOP's note; its outcomes are the buttons. The operator may add
a note; the step is recorded through ``services.record_step``.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ukpbj_desktop import services, workflow
from ukpbj_desktop.errors import ConflictError, UserError
from ukpbj_desktop.store.models import Application, Operator
from ukpbj_desktop.ui.steps.base import StepDialog, applicant_header, bullet_list
from ukpbj_desktop.ui.widgets import messages


def _text(source: str) -> str:
    return QCoreApplication.translate("Workflow", source)


class GenericStepDialog(StepDialog):
    HELP_SECTION = "generic-step"
    def __init__(self, operator: Operator, application: Application, parent: QWidget | None = None):
        super().__init__(operator, application, parent)
        assert application.current_step is not None, "only a file waiting at a step is opened"
        self.step = workflow.sop().step(application.current_step)
        self.setWindowTitle(self.tr("Langkah {no}: {name} - {agenda}").format(
            no=self.step.no, name=_text(self.step.name), agenda=application.agenda_number))
        form = QFormLayout()
        for label, value in ((self.tr("Kegiatan"), self.step.activity), (self.tr("Pelaksana"), self.step.actor),
                             (self.tr("Keluaran"), self.step.output)):
            shown = QLabel(value)
            shown.setWordWrap(True)
            form.addRow(label + ":", shown)
        if self.step.inputs:
            form.addRow(self.tr("Kelengkapan:"), bullet_list(list(self.step.inputs), self))
        minutes = (self.tr("{minutes} menit").format(minutes=self.step.minutes) if self.step.minutes
                   else self.tr("tanpa standar waktu"))
        form.addRow(self.tr("Waktu baku:"), QLabel(minutes))
        if self.step.note:
            note = QLabel(self.step.note)
            note.setWordWrap(True)
            form.addRow(self.tr("Keterangan SOP:"), note)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Catatan (opsional)"))
        form.addRow(self.tr("&Catatan:"), self.note)

        buttons = QDialogButtonBox()
        self.outcome_buttons: dict[str, QPushButton] = {}
        for outcome in self.step.outcomes.values():
            button = buttons.addButton(_text(outcome.label).capitalize(), QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _=False, name=outcome.name: self.record(name))
            self.outcome_buttons[outcome.name] = button
        buttons.addButton(self.tr("Bata&l"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(applicant_header(application, self))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.note.setFocus()

    def record(self, outcome: str) -> None:
        try:
            self.application = services.record_step(self.operator, self.application, self.step.code, outcome,
                                                    note=self.note.text(), started_at=self.started_at)
        except ConflictError as exc:
            self.close_on_conflict(exc)
            return
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        self.accept()
