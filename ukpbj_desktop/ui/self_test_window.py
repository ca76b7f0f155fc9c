"""The self-test's window check: the main window opens, with no display, on the test's database.

Apart from the core self-test so that the core stays free of Qt; imported only when the
check runs.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from ukpbj_desktop import workflow
from ukpbj_desktop.self_test import CheckError
from ukpbj_desktop.store.models import Operator
from ukpbj_desktop.ui import i18n, main_window
from ukpbj_desktop.ui.help.manual import PAGE, help_dir, read_outline
from ukpbj_desktop.ui.register.model import COLUMN
from ukpbj_desktop.ui.steps import dispatch
from ukpbj_desktop.ui.widgets import layout_memory

# A text every catalogue translates, to tell a loaded catalogue from a missing one.
PROBE = ("RegisterModel", "No. Agenda")
PROBE_LANGUAGE = "en"
# A Qt text our Indonesian catalogue of Qt's texts translates ("Batal"), to tell it is in the bundle.
QT_PROBE = ("QPlatformTheme", "Cancel")


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
        raise CheckError(f"katalog terjemahan '{PROBE_LANGUAGE}' tidak termuat dari {i18n.translations_dir()}")
    if QCoreApplication.translate(*QT_PROBE) == QT_PROBE[1]:
        raise CheckError(f"katalog teks Qt 'id' (qtbase_id) tidak termuat dari {i18n.translations_dir()}")
    return translated


def _check_manual(sections: set[str]) -> str:
    """Each language's manual is there and holds the section of every step dialog."""
    languages = sorted(path.parent.name for path in help_dir().glob(f"*/{PAGE}"))
    if i18n.SOURCE_LANGUAGE not in languages:
        raise CheckError(f"panduan tidak ditemukan di {help_dir()}")
    for language in languages:
        missing = sections - read_outline(help_dir() / language / PAGE).anchors
        if missing:
            raise CheckError(f"panduan '{language}' tanpa bagian {', '.join(sorted(missing))}")
    return ", ".join(languages)


@contextmanager
def _layout_kept_in(folder: Path) -> Iterator[None]:
    """The window reads and saves its layout in ``folder``, never in the user's settings.

    ``QSettings.setPath`` cannot redirect the native store on Windows (the registry), so the
    windows' settings function is swapped for an INI file for the duration of the check.
    """
    user_settings = layout_memory.settings
    layout_memory.settings = lambda: QSettings(str(folder / "layout.ini"), QSettings.Format.IniFormat)
    try:
        yield
    finally:
        layout_memory.settings = user_settings


def check_main_window(operator: Operator, settings_dir: Path, agendas: set[str]) -> str:
    """Open the main window, see the register list exactly ``agendas``, close it; what was seen."""
    app = _application()
    translated = _check_translations(app)
    with _layout_kept_in(settings_dir):
        window = main_window.MainWindow(operator)
        try:
            window.show()
            app.processEvents()
            model = window.register.model
            shown = {model.index(row, COLUMN["agenda_number"]).data() for row in range(model.rowCount())}
        finally:
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if not (settings_dir / "layout.ini").exists():
            raise CheckError("jendela utama tidak menyimpan tata letaknya saat ditutup")
    # Step dialogs are imported by name when a step is opened: each must be in the bundle.
    sop = workflow.sop()
    dialogs = {dispatch.dialog_class(code) for code in sop.steps if code != sop.first.code}
    manuals = _check_manual({dialog.HELP_SECTION for dialog in dialogs if dialog.HELP_SECTION})
    if shown != agendas:
        raise CheckError(f"register menampilkan {', '.join(sorted(shown)) or 'tidak ada'}; "
                          f"seharusnya {', '.join(sorted(agendas))}")
    return (f"dibuka tanpa layar ({app.platformName()}), register menampilkan {len(shown)} permohonan, "
            f"terjemahan '{PROBE_LANGUAGE}' termuat ({PROBE[1]} -> {translated}), "
            f"{len(dialogs)} dialog langkah termuat, panduan {manuals}")
