"""Load the translation catalogues for the user's language.

Bahasa Indonesia is the source language: its texts are in the code, so it needs no
catalogue. Any other language ``xx`` needs ``resources/translations/ukpbj_xx.qm``
(built by ``tools/update_translations.py``) and, when Qt ships one, Qt's own
``qtbase_xx.qm`` for the texts of Qt's standard dialogs.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from ukpbj_desktop.config import resources_dir

SOURCE_LANGUAGE = "id"

# Installed translators, kept referenced: Qt does not own them, and a collected
# translator silently stops translating.
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Switch the application to ``language``; False when no catalogue exists for it.

    Translators of a previous call are removed first, so this also switches back. On
    False the application is left in the source language.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == SOURCE_LANGUAGE:
        return True
    ours = QTranslator()
    if not ours.load(f"ukpbj_{language}", str(translations_dir())):
        return False
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    _installed.append(ours)  # installed last, so it is asked first
    for translator in _installed:
        app.installTranslator(translator)
    return True
