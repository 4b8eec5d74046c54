"""Render the main window offscreen to a PNG, for docs and for looking at changes.

    python scripts/screenshot.py OUT.png [--data-dir DIR] [--step N] [--scroll bottom|top]
        [--size 1400x900]

Uses the data folder as it is (run the app once, or `coursebook demo` later, to fill it).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from coursebook.course.catalog import Catalog
from coursebook.paths import bundled_courses_dir, resolve_data_paths
from coursebook.ui.context import AppContext
from coursebook.ui.i18n import install_translators, system_language
from coursebook.ui.main_window import MainWindow
from coursebook.ui.settings import open_settings
from coursebook.workbook.core import Workbook


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--data-dir")
    parser.add_argument("--step", type=int)
    parser.add_argument("--scroll", choices=["top", "bottom"], default="top")
    parser.add_argument("--size", default="1400x900")
    parser.add_argument("--tab", type=int, default=0, help="0 course, 1 customers, 2 NPS")
    parser.add_argument("--select", help="customers tab: select the customer with this name")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    keep = install_translators(app, system_language())  # noqa: F841
    paths = resolve_data_paths(args.data_dir)
    workbook = Workbook.open(paths)
    run = workbook.current_run()
    if run is None:
        print("no course chosen in this data folder yet", file=sys.stderr)
        return 1
    context = AppContext(
        workbook,
        Catalog.discover(bundled_courses_dir()),
        open_settings(paths.root / "screenshot.ini"),
        system_language(),
    )
    window = MainWindow(context, run)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    window.runner.wait()
    if args.step:
        window.move_step(args.step - 1 - window.step_list.currentIndex().row())
    window.tabs.setCurrentIndex(args.tab)
    window.runner.wait()
    if args.select:
        from coursebook.ui.customers.model import CustomerRole

        view = window.customers
        for row in range(view.proxy.rowCount()):
            if view.proxy.data(view.proxy.index(row, 0), CustomerRole).name == args.select:
                view.table.selectRow(row)
    window.runner.wait()
    app.processEvents()
    if args.scroll == "bottom":
        bar = window.lesson.verticalScrollBar()
        bar.setValue(bar.maximum())
    app.processEvents()
    window.grab().save(str(args.out))
    window.close()
    workbook.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
