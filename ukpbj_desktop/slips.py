"""Checking a paper handover slip against the register (no Qt).

A slip carries a verification code, printed and inside its QR code as
``UKPBJ-SLIP|<agenda>|<code>``. Whoever holds a slip can type or scan either; a code
the register does not know, or a QR code whose agenda number does not match the
slip recorded under its code, marks the paper as not issued by this office.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ukpbj_desktop.credentials import normalize_verification_code
from ukpbj_desktop.store.models import Handover, SlipPrint

QR_PREFIX = "UKPBJ-SLIP"


@dataclass(frozen=True)
class SlipInfo:
    """What the register knows about one printed slip; never a password."""

    agenda_number: str
    name: str
    nip: str
    user_id: str
    verification_code: str
    printed_at: dt.datetime
    printed_by: str
    reprint: bool
    replaced_at: dt.datetime | None  # a later slip (with a new password) made this one void
    received_by: str  # "" while not handed over
    by_proxy: bool


def parse_scan(text: str) -> tuple[str | None, str]:
    """(agenda or None, code) from a typed code or a scanned QR payload.

    Raises ValidationError (field ``verification_code``) when no well-formed code is in it.
    """
    parts = (text or "").strip().split("|")
    if len(parts) == 3 and parts[0].strip().upper() == QR_PREFIX:
        return parts[1].strip(), normalize_verification_code(parts[2])
    return None, normalize_verification_code(text)


def find_slip(text: str) -> SlipInfo | None:
    """The slip a code or QR payload names; None when this office never issued it."""
    agenda, code = parse_scan(text)
    slip = SlipPrint.get_or_none(SlipPrint.verification_code == code)
    if slip is None:
        return None
    app = slip.application
    if agenda is not None and agenda != app.agenda_number:
        return None
    later = (SlipPrint.select(SlipPrint.printed_at)
             .where((SlipPrint.application == app) & (SlipPrint.id > slip.id))
             .order_by(SlipPrint.id).first())
    account = app.accounts.first()
    handover = Handover.get_or_none(Handover.application == app)
    return SlipInfo(
        agenda_number=app.agenda_number, name=app.applicant.name, nip=app.applicant.nip,
        user_id=account.user_id if account else "", verification_code=code, printed_at=slip.printed_at,
        printed_by=slip.printed_by.full_name, reprint=slip.reprint,
        replaced_at=later.printed_at if later else None,
        received_by=handover.received_by if handover else "", by_proxy=bool(handover and handover.by_proxy))
