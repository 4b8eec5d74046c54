"""Per-machine preferences in an INI file via QSettings: the window's geometry, and the
person's settings (Edit → Settings), every one of them with its default in `DEFAULTS`.

A value read back is coerced to its default's type; one that cannot be (an INI file edited
by hand, a setting from a newer version) falls back to the default, and is logged.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings

from coursebook.workbook.core import KEEP_DAILY
from coursebook.workbook.customers import DEFAULT_ATTENTION_WEEKS

log = logging.getLogger(__name__)

SYSTEM = "system"

DEFAULTS: dict[str, str | int | bool] = {
    "interface/language": SYSTEM,  # system, nl, en
    "course/language": "",  # "": the interface's; nl, en: new runs and the demo prefer it
    "person/name": "",  # on the title page of exported documents
    "person/company": "",
    "documents/word_template": "",  # "": Coursebook's own; else a .docx or .dotx of theirs
    "customers/attention_weeks": DEFAULT_ATTENTION_WEEKS,
    "backups/second_folder": "",  # "": none; else a folder that may come and go (a stick)
    "backups/keep_daily": KEEP_DAILY,
    "appearance/scheme": SYSTEM,  # system, light, dark
    "reminders/enabled": True,
    "reminders/week_starts": "09:00",  # on Monday: what this week's step asks
    "reminders/actions_due": "09:00",  # on the morning actions are due
    "search/keep_open": False,
    # "": the workbook in the data folder; else a PostgreSQL URL without its password (that
    # is in the keyring, ~/.pgpass or asked): the shared workbook of a team.
    "database/url": "",
    # The register's columns not shown, by number (E-mail: it is in the pane beside it).
    "customers/hidden_columns": "5",  # after a jump to a hit: the search window stays beside
}
CHOICES: dict[str, tuple[str, ...]] = {
    "interface/language": (SYSTEM, "nl", "en"),
    "course/language": ("", "nl", "en"),
    "appearance/scheme": (SYSTEM, "light", "dark"),
}
RANGES: dict[str, tuple[int, int]] = {
    "customers/attention_weeks": (1, 104),
    "backups/keep_daily": (1, 90),
}
# Applied when the window is made again: the dialog offers to do that at once.
NEEDS_RESTART = frozenset({"interface/language", "appearance/scheme", "database/url"})


def open_settings(path: Path) -> QSettings:
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


class Preferences:
    """Typed access to the settings in `DEFAULTS`, over a QSettings file."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def get(self, key: str) -> str | int | bool:
        default = DEFAULTS[key]
        stored = self.settings.value(key, default)
        try:
            value = _coerce(stored, default)
        except (TypeError, ValueError):
            log.warning(
                "setting %s: %r is not usable; the default %r is used", key, stored, default
            )
            return default
        if key in CHOICES and value not in CHOICES[key]:
            log.warning("setting %s: %r is not one of %s", key, value, CHOICES[key])
            return default
        if key in RANGES:
            low, high = RANGES[key]
            assert isinstance(value, int)
            value = min(max(value, low), high)
        return value

    def text(self, key: str) -> str:
        return str(self.get(key))

    def number(self, key: str) -> int:
        value = self.get(key)
        assert isinstance(value, int)
        return value

    def put(self, key: str, value: str | int | bool) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        if value == DEFAULTS[key]:
            self.settings.remove(key)  # a default is not written down: a later one can change
        else:
            self.settings.setValue(key, value)

    def changed_from(self, values: dict[str, str | int | bool]) -> set[str]:
        """The keys whose value in `values` differs from the stored one."""
        return {key for key, value in values.items() if self.get(key) != value}

    def sync(self) -> None:
        self.settings.sync()
        if self.settings.status() != QSettings.Status.NoError:
            log.warning("the settings could not be written to %s", self.settings.fileName())

    @property
    def second_backup_folder(self) -> Path | None:
        folder = self.text("backups/second_folder").strip()
        return Path(folder) if folder else None

    @property
    def word_template(self) -> Path | None:
        chosen = self.text("documents/word_template").strip()
        return Path(chosen) if chosen else None

    @property
    def author(self) -> str:
        """Name and company, for the title page of a document: "Anna de Vries, De Bakkerij"."""
        parts = (self.text("person/name").strip(), self.text("person/company").strip())
        return ", ".join(part for part in parts if part)

    def interface_language(self, system: str) -> str:
        chosen = self.text("interface/language")
        return system if chosen == SYSTEM else chosen

    def course_language(self, interface: str) -> str:
        return self.text("course/language") or interface


def _coerce(stored: object, default: str | int | bool) -> str | int | bool:
    """QSettings' INI files give strings back: turn one into the default's type."""
    if isinstance(default, bool):
        if isinstance(stored, bool):
            return stored
        text = str(stored).strip().lower()
        if text in ("true", "1", "yes"):
            return True
        if text in ("false", "0", "no"):
            return False
        raise ValueError(stored)
    if isinstance(default, int):
        return int(str(stored).strip())
    return str(stored)
