"""What every SOP step's dialog starts with: who does the step, on which file, since when.

``started_at`` is taken when the dialog opens and handed to the service, so the step log
measures the step's real duration against its time standard.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ukpbj_desktop.store.models import Application, Operator, now


class StepDialog(QDialog):
    def __init__(self, operator: Operator, application: Application | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.operator = operator
        self.application = application
        self.started_at = now()
