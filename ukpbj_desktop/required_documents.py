"""Which documents an application must bring, and whether a checklist is complete.

The list and its case rules live in ``resources/documents.json`` (SOP step 1): the SK
appointing the PPK, or the SK Pelantikan for a PA doubling as PPK; the SK's original must
be sighted when the file is delivered in person.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ukpbj_desktop.config import resources_dir


@dataclass(frozen=True)
class Document:
    code: str
    name: str
    when: str  # always | pa | not_pa
    original_in_person: bool


@dataclass(frozen=True)
class CheckedDocument:
    code: str
    present: bool
    original_sighted: bool | None = None
    note: str = ""


@lru_cache(maxsize=1)
def _definition() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((resources_dir() / "documents.json").read_text(encoding="utf-8"))
    return data


def all_documents() -> tuple[Document, ...]:
    return tuple(
        Document(d["code"], d["name"], d["when"], bool(d.get("original_in_person")))
        for d in _definition()["documents"]
    )


def delivery_modes() -> dict[str, str]:
    return dict(_definition()["delivery_modes"])


def required_documents(is_pa: bool) -> tuple[Document, ...]:
    wanted = {"always", "pa" if is_pa else "not_pa"}
    return tuple(d for d in all_documents() if d.when in wanted)


def needs_original(document: Document, delivery_mode: str) -> bool:
    return document.original_in_person and delivery_mode == "in_person"


def missing_documents(is_pa: bool, delivery_mode: str, checked: list[CheckedDocument]) -> list[str]:
    """Names of what is missing, as the notice to complete the file lists them."""
    by_code = {c.code: c for c in checked}
    missing = []
    for doc in required_documents(is_pa):
        item = by_code.get(doc.code)
        if item is None or not item.present:
            missing.append(doc.name)
        elif needs_original(doc, delivery_mode) and not item.original_sighted:
            missing.append(f"{doc.name} (asli wajib diperlihatkan)")
    return missing
