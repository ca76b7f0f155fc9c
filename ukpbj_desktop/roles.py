"""Who may do what: the three roles and the permissions each one holds.

The services check these (``require``) before they write, so a viewer is refused whatever
calls them: the UI, the CLI or a script. The UI asks ``allowed`` only to hide what a role
cannot do.
"""
from __future__ import annotations

from typing import Protocol

from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, AccessError

ADMIN, OPERATOR, VIEWER = "admin", "operator", "viewer"
ROLES = (ADMIN, OPERATOR, VIEWER)
ROLE_LABELS = {
    ADMIN: QT_TRANSLATE_NOOP("Access", "Administrator"),
    OPERATOR: QT_TRANSLATE_NOOP("Access", "Petugas"),
    VIEWER: QT_TRANSLATE_NOOP("Access", "Peninjau"),
}

# read: the register, the archive, details, search; export: lists, exports, printed reports and dossiers
READ, EXPORT, AUDIT = "read", "export", "audit"
# steps: every SOP step and the intake data; archive: archive records and their scans
STEPS, ARCHIVE = "steps", "archive"
# settings: the office's settings and reference tables; operators: accounts of the staff
SETTINGS, OPERATORS = "settings", "operators"

PERMISSIONS: dict[str, frozenset[str]] = {
    VIEWER: frozenset({READ, EXPORT, AUDIT}),
    OPERATOR: frozenset({READ, EXPORT, STEPS, ARCHIVE}),
    ADMIN: frozenset({READ, EXPORT, AUDIT, STEPS, ARCHIVE, SETTINGS, OPERATORS}),
}

_REFUSALS = {
    STEPS: QT_TRANSLATE_NOOP("Access", "Peran {role} tidak boleh mencatat langkah SOP atau mengubah data permohonan."),
    ARCHIVE: QT_TRANSLATE_NOOP("Access", "Peran {role} tidak boleh mengubah arsip atau pindaiannya."),
    SETTINGS: QT_TRANSLATE_NOOP("Access", "Hanya administrator yang boleh mengubah pengaturan kantor."),
    OPERATORS: QT_TRANSLATE_NOOP("Access", "Hanya administrator yang boleh mengelola petugas."),
    AUDIT: QT_TRANSLATE_NOOP("Access", "Peran {role} tidak boleh membuka jejak audit."),
    EXPORT: QT_TRANSLATE_NOOP("Access", "Peran {role} tidak boleh mengekspor atau mencetak."),
    READ: QT_TRANSLATE_NOOP("Access", "Peran {role} tidak boleh membuka register."),
}


class Actor(Protocol):
    """What a permission check reads of an operator."""

    role: str
    active: bool


def allowed(operator: Actor | None, permission: str) -> bool:
    """True when ``operator`` (active) holds ``permission``; nobody logged in holds none."""
    if operator is None or not operator.active:
        return False
    return permission in PERMISSIONS.get(operator.role, frozenset())


def require(operator: Actor | None, permission: str) -> None:
    """Refuse (AccessError, translated) unless ``operator`` holds ``permission``."""
    if allowed(operator, permission):
        return
    if operator is not None and not operator.active:
        raise AccessError(QT_TRANSLATE_NOOP("Access", "Akun petugas ini sudah dinonaktifkan."))
    role = ROLE_LABELS.get(operator.role, operator.role) if operator is not None else "-"
    raise AccessError(_REFUSALS[permission], role=role)
