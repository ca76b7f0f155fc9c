"""The SOP as a state machine: the only place that decides which step may follow which.

Steps, their names, actors, time standards, outcomes and branches come from
``resources/sop.json``; code names a step by its ``code`` (never by its number, which is
only what the paper SOP prints), so a revised SOP is a data change. An application waits
at ``current_step`` (a step code); taking that step with one of its outcomes moves it to
the outcome's next step, or closes it when there is none.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TypeGuard

from ukpbj_desktop.config import sop_path
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
# Application.decision values (set by an outcome of sop.json, kept once the file is archived); their
# labels are written as they follow a state ("Diarsipkan · ditolak"), capitalised where they stand alone.
DECIDED = ("accepted", "rejected")
DECISION_LABELS = {
    "accepted": QT_TRANSLATE_NOOP("Workflow", "diterima"),
    "rejected": QT_TRANSLATE_NOOP("Workflow", "ditolak"),
}

# The step names and outcome labels of the shipped SOP, marked so the translation tool
# collects them (it cannot read JSON). The texts themselves come from sop.json: a revised
# SOP's new step shows its Indonesian name until the catalogue translates it.
SHIPPED_TEXTS = (
    QT_TRANSLATE_NOOP("Workflow", "Penyampaian berkas"),
    QT_TRANSLATE_NOOP("Workflow", "Pemeriksaan kelengkapan"),
    QT_TRANSLATE_NOOP("Workflow", "Pemberitahuan kelengkapan"),
    QT_TRANSLATE_NOOP("Workflow", "Kelengkapan oleh PPK"),
    QT_TRANSLATE_NOOP("Workflow", "Pemeriksaan kebenaran"),
    QT_TRANSLATE_NOOP("Workflow", "Pembuatan akun SPSE"),
    QT_TRANSLATE_NOOP("Workflow", "Pemberitahuan penolakan"),
    QT_TRANSLATE_NOOP("Workflow", "Penyerahan akun"),
    QT_TRANSLATE_NOOP("Workflow", "Pengarsipan"),
    QT_TRANSLATE_NOOP("Workflow", "berkas diterima"),
    QT_TRANSLATE_NOOP("Workflow", "lengkap"),
    QT_TRANSLATE_NOOP("Workflow", "tidak lengkap"),
    QT_TRANSLATE_NOOP("Workflow", "ditolak"),
    QT_TRANSLATE_NOOP("Workflow", "pemberitahuan disampaikan"),
    QT_TRANSLATE_NOOP("Workflow", "dilengkapi"),
    QT_TRANSLATE_NOOP("Workflow", "tidak dilengkapi"),
    QT_TRANSLATE_NOOP("Workflow", "benar"),
    QT_TRANSLATE_NOOP("Workflow", "tidak benar"),
    QT_TRANSLATE_NOOP("Workflow", "akun dibuat"),
    QT_TRANSLATE_NOOP("Workflow", "akun diserahkan"),
    QT_TRANSLATE_NOOP("Workflow", "diarsipkan"),
)


@dataclass(frozen=True)
class Outcome:
    name: str
    label: str
    next_step: str | None  # a step code; None closes the application
    decision: str  # "" | accepted | rejected


@dataclass(frozen=True)
class Step:
    no: int  # as printed on the paper SOP
    code: str
    name: str
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
    applicant_actor: str  # who the office waits for (the PPK); every other actor is the office
    steps: dict[str, Step]  # by code, in the SOP's order

    def step(self, code: str) -> Step:
        return self.steps[code]

    @property
    def first(self) -> Step:
        """The step that creates an application (the PPK hands the file in)."""
        return next(iter(self.steps.values()))

    def by_office(self, code: str | None) -> TypeGuard[str]:
        """Whether the office (not the applicant) acts at ``code`` (so it is a step, not None)."""
        return code is not None and self.steps[code].actor != self.applicant_actor

    def standard_minutes(self, path: Iterable[str]) -> int:
        """Total time standard of a path of steps (steps without one count zero)."""
        return sum(self.steps[code].minutes or 0 for code in path)

    def order(self, code: str | None) -> int:
        """Where ``code`` stands in the SOP (1-based); closed files (None) and unknown codes last."""
        codes = list(self.steps)
        return codes.index(code) + 1 if code in self.steps else len(codes) + 1


@dataclass(frozen=True)
class Transition:
    step: str
    outcome: str
    next_step: str | None
    state: str
    decision: str


def load_sop(path: Path | None = None) -> Sop:
    """Read and check an SOP definition; every branch must lead to a defined step."""
    raw = json.loads((path or sop_path()).read_text(encoding="utf-8"))
    steps = {}
    for item in raw["steps"]:
        outcomes = {
            name: Outcome(name, spec.get("label", name), spec.get("next"), spec.get("decision", ""))
            for name, spec in item["outcomes"].items()
        }
        steps[item["code"]] = Step(
            no=item["no"], code=item["code"], name=item.get("name", item["code"]), actor=item["actor"],
            activity=item["activity"], inputs=tuple(item.get("inputs", ())), output=item.get("output", ""),
            note=item.get("note", ""), minutes=item.get("minutes"), outcomes=outcomes,
        )
    for step in steps.values():
        if not step.outcomes:
            raise ValueError(f"step {step.code} has no outcome")
        for outcome in step.outcomes.values():
            if outcome.next_step is not None and outcome.next_step not in steps:
                raise ValueError(f"step {step.code} outcome {outcome.name} leads to unknown step {outcome.next_step}")
    return Sop(raw["number"], raw["title"], raw.get("applicant_actor", "PPK"), steps)


@lru_cache(maxsize=1)
def sop() -> Sop:
    """The SOP in force (loaded once)."""
    return load_sop()


def step_name(code: str | None, definition: Sop | None = None) -> str:
    definition = definition or sop()
    return definition.steps[code].name if code in definition.steps else (code or "")


def outcome_label(code: str, outcome: str, definition: Sop | None = None) -> str:
    definition = definition or sop()
    step = definition.steps.get(code)
    found = step.outcomes.get(outcome) if step else None
    return found.label if found else outcome


def step_no(code: str | None, definition: Sop | None = None) -> int | None:
    """The number the paper SOP gives ``code`` (for display only)."""
    definition = definition or sop()
    return definition.steps[code].no if code in definition.steps else None


def state_for(next_step: str | None, decision: str, definition: Sop | None = None) -> str:
    """The register state of a file that now waits at ``next_step``."""
    definition = definition or sop()
    if next_step is None:
        return ARCHIVED
    if not definition.by_office(next_step):
        return AWAITING_PPK
    if decision == "rejected":
        return REJECTED
    if decision == "accepted":
        return ACCEPTED
    return IN_PROGRESS


def transition(current_step: str | None, step: str, outcome: str, decision: str = "",
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
            step=step_no(step, definition), name=step_name(step, definition),
            current=step_no(current_step, definition) or current_step,
            current_name=step_name(current_step, definition))
    found = definition.steps[step].outcomes.get(outcome)
    if found is None:
        raise WorkflowError(QT_TRANSLATE_NOOP("Workflow", "Hasil \"{outcome}\" tidak dikenal untuk langkah {step}."),
                            outcome=outcome, step=step_no(step, definition))
    new_decision = found.decision or decision
    return Transition(step, outcome, found.next_step, state_for(found.next_step, new_decision, definition),
                      new_decision)


def register_transition(definition: Sop | None = None) -> Transition:
    """The SOP's first step (the PPK submits the file) is what creates an application."""
    definition = definition or sop()
    first = definition.first
    outcome = next(iter(first.outcomes.values()))
    return Transition(first.code, outcome.name, outcome.next_step,
                      state_for(outcome.next_step, outcome.decision, definition), outcome.decision)
