"""Whom to call in a step: the customers its calls task is for (`Task.choose`), leaving out
those already called in other steps of the same run, so that over a quarter one customer is
not proposed three times. Step 12's "called-earlier" asks for exactly those instead."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import chain, zip_longest

from sqlalchemy import select

from coursebook.course.model import CallChoice, Course, Step, Task, TaskType
from coursebook.storage.database import Database
from coursebook.storage.models import CallRow
from coursebook.workbook.customers import Customer, attention_list, customer_register
from coursebook.workbook.nps import Segment

_SEGMENT_OF = {
    CallChoice.SATISFIED: Segment.PASSIVE,
    CallChoice.UNHAPPY: Segment.DETRACTOR,
    CallChoice.ENTHUSIASTIC: Segment.PROMOTER,
}


@dataclass(frozen=True)
class CallSuggestion:
    step_number: int
    choose: CallChoice | None
    customers: tuple[Customer, ...]  # proposed, the best first
    wanted: int  # how many of the task's calls still have no customer
    left_out: int  # of those the task is for, left out: called in another step of the run
    unknown_segment: int  # of the proposed, how many have no segment yet


@dataclass(frozen=True)
class Attention:
    """Satisfied customers not contacted for a while, without those called in the run."""

    customers: list[Customer]
    called_in_run: int  # left out: a call in this run already (held or planned)


def calls_task(step: Step) -> Task | None:
    return next((task for task in step.tasks if task.type is TaskType.CALLS), None)


def called_in_run(db: Database, run_id: int) -> dict[int, set[str]]:
    """Each customer with a call in the run (planned or held): the steps of those calls."""
    with db.session() as session:
        rows = session.execute(
            select(CallRow.customer_id, CallRow.step_id).where(
                CallRow.run_id == run_id, CallRow.customer_id.is_not(None)
            )
        ).all()
    found: dict[int, set[str]] = {}
    for customer_id, step_id in rows:
        if customer_id is not None:
            found.setdefault(int(customer_id), set()).add(str(step_id))
    return found


def _waited_longest(customers: list[Customer]) -> list[Customer]:
    """Never contacted first, then the longest since the last contact; by name within."""
    return sorted(customers, key=lambda c: (c.last_contact or date.min, c.name.lower()))


def suggest_calls(db: Database, course: Course, run_id: int, step: Step) -> CallSuggestion:
    """The customers to call in a step of a run, as many as its calls task still lacks."""
    task = calls_task(step)
    if task is None:
        return CallSuggestion(step.number, None, (), 0, 0, 0)
    called = called_in_run(db, run_id)
    in_this_step = {cid for cid, steps in called.items() if step.id in steps}
    numbers = {s.id: s.number for s in course.steps}
    elsewhere = set(called) - in_this_step  # called in other steps only
    earlier = {
        cid
        for cid in elsewhere
        if any(numbers.get(other, 0) < step.number for other in called[cid] - {step.id})
    }
    wanted = max(0, task.count - len(in_this_step))
    register = [c for c in customer_register(db) if c.id not in in_this_step]
    choose = task.choose
    if choose is CallChoice.CALLED_EARLIER:
        fitting = _waited_longest([c for c in register if c.id in earlier])
        left_out = 0
    else:
        if choose in _SEGMENT_OF:
            segment = _SEGMENT_OF[choose]
            of_segment = [c for c in register if c.segment is segment]
        else:  # mixed, or not said: every segment
            of_segment = [c for c in register if c.segment is not None]
        left_out = sum(1 for c in of_segment if c.id in elsewhere)
        fresh = [c for c in of_segment if c.id not in elsewhere]
        if choose in _SEGMENT_OF:
            fitting = _waited_longest(fresh)
        else:  # taking turns: unhappy, satisfied, enthusiastic, unhappy, …
            groups = [
                _waited_longest([c for c in fresh if c.segment is segment])
                for segment in (Segment.DETRACTOR, Segment.PASSIVE, Segment.PROMOTER)
            ]
            fitting = [c for c in chain.from_iterable(zip_longest(*groups)) if c is not None]
        fitting += _waited_longest(
            [c for c in register if c.segment is None and c.id not in elsewhere]
        )
    chosen = tuple(fitting[:wanted])
    unknown = sum(1 for c in chosen if c.segment is None)
    return CallSuggestion(step.number, choose, chosen, wanted, left_out, unknown)


def earlier_calls(
    db: Database, course: Course, run_id: int, step: Step, customer_ids: list[int]
) -> dict[int, tuple[int, ...]]:
    """Of these customers, those called in other steps of the run: the steps' numbers."""
    numbers = {s.id: s.number for s in course.steps}
    called = called_in_run(db, run_id)
    return {
        cid: tuple(sorted(numbers[other] for other in called[cid] - {step.id} if other in numbers))
        for cid in customer_ids
        if cid in called and called[cid] - {step.id}
    }


def attention_in_run(db: Database, run_id: int, today: date, weeks: int) -> Attention:
    """The attention list for a run of the course: a customer with a call in the run (held
    or only planned) is not proposed again."""
    called = called_in_run(db, run_id)
    waiting = attention_list(db, today, weeks)
    fresh = [c for c in waiting if c.id not in called]
    return Attention(fresh, len(waiting) - len(fresh))
