"""What every SOP step's dialog starts with: who does the step, on which file, since when.

``started_at`` is taken when the dialog opens and handed to the service, so the step log
measures the step's real duration against its time standard. The intake dialog starts with
no application (it creates one), so it builds on :class:`BaseStepDialog`; every other step
dialog works on a file it is given, :class:`StepDialog`.

When another operator changed the file first, the service refuses with a ``ConflictError``;
the dialog then says who and when and closes with the result :data:`CONFLICT`, since all it
shows is stale, so that whoever opened it shows the file as it is now.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QGroupBox, QLabel, QWidget

from ukpbj_desktop.errors import ConflictError
from ukpbj_desktop.formatting import group_nip
from ukpbj_desktop.store.models import Application, Operator, now
from ukpbj_desktop.ui.widgets import messages, screen_fit
from ukpbj_desktop.ui.widgets.rich_text import unbroken

CONFLICT = 2  # a step dialog's result (beside Qt's Rejected 0 and Accepted 1): closed on a conflict


class BaseStepDialog(QDialog):
    """Who records the step, and since when."""

    HELP_SECTION = ""  # each step dialog names its section of the manual (an anchor), which F1 opens

    def __init__(self, operator: Operator, parent: QWidget | None = None):
        super().__init__(parent)
        self.operator = operator
        self.started_at = now()

    def close_on_conflict(self, exc: ConflictError) -> None:
        """Another operator changed the file first: show who and when, then close with :data:`CONFLICT`."""
        messages.show_user_error(self, exc)
        self.done(CONFLICT)


class StepDialog(BaseStepDialog):
    """The dialog of a step on ``application``, which holds the file as the last recorded step left it."""

    def __init__(self, operator: Operator, application: Application, parent: QWidget | None = None):
        super().__init__(operator, parent)
        self.application = application


def grow_to_contents(window: QWidget) -> None:
    """Make a shown window tall enough for its contents at its present width, within its screen.

    A window's minimum size ignores how tall word-wrapped labels get at its width, so a text
    that grows after the window is shown (a status after printing, a panel opened) would squeeze
    every row and cut the descenders of g and j instead of making the window taller."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return  # showing sizes a window to its contents anyway
    layout.activate()
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        screen_fit.fit_to_screen(window, QSize(window.width(), needed))  # taller, but never past the screen


def applicant_header(application: Application, parent: QWidget) -> QLabel:
    """The agenda number and the applicant, as the first line of every step dialog."""
    label = QLabel(applicant_header_text(application), parent)
    label.setWordWrap(True)
    return label


def applicant_header_text(application: Application) -> str:
    """The rich text of :func:`applicant_header` (to show it again once the data were corrected)."""
    person = application.applicant
    text = QCoreApplication.translate("NoticeDialogs", "<b>{agenda}</b><br>{name} &mdash; NIP {nip}<br>{unit}")
    return text.format(agenda=application.agenda_number, name=_html(person.name), nip=unbroken(group_nip(person.nip)),
                       unit=_html(person.work_unit))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def bullet_list(items: list[str], parent: QWidget) -> QLabel:
    label = QLabel("\n".join(f"\u2022 {item}" for item in items), parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def applicant_form(application: Application, extra: Sequence[tuple[str, str]] = ()) -> QGroupBox:
    """Whose file this is: agenda, name, grouped NIP, work unit (and ``extra`` rows), selectable."""
    person = application.applicant
    rows = [(QCoreApplication.translate("ApplicantForm", "Nomor agenda"), application.agenda_number),
            (QCoreApplication.translate("ApplicantForm", "Nama"), person.name),
            (QCoreApplication.translate("ApplicantForm", "NIP"), unbroken(group_nip(person.nip))),
            (QCoreApplication.translate("ApplicantForm", "Unit kerja"), person.work_unit), *extra]
    box = QGroupBox(QCoreApplication.translate("ApplicantForm", "Pemohon"))
    form = QFormLayout(box)
    for label, value in rows:
        shown = QLabel(value)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setWordWrap(True)
        form.addRow(label + ":", shown)
    return box
