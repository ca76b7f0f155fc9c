"""Start the window: logging, error hook, language, database, main window."""
from __future__ import annotations

import sys

from .config import APP_NAME
from .errors import UserError
from .logs import setup_logging


def run_gui(target: str | None, language: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    from .ui import messages
    from .ui.i18n import install_translator

    log = setup_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("UKPBJ")
    messages.install_excepthook(APP_NAME, log)
    install_translator(app, language or "id")
    try:
        from .bootstrap import open_store
        from .settings import get_setting

        operator = open_store(target)
        if language is None:
            install_translator(app, get_setting("language"))
    except UserError as exc:
        log.error("cannot open the database: %s", exc)
        messages.show_user_error(None, exc)
        return 2
    from .ui.main_window import MainWindow

    window = MainWindow(operator)
    window.show()
    log.info("started on %s", target or "default database")
    return app.exec()
