"""Dutch and English interface: Qt translations compiled from ``ui/translations/*.ts``.

The source strings are English. Dutch is used when the user chose it, or by default
when the system locale is Dutch. Rebuild the catalogue after changing UI strings::

    pyside6-lupdate ui/*.py -ts ui/translations/redactor_nl.ts
    pyside6-lrelease ui/translations/redactor_nl.ts -qm ui/translations/redactor_nl.qm
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
LANGUAGES = {"nl": "Nederlands", "en": "English"}


def choose_language(setting: str = "", locale: QLocale | None = None) -> str:
    """The user's choice if any; else Dutch on a Dutch system, English elsewhere."""
    if setting in LANGUAGES:
        return setting
    locale = locale or QLocale.system()
    return "nl" if locale.language() == QLocale.Language.Dutch else "en"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's (and Qt's own) translators for ``language``; return them (keep them alive)."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"redactor_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)  # standard buttons (OK, Cancel) and dialogs
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
