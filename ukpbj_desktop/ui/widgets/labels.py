"""What the database stores (states, steps, outcomes, dispositions) and durations, as the UI says them.

The core keeps each label as an untranslated Indonesian text marked for ``pyside6-lupdate``;
these functions are the one place the UI translates them, so every window names a state or
a step the same way.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ukpbj_desktop import workflow
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP
from ukpbj_desktop.formatting import short_duration
from ukpbj_desktop.required_documents import delivery_modes

if TYPE_CHECKING:  # the archive's, off the start-up path
    from ukpbj_desktop.queries.archive import ArchiveRow

# The archive's media offered at step 9; stored (and printed) as the Indonesian text.
MEDIA = (QT_TRANSLATE_NOOP("Archive", "kertas"), QT_TRANSLATE_NOOP("Archive", "elektronik"),
         QT_TRANSLATE_NOOP("Archive", "kertas dan elektronik"))


def state_label(state: str) -> str:
    return QCoreApplication.translate("Workflow", workflow.STATE_LABELS.get(state, state))


def decision_label(decision: str) -> str:
    """Accepted or rejected in the UI's language, in lower case; "" for a file not decided yet."""
    label = workflow.DECISION_LABELS.get(decision)
    return QCoreApplication.translate("Workflow", label) if label else ""


def state_and_decision_label(state: str, decision: str) -> str:
    """The state, and for an archived file the decision it was filed with: "Diarsipkan · ditolak"."""
    if state != workflow.ARCHIVED or not decision_label(decision):
        return state_label(state)
    return QCoreApplication.translate("Workflow", "{state} · {decision}").format(
        state=state_label(state), decision=decision_label(decision))


def every_state_label() -> list[str]:
    """Each text the register's state column can show, to size it before any row is there."""
    return [state_and_decision_label(state, decision) for state in workflow.STATES
            for decision in ("", *workflow.DECISION_LABELS)]


def step_label(step: str | None) -> str:
    """``5 · Pemeriksaan kebenaran``: the paper SOP's number and the step's name, for a step code."""
    if step is None:
        return ""
    name = QCoreApplication.translate("Workflow", workflow.step_name(step))
    number = workflow.step_no(step)
    return f"{number} · {name}" if number is not None else name


def outcome_label(step: str, outcome: str) -> str:
    return QCoreApplication.translate("Workflow", workflow.outcome_label(step, outcome))


def disposition_label(value: str) -> str:
    """The final disposition in the UI's language; a value outside the table as it is."""
    from ukpbj_desktop.classifications import DISPOSITION_LABELS  # the archive's, off the start-up path

    label = DISPOSITION_LABELS.get(value)
    return QCoreApplication.translate("Archive", label) if label else value


def level_label(value: str) -> str:
    """The development level (original or copy) in the UI's language; an unknown value as it is."""
    from ukpbj_desktop.classifications import DEVELOPMENT_LEVEL_LABELS

    label = DEVELOPMENT_LEVEL_LABELS.get(value)
    return QCoreApplication.translate("Archive", label) if label else value


def duration_label(delta: dt.timedelta) -> str:
    """``2 j 15 m`` in the UI's language."""
    return short_duration(delta, QCoreApplication.translate)


def delivery_label(mode: str) -> str:
    """How the file came (``in_person``, ``courier``) in the UI's language."""
    return QCoreApplication.translate("Documents", delivery_modes().get(mode, mode))


def document_label(name: str) -> str:
    """A required document's name (from documents.json) in the UI's language; a name not translated as it is."""
    return QCoreApplication.translate("Documents", name)


def media_label(value: str) -> str:
    """An archive's media in the UI's language when it is one offered; what the operator typed as it is."""
    return QCoreApplication.translate("Archive", value) if value in MEDIA else value


def media_value(shown: str) -> str:
    """What to store for the media the operator chose or typed: an offered one in Indonesian, else as typed."""
    text = shown.strip()
    return next((medium for medium in MEDIA if media_label(medium) == text), text)


def location_label(row: ArchiveRow) -> str:
    """Where an archived file is kept ("Room A, Rack 2, Shelf 3") with the labels in the UI's language."""
    return row.place(QCoreApplication.translate)
