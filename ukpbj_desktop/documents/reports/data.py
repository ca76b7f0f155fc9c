"""What a document prints, as plain frozen values the services fill in.

Nothing here knows peewee or ReportLab, so building these costs nothing and the
documents can be tested without a database.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ukpbj_desktop.config import resources_dir


@dataclass(frozen=True)
class Letterhead:
    """The "kop surat"; the office edits it in the settings."""

    government: str = "PEMERINTAH KABUPATEN SERAM BAGIAN TIMUR"
    unit: str = "SEKRETARIAT DAERAH"
    subunit: str = "UNIT KERJA PENGADAAN BARANG/JASA (UKPBJ)"
    address: str = ("Kompleks Perkantoran Pemerintah Daerah, Bula, "
                    "Kabupaten Seram Bagian Timur, Maluku")
    contact: str = ""
    city: str = "Bula"
    logo_path: str | None = None

    @property
    def logo(self) -> Path:
        """The emblem to print: the office's own, else the neutral default."""
        return Path(self.logo_path) if self.logo_path else resources_dir() / "logo.png"


@dataclass(frozen=True)
class Signatory:
    """Who signs; an empty name leaves a dotted line to sign and write the name on."""

    name: str
    nip: str
    title: str


@dataclass(frozen=True)
class Applicant:
    """The PPK who applies for the account."""

    name: str
    nip: str
    position: str
    work_unit: str
    rank: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, kw_only=True)
class NoticeData:
    """A completion or rejection notice; ``items`` are the missing documents or the reasons."""

    letterhead: Letterhead
    agenda_number: str
    letter_number: str
    date: dt.date
    applicant: Applicant
    items: tuple[str, ...]
    signatory: Signatory
    note: str = ""
    received_on: dt.date | None = None  # None: the file came in on the letter's date


@dataclass(frozen=True, kw_only=True)
class ReceiptData:
    """Receipt for a delivered file; ``documents`` are (name, received?, note)."""

    letterhead: Letterhead
    agenda_number: str
    received_at: dt.datetime
    applicant: Applicant
    delivery_mode: str
    documents: tuple[tuple[str, bool, str], ...]
    receiver: Signatory


@dataclass(frozen=True, kw_only=True)
class SlipData:
    """Handover of the SPSE account; ``password=None`` prints it masked (archive copy)."""

    letterhead: Letterhead
    agenda_number: str
    date: dt.date
    applicant: Applicant
    spse_url: str
    user_id: str
    password: str | None
    verification_code: str
    officer: Signatory
    reprint: bool = False


@dataclass(frozen=True)
class ArchiveLine:
    """One line of the Daftar Arsip, every column already as the text to print."""

    number: int
    classification: str
    archive_number: str
    description: str
    period: str
    quantity: str
    development_level: str
    folder: str
    box: str
    location: str
    active_retention: str
    inactive_retention: str
    disposition: str
    note: str


@dataclass(frozen=True, kw_only=True)
class ArchiveListData:
    """The Daftar Arsip for a filter; ``subtitle`` says which files it covers.

    ``made_by`` signs "Yang membuat" (the operator who prints it), ``known_by`` "Mengetahui"
    (the head of the unit); without either the list is unsigned."""

    letterhead: Letterhead
    title: str
    subtitle: str
    printed_at: dt.datetime
    lines: Sequence[ArchiveLine]
    made_by: Signatory | None = None
    known_by: Signatory | None = None


@dataclass(frozen=True)
class DossierStep:
    """A step taken on the application, with the time standard in force then."""

    step: int
    step_name: str
    outcome: str
    operator: str
    operator_nip: str
    started_at: dt.datetime
    finished_at: dt.datetime
    standard_minutes: int | None
    overdue: bool
    note: str


@dataclass(frozen=True, kw_only=True)
class DossierData:
    """The whole file of one application for an auditor. It has no password field on purpose."""

    letterhead: Letterhead
    printed_at: dt.datetime
    agenda_number: str
    received_at: dt.datetime
    delivery_mode: str
    applicant: Applicant
    role: str  # "PPK" or "PA"
    sk: str
    certificate: str
    documents: tuple[tuple[str, str], ...]  # (document, status text)
    steps: tuple[DossierStep, ...]
    decision: str
    decision_reasons: tuple[str, ...]
    user_id: str | None
    archive: tuple[tuple[str, str], ...]  # (label, value): number, classification, location...
    scans: tuple[str, ...]
    known_by: Signatory | None = None  # the head of the unit, "Mengetahui"
    made_by: Signatory | None = None  # the operator who printed it; headless: a line to sign on
