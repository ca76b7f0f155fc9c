"""Menu and toolbar actions, made the same way in every window."""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Shortcut = str | QKeySequence | QKeySequence.StandardKey | None


def add_action(owner: QWidget, text: str, slot=None, shortcut: Shortcut = None, tip: str = "") -> QAction:
    """An action of ``owner`` (so its shortcut works while the window is active); ``tip`` shows in the
    status bar and as the tool tip, which is otherwise the text without its ``&``."""
    action = QAction(text, owner)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip)
    action.setToolTip(tip or text.replace("&", ""))
    if slot is not None:
        action.triggered.connect(slot)
    owner.addAction(action)
    return action
