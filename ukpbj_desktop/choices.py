"""Suggestions offered while the intake form is typed: ranks and work units.

Ranks come from ``resources/golongan.json`` written the way an SK writes them
(``Penata Muda (III/a)``); work units from ``resources/work_units.json`` plus those
already on record, so a regency's own unit names are offered once typed.
"""
from __future__ import annotations

import json
from typing import Any

from ukpbj_desktop.config import resources_dir
from ukpbj_desktop.store.models import Applicant


def _resource(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((resources_dir() / name).read_text(encoding="utf-8"))
    return data


def rank_choices() -> list[str]:
    """PNS ranks with their grade, then the PPPK grades."""
    data = _resource("golongan.json")
    return ([f"{name} ({grade})" for grade, name in data["pns"]]
            + [f"Golongan {grade} (PPPK)" for grade in data["pppk"]])


def work_unit_choices() -> list[str]:
    """The starting list and the units on record, each once (ignoring case), sorted."""
    listed = _resource("work_units.json")["work_units"]
    recorded = [row.work_unit for row in Applicant.select(Applicant.work_unit).distinct() if row.work_unit.strip()]
    unique: dict[str, str] = {}
    for name in listed + recorded:
        unique.setdefault(" ".join(name.split()).casefold(), " ".join(name.split()))
    return sorted(unique.values(), key=str.casefold)
