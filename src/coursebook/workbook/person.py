"""Everything Coursebook holds about one customer, for a request for access under the GDPR
(AVG): their details, every call with them (with the questions and their answers), and
their scores. `export/person.py` writes it as JSON and as a readable document."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from coursebook.course.model import Course, TaskType
from coursebook.storage.database import Database
from coursebook.workbook import calls, customers, runs
from coursebook.workbook.customers import Customer
from coursebook.workbook.nps import ScoreEntry


@dataclass(frozen=True)
class PersonCall:
    call_date: date
    channel: str
    score: int | None
    course: str  # the course's title (its id when the course is not installed)
    step: str  # "7" and the step's title, or the step's id
    answers: tuple[tuple[str, str], ...]  # (question, answer), only those answered
    notes: str


@dataclass(frozen=True)
class PersonData:
    customer: Customer
    calls: tuple[PersonCall, ...]
    scores: tuple[ScoreEntry, ...]
    exported_on: date


def person_data(
    db: Database, customer_id: int, courses: Iterable[Course], today: date
) -> PersonData:
    """Raises LookupError when there is no such customer."""
    customer = customers.get_customer(db, customer_id)
    by_run = {run.id: run for run in runs.list_runs(db)}
    known = {(course.id, course.language): course for course in courses}
    found = []
    for call in calls.calls_of_customer(db, customer_id):
        run = by_run.get(call.key.run_id)
        course = known.get((call.key.course_id, run.language)) if run else None
        step = course.step(call.key.step_id) if course else None
        task = next((t for t in step.tasks if t.id == call.key.task_id), None) if step else None
        questions = task.questions if task is not None and task.type is TaskType.CALLS else ()
        answers = tuple(
            (questions[i] if i < len(questions) else f"{i + 1}", text)
            for i, text in sorted(call.answers.items())
            if text.strip()
        )
        found.append(
            PersonCall(
                call.call_date,
                call.channel,
                call.score,
                course.title if course else call.key.course_id,
                f"{step.number}. {step.title}" if step else call.key.step_id,
                answers,
                call.notes,
            )
        )
    scores = tuple(customers.score_history(db, customer_id))
    return PersonData(customer, tuple(found), scores, today)
