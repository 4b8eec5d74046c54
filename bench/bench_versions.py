"""What the versions of texts cost: the file's growth on a benchmark workbook, a save's extra
time, and the daily thinning of the history.

    python bench/bench_versions.py --data-dir DIR     # a folder from make_workbook.py
    python bench/bench_versions.py                    # makes a one-year folder first

It works on a copy. Every text in the workbook (call answers and notes, reflections, action
texts, customer notes) is given the history a person leaves: written in three editing
sessions on the days after it was started (each session's text a longer part of the final
one), and one in ten corrected again a month later. The versions go through
`workbook.versions.record`, as the app's saves do, and are thinned as the daily tidy does
(`versions.prune`) on the benchmark's "today". Sizes are measured after VACUUM, so free
pages do not count.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import closing
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from coursebook.storage.database import open_database
from coursebook.storage.models import (
    ActionRow,
    CallAnswerRow,
    CallRow,
    CustomerRow,
    ReflectionRow,
    TextVersionRow,
)
from coursebook.workbook.calls import set_answer
from coursebook.workbook.task_key import TaskKey
from coursebook.workbook.versions import Edit, TextRef, prune, record

TODAY = datetime(2026, 11, 25, 17, 0)


def vacuumed_size(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("VACUUM")
    return path.stat().st_size


SESSIONS = {  # how many editing sessions a text of each kind takes, and how often
    "call": ((1, 0.7), (2, 0.25), (3, 0.05)),
    "action": ((1, 0.8), (2, 0.2)),
    "reflection": ((2, 0.3), (3, 0.5), (4, 0.2)),
    "customer": ((1, 0.6), (2, 0.3), (3, 0.1)),
}


def history(rng: random.Random, kind: str, final: str, started: date) -> list[tuple[datetime, str]]:
    """The (time, text) of each editing session that led to `final`: a longer part of it
    each time, a day or two apart; one text in ten corrected again a month later."""
    counts, weights = zip(*SESSIONS[kind], strict=True)
    sessions = rng.choices(counts, weights)[0]
    words = final.split(" ")
    moments = []
    day = datetime.combine(started, clock_time(9)) + timedelta(minutes=rng.randrange(480))
    for session in range(1, sessions + 1):
        cut = max(1, len(words) * session // sessions)
        moments.append((day, " ".join(words[:cut])))
        day += timedelta(days=rng.randrange(1, 3), minutes=rng.randrange(-120, 120))
    if rng.random() < 0.1:
        moments.append((moments[-1][0] + timedelta(days=30), final + " (bijgewerkt)"))
    return [(at, body) for at, body in moments if at < TODAY]


def texts(s: Session) -> list[tuple[str, str, str, date]]:
    """(kind, subject, final text, the day it was started) of every text in the workbook."""
    found: list[tuple[str, str, str, date]] = []
    call_days = dict(s.execute(select(CallRow.id, CallRow.call_date)).all())
    for answer in s.scalars(select(CallAnswerRow)):
        if answer.answer.strip():
            subject = TextRef.call_answer(answer.call_id, answer.question_index).subject
            found.append(("call", subject, answer.answer, call_days[answer.call_id]))
    for call in s.scalars(select(CallRow).where(CallRow.notes != "")):
        found.append(("call", TextRef.call_notes(call.id).subject, call.notes, call.call_date))
    for action in s.scalars(select(ActionRow).where(ActionRow.text != "")):
        found.append(
            ("action", TextRef.action(action.id).subject, action.text, action.due - timedelta(4))
        )
    for row in s.scalars(select(ReflectionRow).where(ReflectionRow.text != "")):
        key = TaskKey(row.run_id, row.course_id, row.step_id, row.task_id)
        found.append(
            ("reflection", TextRef.reflection(key).subject, row.text, row.updated_at.date())
        )
    for customer in s.scalars(select(CustomerRow).where(CustomerRow.notes != "")):
        found.append(
            (
                "customer",
                TextRef.customer_notes(customer.id).subject,
                customer.notes,
                customer.created_at.date(),
            )
        )
    return found


def p50_p95(samples: list[float]) -> str:
    samples.sort()
    return (
        f"{statistics.median(samples):7.2f} ms  p95 {samples[int(len(samples) * 0.95) - 1]:7.2f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="a folder made by bench/make_workbook.py")
    args = parser.parse_args()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        database = folder / "coursebook.sqlite3"
        if args.data_dir is None:
            sys.path.insert(0, str(Path(__file__).parent))
            from make_workbook import make_workbook

            make_workbook(folder, years=1, seed=3)
        else:
            shutil.copyfile(args.data_dir / "coursebook.sqlite3", database)
        db = open_database(database)
        db.close()
        before = vacuumed_size(database)
        db = open_database(database)

        started = time.perf_counter()
        with db.session() as session:
            session.execute(text("DELETE FROM text_version"))
            found = texts(session)
        for start in range(0, len(found), 2000):  # a transaction per 2,000 texts
            with db.session() as session:
                for kind, subject, final, day in found[start : start + 2000]:
                    previous = ""
                    for at, body in history(rng, kind, final, day):
                        record(session, subject, previous, body, Edit(at))
                        previous = body
        filled = time.perf_counter() - started

        tidy, first_tidy = [], 0.0
        for number in range(6):  # the first ever thins everything; then each day's
            start = time.perf_counter()
            with db.session() as session:
                since = None if number == 0 else TODAY - timedelta(days=1)
                prune(session, TODAY, since=since)
            elapsed = (time.perf_counter() - start) * 1000
            if number == 0:
                first_tidy = elapsed
            else:
                tidy.append(elapsed)
        floor_scan = []
        for _ in range(5):
            start = time.perf_counter()
            with db.session() as session:
                session.execute(select(TextVersionRow.subject, TextVersionRow.saved_at)).all()
            floor_scan.append((time.perf_counter() - start) * 1000)

        with db.session() as session:
            versions = session.scalar(text("SELECT count(*) FROM text_version"))
            text_bytes = session.scalar(
                text("SELECT sum(length(CAST(text AS BLOB))) FROM text_version")
            )
            call_ids = [row[0] for row in session.execute(select(CallRow.id).limit(300))]
        saves, floor_saves = [], []
        for number, call_id in enumerate(call_ids):
            words = f"antwoord {number} " * 20
            start = time.perf_counter()
            set_answer(db, call_id, 0, words, Edit(TODAY + timedelta(hours=number)))
            saves.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            with db.session() as session:  # the same write without a version
                row = session.get(CallAnswerRow, (call_id, 1))
                if row is not None:
                    row.answer = words
            floor_saves.append((time.perf_counter() - start) * 1000)
        db.close()
        after = vacuumed_size(database)

    growth = after - before
    rows = [
        ("file size after VACUUM", f"{after / 1e6:.1f} MB", f"{before / 1e6:.1f} MB, no versions"),
        (
            "  of which versions",
            f"+{growth / 1e6:.1f} MB (+{growth / before:.0%})",
            f"{versions:,} versions, {text_bytes / 1e6:.1f} MB of their text",
        ),
        ("first tidy: thin every text", f"{first_tidy:.0f} ms", ""),
        (
            "daily tidy: the texts that aged",
            p50_p95(tidy),
            "read every version: " + p50_p95(floor_scan),
        ),
        ("save an answer, with its version", p50_p95(saves), "without: " + p50_p95(floor_saves)),
    ]
    print(f"{len(found):,} texts given a history of editing sessions in {filled:.1f} s")
    print(f"{'':<34} {'measured':<28} floor")
    for label, measured, floor in rows:
        print(f"{label:<34} {measured:<28} {floor}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
