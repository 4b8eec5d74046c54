"""Storage speed on a large workbook: the writes autosave makes, search and progress."""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from coursebook.course.loader import load_course
from coursebook.paths import bundled_courses_dir
from coursebook.storage.database import open_database
from coursebook.workbook.actions import ensure_actions, open_actions, update_action
from coursebook.workbook.calls import ensure_calls, set_answer, update_call
from coursebook.workbook.progress import course_progress
from coursebook.workbook.reflections import save_reflection
from coursebook.workbook.runs import start_run
from coursebook.workbook.search import search
from coursebook.workbook.task_key import TaskKey

WORDS = [
    "klant",
    "tevreden",
    "aandacht",
    "bellen",
    "koffie",
    "factuur",
    "afspraak",
    "offerte",
    "levering",
    "service",
    "prijs",
    "advies",
    "vraag",
    "antwoord",
    "idee",
    "actie",
    "vriendelijk",
    "snel",
    "traag",
    "duur",
    "goedkoop",
]
TODAY = date(2026, 11, 25)


def sentence(rng: random.Random, n: int = 25) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def timed(label: str, runs: int, action: Callable[[int], object]) -> None:
    samples = []
    for i in range(runs):
        start = time.perf_counter()
        action(i)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p95 = samples[int(len(samples) * 0.95) - 1]
    print(f"{label:<44} {statistics.median(samples):8.2f} ms  p95 {p95:8.2f} ms  (n={runs})")


def main() -> int:
    course = load_course(bundled_courses_dir() / "superenthousiaste-klanten" / "nl").course
    assert course is not None
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "coursebook.sqlite3")
        start_run(db, course.id, "nl", date(2026, 11, 23))  # run 1, the run of the keys below
        start = time.perf_counter()
        calls = []
        # A heavy user: 12 steps × 50 calls × 4 answers, 12 × 20 actions, 12 reflections.
        for step in course.steps:
            key = TaskKey(1, course.id, step.id, "calls")
            made = ensure_calls(db, key, 50, TODAY)
            for call in made:
                update_call(
                    db,
                    call.id,
                    today=TODAY,
                    customer=f"Klant {rng.randrange(800)}",
                    score=rng.randrange(11),
                    notes=sentence(rng, 12),
                )
                for q in range(4):
                    set_answer(db, call.id, q, sentence(rng))
            calls.extend(made)
            for action in ensure_actions(db, TaskKey(1, course.id, step.id, "actions"), 20, TODAY):
                update_action(db, action.id, today=TODAY, text=sentence(rng, 8))
            save_reflection(db, TaskKey(1, course.id, step.id, "reflection"), sentence(rng, 400))
        print(
            f"filled {len(calls)} calls, 240 actions, 12 reflections in "
            f"{time.perf_counter() - start:.1f} s; file {db.path.stat().st_size / 1e6:.1f} MB"
        )

        timed(
            "autosave: one call answer",
            200,
            lambda i: set_answer(db, calls[i].id, 0, sentence(rng)),
        )
        timed(
            "autosave: a 2,000-word reflection",
            100,
            lambda i: save_reflection(
                db, TaskKey(1, course.id, course.steps[0].id, "reflection"), sentence(rng, 2000)
            ),
        )
        timed("tick an action", 100, lambda i: update_action(db, i + 1, today=TODAY, done=True))
        timed("search: one word", 50, lambda i: search(db, rng.choice(WORDS)))
        timed(
            "search: three words",
            50,
            lambda i: search(db, " ".join(rng.sample(WORDS, 3))),
        )
        timed("progress of all 12 steps", 50, lambda i: course_progress(db, course, 1))
        timed("open actions list", 50, lambda i: open_actions(db))
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
