"""Load the translation catalogues and the locale for the user's language.

Bahasa Indonesia is the source language: its texts are in the code, so it needs no
catalogue of ours. Any other language ``xx`` needs ``resources/translations/ukpbj_xx.qm``
(built by ``tools/update_translations.py``). Qt's own texts (file and print dialogs, standard
buttons, context menus) come from ``qtbase_xx.qm``: ours in ``resources/translations`` when we
ship one (Qt ships no Indonesian), else Qt's. The default ``QLocale`` follows the language, so
the calendar's month and day names and the UI's dates and numbers (``ui.widgets.formatting``)
are in it too.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ukpbj_desktop.config import resources_dir

SOURCE_LANGUAGE = "id"

# The locale of each language the app ships; English the British way (day before month, 24-hour clock).
LOCALES = {"id": QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}

# Installed translators, kept referenced: Qt does not own them, and a collected
# translator silently stops translating.
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir() / "translations"


def _catalogue(name: str, *folders: str) -> QTranslator | None:
    """The first ``name``.qm found in ``folders``, loaded; None when there is none."""
    for folder in folders:
        translator = QTranslator()
        if translator.load(name, folder):
            return translator
    return None


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Switch the application to ``language``; False when no catalogue exists for it.

    Translators of a previous call are removed first, so this also switches back. On
    False the application is left in the source language.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = None
    if language != SOURCE_LANGUAGE:
        ours = _catalogue(f"ukpbj_{language}", str(translations_dir()))
        if ours is None:
            install_translator(app, SOURCE_LANGUAGE)
            return False
    qt = _catalogue(f"qtbase_{language}", str(translations_dir()),
                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    _installed.extend(t for t in (qt, ours) if t is not None)  # ours installed last, so it is asked first
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(LOCALES.get(language, QLocale(language)))
    return True
