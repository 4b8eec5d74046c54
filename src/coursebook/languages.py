"""Which of Coursebook's languages a person reads, without Qt (for the command line): the
interface language chosen in Settings, else the system's, else English. The window asks Qt
instead (coursebook.ui.i18n), which knows the system's list of languages better."""

from __future__ import annotations

import configparser
import locale
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

SUPPORTED = ("en", "nl")
DEFAULT = "en"
# Windows names its locales in words (getlocale() gives "Dutch_Netherlands").
_WINDOWS_NAMES = {"dutch": "nl", "english": "en"}


def _code(name: str) -> str | None:
    text = name.strip().lower().replace("-", "_")
    if not text or text in ("c", "posix"):
        return None
    code = text.split("_")[0].split(".")[0]
    code = _WINDOWS_NAMES.get(code, code)
    return code if code in SUPPORTED else None


def system_language() -> str:
    candidates = [
        *os.environ.get("LANGUAGE", "").split(":"),
        os.environ.get("LC_ALL", ""),
        os.environ.get("LC_MESSAGES", ""),
        os.environ.get("LANG", ""),
    ]
    try:
        candidates.append(locale.getlocale()[0] or "")
    except ValueError as error:  # an unknown locale name in the environment
        log.info("the system locale is not known to Python: %s", error)
    for name in candidates:
        code = _code(name)
        if code is not None:
            return code
    return DEFAULT


def chosen_language(settings_file: Path) -> str | None:
    """Settings' interface language (the window's settings file), when one was chosen."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError) as error:
        log.warning("cannot read the settings in %s: %s", settings_file, error)
        return None
    for key in ("course", "interface"):  # the course language wins for course content
        value = parser.get(key, "language", fallback="").strip()
        if value in SUPPORTED:
            return value
    return None


def preferred_language(settings_file: Path) -> str:
    return chosen_language(settings_file) or system_language()
