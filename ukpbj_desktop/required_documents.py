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
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, Translate

# The document names and delivery modes of the shipped documents.json, marked so the
# translation tool collects them (it cannot read JSON): the UI shows them in its language
# through ``translate("Documents", text)``; documents and stored texts keep the Indonesian.
SHIPPED_TEXTS = (
    QT_TRANSLATE_NOOP("Documents", "Surat Permohonan Pembuatan Akun PPK pada Aplikasi SPSE"),
    QT_TRANSLATE_NOOP("Documents", "Surat Keputusan Pengangkatan sebagai PPK"),
    QT_TRANSLATE_NOOP("Documents", "SK Pelantikan (bagi PA yang merangkap PPK)"),
    QT_TRANSLATE_NOOP("Documents", "Sertifikat PBJ Tingkat Dasar (atau sertifikat kompetensi yang berlaku)"),
    QT_TRANSLATE_NOOP("Documents", "Diserahkan langsung"),
    QT_TRANSLATE_NOOP("Documents", "Melalui kurir / perantara"),
)
_ORIGINAL_REQUIRED = QT_TRANSLATE_NOOP("Documents", "{name} (asli wajib diperlihatkan)")


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


def missing_documents(is_pa: bool, delivery_mode: str, checked: list[CheckedDocument],
                      translate: Translate | None = None) -> list[str]:
    """Names of what is missing, as the notice to complete the file lists them.

    ``translate(context, text)`` gives them in the UI's language (Indonesian without it)."""
    def text(source: str) -> str:
        return translate("Documents", source) if translate else source

    by_code = {c.code: c for c in checked}
    missing = []
    for doc in required_documents(is_pa):
        item = by_code.get(doc.code)
        if item is None or not item.present:
            missing.append(text(doc.name))
        elif needs_original(doc, delivery_mode) and not item.original_sighted:
            missing.append(text(_ORIGINAL_REQUIRED).format(name=text(doc.name)))
    return missing
