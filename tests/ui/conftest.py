from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from coursebook.course.catalog import Catalog
from coursebook.paths import resolve_data_paths
from coursebook.ui.context import AppContext
from coursebook.ui.i18n import install_translators
from coursebook.ui.runner import Runner
from coursebook.ui.settings import open_settings
from coursebook.workbook.core import Workbook
from tests.conftest import SAMPLE_COURSE

START = date(2026, 11, 23)
TODAY = date(2026, 12, 2)  # a Wednesday in the week of step 2


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> None:
    """The app's English translation (plural forms), as `coursebook` installs it."""
    assert install_translators(qapp, "en")


@pytest.fixture
def context(data_dir: Path) -> Iterator[AppContext]:
    paths = resolve_data_paths(data_dir)
    workbook = Workbook.open(paths)
    yield AppContext(
        workbook=workbook,
        catalog=Catalog.discover(SAMPLE_COURSE),
        settings=open_settings(paths.settings_file),
        language="en",
        today=lambda: TODAY,
    )
    workbook.close()


@pytest.fixture
def runner(qapp: QApplication, context: AppContext) -> Iterator[Runner]:
    """The workbook's worker, for a view or dialog tested on its own."""
    worker = Runner(context.workbook)
    yield worker
    worker.shutdown()
