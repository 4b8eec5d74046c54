"""The benchmark workbook generator keeps working as the schema evolves."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

from coursebook.paths import resolve_data_paths
from coursebook.storage.database import head_revision, inspect_database
from coursebook.workbook.core import Workbook

BENCH = Path(__file__).resolve().parents[1] / "bench" / "make_workbook.py"


def test_a_small_benchmark_workbook_opens_without_migrating(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_workbook", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_workbook"] = module
    spec.loader.exec_module(module)
    today = date(2026, 12, 2)
    made = module.make_workbook(tmp_path / "data", 0.5, today=today)
    assert made["runs"] == 2 and made["customers"] == 500 and made["calls"] == 2000
    paths = resolve_data_paths(tmp_path / "data")
    assert inspect_database(paths.database) == head_revision()  # nothing to migrate
    workbook = Workbook.open(paths, today=today)
    try:
        runs = workbook.runs()
        assert [r.number for r in runs] == [1, 2]
        assert workbook.current_run() == runs[-1]  # the run of this quarter is shown
        assert len(workbook.customer_register(include_archived=True)) == 500
        assert workbook.search("klant")  # the search index was filled by the triggers
    finally:
        workbook.close()
