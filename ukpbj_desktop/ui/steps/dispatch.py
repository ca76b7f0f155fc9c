"""Open the dialog for the SOP step an application waits at.

Also holds the initial passwords between step 6 (account created) and step 8 (slip
printed): in this process's memory only, dropped once the slip has left memory
(printed or saved), the handover is recorded, or the application quits.
Dialog modules are imported on first use, keeping start-up light.
"""
from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from ukpbj_desktop.store.models import Application, Operator
from ukpbj_desktop.ui.widgets import messages

# step -> (module under ukpbj_desktop.ui.steps, dialog class); each is built as Dialog(operator, application, parent)
STEP_DIALOGS = {
    2: ("checklist", "ChecklistDialog"),
    3: ("notices", "CompletionNoticeDialog"),
    4: ("notices", "RecordCompletionDialog"),
    5: ("validity", "ValidityDialog"),
    6: ("account", "AccountDialog"),
    7: ("notices", "RejectionNoticeDialog"),
    8: ("handover", "HandoverDialog"),
    9: ("archive", "ArchiveDialog"),
}


class SessionSecrets:
    """Initial passwords by application id, never written anywhere; ``repr`` shows no value."""

    def __init__(self):
        self._by_application: dict[int, str] = {}
        self._hooked = False

    def put(self, application_id: int, password: str) -> None:
        self._by_application[application_id] = password
        app = QCoreApplication.instance()
        if app is not None and not self._hooked:
            app.aboutToQuit.connect(self.clear)
            self._hooked = True

    def get(self, application_id: int) -> str | None:
        return self._by_application.get(application_id)

    def discard(self, application_id: int) -> None:
        self._by_application.pop(application_id, None)

    def clear(self) -> None:
        self._by_application.clear()

    def __len__(self) -> int:
        return len(self._by_application)

    def __repr__(self) -> str:
        return f"<SessionSecrets holding {len(self)} password(s)>"


SESSION_SECRETS = SessionSecrets()


def dialog_class(step: int) -> type[QDialog]:
    module, name = STEP_DIALOGS[step]
    return getattr(importlib.import_module(f"ukpbj_desktop.ui.steps.{module}"), name)


def _run(dialog: QDialog) -> Application | None:
    return dialog.application if dialog.exec() == QDialog.DialogCode.Accepted else None


def new_application(parent: QWidget | None, operator: Operator) -> Application | None:
    """Step 1: register a file that just came in."""
    from ukpbj_desktop.ui.steps.intake import IntakeDialog
    return _run(IntakeDialog(operator, None, parent))


def open_step(parent: QWidget | None, operator: Operator, application: Application) -> Application | None:
    """Open the dialog of the step ``application`` waits at; the updated application when one was recorded."""
    current = Application.get_by_id(application.id)  # the register's row may be stale
    step = current.current_step
    if step is None:
        text = QCoreApplication.translate("StepDispatch",
                                          "Permohonan {agenda} sudah diarsipkan; tidak ada langkah lagi.")
        messages.info(parent, QCoreApplication.translate("StepDispatch", "Permohonan selesai"),
                      text.format(agenda=current.agenda_number))
        return None
    if step not in STEP_DIALOGS:
        text = QCoreApplication.translate("StepDispatch", "Langkah {step} tidak memiliki isian di aplikasi ini.")
        messages.info(parent, QCoreApplication.translate("StepDispatch", "Tidak ada isian"), text.format(step=step))
        return None
    if step == 6:
        return _create_account(parent, operator, current)
    if step == 8:
        return _hand_over(parent, operator, current)
    return _run(dialog_class(step)(operator, current, parent))


def _create_account(parent: QWidget | None, operator: Operator, application: Application) -> Application | None:
    """Step 6, then (if the operator wants) straight on to the slip while the password is in memory."""
    dialog = dialog_class(6)(operator, application, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    SESSION_SECRETS.put(application.id, dialog.initial_password)
    question = QCoreApplication.translate("StepDispatch", "Akun SPSE sudah dicatat. Cetak slip akun dan serahkan "
                                                          "kepada PPK sekarang?")
    if messages.confirm(parent, QCoreApplication.translate("StepDispatch", "Akun dicatat"), question):
        return _hand_over(parent, operator, dialog.application) or dialog.application
    return dialog.application


def _hand_over(parent: QWidget | None, operator: Operator, application: Application) -> Application | None:
    """Step 8 with the password held since step 6, if any; keeps a new one until the slip is out."""
    dialog = dialog_class(8)(operator, application, parent, password=SESSION_SECRETS.get(application.id))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    held = dialog.held_password
    if accepted or dialog.slip_out or held is None:
        SESSION_SECRETS.discard(application.id)
    else:
        SESSION_SECRETS.put(application.id, held)
    return dialog.application if accepted else None


def verify_slip(parent: QWidget | None) -> None:
    """Check a paper slip by its verification code or QR code."""
    from ukpbj_desktop.ui.steps.slip_verify import SlipVerifyDialog
    SlipVerifyDialog(parent).exec()
