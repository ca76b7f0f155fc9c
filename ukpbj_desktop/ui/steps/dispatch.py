"""Open the dialog of the SOP step an application waits at, then offer the step it waits at next.

Dialogs are keyed by sop.json step code; a step without one (a revised SOP's new step) gets
the generic step dialog. After a step is recorded the dispatcher looks at the file's new
current step and, if the office acts there, offers to go on: so no dialog opens another.
A dialog that closed on a conflict (another operator changed the file first) ends the run:
nothing more is offered, and the file is handed back as it now stands.

Also holds the initial passwords between account creation and the printed slip: in this
process's memory only, dropped once the slip has left memory (printed or saved), the
handover is recorded, or the application quits. Dialog modules are imported on first use,
keeping start-up light.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from ukpbj_desktop import services, workflow
from ukpbj_desktop.logs import SECRETS
from ukpbj_desktop.queries import register as register_query
from ukpbj_desktop.store.models import Application, Operator
from ukpbj_desktop.ui.steps.base import CONFLICT, StepDialog
from ukpbj_desktop.ui.widgets import messages

# step code -> (module under ukpbj_desktop.ui.steps, dialog class); built as Dialog(operator, application, parent)
STEP_DIALOGS = {
    "check_completeness": ("check_completeness", "CheckCompletenessDialog"),
    "request_documents": ("notices", "RequestDocumentsDialog"),
    "supply_documents": ("notices", "SupplyDocumentsDialog"),
    "check_validity": ("check_validity", "CheckValidityDialog"),
    "create_account": ("create_account", "CreateAccountDialog"),
    "reject": ("notices", "RejectDialog"),
    "hand_over": ("hand_over", "HandOverDialog"),
    "archive": ("archive", "ArchiveDialog"),
}
GENERIC_DIALOG = ("generic", "GenericStepDialog")
CREATE_ACCOUNT, HAND_OVER = "create_account", "hand_over"


class SessionSecrets:
    """Initial passwords by application id, never written anywhere; ``repr`` shows no value."""

    def __init__(self):
        self._by_application: dict[int, str] = {}
        self._hooked = False

    def put(self, application_id: int, password: str) -> None:
        self.discard(application_id)
        self._by_application[application_id] = password
        SECRETS.hold(password)  # masked in the log while held
        app = QCoreApplication.instance()
        if app is not None and not self._hooked:
            app.aboutToQuit.connect(self.clear)
            self._hooked = True

    def get(self, application_id: int) -> str | None:
        return self._by_application.get(application_id)

    def discard(self, application_id: int) -> None:
        SECRETS.forget(self._by_application.pop(application_id, ""))

    def clear(self) -> None:
        for application_id in list(self._by_application):
            self.discard(application_id)

    def __len__(self) -> int:
        return len(self._by_application)

    def __repr__(self) -> str:
        return f"<SessionSecrets holding {len(self)} password(s)>"


SESSION_SECRETS = SessionSecrets()


def dialog_class(step: str) -> type[StepDialog]:
    module, name = STEP_DIALOGS.get(step, GENERIC_DIALOG)
    found: type[StepDialog] = getattr(importlib.import_module(f"ukpbj_desktop.ui.steps.{module}"), name)
    return found


def _run(dialog: StepDialog) -> tuple[int, Application]:
    """The dialog's result, and the application as the dialog left it."""
    result = dialog.exec()
    return result, dialog.application


def new_application(parent: QWidget | None, operator: Operator) -> Application | None:
    """The SOP's first step: register a file that just came in."""
    from ukpbj_desktop.ui.steps.submit import SubmitDialog

    dialog = SubmitDialog(operator, None, parent)
    return dialog.application if dialog.exec() == QDialog.DialogCode.Accepted else None


def correct_application(parent: QWidget | None, operator: Operator, application: Application) -> Application | None:
    """Correct a file's intake data (a typing slip), or say why it can no longer be: the corrected file, or None."""
    from ukpbj_desktop.ui.steps.submit import SubmitDialog

    current = register_query.application(application.id)  # the register's row may be stale
    if current is None:
        return None
    refusal = services.correction_refusal(current)
    if refusal is not None:
        messages.show_user_error(parent, refusal)
        return None
    dialog = SubmitDialog(operator, current, parent)
    result = dialog.exec()
    if result == CONFLICT:
        return register_query.application(current.id)
    return dialog.application if result == QDialog.DialogCode.Accepted else None


def open_step(parent: QWidget | None, operator: Operator, application: Application,
              recorded: Callable[[Application], None] | None = None) -> Application | None:
    """Run the step ``application`` waits at, then (when the operator agrees) each office step that follows.

    ``recorded`` hears of each step as soon as it is saved, so the window behind the next dialog
    already shows the file as it now stands. Returns the application as it now stands when it changed
    (a step was recorded, or a dialog closed because another operator had changed it first), or None
    when nothing changed."""
    current = register_query.application(application.id)  # the register's row may be stale
    if current is None:
        return None
    if current.current_step is None:
        messages.info(parent, QCoreApplication.translate("StepDispatch", "Permohonan selesai"),
                      QCoreApplication.translate("StepDispatch", "Permohonan {agenda} sudah diarsipkan; tidak ada "
                                                                 "langkah lagi.").format(agenda=current.agenda_number))
        return None
    latest = None
    step = current.current_step
    while True:
        result, updated = _take(parent, operator, current, step)
        if result == CONFLICT:
            return register_query.application(current.id)  # as the other operator left it
        if result != QDialog.DialogCode.Accepted:
            return latest
        latest = updated
        if recorded is not None:
            recorded(updated)
        following = updated.current_step
        if following == step or not workflow.sop().by_office(following) or not _go_on(parent, updated, following):
            return latest
        current, step = updated, following


def _go_on(parent: QWidget | None, application: Application, code: str) -> bool:
    step = workflow.sop().step(code)
    name = QCoreApplication.translate("Workflow", step.name)
    text = QCoreApplication.translate("StepDispatch", "Permohonan {agenda} sekarang menunggu langkah {no} ({name}). "
                                                      "Lanjutkan sekarang?")
    return messages.confirm(parent, QCoreApplication.translate("StepDispatch", "Langkah berikutnya"),
                            text.format(agenda=application.agenda_number, no=step.no, name=name))


def _take(parent: QWidget | None, operator: Operator, application: Application, step: str) -> tuple[int, Application]:
    """Run the dialog of ``step``, the one ``application`` waits at: its result and the application it left."""
    if step == CREATE_ACCOUNT:
        return _create_account(parent, operator, application)
    if step == HAND_OVER:
        return _hand_over(parent, operator, application)
    return _run(dialog_class(step)(operator, application, parent))


def _create_account(parent: QWidget | None, operator: Operator, application: Application) -> tuple[int, Application]:
    """The account's creation; its initial password is held for the slip."""
    from ukpbj_desktop.ui.steps.create_account import CreateAccountDialog

    dialog = CreateAccountDialog(operator, application, parent)
    result, updated = _run(dialog)
    if result == QDialog.DialogCode.Accepted:
        SESSION_SECRETS.put(application.id, dialog.initial_password)
    return result, updated


def _hand_over(parent: QWidget | None, operator: Operator, application: Application) -> tuple[int, Application]:
    """The hand-over with the password held since the account was created, if any; keeps a new one
    until the slip is out."""
    from ukpbj_desktop.ui.steps.hand_over import HandOverDialog

    dialog = HandOverDialog(operator, application, parent, password=SESSION_SECRETS.get(application.id))
    result, updated = _run(dialog)
    held = dialog.held_password
    if result == QDialog.DialogCode.Accepted or dialog.slip_out or held is None:
        SESSION_SECRETS.discard(application.id)
    else:
        SESSION_SECRETS.put(application.id, held)
    return result, updated


def verify_slip(parent: QWidget | None) -> None:
    """Check a paper slip by its verification code or QR code."""
    from ukpbj_desktop.ui.steps.slip_verify import SlipVerifyDialog

    SlipVerifyDialog(parent).exec()
