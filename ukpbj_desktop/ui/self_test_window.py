"""The self-test's window check: the main window opens, with no display, on the test's database.

Apart from the core self-test so that the core stays free of Qt; imported only when the
check runs.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from ukpbj_desktop.self_test import CheckFailed
from ukpbj_desktop.store.models import Operator
from ukpbj_desktop.ui import i18n
from ukpbj_desktop.ui.main_window import MainWindow
from ukpbj_desktop.ui.register.model import COLUMN

# A text every catalogue translates, to tell a loaded catalogue from a missing one.
PROBE = ("RegisterModel", "No. Agenda")
PROBE_LANGUAGE = "en"


def _application() -> QApplication:
    """The running application, or a new one on Qt's offscreen platform (no display needed)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication([sys.argv[0]])


def _check_translations(app: QApplication) -> str:
    loaded = i18n.install_translator(app, PROBE_LANGUAGE)
    translated = QCoreApplication.translate(*PROBE)
    i18n.install_translator(app, i18n.SOURCE_LANGUAGE)
    if not loaded or translated == PROBE[1]:
        raise CheckFailed(f"katalog terjemahan '{PROBE_LANGUAGE}' tidak termuat dari {i18n.translations_dir()}")
    return translated


def check_main_window(operator: Operator, settings_dir: Path, agendas: set[str]) -> str:
    """Open the main window, see the register list exactly ``agendas``, close it; what was seen."""
    app = _application()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):  # keep the user's layout untouched
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(settings_dir))
    translated = _check_translations(app)
    window = MainWindow(operator)
    try:
        window.show()
        app.processEvents()
        model = window.register.model
        shown = {model.index(row, COLUMN["agenda_number"]).data() for row in range(model.rowCount())}
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if shown != agendas:
        raise CheckFailed(f"register menampilkan {', '.join(sorted(shown)) or 'tidak ada'}; "
                          f"seharusnya {', '.join(sorted(agendas))}")
    return (f"dibuka tanpa layar ({app.platformName()}), register menampilkan {len(shown)} permohonan, "
            f"terjemahan '{PROBE_LANGUAGE}' termuat ({PROBE[1]} -> {translated})")
