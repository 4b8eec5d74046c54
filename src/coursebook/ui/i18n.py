"""UI language: Qt translators for our strings and Qt's own, and locale-aware date text."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from coursebook.paths import translations_dir

log = logging.getLogger(__name__)
SUPPORTED_LANGUAGES = ("en", "nl")
DEFAULT_LANGUAGE = "en"


def system_language() -> str:
    """The first of the system's UI languages that Coursebook speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED_LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Coursebook's and Qt's translations for `language` into `app`.

    English needs one too: it holds the plural forms ("1 call", "2 calls"). The translators
    are children of `app`, so they live as long as it does.
    """
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(f"coursebook_{language}", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no Coursebook translation for %r in %s", language, translations_dir())
    if language != DEFAULT_LANGUAGE:
        qt_base = QTranslator(app)
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(f"qtbase_{language}", qt_path):
            app.installTranslator(qt_base)
            installed.append(qt_base)
    return installed


_LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands"}


def language_name(code: str) -> str:
    """A language's own name for itself, as a person picks it from a list."""
    if code in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[code]
    name = QLocale(code).nativeLanguageName() or code
    return name[:1].upper() + name[1:]


def format_date(day: date, fmt: str = "dddd d MMMM yyyy") -> str:
    """A date in the UI language, e.g. 'Monday 30 November 2026' / 'maandag 30 november 2026'."""
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def short_date(day: date) -> str:
    return format_date(day, "ddd d MMM")
