"""Whom to call in a step: its task's `choose`, without the customers called earlier."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from coursebook.course.model import CallChoice, Course, Step, Task, TaskType
from coursebook.storage.database import Database
from coursebook.workbook.call_planning import attention_in_run, earlier_calls, suggest_calls
from coursebook.workbook.calls import plan_calls
from coursebook.workbook.customers import add_customer, add_score
from coursebook.workbook.runs import start_run
from coursebook.workbook.task_key import TaskKey

TODAY = date(2026, 12, 2)
START = date(2026, 9, 7)


def calls_step(number: int, count: int, choose: CallChoice | None) -> Step:
    task = Task(
        "calls", TaskType.CALLS, "Bellen", "", None, count, ("Hoe gaat het?",), choose=choose
    )
    return Step(number, f"s{number}", f"Stap {number}", "# S", Path("s.md"), tasks=(task,))


COURSE = Course(
    "c",
    "nl",
    "Cursus",
    "",
    Path("."),
    (
        calls_step(3, 2, CallChoice.SATISFIED),
        calls_step(7, 2, CallChoice.SATISFIED),
        calls_step(9, 3, CallChoice.MIXED),
        calls_step(10, 2, CallChoice.UNHAPPY),
        calls_step(11, 2, CallChoice.ENTHUSIASTIC),
        calls_step(12, 3, CallChoice.CALLED_EARLIER),
    ),
)


def customer(db: Database, name: str, score: int | None, days_ago: int = 100) -> int:
    cid = add_customer(db, name)
    if score is not None:
        add_score(db, cid, score, TODAY - timedelta(days=days_ago), TODAY, source="import")
    return cid


def names(db: Database, run_id: int, step: Step) -> list[str]:
    return [c.name for c in suggest_calls(db, COURSE, run_id, step).customers]


def test_over_a_quarter_nobody_is_proposed_twice_until_the_loop_is_closed(db: Database) -> None:
    run = start_run(db, "c", "nl", START)
    ids = {
        name: customer(db, name, score)
        for name, score in [
            ("Anna", 7),
            ("Bram", 8),
            ("Carla", 7),
            ("Dirk", 8),
            ("Eva", 3),
            ("Frank", 5),
            ("Gerda", 9),
            ("Hans", 10),
            ("Ilse", None),
        ]
    }
    step3, step7, step9, step10, step11, step12 = COURSE.steps

    def plan(step: Step) -> list[str]:
        proposed = names(db, run.id, step)
        plan_calls(db, TaskKey(run.id, "c", step.id, "calls"), [ids[n] for n in proposed], TODAY)
        return proposed

    assert plan(step3) == ["Anna", "Bram"]  # satisfied, by name (none contacted yet)
    assert plan(step7) == ["Carla", "Dirk"]  # satisfied, but not those of step 3
    suggestion = suggest_calls(db, COURSE, run.id, step7)
    assert suggestion.customers == () and suggestion.wanted == 0  # the step has its calls
    # Taking turns: unhappy, satisfied (none left), enthusiastic, unhappy again.
    assert plan(step9) == ["Eva", "Gerda", "Frank"]
    assert plan(step10) == ["Ilse"]  # no unhappy customer left: one without a segment yet
    assert suggest_calls(db, COURSE, run.id, step10).left_out == 2  # Eva and Frank
    assert plan(step11) == ["Hans"]  # Gerda had a call in step 9
    # Step 12 closes the loop: customers called earlier (all of them by now), by name as
    # none has been contacted yet (a planned call is not a contact until it is written).
    assert names(db, run.id, step12) == ["Anna", "Bram", "Carla"]


def test_the_called_earlier_step_proposes_only_customers_of_earlier_steps(db: Database) -> None:
    run = start_run(db, "c", "nl", START)
    anna, bram, carla = (customer(db, n, 8) for n in ("Anna", "Bram", "Carla"))
    step3, step7, *_rest, step12 = COURSE.steps
    plan_calls(db, TaskKey(run.id, "c", step3.id, "calls"), [anna], TODAY)
    plan_calls(db, TaskKey(run.id, "c", step7.id, "calls"), [bram], TODAY)
    assert sorted(names(db, run.id, step12)) == ["Anna", "Bram"]  # not Carla: never called
    other = start_run(db, "c", "nl", START + timedelta(weeks=13))  # the course again
    assert names(db, other.id, step12) == []  # calls of another run do not count
    assert names(db, other.id, step3) == ["Anna", "Bram"]  # fresh again, in a new run
    assert carla


def test_earlier_calls_names_the_steps(db: Database) -> None:
    run = start_run(db, "c", "nl", START)
    anna, bram = customer(db, "Anna", 7), customer(db, "Bram", 7)
    step3, step7, step9, *_rest = COURSE.steps
    plan_calls(db, TaskKey(run.id, "c", step3.id, "calls"), [anna], TODAY)
    plan_calls(db, TaskKey(run.id, "c", step7.id, "calls"), [anna], TODAY)
    assert earlier_calls(db, COURSE, run.id, step9, [anna, bram]) == {anna: (3, 7)}
    assert earlier_calls(db, COURSE, run.id, step7, [anna]) == {anna: (3,)}  # not its own


def test_those_waiting_longest_for_contact_come_first(db: Database) -> None:
    run = start_run(db, "c", "nl", START)
    for name, days_ago in (("Anna", 10), ("Bram", 100)):
        cid = add_customer(db, name)
        add_score(db, cid, 8, TODAY - timedelta(days=days_ago), TODAY, source="contact")
    customer(db, "Carla", 7)  # a survey score: never contacted
    step3 = COURSE.steps[0].__class__(
        3,
        "s3",
        "Stap 3",
        "# S",
        Path("s.md"),
        tasks=(
            Task(
                "calls",
                TaskType.CALLS,
                "Bellen",
                "",
                None,
                3,
                ("Hoe gaat het?",),
                choose=CallChoice.SATISFIED,
            ),
        ),
    )
    assert names(db, run.id, step3) == ["Carla", "Bram", "Anna"]


def test_the_attention_list_of_a_run_leaves_out_whom_it_called(db: Database) -> None:
    run = start_run(db, "c", "nl", START)
    anna, bram = customer(db, "Anna", 7, 200), customer(db, "Bram", 8, 200)
    customer(db, "Carla", 10, 200)  # enthusiastic: never on the attention list
    step3 = COURSE.steps[0]
    plan_calls(db, TaskKey(run.id, "c", step3.id, "calls"), [anna], TODAY)
    attention = attention_in_run(db, run.id, TODAY, 6)
    assert [c.id for c in attention.customers] == [bram]
    assert attention.called_in_run == 1
    other_run = start_run(db, "c", "nl", date(2026, 11, 30))  # next quarter: Anna may be called
    assert [c.name for c in attention_in_run(db, other_run.id, TODAY, 6).customers] == [
        "Anna",
        "Bram",
    ]
