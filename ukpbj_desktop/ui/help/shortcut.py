"""F1 anywhere opens the manual, at the section of the window it was pressed in.

A window names its section with a class attribute ``HELP_SECTION`` (an anchor of the manual);
one without (a message box, a PDF preview, a progress dialog) borrows its parent's, and the main
window, which has none, opens the manual at its start. The key is given to each window the
first time it becomes active, so no dialog needs code of its own; a window with its own F1
action (the main window's "Panduan") keeps it.

The manual opens as a window of the one F1 was pressed in: a modal dialog blocks every other
window, but not its own. It closes with that dialog.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ukpbj_desktop.ui.help.window import HelpWindow

HELP_KEY = QKeySequence.StandardKey.HelpContents  # F1; its keys are known once the application runs
_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly
_INSTALLED = "ukpbj_help_key"  # the application's property once install() ran


class HelpKey(QShortcut):
    """F1 in one window."""

    def __init__(self, window: QWidget):
        super().__init__(QKeySequence(HELP_KEY), window)
        self.activated.connect(self.open_manual)

    def open_manual(self) -> None:
        window = self.parent()
        if isinstance(window, QWidget):
            show_help(window, section_of(window))


def section_of(widget: QWidget | None) -> str | None:
    """The manual's section for ``widget``: its ``HELP_SECTION``, else its nearest parent's."""
    while widget is not None:
        section = getattr(widget, "HELP_SECTION", None)
        if section:
            return str(section)
        widget = widget.parentWidget()
    return None


def show_help(widget: QWidget | None, section: str | None = None) -> HelpWindow:
    """The manual at ``section`` (its start when None), as a window of ``widget``'s window."""
    owner = widget.window() if widget is not None else None
    manual = owner.findChild(HelpWindow, "", _DIRECT) if owner is not None else None
    if manual is None:
        manual = HelpWindow(owner, section)
        if isinstance(owner, QDialog):
            owner.finished.connect(manual.close)
    else:
        manual.open_section(section)
    manual.show()
    manual.raise_()
    manual.activateWindow()
    return manual


def install(app: QCoreApplication) -> None:
    """Give every window of ``app`` the F1 key, each as it first becomes active."""
    if not isinstance(app, QGuiApplication) or app.property(_INSTALLED):
        return
    app.setProperty(_INSTALLED, True)
    app.focusWindowChanged.connect(_window_activated)
    _equip(QApplication.activeWindow())


def uninstall(app: QCoreApplication) -> None:
    """Undo :func:`install` for windows activated from now on (tests share one application)."""
    if isinstance(app, QGuiApplication) and app.property(_INSTALLED):
        app.focusWindowChanged.disconnect(_window_activated)
        app.setProperty(_INSTALLED, False)


def _window_activated(_window: QWindow | None) -> None:
    _equip(QApplication.activeWindow())


def _equip(window: QWidget | None) -> None:
    if window is None or window.findChild(HelpKey, "", _DIRECT) is not None:
        return
    keys = QKeySequence.keyBindings(HELP_KEY)
    if any(key in action.shortcuts() for action in window.actions() for key in keys):
        return
    HelpKey(window)
