"""The customer register with 5,000 customers: loading, filtering, the attention list, NPS."""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from coursebook.storage.database import open_database
from coursebook.storage.models import CallRow, CustomerRow, ScoreRow
from coursebook.ui.autosave import SaveManager
from coursebook.ui.customers.view import CustomersView
from coursebook.ui.runner import Runner
from coursebook.workbook.core import Workbook
from coursebook.workbook.customers import attention_list, customer_register, score_history
from coursebook.workbook.nps import net_promoter_score

COUNT = 5_000
TODAY = date(2026, 11, 25)


def ms(start: float) -> str:
    return f"{(time.perf_counter() - start) * 1000:8.1f} ms"


def main() -> int:
    app = QApplication(sys.argv[:1])
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "coursebook.sqlite3")
        with db.session() as session:
            for i in range(COUNT):
                session.add(
                    CustomerRow(
                        name=f"Klant {i:05d}",
                        organisation=f"Bedrijf {i % 900}",
                        email=f"klant{i}@example.nl",
                        phone="",
                        notes="",
                        tags="",
                        archived=False,
                    )
                )
            session.flush()
            for i in range(1, COUNT + 1):
                session.add(
                    ScoreRow(
                        customer_id=i,
                        score=rng.randrange(11),
                        scored_on=TODAY - timedelta(days=rng.randrange(400)),
                        source="import",
                    )
                )
                if i % 3 == 0:
                    session.add(
                        CallRow(
                            course_id="c",
                            step_id="s",
                            task_id="calls",
                            position=i,
                            customer_id=i,
                            call_date=TODAY - timedelta(days=rng.randrange(200)),
                            channel="phone",
                            score=rng.randrange(11),
                            notes="ok",
                        )
                    )
        start = time.perf_counter()
        register = customer_register(db)
        print(f"{'register of 5,000 (3 queries)':<36} {ms(start)}  ({len(register)} rows)")
        start = time.perf_counter()
        waiting = attention_list(db, TODAY)
        print(f"{'attention list':<36} {ms(start)}  ({len(waiting)} customers)")
        start = time.perf_counter()
        result = net_promoter_score(score_history(db))
        print(f"{'NPS over all scores':<36} {ms(start)}  (NPS {result.score})")
        runner = Runner(Workbook(db))
        view = CustomersView(SaveManager(runner), lambda: TODAY)
        view.resize(1200, 800)
        view.show()
        start = time.perf_counter()
        view.reload()
        runner.wait()
        app.processEvents()
        print(f"{'customers view: load and show':<36} {ms(start)}")
        start = time.perf_counter()
        for text in ("b", "be", "bed", "bedr", "bedrijf 1", "bedrijf 12"):
            view.search.setText(text)
            app.processEvents()
        print(f"{'six filter keystrokes':<36} {ms(start)}  ({view.proxy.rowCount()} shown)")
        start = time.perf_counter()
        view.table.sortByColumn(4, view.table.horizontalHeader().sortIndicatorOrder())
        app.processEvents()
        print(f"{'sort by last contact':<36} {ms(start)}")
        runner.shutdown()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
