"""Start the window: logging, error hook, language, database, main window."""
from __future__ import annotations

import sys

from ukpbj_desktop.config import APP_NAME
from ukpbj_desktop.errors import UserError
from ukpbj_desktop.logs import setup_logging


def run_gui(target: str | None, language: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    from ukpbj_desktop.ui.help import shortcut as help_key
    from ukpbj_desktop.ui.i18n import install_translator
    from ukpbj_desktop.ui.widgets import messages

    log = setup_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("UKPBJ")
    messages.install_excepthook(APP_NAME, log)
    help_key.install(app)  # F1 in every window opens the manual
    install_translator(app, language or "id")
    if not _may_create(target):
        return 2
    try:
        from ukpbj_desktop.store.bootstrap import open_store
        from ukpbj_desktop.store.settings import get_setting

        operator = open_store(target)
        if language is None:
            install_translator(app, get_setting("language"))
    except UserError as exc:
        log.error("cannot open the database: %s", exc)
        messages.show_user_error(None, exc)
        return 2
    from ukpbj_desktop.ui.main_window import MainWindow

    window = MainWindow(operator)
    window.show()
    log.info("started on %s", target or "default database")
    return app.exec()


def _may_create(target: str | None) -> bool:
    """True unless the user named a database file (``--db`` or ``UKPBJ_DB``) that is not there and would rather
    not start a new register at that path: a mistyped name would otherwise begin again at agenda 0001."""
    from PySide6.QtCore import QCoreApplication

    from ukpbj_desktop.config import named_database
    from ukpbj_desktop.store.db import missing_file
    from ukpbj_desktop.ui.widgets import messages

    named = named_database(target)
    missing = missing_file(named) if named else None
    if missing is None:
        return True
    text = QCoreApplication.translate("App", "Basis data {path} belum ada. Buat register baru yang kosong di sana?\n\n"
                                             "Pilih Tidak bila nama atau foldernya salah ketik.")
    return messages.confirm(None, QCoreApplication.translate("App", "Basis data tidak ditemukan"),
                            text.format(path=missing))
