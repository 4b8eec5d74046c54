"""Build a realistic data folder of years of use, for the benchmarks.

    python bench/make_workbook.py DIR --years 5        # about 5,000 customers, 20,000 calls
    python bench/make_workbook.py DIR --years 1 --seed 3

It goes through the app's own storage layer (`open_database` creates and migrates the file
to the head revision, the ORM tables take the rows, the search triggers index them), so the
app opens the folder without migrating, and the generator keeps working as the schema moves
(`tests/test_bench_workbook.py` runs it small).

What a person (or a small team) produces, per year of use:
- four runs of the bundled Dutch course, one a quarter, the newest started this quarter,
  so that this week is a step of the current run;
- 1,000 customers (names, organisations, e-mail, phone, tags, notes for some), 15% with a
  score from an imported list;
- 4,000 calls, spread over the calls tasks of each run, each with every question answered
  (15–40 words), a score for most, notes for a third; a customer is called again and again;
- 2,000 actions, most done, spread over the actions tasks;
- every reflection of every run written (a few hundred words each); the model allows one
  reflection per task per run, so that is 4 runs × 16 reflection tasks = 64 a year, not
  more;
- most checklist items ticked.
Everything is dated inside its run's weeks.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert

from coursebook.course.loader import load_course
from coursebook.course.model import Course, TaskType
from coursebook.course.schedule import monday_of_week, step_opens, task_deadline
from coursebook.paths import bundled_courses_dir, resolve_data_paths
from coursebook.storage.database import open_database
from coursebook.storage.models import (
    ActionRow,
    CallAnswerRow,
    CallRow,
    ChecklistTickRow,
    CustomerRow,
    ReflectionRow,
    RunRow,
    ScoreRow,
    UiStateRow,
)
from coursebook.workbook.runs import CURRENT_RUN

COURSE = "superenthousiaste-klanten"
PER_YEAR = {"runs": 4, "customers": 1000, "calls": 4000, "actions": 2000}
FIRST_NAMES = (
    "Anna", "Bram", "Carla", "Dirk", "Eva", "Fatima", "Gerrit", "Hanna", "Ingrid", "Joost",
    "Karim", "Lotte", "Mehmet", "Noor", "Olga", "Pieter", "Rosa", "Sanne", "Tim", "Ursula",
    "Vera", "Willem", "Yusuf", "Zoë",
)  # fmt: skip
LAST_NAMES = (
    "Bakker", "Jansen", "de Vries", "van Dijk", "Visser", "Smit", "Mulder", "de Boer", "Bos",
    "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
    "Smits", "de Graaf", "van der Meer", "Özdemir", "Yılmaz",
)  # fmt: skip
TRADES = (
    "Bakkerij", "Fietsenmaker", "Kapsalon", "Garage", "Administratiekantoor", "Boekhandel",
    "Bloemist", "Drukkerij", "Installatiebedrijf", "Schildersbedrijf", "Opticien",
    "Reisbureau", "Advieskantoor",
)  # fmt: skip
WORDS = (
    "klant", "tevreden", "verrast", "aandacht", "bellen", "koffie", "factuur", "afspraak",
    "offerte", "levering", "service", "prijs", "advies", "vraag", "antwoord", "idee", "actie",
    "vriendelijk", "snel", "traag", "duur", "eerlijk", "terugbellen", "verwachting", "belofte",
    "moment", "wachten", "parkeren", "website", "monteur", "balie", "uitleg", "garantie",
    "herinnering", "verjaardag", "compliment", "klacht", "oplossing", "persoonlijk",
    "vertrouwen", "aanbeveling", ").split(",
)  # fmt: skip


def text(rng: random.Random, low: int, high: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def make_workbook(
    folder: Path, years: float, seed: int = 1, today: date | None = None
) -> dict[str, int]:
    """Fill `folder` (a new data folder) with `years` of work; returns what was made."""
    today = today or date.today()
    rng = random.Random(seed)
    course = load_course(bundled_courses_dir() / COURSE / "nl").course
    assert course is not None, "the bundled course is missing"
    paths = resolve_data_paths(folder)
    if paths.database.exists():
        raise SystemExit(f"{paths.database} exists already: give an empty folder")
    db = open_database(paths.database)
    counts = {name: max(1, round(per_year * years)) for name, per_year in PER_YEAR.items()}
    made = dict.fromkeys(("runs", "customers", "calls", "answers", "actions"), 0)
    made |= {"reflections": 0, "ticks": 0, "scores": 0}
    try:
        with db.session() as session:
            customers = _customers(rng, counts["customers"])
            session.execute(insert(CustomerRow), customers)
            made["customers"] = len(customers)
            customer_ids = list(range(1, len(customers) + 1))
            scores = [
                {
                    "customer_id": cid,
                    "score": rng.choice((3, 6, 7, 7, 8, 8, 9, 9, 10)),
                    "scored_on": today - timedelta(days=rng.randrange(int(365 * years) + 1)),
                    "source": "import",
                }
                for cid in customer_ids
                if rng.random() < 0.15
            ]
            if scores:
                session.execute(insert(ScoreRow), scores)
            made["scores"] = len(scores)

            starts = [
                monday_of_week(today) - timedelta(weeks=13 * n + rng.randrange(3))
                for n in reversed(range(counts["runs"]))
            ]
            call_id = action_id = 0
            for number, start in enumerate(starts):
                run = RunRow(course_id=course.id, language="nl", start_date=start)
                session.add(run)
                session.flush()
                made["runs"] += 1
                share = _share(counts, number, len(starts))
                rows = _run_work(
                    rng, course, run.id, start, today, customer_ids, share, call_id, action_id
                )
                for table, values in rows.items():
                    if values:
                        session.execute(insert(table), values)
                call_id += len(rows[CallRow])
                action_id += len(rows[ActionRow])
                made["calls"] += len(rows[CallRow])
                made["answers"] += len(rows[CallAnswerRow])
                made["actions"] += len(rows[ActionRow])
                made["reflections"] += len(rows[ReflectionRow])
                made["ticks"] += len(rows[ChecklistTickRow])
            session.add(UiStateRow(key=CURRENT_RUN, value=str(made["runs"])))
    finally:
        db.close()
    return made


def _share(counts: dict[str, int], number: int, runs: int) -> dict[str, int]:
    """This run's part of the calls and actions (the total divided evenly)."""
    return {
        name: counts[name] // runs + (1 if number < counts[name] % runs else 0)
        for name in ("calls", "actions")
    }


def _customers(rng: random.Random, count: int) -> list[dict[str, object]]:
    rows = []
    for n in range(count):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        name = f"{first} {last}"
        organisation = f"{rng.choice(TRADES)} {last} {n // 40 or ''}".strip()
        rows.append(
            {
                "name": name,
                "name_key": " ".join(name.casefold().split()),
                "organisation": organisation,
                "email": f"{first.lower()}.{n}@example.nl",
                "phone": f"06-{rng.randrange(10_000_000, 99_999_999)}",
                "notes": text(rng, 5, 30) if rng.random() < 0.3 else "",
                "archived": rng.random() < 0.03,
                "tags": "; ".join(rng.sample(("vast", "zakelijk", "particulier", "nieuw"), 2)),
            }
        )
    return rows


def _run_work(
    rng: random.Random,
    course: Course,
    run_id: int,
    start: date,
    today: date,
    customer_ids: list[int],
    share: dict[str, int],
    first_call_id: int,
    first_action_id: int,
) -> dict[type, list[dict[str, object]]]:
    rows: dict[type, list[dict[str, object]]] = {
        CallRow: [],
        CallAnswerRow: [],
        ActionRow: [],
        ReflectionRow: [],
        ChecklistTickRow: [],
    }
    # Only steps whose week has begun hold work (the current run is part-way).
    opened = [s for s in course.steps if step_opens(start, s.number) <= today] or course.steps[:1]
    calls_tasks = [(s, t) for s in opened for t in s.tasks if t.type is TaskType.CALLS]
    action_tasks = [(s, t) for s in opened for t in s.tasks if t.type is TaskType.ACTIONS]
    calls_tasks = (
        calls_tasks
        or [(s, t) for s in course.steps for t in s.tasks if t.type is TaskType.CALLS][:1]
    )
    action_tasks = (
        action_tasks
        or [(s, t) for s in course.steps for t in s.tasks if t.type is TaskType.ACTIONS][:1]
    )
    call_id = first_call_id
    for index in range(share["calls"]):
        step, task = calls_tasks[index % len(calls_tasks)]
        week = step_opens(start, step.number)
        call_id += 1
        rows[CallRow].append(
            {
                "id": call_id,
                "run_id": run_id,
                "course_id": course.id,
                "step_id": step.id,
                "task_id": task.id,
                "position": index // len(calls_tasks) + 1,
                "customer_id": rng.choice(customer_ids),
                "call_date": min(today, week + timedelta(days=rng.randrange(5))),
                "channel": rng.choice(("phone", "phone", "phone", "visit", "video", "email")),
                "score": rng.choice((None, 5, 6, 7, 7, 8, 8, 8, 9, 9, 10)),
                "notes": text(rng, 8, 30) if rng.random() < 0.33 else "",
            }
        )
        for question in range(len(task.questions)):
            rows[CallAnswerRow].append(
                {"call_id": call_id, "question_index": question, "answer": text(rng, 15, 40)}
            )
    action_id = first_action_id
    for index in range(share["actions"]):
        step, task = action_tasks[index % len(action_tasks)]
        action_id += 1
        due = (
            task_deadline(start, step.number, task.due)
            if task.due
            else step_opens(start, step.number)
        )
        done = due + timedelta(days=rng.randrange(-2, 6)) if rng.random() < 0.8 else None
        rows[ActionRow].append(
            {
                "id": action_id,
                "run_id": run_id,
                "course_id": course.id,
                "step_id": step.id,
                "task_id": task.id,
                "position": index // len(action_tasks) + 1,
                "text": text(rng, 5, 14),
                "due": due,
                "done_on": min(done, today) if done else None,
            }
        )
    for step in course.steps:
        if step_opens(start, step.number) > today:
            continue
        for task in step.tasks:
            common = {
                "run_id": run_id,
                "course_id": course.id,
                "step_id": step.id,
                "task_id": task.id,
            }
            if task.type is TaskType.REFLECTION:
                body = "\n\n".join(text(rng, 40, 90) for _ in range(rng.randint(3, 6)))
                rows[ReflectionRow].append({**common, "text": body})
            elif task.type is TaskType.CHECKLIST:
                for item in range(len(task.items)):
                    if rng.random() < 0.8:
                        rows[ChecklistTickRow].append(
                            {
                                **common,
                                "item_index": item,
                                "done_on": step_opens(start, step.number),
                            }
                        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a new, empty data folder")
    parser.add_argument("--years", type=float, default=5.0, help="years of use (default 5)")
    parser.add_argument("--seed", type=int, default=1, help="the same seed gives the same data")
    args = parser.parse_args()
    started = time.perf_counter()
    made = make_workbook(args.folder, args.years, args.seed)
    size = resolve_data_paths(args.folder).database.stat().st_size / 1e6
    summary = ", ".join(f"{count:,} {name}" for name, count in made.items())
    print(f"{args.folder}: {summary}; {size:.0f} MB in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
