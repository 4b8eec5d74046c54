"""Per-machine preferences (window geometry, splitter sizes) in an INI file via QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings


def open_settings(path: Path) -> QSettings:
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)
