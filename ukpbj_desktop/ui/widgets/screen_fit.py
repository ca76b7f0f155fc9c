"""Windows sized to the screen they open on: an office laptop has 768 pixels, less its taskbar.

Every top-level window and dialog that asks for a size asks through :func:`fit_to_screen`, which
gives it at most the free area (available geometry) of its screen, keeping room for the frame the
window manager adds around it.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Title bar and borders, which the window manager adds around a window before it reports them.
DECORATION = QSize(16, 40)


def available_geometry(window: QWidget) -> QRect:
    """The free area of the screen ``window`` opens on: its parent's, else its own, else the primary one."""
    parent = window.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or window.screen()
    return (screen or QGuiApplication.primaryScreen()).availableGeometry()


def room(window: QWidget) -> QSize:
    """The largest size ``window`` may take, its frame included."""
    return available_geometry(window).size() - DECORATION


def fit_to_screen(window: QWidget, size: QSize | None = None) -> None:
    """Resize ``window`` to ``size`` (default: its current size), or less where its screen has less room."""
    wanted, free = size or window.size(), room(window)
    window.resize(min(wanted.width(), free.width()), min(wanted.height(), free.height()))
