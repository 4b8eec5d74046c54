"""What an export contains, gathered from the course and the workbook into plain values.

The Word, PDF and Markdown writers all work from this one model, so they say the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import partial

from coursebook.course.model import Course, Task, TaskType
from coursebook.course.schedule import step_ends, step_opens, task_deadline
from coursebook.export.labels import Labels, labels_for, long_date
from coursebook.storage.database import Database
from coursebook.workbook.actions import list_actions
from coursebook.workbook.calls import list_calls
from coursebook.workbook.checklist import ticked_items
from coursebook.workbook.customers import Customer, customer_register, score_history
from coursebook.workbook.nps import NpsResult, month_of, net_promoter_score, nps_by
from coursebook.workbook.reflections import get_reflection
from coursebook.workbook.runs import Run
from coursebook.workbook.task_key import TaskKey


@dataclass(frozen=True)
class ExportOptions:
    steps: tuple[int, ...]  # step numbers to include, in order
    include_lessons: bool = False
    include_customers: bool = False
    include_nps: bool = False
    person_name: str = ""


@dataclass(frozen=True)
class CallExport:
    customer: str
    call_date: date
    channel: str
    score: int | None
    answers: tuple[tuple[str, str], ...]  # (question, answer)
    notes: str


@dataclass(frozen=True)
class ActionExport:
    text: str
    due: date
    done_on: date | None
    id: int = 0  # the action's own id: the calendar's events keep it across exports


@dataclass(frozen=True)
class TaskExport:
    title: str
    type: TaskType
    prompt: str
    due: date | None
    calls: tuple[CallExport, ...] = ()
    actions: tuple[ActionExport, ...] = ()
    checklist: tuple[tuple[str, bool], ...] = ()
    reflection: str = ""


@dataclass(frozen=True)
class StepExport:
    number: int
    title: str
    opens: date
    ends: date
    lesson: str | None
    tasks: tuple[TaskExport, ...]


@dataclass(frozen=True)
class ExportContent:
    course_title: str
    language: str
    person_name: str
    start: date
    end: date
    exported_on: date
    steps: tuple[StepExport, ...]
    customers: tuple[Customer, ...] | None = None
    nps: NpsResult | None = None
    nps_by_month: tuple[tuple[str, NpsResult], ...] = field(default=())
    run_number: int = 1  # the first, second, … time through this course

    def period(self, labels: Labels) -> str:
        """ "5 October 2026 – 21 December 2026", and which run when it is not the first."""
        text = labels.step_dates.format(
            long_date(self.start, labels.language), long_date(self.end, labels.language)
        )
        return text + (" · " + labels.run.format(self.run_number) if self.run_number > 1 else "")


def parse_step_range(text: str, step_count: int) -> tuple[int, ...]:
    """'1-12', '7', '1,3,5-6' → step numbers; raises ValueError with a clear message."""
    numbers: list[int] = []
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        first, _, last = part.partition("-")
        try:
            low, high = int(first), int(last or first)
        except ValueError:
            raise ValueError(f"'{part}' is not a step number or a range like 1-12") from None
        if not 1 <= low <= high <= step_count:
            raise ValueError(f"steps go from 1 to {step_count}; '{part}' is outside that")
        numbers.extend(n for n in range(low, high + 1) if n not in numbers)
    if not numbers:
        raise ValueError("no steps chosen")
    return tuple(numbers)


def _task_title(task: Task, language: str) -> str:
    """The task's own title, else a word for its kind in the course's language."""
    return task.title or labels_for(language).task_titles[task.type.value]


def gather(
    db: Database, course: Course, run: Run, options: ExportOptions, today: date
) -> ExportContent:
    """The work of one run of `course` (the title page gives its dates)."""
    start = run.start
    steps = []
    for step in course.steps:
        if step.number not in options.steps:
            continue
        tasks = []
        for task in step.tasks:
            key = TaskKey(run.id, course.id, step.id, task.id)
            due = task_deadline(start, step.number, task.due) if task.due else None
            export = partial(
                TaskExport, _task_title(task, course.language), task.type, task.prompt, due
            )
            if task.type is TaskType.CALLS:
                calls = tuple(
                    CallExport(
                        c.customer_name,
                        c.call_date,
                        c.channel,
                        c.score,
                        tuple((q, c.answer(i)) for i, q in enumerate(task.questions)),
                        c.notes,
                    )
                    for c in list_calls(db, key)
                    if c.is_filled or c.customer_name
                )
                tasks.append(export(calls=calls))
            elif task.type is TaskType.ACTIONS:
                actions = tuple(
                    ActionExport(a.text, a.due, a.done_on, a.id)
                    for a in list_actions(db, key)
                    if a.text.strip()
                )
                tasks.append(export(actions=actions))
            elif task.type is TaskType.CHECKLIST:
                ticked = ticked_items(db, key)
                checklist = tuple((item, i in ticked) for i, item in enumerate(task.items))
                tasks.append(export(checklist=checklist))
            else:
                tasks.append(export(reflection=get_reflection(db, key)))
        steps.append(
            StepExport(
                step.number,
                step.title,
                step_opens(start, step.number),
                step_ends(start, step.number),
                step.lesson if options.include_lessons else None,
                tuple(tasks),
            )
        )
    customers = tuple(customer_register(db)) if options.include_customers else None
    nps = nps_months = None
    if options.include_nps:
        entries = score_history(db)
        nps = net_promoter_score(entries)
        nps_months = tuple(sorted(nps_by(entries, month_of).items()))
    last = course.steps[-1].number if course.steps else 1
    return ExportContent(
        course.title,
        course.language,
        options.person_name,
        start,
        step_ends(start, last),
        today,
        tuple(steps),
        customers,
        nps,
        nps_months or (),
        run.number,
    )
