"""The SOP as a state machine: the only place that decides which step may follow which.

Steps, actors, time standards and branches come from ``resources/sop.json``, so a revised
SOP is a data change. An application waits at ``current_step``; taking that step with one
of its outcomes moves it to the outcome's next step, or closes it when there is none.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ukpbj_desktop.config import resources_dir
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, WorkflowError

# Application.state values; the register filters on them.
IN_PROGRESS, AWAITING_PPK, ACCEPTED, REJECTED, ARCHIVED = (
    "in_progress", "awaiting_ppk", "accepted", "rejected", "archived")
STATES = (IN_PROGRESS, AWAITING_PPK, ACCEPTED, REJECTED, ARCHIVED)
STATE_LABELS = {
    IN_PROGRESS: QT_TRANSLATE_NOOP("Workflow", "Dalam proses"),
    AWAITING_PPK: QT_TRANSLATE_NOOP("Workflow", "Menunggu kelengkapan PPK"),
    ACCEPTED: QT_TRANSLATE_NOOP("Workflow", "Akun dibuat"),
    REJECTED: QT_TRANSLATE_NOOP("Workflow", "Ditolak"),
    ARCHIVED: QT_TRANSLATE_NOOP("Workflow", "Diarsipkan"),
}
# Step outcomes (resources/sop.json) as the step log and the dossier show them.
OUTCOME_LABELS = {
    "registered": QT_TRANSLATE_NOOP("Workflow", "berkas diterima"),
    "complete": QT_TRANSLATE_NOOP("Workflow", "lengkap"),
    "incomplete": QT_TRANSLATE_NOOP("Workflow", "tidak lengkap"),
    "rejected": QT_TRANSLATE_NOOP("Workflow", "ditolak"),
    "notified": QT_TRANSLATE_NOOP("Workflow", "pemberitahuan disampaikan"),
    "completed": QT_TRANSLATE_NOOP("Workflow", "dilengkapi"),
    "not_completed": QT_TRANSLATE_NOOP("Workflow", "tidak dilengkapi"),
    "valid": QT_TRANSLATE_NOOP("Workflow", "benar"),
    "invalid": QT_TRANSLATE_NOOP("Workflow", "tidak benar"),
    "created": QT_TRANSLATE_NOOP("Workflow", "akun dibuat"),
    "handed_over": QT_TRANSLATE_NOOP("Workflow", "akun diserahkan"),
    "archived": QT_TRANSLATE_NOOP("Workflow", "diarsipkan"),
}
STEP_NAMES = {
    1: QT_TRANSLATE_NOOP("Workflow", "Penyampaian berkas"),
    2: QT_TRANSLATE_NOOP("Workflow", "Pemeriksaan kelengkapan"),
    3: QT_TRANSLATE_NOOP("Workflow", "Pemberitahuan kelengkapan"),
    4: QT_TRANSLATE_NOOP("Workflow", "Kelengkapan oleh PPK"),
    5: QT_TRANSLATE_NOOP("Workflow", "Pemeriksaan kebenaran"),
    6: QT_TRANSLATE_NOOP("Workflow", "Pembuatan akun SPSE"),
    7: QT_TRANSLATE_NOOP("Workflow", "Pemberitahuan penolakan"),
    8: QT_TRANSLATE_NOOP("Workflow", "Penyerahan akun"),
    9: QT_TRANSLATE_NOOP("Workflow", "Pengarsipan"),
}


@dataclass(frozen=True)
class Outcome:
    name: str
    next_step: int | None
    decision: str  # "" | accepted | rejected


@dataclass(frozen=True)
class Step:
    no: int
    code: str
    actor: str
    activity: str
    inputs: tuple[str, ...]
    output: str
    note: str
    minutes: int | None
    outcomes: dict[str, Outcome]


@dataclass(frozen=True)
class Sop:
    number: str
    title: str
    steps: dict[int, Step]

    def step(self, no: int) -> Step:
        return self.steps[no]

    def standard_minutes(self, path: list[int]) -> int:
        """Total time standard of a path of steps (steps without one count zero)."""
        return sum(self.steps[no].minutes or 0 for no in path)


@dataclass(frozen=True)
class Transition:
    step: int
    outcome: str
    next_step: int | None
    state: str
    decision: str


def load_sop(path: Path | None = None) -> Sop:
    """Read and check an SOP definition; every branch must lead to a defined step."""
    raw = json.loads((path or resources_dir() / "sop.json").read_text(encoding="utf-8"))
    steps = {}
    for item in raw["steps"]:
        outcomes = {
            name: Outcome(name, spec.get("next"), spec.get("decision", ""))
            for name, spec in item["outcomes"].items()
        }
        steps[item["no"]] = Step(
            no=item["no"], code=item["code"], actor=item["actor"], activity=item["activity"],
            inputs=tuple(item.get("inputs", ())), output=item.get("output", ""),
            note=item.get("note", ""), minutes=item.get("minutes"), outcomes=outcomes,
        )
    for step in steps.values():
        for outcome in step.outcomes.values():
            if outcome.next_step is not None and outcome.next_step not in steps:
                raise ValueError(f"step {step.no} outcome {outcome.name} leads to unknown step {outcome.next_step}")
    return Sop(raw["number"], raw["title"], steps)


@lru_cache(maxsize=1)
def sop() -> Sop:
    """The SOP in force (loaded once)."""
    return load_sop()


def step_name(no: int | None) -> str:
    return STEP_NAMES.get(no, "") if no is not None else ""


def state_for(next_step: int | None, decision: str) -> str:
    if next_step is None:
        return ARCHIVED
    if next_step == 4:
        return AWAITING_PPK
    if decision == "rejected":
        return REJECTED
    if decision == "accepted":
        return ACCEPTED
    return IN_PROGRESS


def transition(current_step: int | None, step: int, outcome: str, decision: str = "",
               definition: Sop | None = None) -> Transition:
    """Check that ``step`` with ``outcome`` may be taken now, and say where it leads.

    ``decision`` is the application's standing decision, kept when the outcome makes none.
    """
    definition = definition or sop()
    if current_step is None:
        raise WorkflowError(QT_TRANSLATE_NOOP("Workflow", "Permohonan ini sudah diarsipkan; tidak ada langkah lagi."))
    if step not in definition.steps:
        raise WorkflowError(QT_TRANSLATE_NOOP("Workflow", "Langkah {step} tidak ada dalam SOP."), step=step)
    if step != current_step:
        raise WorkflowError(
            QT_TRANSLATE_NOOP("Workflow", "Langkah {step} ({name}) tidak bisa dilakukan sekarang: "
                                          "permohonan sedang menunggu langkah {current} ({current_name})."),
            step=step, name=step_name(step), current=current_step, current_name=step_name(current_step))
    found = definition.steps[step].outcomes.get(outcome)
    if found is None:
        raise WorkflowError(QT_TRANSLATE_NOOP("Workflow", "Hasil \"{outcome}\" tidak dikenal untuk langkah {step}."),
                            outcome=outcome, step=step)
    new_decision = found.decision or decision
    return Transition(step, outcome, found.next_step, state_for(found.next_step, new_decision), new_decision)


def register_transition(definition: Sop | None = None) -> Transition:
    """Step 1 (the PPK submits the file) is what creates an application."""
    definition = definition or sop()
    outcome = next(iter(definition.steps[1].outcomes.values()))
    return Transition(1, outcome.name, outcome.next_step, state_for(outcome.next_step, ""), "")


def allowed_outcomes(current_step: int | None, definition: Sop | None = None) -> tuple[str, ...]:
    """What can be recorded now: the outcomes of the step the application waits at."""
    definition = definition or sop()
    if current_step is None:
        return ()
    return tuple(definition.steps[current_step].outcomes)
