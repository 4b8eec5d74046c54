from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coursebook.course.catalog import Catalog
from coursebook.paths import resolve_data_paths
from coursebook.ui.context import AppContext
from coursebook.ui.customers.model import CustomerRole
from coursebook.ui.i18n import install_translators
from coursebook.ui.runner import Runner
from coursebook.ui.settings import open_settings
from coursebook.workbook.core import Workbook
from tests.conftest import SAMPLE_COURSE

if TYPE_CHECKING:
    from coursebook.ui.main_window import MainWindow

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


def select_customers(win: MainWindow, *wanted: str) -> None:
    """Select these customers in the Customers tab, as a click and Ctrl-clicks would."""
    view = win.customers
    selection = view.table.selectionModel()
    selection.clearSelection()
    for row in range(view.proxy.rowCount()):
        index = view.proxy.index(row, 0)
        if view.proxy.data(index, CustomerRole).name in wanted:
            selection.select(
                index,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
    win.runner.wait()  # the detail pane reads the customer


def open_window_at_step_two(qtbot: QtBot, context: AppContext) -> MainWindow:
    """The window on a new run of the sample course, this week being step 2, shown."""
    from coursebook.ui.main_window import MainWindow
    from coursebook.workbook.runs import start_run

    win = MainWindow(context, start_run(context.workbook.db, "sample", "en", START))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.runner.wait()
    return win
