"""What the database stores (states, steps, outcomes, dispositions) and durations, as the UI says them.

The core keeps each label as an untranslated Indonesian text marked for ``pyside6-lupdate``;
these functions are the one place the UI translates them, so every window names a state or
a step the same way.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ukpbj_desktop import workflow
from ukpbj_desktop.formatting import short_duration


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
