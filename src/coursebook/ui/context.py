"""What the windows of one running app share: the workbook, the courses, preferences.

The window reaches the workbook only through its runner (one worker thread); start-up code,
before there is a window, may call it directly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QSettings

from coursebook.course.catalog import Catalog
from coursebook.ui.settings import Preferences
from coursebook.workbook.core import Workbook


@dataclass
class AppContext:
    workbook: Workbook
    catalog: Catalog
    settings: QSettings
    language: str
    today: Callable[[], date] = field(default=date.today)
    example: bool = False  # the example workbook offered at first start, not the person's own

    @property
    def preferences(self) -> Preferences:
        return Preferences(self.settings)

    @property
    def course_language(self) -> str:
        """The language a new run of a course, or the demo, is offered in first."""
        return self.preferences.course_language(self.language)
