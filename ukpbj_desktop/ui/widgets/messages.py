"""Every message box of the application, through one seam.

All boxes are shown by :func:`exec_box`, so a test replaces that one function to read
what the user would have seen and to choose the button the user would have pressed
(the pattern dangerzone uses). Callers use ``messages.error(...)`` (module attribute,
not ``from messages import error``) so that tests can patch the functions too.

Button texts are set here through ``translate`` rather than taken from Qt's standard
buttons: those are only translated when Qt's own catalogue for the language exists,
and Qt ships none for Bahasa Indonesia.
"""
from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, StorageError, UserError

_Icon = QMessageBox.Icon
_Role = QMessageBox.ButtonRole

# Titles for the kinds of UserError, by translation context.
_ERROR_TITLES = {
    "Validation": QT_TRANSLATE_NOOP("Messages", "Periksa isian"),
    "Workflow": QT_TRANSLATE_NOOP("Messages", "Langkah tidak dapat dilakukan"),
    "Storage": QT_TRANSLATE_NOOP("Messages", "Basis data bermasalah"),
}
_DEFAULT_ERROR_TITLE = QT_TRANSLATE_NOOP("Messages", "Tidak dapat dilanjutkan")


def exec_box(box: QMessageBox) -> QAbstractButton | None:
    """Show ``box`` modally and return the button pressed: the one seam tests patch."""
    box.exec()
    return box.clickedButton()


def _notify(parent: QWidget | None, icon: _Icon, title: str, text: str) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    ok = box.addButton(QCoreApplication.translate("Messages", "OK"), _Role.AcceptRole)
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    exec_box(box)


def error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something failed."""
    _notify(parent, _Icon.Critical, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something needs attention."""
    _notify(parent, _Icon.Warning, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went as asked."""
    _notify(parent, _Icon.Information, title, text)


def confirm(parent: QWidget | None, title: str, text: str, destructive: bool = False) -> bool:
    """Ask a yes/no question; for a ``destructive`` one, Enter means No."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    if destructive:
        box.setIcon(QMessageBox.Icon.Warning)
    yes = box.addButton(QCoreApplication.translate("Messages", "Ya"), _Role.YesRole)
    no = box.addButton(QCoreApplication.translate("Messages", "Tidak"), _Role.NoRole)
    box.setDefaultButton(no if destructive else yes)
    box.setEscapeButton(no)
    return exec_box(box) is yes


def translate_error(exc: UserError) -> str:
    """The message of ``exc`` in the user's language, parameters filled in."""
    return exc.message(QCoreApplication.translate)


def show_user_error(parent: QWidget | None, exc: UserError) -> None:
    """Show a :class:`UserError` as the user should read it: translated, no traceback."""
    title = QCoreApplication.translate("Messages", _ERROR_TITLES.get(exc.context, _DEFAULT_ERROR_TITLE))
    show = error if isinstance(exc, StorageError) else warning
    show(parent, title, translate_error(exc))


def _log_file(log: logging.Logger) -> str | None:
    """The file the logger (or one of its ancestors) writes to, if any."""
    current: logging.Logger | None = log
    while current is not None:
        for handler in current.handlers:
            if isinstance(handler, logging.FileHandler):
                return handler.baseFilename
        current = current.parent if current.propagate else None
    return None


def install_excepthook(app_name: str, log: logging.Logger):
    """Route uncaught exceptions to the log and a short message; return the hook.

    The traceback goes to the log only: users are shown where the log is, so they can
    send it on, never the traceback itself. A :class:`UserError` that escaped its
    handler is still a message the user can read, so it is shown as such. While one
    message is open, further errors (a failing paint event repeats) are only logged.
    """
    showing = threading.Lock()

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, UserError):
            log.warning("Unhandled user error: %s", exc)
        else:
            log.error("Unhandled exception", exc_info=(exc_type, exc, tb))
        on_gui_thread = QApplication.instance() is not None and threading.current_thread() is threading.main_thread()
        if not on_gui_thread or not showing.acquire(blocking=False):
            return
        try:
            if isinstance(exc, UserError):
                show_user_error(None, exc)
            else:
                error(None, app_name, _unexpected_text(_log_file(log)))
        except Exception:  # the hook itself must never raise
            log.exception("Could not show the error message")
        finally:
            showing.release()

    sys.excepthook = hook
    return hook


def _unexpected_text(log_file: str | None) -> str:
    """The message for a bug: what happened and where the details are."""
    if log_file is None:
        return QCoreApplication.translate(
            "Messages", "Terjadi kesalahan tak terduga. Rinciannya sudah dicatat di log aplikasi."
        )
    return QCoreApplication.translate(
        "Messages",
        "Terjadi kesalahan tak terduga. Rinciannya sudah dicatat di berkas log:\n{log_file}\n"
        "Kirimkan berkas itu kepada pengelola aplikasi bila masalah berulang."
    ).format(log_file=log_file)
