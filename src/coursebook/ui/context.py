"""What the windows of one running app share: the database, the courses, preferences."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QSettings

from coursebook.course.catalog import Catalog
from coursebook.storage.database import Database


@dataclass
class AppContext:
    db: Database
    catalog: Catalog
    settings: QSettings
    language: str
    today: Callable[[], date] = field(default=date.today)
