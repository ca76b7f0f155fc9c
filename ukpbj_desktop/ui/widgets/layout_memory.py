"""Where the windows remember their size, splitters and columns between sessions."""
from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION, APPLICATION = "UKPBJ", "UKPBJ Desktop"


def settings() -> QSettings:
    """The user's stored window layout (per user, never in the database)."""
    return QSettings(ORGANIZATION, APPLICATION)
