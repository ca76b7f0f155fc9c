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
